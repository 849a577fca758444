"""Family android_logcat: `adb logcat` in threadtime, time, brief and long formats, with app debug
lines dumping contacts, SMS, accounts and user objects (Java toString, Kotlin data classes, JSON from
OkHttp's logging interceptor), crash traces, and device names that carry the owner's name."""

from __future__ import annotations

from typing import Any

import _lookalikes as lk
import _values as val
from _build import Rec, S, V
from _ctx import Ctx
from _names import Person

_PKGS = (
    "com.northwind.crm",
    "com.tailspin.rides",
    "com.fabrikam.health",
    "io.globex.wallet",
    "com.contoso.chat",
    "org.rosalind.reader",
    "com.stella.notes",
    "app.hugo.fitness",
)
_DEVICES = (
    "Pixel 8 Pro",
    "Pixel 7a",
    "SM-S911B",
    "Galaxy Tab S9",
    "OnePlus 12",
    "moto g54 5G",
    "Xperia 10 V",
    "Redmi Note 13",
    "Nokia G42",
    "Fairphone 5",
)


def _head(c: Ctx, fmt: str, level: str, tag: str, pid: int, tid: int) -> str:
    c.later(1, 400)
    ts = f"{c.t:%m-%d %H:%M:%S}.{c.t.microsecond // 1000:03d}"
    if fmt == "threadtime":
        return f"{ts} {pid:>5} {tid:>5} {level} {tag}: "
    if fmt == "time":
        return f"{ts} {level}/{tag}({pid:>5}): "
    if fmt == "brief":
        return f"{level}/{tag}({pid:>5}): "
    return f"[ {ts} {pid:>5}:{tid:>5} {level}/{tag} ]\n"  # long format: header line, then the message


def _contact_obj(c: Ctx, p: Person) -> S:
    ph = c.phone()
    k = c.n(0, 3)
    if k == 0:  # Java toString() written by hand
        return S(
            f"Contact{{id={c.n(1, 9999)}, displayName='",
            V(c.disp(p), "NAME"),
            "', phone='",
            V(ph.any(c.rng), "PHONE"),
            "', email='",
            c.v_email(p),
            f"', starred={str(c.chance(0.2)).lower()}}}",
        )
    if k == 1:  # Kotlin data class toString()
        return S(
            f"ContactEntity(id={c.n(1, 9999)}, firstName=",
            V(p.given, "NAME"),
            ", lastName=",
            V(p.family, "NAME"),
            ", phoneNumbers=[",
            V(ph.e164, "PHONE"),
            "], lookupKey=",
            f"{c.n(1000, 9999)}i{val.hexs(c.rng, 12)})",
        )
    if k == 2:  # ContentValues.toString()
        return S(
            "data1=",
            V(ph.national, "PHONE"),
            " mimetype=vnd.android.cursor.item/phone_v2 display_name=",
            V(c.disp(p), "NAME"),
            f" raw_contact_id={c.n(1, 9999)}",
        )
    return S(
        f"User{{uid={c.n(10000, 99999)}, name=", V(c.disp(p), "NAME"), ", email=", c.v_email(p), ", verified=true}"
    )


def _pos_line(c: Ctx, p: Person) -> tuple[str, str, Any]:
    """(level, tag, message) for one app line that leaks personal data."""
    k = c.n(0, 10)
    if k <= 1:
        return "D", c.pick(["ContactRepo", "ContactsSync", "AddressBookLoader"]), S("loaded ", _contact_obj(c, p))
    if k == 2:
        return (
            "D",
            c.pick(["SmsReceiver", "SmsRetriever", "InboxWorker"]),
            S(
                "onReceive from=",
                V(c.phone().e164, "PHONE"),
                " body=",
                c.pick(
                    [
                        S("Hi ", V(p.given, "NAME"), f", your code is {c.n(100000, 999999)}"),
                        S("It's ", V(p.given, "NAME"), " - new number, save it"),
                        S("Ciao ", V(p.given, "NAME"), ", ci vediamo alle 8?"),
                    ]
                ),
            ),
        )
    if k == 3:
        acct = c.pick([c.v_email(p, work=False), c.v_acct(p)])
        typ = "com.google" if "@" in acct.value else c.pick(["com.northwind.crm.account", "com.microsoft.workaccount"])
        return (
            "I",
            c.pick(["AccountManagerService", "AuthenticatorHelper", "SyncManager"]),
            S(
                c.pick(["addAccountExplicitly: ", "onAccountsUpdated: ", "requestSync: "]),
                "Account {name=",
                acct,
                f", type={typ}}}",
                c.pick(["", ", authority=com.android.contacts", f" u0 {c.n(10000, 10400)}"]),
            ),
        )
    if k == 4:
        return (
            "V",
            c.pick(["AuthViewModel", "SessionStore"]),
            S(
                "user=",
                _contact_obj(c, p)
                if c.chance(0.3)
                else S(
                    "UserProfile(firstName=",
                    V(p.given, "NAME"),
                    ", lastName=",
                    V(p.family, "NAME"),
                    ", email=",
                    c.v_email(p),
                    ", phone=",
                    V(c.phone().e164, "PHONE"),
                    ")",
                ),
            ),
        )
    if k == 5 and c.chance(0.3):
        return (
            "D",
            "OkHttp",
            S(
                '{"cardholder":"',
                V(c.disp(p, last_first=False), "NAME"),
                '","card_number":"',
                V(val.card(c.rng), "CREDIT_CARD"),
                f'","exp_month":{c.n(1, 12)},"exp_year":{c.n(2027, 2031)}}}',
            ),
        )
    if k == 5:
        return (
            "D",
            "OkHttp",
            S(
                '{"first_name":"',
                V(p.given, "NAME"),
                '","last_name":"',
                V(p.family, "NAME"),
                '","email":"',
                c.v_email(p),
                '","phone":"',
                V(c.phone().e164, "PHONE"),
                '"}',
            ),
        )
    if k == 6:
        return (
            "I",
            c.pick(["BluetoothAdapter", "BluetoothManagerService"]),
            S(
                "setName(): ",
                c.pick(
                    [
                        S('"', V(p.given, "NAME"), "'s ", c.pick(_DEVICES), '"'),
                        S('"', V(p.given, "NAME"), "s ", c.pick(["Galaxy", "Pixel", "Buds2 Pro"]), '"'),
                    ]
                ),
            ),
        )
    if k == 7:
        return (
            "D",
            c.pick(["DhcpClient", "WifiNetworkAgent"]),
            S(
                "Received ACK: ",
                V(c.ip4(private=True), "IP_ADDRESS"),
                " hostname=",
                c.pick(
                    [
                        S(V(p.first(), "NAME"), "s-", c.pick(["Galaxy-S23", "Pixel-8", "iPad"])),
                        S("android-", val.hexs(c.rng, 16)),
                    ]
                ),
                " gateway=",
                V(c.ip4(private=True), "IP_ADDRESS"),
            ),
        )
    if k == 8:
        return (
            "W",
            c.pick(["CallLogSync", "DialerProvider"]),
            S("missed call from ", V(c.phone().national, "PHONE"), " (", V(c.disp(p), "NAME"), ") duration=0"),
        )
    if k == 9 and c.chance(0.4):
        return (
            "D",
            c.pick(["KycWorker", "IdentityUpload"]),
            S(
                "submit identity name=",
                V(c.disp(p), "NAME"),
                " ssn=",
                V(val.ssn(c.rng), "SSN"),
                f" dob=19{c.n(50, 99)}-0{c.n(1, 9)}-1{c.n(0, 9)}",
            ),
        )
    if k == 9:
        return "D", "FA", S("Setting user property: ", c.pick(["email", "user_email"]), ", ", c.v_email(p))
    return (
        "I",
        c.pick(["PushReceiver", "FCMService"]),
        S(
            "notification payload={title=New message, body=",
            V(c.disp(p), "NAME"),
            ": ",
            c.pick(["Are you home?", "Sent a photo", "Vielen Dank!", "¿Dónde estás?"]),
            "}",
        ),
    )


def _neg_line(c: Ctx) -> tuple[str, str, str]:
    pkg = c.pick(_PKGS)
    return c.pick(
        [
            (
                "I",
                "ActivityManager",
                f"Start proc {c.n(1000, 30000)}:{pkg}/u0a{c.n(100, 400)} for service {{{pkg}/.sync.SyncService}}",
            ),
            ("I", "ActivityManager", f"Killing {c.n(1000, 30000)}:{pkg}/u0a{c.n(100, 400)} (adj 905): empty #17"),
            ("D", "ConnectivityService", f"NetworkAgentInfo [WIFI () - {c.n(100, 999)}] validation passed"),
            ("W", "PackageManager", f"Package {pkg} signatures do not match previously installed version; ignoring!"),
            ("I", "chatty", f"uid=10{c.n(100, 400)}({pkg}) identical {c.n(2, 40)} lines"),
            (
                "D",
                "ContactsSync",
                f"sync finished: inserted={c.n(0, 40)} updated={c.n(0, 90)} deleted={c.n(0, 5)} account_type=com.google",
            ),
            (
                "I",
                "AccountManagerService",
                c.pick(
                    [
                        "Account {name=WhatsApp, type=com.whatsapp}",
                        "Account {name=Signal, type=org.thoughtcrime.securesms}",
                        "Account {name=vnd.sec.contact.phone, type=vnd.sec.contact.phone}",
                        "Account {name=Personal, type=com.android.exchange}",
                    ]
                ),
            ),
            ("I", "BluetoothAdapter", f'setName(): "{c.pick(_DEVICES)}"'),
            ("D", "DhcpClient", f"Received ACK: lease {c.n(3600, 86400)}s hostname=android-{val.hexs(c.rng, 16)}"),
            (
                "I",
                "Build",
                f"model={c.pick(_DEVICES)} fingerprint=google/husky/husky:15/AP4A.250105.002/12701944:user/release-keys",
            ),
            (
                "W",
                "Choreographer",
                f"Skipped {c.n(30, 200)} frames!  The application may be doing too much work on its main thread.",
            ),
            (
                "D",
                "OkHttp",
                f"<-- 200 https://api.northwind.example/v2/catalog?collection={c.pick(lk.NAME_PLACES)} ({c.n(20, 900)}ms)",
            ),
            ("I", "ReactNativeJS", f"'Screen view', {{ screen: '{c.pick(lk.UI_STRINGS)}' }}"),
            (
                "D",
                "FA",
                f"Logging event (FE): screen_view(_vs), Bundle[{{ga_screen_class(_sc)=MainActivity, ga_screen(_sn)={c.pick(lk.UI_STRINGS_INTL)}}}]",
            ),
            ("E", "AndroidRuntime", f"FATAL EXCEPTION: WorkManager-Worker-{c.n(1, 9)}"),
        ]
    )


def _crash(c: Ctx, fmt: str, p: Person | None) -> Rec:
    pid = c.n(1000, 30000)
    pkg = c.pick(_PKGS)
    r = Rec()
    if p is None:
        msg: Any = c.pick(
            [
                f"java.lang.IllegalStateException: Fragment ContactFragment{{{val.hexs(c.rng, 7)}}} not attached to a context.",
                "java.lang.NullPointerException: Attempt to invoke virtual method 'int java.lang.String.length()' on a null object reference",
                "android.database.sqlite.SQLiteConstraintException: UNIQUE constraint failed: contacts.lookup_key (code 2067 SQLITE_CONSTRAINT_UNIQUE)",
            ]
        )
    else:
        msg = c.pick(
            [
                S(
                    "java.lang.IllegalArgumentException: Invalid phone number for contact ",
                    V(c.disp(p), "NAME"),
                    ": ",
                    V(c.phone().national, "PHONE"),
                ),
                S(
                    "com.northwind.crm.sync.ConflictException: duplicate contact ",
                    c.v_email(p),
                    " (local id ",
                    str(c.n(10, 9999)),
                    ")",
                ),
                S(
                    "kotlinx.serialization.MissingFieldException: Field 'lastName' is required for type with serial name 'UserProfile', but it was missing at path: $.users[",
                    str(c.n(0, 40)),
                    "] (firstName=",
                    V(p.given, "NAME"),
                    ")",
                ),
            ]
        )
    rows: list[list[Any]] = [
        [_head(c, fmt, "E", "AndroidRuntime", pid, pid), "FATAL EXCEPTION: main"],
        [_head(c, fmt, "E", "AndroidRuntime", pid, pid), f"Process: {pkg}, PID: {pid}"],
        [_head(c, fmt, "E", "AndroidRuntime", pid, pid), msg],
    ]
    for frame in c.sample(
        [
            f"at {pkg}.ui.ContactFragment.onBind(ContactFragment.kt:{c.n(20, 300)})",
            f"at {pkg}.sync.ContactMerger.merge(ContactMerger.java:{c.n(20, 300)})",
            "at androidx.recyclerview.widget.RecyclerView$Adapter.bindViewHolder(RecyclerView.java:7846)",
            "at android.os.Handler.dispatchMessage(Handler.java:106)",
            "at com.android.internal.os.ZygoteInit.main(ZygoteInit.java:936)",
        ],
        c.n(2, 4),
    ):
        rows.append([_head(c, fmt, "E", "AndroidRuntime", pid, pid), "\t" + frame])
    return r.lines(rows)


def android_logcat(c: Ctx) -> Rec:
    fmt = c.pick(["threadtime", "threadtime", "threadtime", "time", "brief", "long"])
    pid, tid = c.n(1000, 30000), c.n(1000, 30000)
    k = c.n(0, 9)
    if k == 0 and fmt != "long":
        return _crash(c, fmt, None if c.negative else c.person(native_share=0.1))
    r = Rec()
    n = 1 if fmt == "long" or c.chance(0.5) else c.n(2, 4)
    rows: list[list[Any]] = []
    hot = c.n(0, n - 1)
    for i in range(n):
        if not c.negative and i == hot:
            level, tag, msg = _pos_line(c, c.person(native_share=0.1))
        else:
            level, tag, msg = _neg_line(c)
        rows.append([_head(c, fmt, level, tag, pid, tid if level != "E" else pid), msg])
    return r.lines(rows, sep="\n\n" if fmt == "long" else "\n")
