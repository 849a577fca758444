"""Family laravel_php: Laravel/Monolog LineFormatter lines with JSON context (and multi-line
exceptions with `[stacktrace]`), Monolog JsonFormatter documents, Symfony channel lines, VarDumper
output, PHP-FPM `child said into stderr` and php error_log lines."""

from __future__ import annotations

from typing import Any

import _lookalikes as lk
import _values as val
from _build import Rec, S, V
from _ctx import Ctx

_ENVS = ("production", "local", "staging")
_JOBS = (
    "App\\Jobs\\SendInvoiceReminder",
    "App\\Jobs\\SyncContactsToCrm",
    "App\\Jobs\\SendGracePeriodReminder",
    "App\\Jobs\\ExportPayroll",
    "App\\Jobs\\PruneStaleSessions",
    "App\\Listeners\\NotifyVictoriaWarehouse",
    "Laravel\\Scout\\Jobs\\MakeSearchable",
    "App\\Jobs\\RebuildHudsonReport",
)


def _stamp(c: Ctx) -> str:
    return f"[{c.t:%Y-%m-%d %H:%M:%S}]"


def _stack(c: Ctx) -> str:
    frames = c.sample(
        [
            "/var/www/html/vendor/laravel/framework/src/Illuminate/Database/Connection.php(779): Illuminate\\Database\\Connection->runQueryCallback()",
            "/var/www/html/vendor/laravel/framework/src/Illuminate/Database/Query/Builder.php(3548): Illuminate\\Database\\Connection->insert()",
            "/var/www/html/app/Http/Controllers/Auth/RegisterController.php(71): App\\Models\\User::create()",
            "/var/www/html/vendor/laravel/framework/src/Illuminate/Routing/Controller.php(54): App\\Http\\Controllers\\ProfileController->update()",
            "/var/www/html/vendor/laravel/framework/src/Illuminate/Pipeline/Pipeline.php(183): Illuminate\\Routing\\Pipeline->Illuminate\\Routing\\{closure}()",
        ],
        c.n(2, 4),
    )
    return "\n".join(f"#{i} {f}" for i, f in enumerate(frames)) + f"\n#{len(frames)} {{main}}"


def _laravel_line(c: Ctx) -> Rec:
    env = c.pick(_ENVS)
    r = Rec().lit(f"{_stamp(c)} {env}.")
    if c.negative:
        k = c.n(0, 5)
        if k == 0:
            return r.lit(f"INFO: Processing: {c.pick(_JOBS)}  ")
        if k == 1:
            return r.lit(
                f'ERROR: Connection refused [tcp://redis:6379] {{"exception":"[object] (Predis\\\\Connection\\\\ConnectionException(code: 111): Connection refused [tcp://redis:6379] at /var/www/html/vendor/predis/predis/src/Connection/AbstractConnection.php:155)\n[stacktrace]\n{_stack(c)}\n"}} '
            )
        if k == 2:
            job = c.pick(_JOBS)
            return r.lit(
                f'ERROR: {job} has been attempted too many times. {{"exception":"[object] (Illuminate\\\\Queue\\\\MaxAttemptsExceededException(code: 0): {job.replace(chr(92), chr(92) * 2)} has been attempted too many times. at /var/www/html/vendor/laravel/framework/src/Illuminate/Queue/Worker.php:812)"}} '
            )
        if k == 3:
            return r.lit(f"INFO: Migrating: 2026_11_{c.n(10, 30)}_000000_add_phone_to_users_table  ")
        if k == 4:
            return r.lit(
                f'WARNING: Cache miss for tenant.settings:{c.n(1, 900)} {{"store":"redis","ttl":3600,"tag":"{c.pick(lk.PERSON_LIKE_PROJECTS)}"}} '
            )
        return r.lit(
            f'INFO: Scheduled command [artisan horizon:snapshot] finished {{"duration_ms":{c.n(20, 900)},"status":"{c.pick(lk.STATUS_WORDS)}"}} '
        )
    p = c.person(native_share=0.08)
    k = c.n(0, 5)
    if k == 0:  # duplicate-key QueryException: the bound values are spliced into the SQL
        email, ph = c.v_email(p), V(c.phone().e164, "PHONE")
        r.add(
            "ERROR: SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate entry '",
            email,
            "' for key 'users.users_email_unique' (Connection: mysql, SQL: insert into `users` (`name`, `email`, `phone`, `updated_at`, `created_at`) values (",
            V(c.disp(p), "NAME"),
            ", ",
            email,
            ", ",
            ph,
            f", {c.t:%Y-%m-%d %H:%M:%S}, {c.t:%Y-%m-%d %H:%M:%S})) ",
            f'{{"userId":{c.n(1, 99999)},"exception":"[object] (Illuminate\\\\Database\\\\QueryException(code: 23000): SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate entry \'',
            email,
            "' for key 'users.users_email_unique' at /var/www/html/vendor/laravel/framework/src/Illuminate/Database/Connection.php:825)\n[stacktrace]\n",
            _stack(c),
            '\n"} ',
        )
        return r
    if k == 1:
        return (
            r.lit("INFO: User registered ")
            .json(
                {
                    "user_id": c.n(1, 99999),
                    "email": c.v_email(p),
                    "name": V(c.disp(p), "NAME"),
                    "ip": V(c.ip(v6_share=0.1, private_share=0.1), "IP_ADDRESS"),
                }
            )
            .lit(" ")
        )
    if k == 2:
        return (
            r.lit("WARNING: Failed login attempt ")
            .json({"email": c.v_email(p), "ip": V(c.ip4(), "IP_ADDRESS"), "attempts": c.n(2, 9)})
            .lit(" ")
        )
    if k == 3:
        return (
            r.add("DEBUG: Mail sent to ", V(c.disp(p), "NAME"), " <", c.v_email(p), "> ")
            .json(
                {
                    "mailable": c.pick(
                        ["App\\Mail\\WelcomeMail", "App\\Mail\\InvoicePaid", "App\\Mail\\PasswordReset"]
                    ),
                    "queue": "mail",
                }
            )
            .lit(" ")
        )
    if k == 4:
        return (
            r.lit("INFO: Profile updated ")
            .json(
                {
                    "user": {
                        "id": c.n(1, 99999),
                        "first_name": V(p.given, "NAME"),
                        "last_name": V(p.family, "NAME"),
                        "phone": V(c.phone().intl, "PHONE"),
                    },
                    "changed": ["phone"],
                },
                slashes=True,
            )
            .lit(" ")
        )
    return (
        r.add('ERROR: Undefined array key "ssn" ')
        .json(
            {
                "userId": c.n(1, 99999),
                "payload": {
                    "employee": V(c.disp(p), "NAME"),
                    "ssn_last4": V(val.ssn(c.rng)[-4:], "SSN"),
                    "dob": f"19{c.n(50, 99)}-0{c.n(1, 9)}-1{c.n(0, 9)}",
                },
            }
        )
        .lit(" ")
    )


def _monolog_json(c: Ctx) -> Rec:
    ctx: dict[str, Any]
    extra: dict[str, Any] = {
        "url": c.pick(["/checkout", "/api/v1/profile", "/register", "/horizon/api/stats"]),
        "http_method": c.pick(["GET", "POST", "PATCH"]),
        "server": "laravel-app-5f7c9",
        "referrer": None,
    }
    if c.negative:
        msg = c.pick(
            ["Queue worker started", f"Processed: {c.pick(_JOBS)}", "Horizon snapshot stored", "Route cache cleared"]
        )
        ctx = {"queue": c.pick(["default", "mail", "exports"]), "connection": "redis"}
    else:
        p = c.person(native_share=0.08)
        msg = c.pick(["Order placed", "Customer created", "Payment declined", "Address updated"])
        ctx = {
            "customer": {
                "name": V(c.disp(p), "NAME"),
                "email": c.v_email(p),
                "phone": V(c.phone().any(c.rng), "PHONE"),
            },
            "order_id": c.n(10000, 99999),
        }
        if c.chance(0.3):
            ctx["card"] = {"brand": "visa", "number": V(val.card(c.rng, "plain"), "CREDIT_CARD")}
        extra["ip"] = V(c.ip(v6_share=0.15, private_share=0.1), "IP_ADDRESS")
        extra["user_id"] = c.n(1, 99999)
    level, name = c.pick([(200, "INFO"), (300, "WARNING"), (400, "ERROR"), (250, "NOTICE")])
    doc = {
        "message": msg,
        "context": ctx,
        "level": level,
        "level_name": name,
        "channel": c.pick(_ENVS),
        "datetime": f"{c.t:%Y-%m-%dT%H:%M:%S}.{c.t.microsecond:06d}+00:00",
        "extra": extra,
    }
    # PHP's json_encode escapes '/' and non-ASCII unless told not to; Monolog turns both off, older apps don't.
    old = c.chance(0.3)
    return Rec(is_json=True).json(doc, style="compact", slashes=old, ascii_only=old)


def _symfony(c: Ctx) -> Rec:
    r = Rec().lit(f"[{c.t:%Y-%m-%dT%H:%M:%S}.{c.t.microsecond:06d}+00:00] ")
    if c.negative:
        return r.lit(
            c.pick(
                [
                    f'request.INFO: Matched route "app_product_show". {{"route":"app_product_show","route_parameters":{{"_route":"app_product_show","slug":"{c.pick(lk.PERSON_LIKE_PRODUCTS).lower().replace(" ", "-")}"}},"request_uri":"https://shop.example.com/p/1","method":"GET"}} []',
                    'security.DEBUG: Checking for authenticator support. {"firewall_name":"main","authenticators":1} []',
                    'doctrine.DEBUG: SELECT t0.id AS id_1, t0.status AS status_2 FROM orders t0 WHERE t0.status = ? ["Pending"] []',
                    'messenger.INFO: Message App\\Message\\RebuildSearchIndex handled by App\\MessageHandler\\RebuildSearchIndexHandler {"class":"App\\\\Message\\\\RebuildSearchIndex"} []',
                    'php.INFO: Deprecated: Creation of dynamic property App\\Entity\\Order::$legacyRef is deprecated {"exception":"[object] (ErrorException(code: 0): Deprecated at /app/src/Entity/Order.php:88)"} []',
                ]
            )
        )
    p = c.person(native_share=0.05)
    k = c.n(0, 2)
    if k == 0:
        return r.add(
            'security.INFO: Authenticator successful! {"token":{"Symfony\\\\Component\\\\Security\\\\Http\\\\Authenticator\\\\Token\\\\PostAuthenticationToken":"PostAuthenticationToken(user=\\"',
            c.v_email(p),
            '\\", authenticated=true, roles=\\"ROLE_USER\\")"},"authenticator":"Symfony\\\\Component\\\\Security\\\\Http\\\\Authenticator\\\\FormLoginAuthenticator"} []',
        )
    if k == 1:
        return r.add(
            "doctrine.DEBUG: INSERT INTO customer (first_name, last_name, email, phone) VALUES (?, ?, ?, ?) ",
            '{"params":{"1":"',
            V(p.given, "NAME"),
            '","2":"',
            V(p.family, "NAME"),
            '","3":"',
            c.v_email(p),
            '","4":"',
            V(c.phone().e164, "PHONE"),
            '"},"types":{"1":2,"2":2,"3":2,"4":2}} []',
        )
    return r.add(
        'security.NOTICE: Login failed for "',
        c.v_email(p),
        '" from ',
        V(c.ip4(), "IP_ADDRESS"),
        ' {"reason":"Invalid credentials."} []',
    )


def _dump(c: Ctx) -> Rec:
    """Symfony VarDumper output of dd()/dump() in a CLI or queue log."""
    r = Rec()
    if c.negative:
        n = c.n(10, 400)
        return r.lit(
            f'array:4 [\n  "queue" => "exports"\n  "attempts" => {c.n(1, 3)}\n  "job" => "{c.pick(_JOBS).replace(chr(92), chr(92) * 2)}"\n'
            f'  "status" => "{c.pick(lk.STATUS_WORDS)}"\n]\n'
            if c.chance(0.5)
            else f'App\\Models\\Product {{#{n}\n  #table: "products"\n  #attributes: array:3 [\n    "id" => {c.n(1, 999)}\n'
            f'    "name" => "{c.pick(lk.PERSON_LIKE_PRODUCTS)}"\n    "price" => {c.n(5, 400)}.00\n  ]\n}} // app/Console/Commands/Reindex.php:{c.n(20, 90)}'
        )
    p = c.person(native_share=0.08)
    if c.chance(0.5):
        return r.add(
            'array:5 [\n  "first_name" => "',
            V(p.given, "NAME"),
            '"\n  "last_name" => "',
            V(p.family, "NAME"),
            '"\n  "email" => "',
            c.v_email(p),
            '"\n  "phone" => "',
            V(c.phone().intl, "PHONE"),
            f'"\n  "newsletter" => {c.pick(["true", "false"])}\n] // app/Http/Controllers/SignupController.php:{c.n(20, 90)}',
        )
    return r.add(
        f'App\\Models\\User {{#{c.n(100, 9999)}\n  #connection: "mysql"\n  #table: "users"\n  #attributes: array:6 [\n'
        f'    "id" => {c.n(1, 99999)}\n    "name" => "',
        V(c.disp(p), "NAME"),
        '"\n    "email" => "',
        c.v_email(p),
        '"\n    "ssn" => "',
        V(val.ssn(c.rng), "SSN"),
        '"\n    "last_login_ip" => "',
        V(c.ip4(), "IP_ADDRESS"),
        '"\n    "remember_token" => null\n  ]\n}',
    )


def _fpm(c: Ctx) -> Rec:
    r = Rec().lit(f"[{c.t.day:02d}-{val.MONTHS[c.t.month - 1]}-{c.t.year} {c.t:%H:%M:%S}] ")
    if c.negative:
        return r.lit(
            c.pick(
                [
                    f"WARNING: [pool www] seems busy (you may need to increase pm.start_servers, or pm.min/max_spare_servers), spawning 8 children, there are 0 idle, and {c.n(10, 40)} total children",
                    f"NOTICE: [pool www] child {c.n(1000, 30000)} exited with code 0 after {c.n(100, 9000)}.{c.n(100, 999)} seconds from start",
                    f'WARNING: [pool www] child {c.n(1000, 30000)} said into stderr: "NOTICE: PHP message: PHP Warning:  Undefined array key "phone" in /var/www/html/app/Http/Controllers/ProfileController.php on line {c.n(20, 200)}"',
                    f"NOTICE: fpm is running, pid {c.n(1, 99)}",
                    f'WARNING: [pool www] child {c.n(1000, 30000)} said into stderr: "NOTICE: PHP message: PHP Deprecated:  strlen(): Passing null to parameter #1 ($string) of type string is deprecated in /var/www/html/vendor/league/flysystem/src/Util.php on line 47"',
                ]
            )
        )
    p = c.person(latin_only=True)
    return r.add(
        f'WARNING: [pool www] child {c.n(1000, 30000)} said into stderr: "NOTICE: PHP message: ',
        c.pick(
            [
                S("sms: sending reminder to ", V(c.phone().e164, "PHONE"), " for ", V(p.western(), "NAME")),
                S(
                    "PHP Warning:  mail(): SMTP server response: 550 5.1.1 <",
                    c.v_email(p),
                    ">: Recipient address rejected in /var/www/html/lib/mailer.php on line 88",
                ),
                S("crm-sync: contact ", V(c.disp(p), "NAME"), " (", c.v_email(p), ") has no country code"),
            ]
        ),
        '"',
    )


def _error_log(c: Ctx) -> Rec:
    r = Rec().lit(f"[{c.t.day:02d}-{val.MONTHS[c.t.month - 1]}-{c.t.year} {c.t:%H:%M:%S} UTC] ")
    if c.negative:
        return r.lit(
            c.pick(
                [
                    'PHP Warning:  Module "redis" is already loaded in Unknown on line 0',
                    "PHP Fatal error:  Allowed memory size of 134217728 bytes exhausted (tried to allocate 20480 bytes) in /var/www/html/vendor/laravel/framework/src/Illuminate/Collections/Arr.php on line 235",
                    "PHP Notice:  Undefined index: ssn in /var/www/html/legacy/hr/export.php on line 41",
                ]
            )
        )
    p = c.person(latin_only=True)
    return r.add(
        "PHP Notice:  Undefined index: postcode in /var/www/html/legacy/hr/export.php on line 41 (employee=",
        V(p.upper_ascii() if c.chance(0.3) else p.western(), "NAME"),
        ", ssn=",
        V(val.ssn(c.rng, c.pick(["dash", "bare"])), "SSN"),
        ")",
    )


def laravel_php(c: Ctx) -> Rec:
    fns = [_laravel_line, _laravel_line, _laravel_line, _monolog_json, _monolog_json, _symfony, _dump, _fpm, _error_log]
    return c.pick(fns)(c)
