"""f05 templates."""

from __future__ import annotations

from typing import Any

from _ctx import Ctx
from _decoys import UI_TITLE
from _people import Person
from _seg import M, Rec, em, ip, nm, ph

ROOMS = ("Living Room", "Kitchen", "Hallway", "Garage", "Office", "Patio", "Front Door", "Back Door", "Nursery",
         "Basement", "Attic", "Laundry", "Guest Room", "Driveway")
DEVICES = ("Hue Go", "Aqara Door Sensor", "Sonoff Plug", "IKEA Tradfri Bulb", "Shelly Plus 1PM", "Tuya Radiator Valve",
           "Philips Hue Play", "Echo Show", "Nest Mini", "Sonos Arc")
PHONES = ("iphone", "iphone_15", "pixel_8", "galaxy_s24", "ipad", "watch")


def _epoch(c: Ctx) -> str:
    return str(int(c.when().timestamp()))


def _mq_ts(c: Ctx, iso: bool) -> str:
    return c.when().strftime("%Y-%m-%dT%H:%M:%S") if iso else _epoch(c)


def _ha_ts(c: Ctx) -> str:
    t = c.when()
    return t.strftime("%Y-%m-%d %H:%M:%S.") + f"{t.microsecond // 1000:03d}"


def _slug(p: Person) -> str:
    return f"{p.a_given}_{p.a_family}".lower().replace(" ", "_").replace("-", "_").replace("'", "")


def _client_id(c: Ctx, p: Person) -> M:
    k = c.randint(0, 3)
    if k == 0:
        return M(nm(c.acct(p, "flast")), "-", c.choice(["iphone", "pixel", "phone", "tablet"]))
    if k == 1:
        return M("owntracks-", nm(p.a_given.lower().replace(" ", "")))
    if k == 2:
        return M("hass-", nm(c.acct(p, "first")))
    return M(nm(c.acct(p, "first.last")), "_", c.choice(["laptop", "mbp", "desk"]))


# ------------------------------------------------------------------------------------------ positives
def pos_mosquitto_connect(c: Ctx) -> Rec:
    p = c.person(scripts=0.0)
    iso = c.chance(0.4)
    addr = c.lan_ip() if c.chance(0.6) else c.ip(0.2)
    port = c.randint(30000, 65000)
    cid = _client_id(c, p)
    user = em(c.email(p)) if c.chance(0.25) else nm(c.acct(p, c.choice(["first", "flast", "first.last"])))
    r = Rec()
    r.add(_mq_ts(c, iso), ": New connection from ", ip(addr), f":{port} on port {c.choice([1883, 8883])}.\n")
    r.add(_mq_ts(c, iso), ": New client connected from ", ip(addr), f":{port} as ", cid,
          f" (p2, c{c.randint(0, 1)}, k{c.choice([30, 60, 120])}, u'", user, "').")
    if c.chance(0.5):
        r.add("\n", _mq_ts(c, iso), ": Client ", cid, c.choice([" disconnected.", " closed its connection.",
                                                                " has exceeded timeout, disconnecting."]))
    return r


def pos_mosquitto_publish(c: Ctx) -> Rec:
    p = c.person(scripts=0.0)
    iso = c.chance(0.4)
    cid = _client_id(c, p)
    user = p.a_given.lower().replace(" ", "")
    topic = M("owntracks/", nm(user), "/", c.choice(PHONES))
    n = c.randint(100, 400)
    r = Rec()
    r.add(_mq_ts(c, iso), ": Received PUBLISH from ", cid, f" (d0, q1, r1, m{c.randint(1, 90)}, '", topic,
          f"', ... ({n} bytes))\n")
    r.add(_mq_ts(c, iso), ": Sending PUBLISH to homeassistant (d0, q0, r0, m0, '", topic, f"', ... ({n} bytes))")
    return r


def pos_sub_owntracks(c: Ctx) -> Rec:
    p = c.person(scripts=0.0)
    user = p.a_given.lower().replace(" ", "")
    t = int(c.when().timestamp())
    payload = {"_type": "location", "acc": c.randint(3, 40), "alt": c.randint(0, 400), "batt": c.randint(5, 100),
               "bs": c.randint(1, 3), "conn": c.choice(["w", "m"]), "created_at": t,
               "lat": round(c.random() * 60 + 0.1, 6), "lon": round(c.random() * 60 - 30, 6),
               "tid": (p.a_given[:1] + p.a_family[:1]).upper(), "tst": t, "vac": c.randint(1, 9), "vel": 0}
    r = Rec()
    r.add("owntracks/", nm(user), "/", c.choice(PHONES), " ")
    r.json(payload)
    return r


def pos_ha_ban(c: Ctx) -> Rec:
    p = c.person(scripts=0.0)
    addr = c.ip(0.15)
    r = Rec()
    host: Any = ip(addr)
    if c.chance(0.4):
        host = M(nm(p.a_given.lower().replace(" ", "")), "s-", c.choice(["iphone", "ipad", "macbook-pro"]), ".lan")
    r.add(_ha_ts(c), " WARNING (MainThread) [homeassistant.components.http.ban] Login attempt or request with invalid "
          "authentication from ", host, " (", ip(addr), "). Requested URL: '", c.choice(["/auth/token", "/api/websocket",
                                                                                        "/auth/login_flow"]),
          "'. (", c.choice(["Home Assistant/2024.11.1 (io.robbie.HomeAssistant; build:2024.1025; iOS 18.1.0)",
                            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/130.0.0.0 Safari/537.36"]),
          ")")
    if c.chance(0.4):
        r.add("\n", _ha_ts(c), " WARNING (MainThread) [homeassistant.components.http.ban] Banned IP ", ip(addr),
              " for too many login attempts")
    return r


def _state(c: Ctx, p: Person, slug: str, dev: str, where: str, when: str) -> M:
    return M("<state person.", nm(slug), f"={where}; editable=True, id=", nm(slug),
             f", latitude={round(c.random() * 60, 6)}, longitude={round(c.random() * 60 - 30, 6)}, "
             f"gps_accuracy={c.randint(3, 40)}, source=device_tracker.", nm(p.a_given.lower().replace(' ', '_')),
             f"s_{dev}, user_id={c.hex(32)}, device_trackers=['device_tracker.", nm(p.a_given.lower().replace(' ', '_')),
             f"s_{dev}'], friendly_name=", nm(p.full()), f" @ {when}>")


def pos_ha_state_changed(c: Ctx) -> Rec:
    p = c.person()
    slug = _slug(p)
    dev = c.choice(PHONES)
    t = c.when()
    w1, w2 = c.choice([("not_home", "home"), ("home", "not_home"), ("Work", "home")])
    r = Rec()
    r.add(_ha_ts(c), " DEBUG (MainThread) [homeassistant.core] Bus:Handling <Event state_changed[L]: entity_id=person.",
          nm(slug), ", old_state=", _state(c, p, slug, dev, w1, t.isoformat(timespec="microseconds")),
          ", new_state=", _state(c, p, slug, dev, w2, t.isoformat(timespec="microseconds")), ">")
    return r


def pos_ha_integrations(c: Ctx) -> Rec:
    p = c.person()
    k = c.randint(0, 5)
    r = Rec().add(_ha_ts(c))
    if k == 0:
        r.add(" INFO (MainThread) [custom_components.smartlock] ", c.choice(["Front Door", "Back Door", "Garage Door"]),
              " unlocked by ", nm(p.full()), c.choice([" via keypad", " via app", " (auto-unlock)"]))
    elif k == 1:
        r.add(" ERROR (SyncWorker_3) [homeassistant.components.twilio_sms.notify] Error sending SMS to ",
              ph(c.phone(p, "e164")), ": Unable to create record: The 'To' number is not a valid phone number.")
    elif k == 2:
        r.add(" INFO (MainThread) [homeassistant.components.automation.welcome_home] Welcome home ",
              nm(p.given), ": Running automation actions")
    elif k == 3:
        r.add(" WARNING (MainThread) [homeassistant.components.smtp.notify] Could not send e-mail to ", em(c.email(p)),
              ": (535, b'5.7.8 Username and Password not accepted')")
    elif k == 4:
        r.add(" INFO (MainThread) [homeassistant.components.mobile_app] Registered new device ", nm(p.given),
              f"'s {c.choice(['iPhone', 'Pixel 8', 'Galaxy S24', 'iPad'])} (notify.mobile_app_",
              nm(p.a_given.lower().replace(" ", "_")), f"s_{c.choice(PHONES)})")
    else:
        t = c.when().strftime("%Y-%m-%d %H:%M:%S")
        r = Rec().add(f"[{t}] frigate.data_processing.real_time.face INFO    : Recognized ", nm(_slug(p)),
                      f" (score 0.{c.randint(70, 99)}) on camera {c.choice(['front_door', 'driveway', 'garden'])}")
    return r


def pos_z2m(c: Ctx) -> Rec:
    p = c.person(scripts=0.0)
    g = p.given
    dev = c.choice([M(nm(g), "'s desk lamp"), M(nm(g), " bedroom motion"), M("Nursery (", nm(g), ")"),
                    M(nm(g), "s room thermostat"), M("Bedroom ", nm(g), " plug")])
    payload = c.choice(['{"brightness":254,"linkquality":87,"state":"ON"}', '{"occupancy":true,"battery":91,"linkquality":120}',
                        '{"current_heating_setpoint":21,"local_temperature":19.5,"battery":64}'])
    t = c.when().strftime("%Y-%m-%d %H:%M:%S")
    r = Rec()
    if c.chance(0.5):
        r.add(f"[{t}] info: \tz2m: MQTT publish: topic 'zigbee2mqtt/", dev, f"', payload '{payload}'")
    else:
        r.add(f"Zigbee2MQTT:info  {t}: MQTT publish: topic 'zigbee2mqtt/", dev, f"', payload '{payload}'")
    if c.chance(0.3):
        r.add("\n", f"[{t}] info: \tz2m: Successfully renamed device '0x{c.hex(16)}' to '", dev, "'")
    return r


POS = [pos_mosquitto_connect, pos_mosquitto_connect, pos_mosquitto_publish, pos_sub_owntracks, pos_ha_ban,
       pos_ha_state_changed, pos_ha_integrations, pos_ha_integrations, pos_z2m, pos_z2m]


# ------------------------------------------------------------------------------------------ negatives
def neg_mosquitto(c: Ctx) -> Rec:
    iso = c.chance(0.4)
    dev = c.choice([f"tasmota_{c.hex(6).upper()}", f"shellyplus1pm-{c.hex(12)}", "zigbee2mqtt", "homeassistant",
                    f"esphome-{c.choice(['garage', 'patio', 'boiler'])}", "frigate", "node-red"])
    msgs = [f"Client {dev} disconnected.", f"Received PINGREQ from {dev}", f"Sending PINGRESP to {dev}",
            "Saving in-memory database to /mosquitto/data/mosquitto.db.", "mosquitto version 2.0.18 starting",
            "Config loaded from /mosquitto/config/mosquitto.conf.", f"Opening ipv{c.choice([4, 6])} listen socket on port 1883.",
            "Client <unknown> disconnected, not authorised.", f"Client {dev} has exceeded timeout, disconnecting.",
            f"Received SUBSCRIBE from {dev}", "\tzigbee2mqtt/# (QoS 1)", f"{dev} 1 zigbee2mqtt/#"]
    r = Rec()
    n = c.randint(1, 4)
    for i in range(n):
        r.lit(_mq_ts(c, iso) + ": " + c.choice(msgs))
        if i < n - 1:
            r.lit("\n")
    return r


def neg_ha(c: Ctx) -> Rec:
    room = c.choice(ROOMS)
    msgs = [
        f"INFO (MainThread) [homeassistant.setup] Setup of domain {c.choice(['zha', 'mqtt', 'hue', 'sonos'])} took {c.randint(1, 9)}.{c.randint(0, 9)} seconds",
        f"WARNING (MainThread) [homeassistant.components.sensor] Updating {c.choice(['met', 'speedtestdotnet', 'glances'])} sensor took longer than the scheduled update interval 0:00:30",
        f"INFO (MainThread) [homeassistant.components.automation.{room.lower().replace(' ', '_')}_lights] {room} lights: Running automation actions",
        f"DEBUG (MainThread) [homeassistant.core] Bus:Handling <Event state_changed[L]: entity_id=sensor.{room.lower().replace(' ', '_')}_temperature, old_state=<state sensor.{room.lower().replace(' ', '_')}_temperature=21.3; unit_of_measurement=°C, device_class=temperature, friendly_name={room} Temperature @ {c.when().isoformat()}>>",
        f"ERROR (MainThread) [homeassistant.components.sonos] Could not reach {c.choice(['Sonos Arc', 'Kitchen Speaker'])}",
        f"WARNING (Recorder) [homeassistant.components.recorder.core] The recorder backlog queue reached the maximum size of {c.randint(10000, 90000)} events",
        "INFO (MainThread) [homeassistant.components.alexa.smart_home] Alexa Kitchen Echo: discovery request handled",
        f"INFO (MainThread) [homeassistant.components.scene] Activated scene '{c.choice(UI_TITLE)}'",
        f"WARNING (MainThread) [homeassistant.helpers.frame] Detected that custom integration 'hacs' accesses hass.components (version {c.choice(['2.0.1', '1.34.0'])})",
    ]
    r = Rec()
    n = c.randint(1, 3)
    for i in range(n):
        r.lit(_ha_ts(c) + " " + c.choice(msgs))
        if i < n - 1:
            r.lit("\n")
    return r


def neg_z2m(c: Ctx) -> Rec:
    dev = f"{c.choice(ROOMS)} {c.choice(['lamp', 'motion', 'plug', 'thermostat', 'door'])}"
    t = c.when().strftime("%Y-%m-%d %H:%M:%S")
    payload = c.choice(['{"state":"OFF","linkquality":54}', '{"contact":false,"battery":100}',
                        '{"temperature":18.2,"humidity":61}'])
    msgs = [f"MQTT publish: topic 'zigbee2mqtt/{dev}', payload '{payload}'",
            f"Interview for '{c.choice(DEVICES)}' started", f"Device '0x{c.hex(16)}' joined",
            f"Successfully interviewed '0x{c.hex(16)}', device has successfully been paired",
            f"Device '{dev}' is supported, identified as: {c.choice(DEVICES)}"]
    r = Rec()
    if c.chance(0.5):
        r.lit(f"[{t}] info: \tz2m: {c.choice(msgs)}")
    else:
        r.lit(f"Zigbee2MQTT:info  {t}: {c.choice(msgs)}")
    return r


def neg_esphome(c: Ctx) -> Rec:
    room = c.choice(ROOMS)
    t = c.when().strftime("%H:%M:%S")
    lines = [f"[{t}][D][sensor:094]: '{room} Temperature': Sending state {c.randint(15, 28)}.{c.randint(0, 99999):05d} °C with 1 decimals of accuracy",
             f"[{t}][D][binary_sensor:036]: '{room} Motion': Sending state ON",
             f"[{t}][I][wifi:617]: WiFi Connected!", f"[{t}][D][api:102]: Accepted homeassistant",
             f"[{t}][W][component:237]: Component wifi took a long time for an operation ({c.randint(50, 900)} ms)."]
    return Rec().lit("\n".join(c.sample(lines, c.randint(1, 3))))


def neg_sub(c: Ctx) -> Rec:
    room = c.choice(ROOMS).lower().replace(" ", "_")
    r = Rec()
    r.lit(f"homeassistant/sensor/{room}_temperature/state {c.randint(15, 28)}.{c.randint(0, 9)}\n")
    r.lit("zigbee2mqtt/bridge/state ")
    r.json({"state": "online"})
    return r


NEG = [neg_mosquitto, neg_mosquitto, neg_ha, neg_ha, neg_z2m, neg_esphome, neg_sub]
