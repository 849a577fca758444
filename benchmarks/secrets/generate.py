"""A seeded evaluation set for credentials and bank identifiers, written from the labelling conventions.

    python benchmarks/secrets/generate.py [--seed 1717] [--lines 4000] > /tmp/secrets.jsonl

One JSON object per line: ``{"text", "spans": [[start, end, TYPE]], "template", "negative"}``.
Positive templates put one or more values of AWS_ACCESS_KEY, AWS_SECRET_KEY, PASSWORD,
SECRET, INTERNATIONAL_BANK_ACCOUNT_NUMBER or MAC_ADDRESS in log lines of many shapes (env
dumps, connection strings, URLs, headers, JSON, XML, command lines, SQL); hard-negative
templates hold the look-alikes the conventions say are never these types (publishable keys,
ARNs, SIDs, DSNs, certificates, page tokens, ``*_FILE`` paths, digests, UUIDs, placeholders,
the words in prose, invalid IBANs, long colon-hex runs, object reprs). Values are random, so
no value repeats; nothing here comes from the loghub samples.
"""

from __future__ import annotations

import argparse
import base64
import json
import random
import string
import sys
from collections.abc import Callable
from urllib.parse import quote

ALNUM = string.ascii_letters + string.digits
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"
HEX = "0123456789abcdef"
UPPER32 = string.ascii_uppercase + "234567"

Gen = Callable[[random.Random], str]


def _s(r: random.Random, alphabet: str, n: int) -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


# -- value generators ---------------------------------------------------------------------------------------


def aws_key_id(r: random.Random) -> str:
    return r.choice(("AKIA", "ASIA")) + _s(r, UPPER32, 16)


def aws_secret(r: random.Random) -> str:
    return _s(r, B64, 40)


_WORDS = "river stone blue falcon maple orbit copper violet tiger lemon harbor quartz cedar nova".split()


def password(r: random.Random) -> str:
    kind = r.randrange(5)
    if kind == 0:
        return r.choice(_WORDS).capitalize() + str(r.randrange(10, 9999)) + r.choice("!@#$%&*?")
    if kind == 1:
        return _s(r, ALNUM + "!@#$%^&*()-_=+[]{}:;,.?~", r.randint(10, 24))
    if kind == 2:
        return "-".join(r.sample(_WORDS, 3))
    if kind == 3:
        return _s(r, ALNUM, r.randint(8, 20))
    return r.choice(_WORDS) + str(r.randrange(100))


def url_password(r: random.Random) -> str:
    """A password as it appears in URL userinfo: reserved characters percent-encoded."""
    return quote(password(r), safe="!$&'()*+,;=-._~")


def query_password(r: random.Random) -> str:
    """A password as it appears in a query string: everything but unreserved characters encoded."""
    return quote(password(r), safe="-._~")


def json_password(r: random.Random) -> str:
    return json.dumps(password(r))[1:-1]  # JSON-escaped as it appears inside the string


def shell_password(r: random.Random) -> str:
    return _s(r, ALNUM + "!@#%^*_+=.,", r.randint(8, 18))


def github(r: random.Random) -> str:
    return r.choice(("ghp_", "gho_", "ghs_", "ghu_")) + _s(r, ALNUM, 36)


def github_pat(r: random.Random) -> str:
    return "github_pat_" + _s(r, ALNUM, 22) + "_" + _s(r, ALNUM, 59)


def gitlab(r: random.Random) -> str:
    return "glpat-" + _s(r, ALNUM + "-_", 20)


def slack(r: random.Random) -> str:
    return (
        f"xox{r.choice('bpa')}-{r.randrange(10**11, 10**12)}-{r.randrange(10**11, 10**12)}-{_s(r, ALNUM, 24)}"
    )


def slack_webhook(r: random.Random) -> str:
    return f"https://hooks.slack.com/services/T{_s(r, UPPER32, 8)}/B{_s(r, UPPER32, 10)}/{_s(r, ALNUM, 24)}"


def stripe(r: random.Random) -> str:
    return r.choice(("sk_live_", "rk_live_", "sk_test_")) + _s(r, ALNUM, 24)


def stripe_webhook(r: random.Random) -> str:
    return "whsec_" + _s(r, ALNUM, 32)


def google(r: random.Random) -> str:
    return "AIza" + _s(r, ALNUM + "-_", 35)


def sendgrid(r: random.Random) -> str:
    return f"SG.{_s(r, B64URL, 22)}.{_s(r, B64URL, 43)}"


def twilio(r: random.Random) -> str:
    return "SK" + _s(r, HEX, 32)


def npm(r: random.Random) -> str:
    return "npm_" + _s(r, ALNUM, 36)


def _b64url(obj: object) -> str:
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


def jwt(r: random.Random) -> str:
    head = {"alg": r.choice(("HS256", "RS256", "ES256")), "typ": "JWT"}
    body = {"sub": str(r.randrange(10**6)), "iat": r.randrange(1_600_000_000, 1_800_000_000), "scope": "read"}
    return f"{_b64url(head)}.{_b64url(body)}.{_s(r, B64URL, r.choice((43, 86, 342)))}"


def basic(r: random.Random) -> str:
    return base64.b64encode(f"{r.choice(_WORDS)}{r.randrange(99)}:{password(r)}".encode()).decode()


def opaque(r: random.Random) -> str:
    kind = r.randrange(3)
    if kind == 0:
        return _s(r, HEX, r.choice((32, 40, 64)))
    if kind == 1:
        return _s(r, B64URL, r.randint(24, 64))
    return "ya29." + _s(r, B64URL, r.randint(40, 80))


def pem(r: random.Random, sep: str = "\n") -> str:
    kind = r.choice(("RSA ", "EC ", "", "OPENSSH ", "ENCRYPTED "))
    lines = [_s(r, B64, 64) for _ in range(r.randint(3, 8))] + [_s(r, B64, r.randint(8, 60)) + "=="]
    return sep.join([f"-----BEGIN {kind}PRIVATE KEY-----", *lines, f"-----END {kind}PRIVATE KEY-----"])


def azure_key(r: random.Random) -> str:
    return _s(r, B64, 86) + "=="


_IBAN_COUNTRIES = {
    "DE": 22,
    "FR": 27,
    "GB": 22,
    "NL": 18,
    "ES": 24,
    "IT": 27,
    "BE": 16,
    "CH": 21,
    "AT": 20,
    "PL": 28,
    "SE": 24,
    "IE": 22,
    "PT": 25,
    "NO": 15,
    "DK": 18,
    "FI": 18,
}


def _iban_check(country: str, bban: str) -> str:
    num = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{98 - int(num) % 97:02d}"


def iban_compact(r: random.Random, valid: bool = True) -> str:
    country = r.choice(sorted(_IBAN_COUNTRIES))
    n = _IBAN_COUNTRIES[country] - 4
    if country in ("GB", "IE", "NL"):
        bban = _s(r, string.ascii_uppercase, 4) + _s(r, string.digits, n - 4)
    else:
        bban = _s(r, string.digits, n)
    check = _iban_check(country, bban)
    if not valid:
        check = f"{(int(check) + r.randint(1, 50)) % 97 + 2:02d}"
        if check == _iban_check(country, bban):
            check = f"{(int(check) + 1) % 97 + 2:02d}"
    return country + check + bban


def iban(r: random.Random) -> str:
    v = iban_compact(r)
    if r.random() < 0.5:
        v = " ".join(v[i : i + 4] for i in range(0, len(v), 4))
    return v


def mac(r: random.Random) -> str:
    octets = [_s(r, HEX, 2) for _ in range(6)]
    kind = r.randrange(4)
    if kind == 0:
        return ":".join(octets)
    if kind == 1:
        return ":".join(octets).upper()
    if kind == 2:
        return "-".join(octets).upper()
    flat = "".join(octets)
    return ".".join(flat[i : i + 4] for i in range(0, 12, 4))


def uuid(r: random.Random) -> str:
    h = _s(r, HEX, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"


TOKEN_GENS: tuple[Gen, ...] = (
    github,
    github_pat,
    gitlab,
    slack,
    stripe,
    stripe_webhook,
    google,
    sendgrid,
    twilio,
    npm,
)


def any_token(r: random.Random) -> str:
    return r.choice(TOKEN_GENS)(r)


# -- templates: (name, template, {slot: (TYPE or None, generator)}) ----------------------------------------------
_HOSTS = ("db.internal", "10.0.3.17", "pg-primary.prod.svc", "cache-01", "mq.example.net")
_USERS = ("app", "svc_api", "admin", "deploy", "report_ro")

Slot = tuple[str | None, Gen]


def _user(r: random.Random) -> str:
    return r.choice(_USERS)


def _host(r: random.Random) -> str:
    return r.choice(_HOSTS)


def _ts(r: random.Random) -> str:
    return f"2026-0{r.randint(1, 9)}-{r.randint(10, 28)}T{r.randint(10, 23)}:{r.randint(10, 59)}:{r.randint(10, 59)}Z"


P = "PASSWORD"
S = "SECRET"
POSITIVE: list[tuple[str, str, dict[str, Slot]]] = [
    # AWS
    (
        "env_aws",
        "{ts} INFO boot env AWS_ACCESS_KEY_ID={k} AWS_SECRET_ACCESS_KEY={s} AWS_REGION=eu-west-1",
        {"k": ("AWS_ACCESS_KEY", aws_key_id), "s": ("AWS_SECRET_KEY", aws_secret)},
    ),
    (
        "aws_json",
        '{{"AccessKeyId": "{k}", "SecretAccessKey": "{s}", "SessionToken": "{t}", "Expiration": "{ts}"}}',
        {
            "k": ("AWS_ACCESS_KEY", aws_key_id),
            "s": ("AWS_SECRET_KEY", aws_secret),
            "t": (S, lambda r: _s(r, B64, 120) + "=="),
        },
    ),
    (
        "aws_cred_header",
        "{ts} DEBUG botocore.auth Authorization: AWS4-HMAC-SHA256 Credential={k}/20260105/us-east-1/s3/aws4_request, SignedHeaders=host",
        {"k": ("AWS_ACCESS_KEY", aws_key_id)},
    ),
    (
        "aws_presigned",
        "GET /bucket/report.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential={k}%2F20260105%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Expires=900 200",
        {"k": ("AWS_ACCESS_KEY", aws_key_id)},
    ),
    (
        "aws_ini",
        "[default] aws_access_key_id = {k} aws_secret_access_key = {s}",
        {"k": ("AWS_ACCESS_KEY", aws_key_id), "s": ("AWS_SECRET_KEY", aws_secret)},
    ),
    ("aws_yaml", "  aws_secret_key: {s}", {"s": ("AWS_SECRET_KEY", aws_secret)}),
    (
        "aws_key_prose",
        "{ts} WARN rotated access key {k} for user deploy",
        {"k": ("AWS_ACCESS_KEY", aws_key_id)},
    ),
    # passwords
    (
        "url_pg",
        "{ts} INFO connecting to postgresql://{u}:{p}@{h}:5432/orders",
        {"u": (None, _user), "p": (P, url_password), "h": (None, _host)},
    ),
    ("url_redis", "cache url redis://:{p}@{h}:6379/0", {"p": (P, url_password), "h": (None, _host)}),
    (
        "url_amqp",
        "kombu connection amqp://{u}:{p}@{h}:5672// established",
        {"u": (None, _user), "p": (P, url_password), "h": (None, _host)},
    ),
    (
        "kv_pw",
        "{ts} DEBUG db config host={h} user={u} password={p} port=5432",
        {
            "h": (None, _host),
            "u": (None, _user),
            "p": (P, lambda r: _s(r, ALNUM + "!@#$%^*_+.", r.randint(8, 20))),
        },
    ),
    (
        "env_pw",
        "env: POSTGRES_PASSWORD={p}",
        {"p": (P, lambda r: _s(r, ALNUM + "!@#%^*_+.", r.randint(8, 20)))},
    ),
    (
        "env_pw2",
        "export MYSQL_ROOT_PASSWORD='{p}'",
        {"p": (P, lambda r: _s(r, ALNUM + "!@#%^*_+.", r.randint(8, 20)))},
    ),
    (
        "json_pw",
        '{{"user": "{u}", "password": "{p}", "remember": true}}',
        {"u": (None, _user), "p": (P, json_password)},
    ),
    (
        "json_escaped_pw",
        '{{"msg": "login payload {{\\"username\\": \\"{u}\\", \\"password\\": \\"{p}\\"}}"}}',
        {"u": (None, _user), "p": (P, lambda r: _s(r, ALNUM + "!@#%^*_+.", r.randint(8, 16)))},
    ),
    (
        "query_pw",
        'GET /login?user={u}&pwd={p}&next=%2Fhome HTTP/1.1" 302',
        {"u": (None, _user), "p": (P, query_password)},
    ),
    (
        "xml_pw",
        "<datasource><user>{u}</user><password>{p}</password></datasource>",
        {"u": (None, _user), "p": (P, lambda r: _s(r, ALNUM + "!#%^*_+.", r.randint(8, 16)))},
    ),
    (
        "dotnet_cs",
        "ConnectionString=Server={h};Database=crm;User Id={u};Password={p};Encrypt=True",
        {
            "h": (None, _host),
            "u": (None, _user),
            "p": (P, lambda r: _s(r, ALNUM + "!#%^*_+.", r.randint(8, 16))),
        },
    ),
    (
        "jdbc",
        "jdbc:mysql://{h}:3306/shop?user={u}&password={p}&useSSL=true",
        {"h": (None, _host), "u": (None, _user), "p": (P, query_password)},
    ),
    (
        "spring",
        "spring.datasource.password={p}",
        {"p": (P, lambda r: _s(r, ALNUM + "!#%^*_+.", r.randint(8, 16)))},
    ),
    (
        "cli_long",
        "exec: pg_dump --host {h} --username {u} --password {p} orders",
        {"h": (None, _host), "u": (None, _user), "p": (P, shell_password)},
    ),
    ("cli_eq", "running backup-tool --db-password={p} --verbose", {"p": (P, shell_password)}),
    (
        "cli_mysql",
        "cron: mysql -u {u} -p{p} -h {h} shop < dump.sql",
        {"u": (None, _user), "p": (P, shell_password), "h": (None, _host)},
    ),
    (
        "cli_docker",
        "+ docker login -u {u} -p {p} registry.example.com",
        {"u": (None, _user), "p": (P, shell_password)},
    ),
    (
        "cli_sshpass",
        "sshpass -p {p} ssh {u}@{h} uptime",
        {"u": (None, _user), "p": (P, shell_password), "h": (None, _host)},
    ),
    (
        "cli_curl",
        "curl -s -u {u}:{p} https://api.example.com/v1/health",
        {"u": (None, _user), "p": (P, shell_password)},
    ),
    (
        "sql_identified",
        "LOG: statement: CREATE USER '{u}'@'%' IDENTIFIED BY '{p}';",
        {"u": (None, _user), "p": (P, shell_password)},
    ),
    (
        "sql_with_pw",
        "LOG: statement: ALTER ROLE {u} WITH PASSWORD '{p}' VALID UNTIL 'infinity'",
        {"u": (None, _user), "p": (P, shell_password)},
    ),
    ("yaml_pw", "  db_password: {p}", {"p": (P, lambda r: _s(r, ALNUM + "!#%^*_+.", r.randint(8, 16)))}),
    (
        "logfmt_pw",
        'level=debug msg="auth attempt" user={u} passwd={p}',
        {"u": (None, _user), "p": (P, shell_password)},
    ),
    # tokens and secrets
    ("gh_url", "git clone https://{t}@github.com/acme/infra.git", {"t": (S, github)}),
    ("gh_userinfo", "remote: https://x-access-token:{t}@github.com/acme/app", {"t": (S, github)}),
    ("token_env", "{ts} DEBUG env GITHUB_TOKEN={t}", {"t": (S, lambda r: r.choice((github, github_pat))(r))}),
    ("token_bare", "{ts} WARN request failed with key {t}", {"t": (S, any_token)}),
    (
        "token_json",
        '{{"level":"info","event":"webhook","signing_secret":"{t}"}}',
        {"t": (S, lambda r: r.choice((stripe_webhook, opaque))(r))},
    ),
    ("slack_hook", "{ts} INFO posting alert to {t}", {"t": (S, slack_webhook)}),
    ("slack_tok", "slack client init token={t}", {"t": (S, slack)}),
    ("stripe_key", "Stripe.api_key = '{t}'", {"t": (S, stripe)}),
    ("google_key", "GET /maps/api/geocode/json?address=x&key={t} 200", {"t": (S, google)}),
    ("sendgrid", "SENDGRID_API_KEY={t}", {"t": (S, sendgrid)}),
    ("twilio", "twilio: using api key {t} for account", {"t": (S, twilio)}),
    ("npmrc", "//registry.npmjs.org/:_authToken={t}", {"t": (S, npm)}),
    ("gitlab", "CI_JOB: using {t} to push", {"t": (S, gitlab)}),
    ("bearer", "{ts} DEBUG > Authorization: Bearer {t}", {"t": (S, lambda r: r.choice((opaque, jwt))(r))}),
    (
        "bearer_json",
        '{{"headers": {{"authorization": "Bearer {t}", "accept": "*/*"}}}}',
        {"t": (S, lambda r: r.choice((opaque, jwt))(r))},
    ),
    ("basic", "{ts} DEBUG Authorization: Basic {t}", {"t": (S, basic)}),
    ("jwt_query", "GET /ws?access_token={t} 101", {"t": (S, jwt)}),
    ("jwt_bare", "{ts} INFO id_token {t} accepted", {"t": (S, jwt)}),
    (
        "oauth_json",
        '{{"access_token":"{a}","token_type":"Bearer","expires_in":3600,"refresh_token":"{b}"}}',
        {"a": (S, opaque), "b": (S, opaque)},
    ),
    ("client_secret", "oauth2 client_id=web-portal client_secret={t}", {"t": (S, opaque)}),
    (
        "api_key_hdr",
        "{ts} DEBUG request headers x-api-key: {t}",
        {"t": (S, lambda r: r.choice((opaque, uuid))(r))},
    ),
    ("api_key_uuid", "config api_key={t} region=us", {"t": (S, uuid)}),
    ("secret_key_env", "DJANGO_SECRET_KEY={t}", {"t": (S, lambda r: _s(r, ALNUM + "!@#%^&*(-_=+)", 50))}),
    ("webhook_secret", "WEBHOOK_SECRET={t}", {"t": (S, opaque)}),
    ("pem", "{ts} ERROR bad key in config: {t} (parse error)", {"t": (S, pem)}),
    (
        "pem_json",
        '{{"private_key": "{t}", "client_email": "svc@proj.iam.gserviceaccount.com"}}',
        {"t": (S, lambda r: pem(r, "\\n"))},
    ),
    (
        "azure",
        "DefaultEndpointsProtocol=https;AccountName=acmestore;AccountKey={t};EndpointSuffix=core.windows.net",
        {"t": (S, azure_key)},
    ),
    (
        "azure_sb",
        "Endpoint=sb://acme.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey={t}",
        {"t": (S, lambda r: _s(r, B64, 43) + "=")},
    ),
    ("session_token", "aws_session_token={t}", {"t": (S, lambda r: _s(r, B64, 200) + "==")}),
    # IBAN
    (
        "iban_kv",
        "{ts} INFO payout created iban={v} amount=120.00 EUR",
        {"v": ("INTERNATIONAL_BANK_ACCOUNT_NUMBER", iban)},
    ),
    (
        "iban_json",
        '{{"beneficiary": {{"iban": "{v}", "bic": "DEUTDEFF"}}}}',
        {"v": ("INTERNATIONAL_BANK_ACCOUNT_NUMBER", iban)},
    ),
    (
        "iban_prose",
        "SEPA transfer to {v} rejected: AC04 closed account",
        {"v": ("INTERNATIONAL_BANK_ACCOUNT_NUMBER", iban)},
    ),
    ("iban_csv", "2026-01-03;{v};EUR;-45.10;rent", {"v": ("INTERNATIONAL_BANK_ACCOUNT_NUMBER", iban)}),
    ("iban_xml", "<IBAN>{v}</IBAN>", {"v": ("INTERNATIONAL_BANK_ACCOUNT_NUMBER", iban_compact)}),
    # MAC
    ("mac_dhcp", "dhcpd: DHCPACK on 10.0.4.23 to {v} via eth0", {"v": ("MAC_ADDRESS", mac)}),
    ("mac_kv", "{ts} INFO device registered mac={v} vendor=acme", {"v": ("MAC_ADDRESS", mac)}),
    ("mac_json", '{{"client_mac": "{v}", "ssid": "corp"}}', {"v": ("MAC_ADDRESS", mac)}),
    ("mac_cisco", "%SW_MATM-4-MACFLAP_NOTIF: Host {v} in vlan 10 is flapping", {"v": ("MAC_ADDRESS", mac)}),
    (
        "mac_arp",
        "arp: {ip} is-at {v} on em0",
        {"ip": (None, lambda r: f"10.0.{r.randrange(255)}.{r.randrange(255)}"), "v": ("MAC_ADDRESS", mac)},
    ),
]

NEGATIVE: list[tuple[str, str, dict[str, Slot]]] = [
    ("pk", "{ts} INFO stripe publishable key pk_live_{x} loaded", {"x": (None, lambda r: _s(r, ALNUM, 24))}),
    ("pk_test", "STRIPE_PUBLISHABLE_KEY=pk_test_{x}", {"x": (None, lambda r: _s(r, ALNUM, 24))}),
    (
        "arn",
        "assumed role arn:aws:iam::{a}:role/deploy-{x}",
        {"a": (None, lambda r: _s(r, string.digits, 12)), "x": (None, lambda r: _s(r, ALNUM, 6))},
    ),
    ("account", "aws account_id={a} region=eu-west-1", {"a": (None, lambda r: _s(r, string.digits, 12))}),
    (
        "aida",
        "iam user id AIDA{x} role id AROA{y}",
        {"x": (None, lambda r: _s(r, UPPER32, 16)), "y": (None, lambda r: _s(r, UPPER32, 16))},
    ),
    (
        "twilio_sid",
        "twilio account AC{x} message SM{y} queued",
        {"x": (None, lambda r: _s(r, HEX, 32)), "y": (None, lambda r: _s(r, HEX, 32))},
    ),
    (
        "sentry_dsn",
        "SENTRY_DSN=https://{x}@o{n}.ingest.sentry.io/{m}",
        {
            "x": (None, lambda r: _s(r, HEX, 32)),
            "n": (None, lambda r: str(r.randrange(10**6))),
            "m": (None, lambda r: str(r.randrange(10**7))),
        },
    ),
    (
        "cert",
        "-----BEGIN CERTIFICATE-----\\n{x}\\n-----END CERTIFICATE-----",
        {"x": (None, lambda r: _s(r, B64, 64))},
    ),
    (
        "pubkey",
        "loaded -----BEGIN PUBLIC KEY----- {x} -----END PUBLIC KEY-----",
        {"x": (None, lambda r: _s(r, B64, 64))},
    ),
    (
        "ssh_pub",
        "authorized key ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{x} deploy@ci",
        {"x": (None, lambda r: _s(r, B64, 43))},
    ),
    (
        "page_token",
        '{{"items": 50, "nextPageToken": "{x}", "page_token": "{y}"}}',
        {"x": (None, lambda r: _s(r, B64URL, 40)), "y": (None, lambda r: _s(r, B64URL, 24))},
    ),
    ("cursor", "GET /v1/events?cursor={x}&limit=100 200", {"x": (None, lambda r: _s(r, B64URL, 32))}),
    (
        "file_env",
        "env DB_PASSWORD_FILE=/run/secrets/db_password GITHUB_TOKEN_FILE=/var/run/{x}",
        {"x": (None, lambda r: _s(r, string.ascii_lowercase, 8))},
    ),
    ("git_sha", "{ts} INFO deployed commit {x} to prod", {"x": (None, lambda r: _s(r, HEX, 40))}),
    ("sha256", "sha256sum {x}  release.tar.gz", {"x": (None, lambda r: _s(r, HEX, 64))}),
    ("image", "pulling nginx@sha256:{x}", {"x": (None, lambda r: _s(r, HEX, 64))}),
    (
        "uuid",
        "request_id={x} trace_id={y} span_id={z}",
        {"x": (None, uuid), "y": (None, lambda r: _s(r, HEX, 32)), "z": (None, lambda r: _s(r, HEX, 16))},
    ),
    ("placeholder_stars", "{ts} DEBUG db config user=app password=*** host=db", {}),
    ("placeholder_var", "env POSTGRES_PASSWORD=${{DB_PASSWORD}} API_TOKEN=$API_TOKEN", {}),
    ("placeholder_tag", '{{"password": "<redacted>", "token": "[FILTERED]", "secret": "********"}}', {}),
    ("placeholder_null", '{{"password": null, "api_key": "", "client_secret": "REDACTED"}}', {}),
    (
        "prose_pw",
        "{ts} INFO password reset email sent to user {n}",
        {"n": (None, lambda r: str(r.randrange(10**5)))},
    ),
    (
        "prose_token",
        "{ts} WARN token expired for session {n}, refreshing",
        {"n": (None, lambda r: _s(r, HEX, 8))},
    ),
    ("prose_pw2", "Invalid password: too short (min 12 characters)", {}),
    ("prose_pw3", "{ts} ERROR authentication failed: invalid password for user", {}),
    ("prose_secret", "secret rotation scheduled; the new secret will be active in 24h", {}),
    ("prose_key", "api key missing in request; see docs for how to create an API key", {}),
    ("token_meta", "token_type=Bearer expires_in=3600 scope=read max_tokens=256 prompt_tokens: 42", {}),
    ("bearer_realm", 'WWW-Authenticate: Bearer realm="api", error="invalid_token"', {}),
    ("docker_run", "+ docker run -p 8080:80 -e MODE=prod nginx", {}),
    ("mysql_port", "mysql -h db -P 3306 -u app shop", {}),
    ("gcc", "gcc -pthread -O2 -o app main.c", {}),
    (
        "repr",
        "WindowManager: Skipping AppWindowToken{{{x} token=Token{{{y} ActivityRecord}}}}",
        {"x": (None, lambda r: _s(r, HEX, 7)), "y": (None, lambda r: _s(r, HEX, 7))},
    ),
    ("key_name", "{ts} INFO loaded AWS_ACCESS_KEY_ID from environment (value hidden)", {}),
    (
        "secret_name",
        "fetching secret_name=prod/db/creds SecretId: arn:aws:secretsmanager:eu-west-1:{a}:secret:db",
        {"a": (None, lambda r: _s(r, string.digits, 12))},
    ),
    (
        "iban_invalid",
        "{ts} WARN rejected iban={v}: checksum mismatch",
        {"v": (None, lambda r: iban_compact(r, valid=False))},
    ),
    (
        "fingerprint",
        "host key fingerprint {x}",
        {"x": (None, lambda r: ":".join(_s(r, HEX, 2) for _ in range(16)))},
    ),
    ("chip_id", "chip id {x} rev 3", {"x": (None, lambda r: ":".join(_s(r, HEX, 2) for _ in range(8)))}),
    (
        "iptables_mac",
        "kernel: IN=eth0 OUT= MAC={x} SRC=10.0.0.5",
        {"x": (None, lambda r: ":".join(_s(r, HEX, 2) for _ in range(14)))},
    ),
    ("times", "{ts} stats 12:34:56 08:00:01.250 uptime 3:04:05:06", {}),
    ("versions", "version 1.2.3.4 build 20260105.1234.5678 release 2.14.1-rc3", {}),
    (
        "hex_ids",
        "blk_{n} offset 0x{x} ptr=0x{y}",
        {
            "n": (None, lambda r: str(r.randrange(10**18))),
            "x": (None, lambda r: _s(r, HEX, 12)),
            "y": (None, lambda r: _s(r, HEX, 16)),
        },
    ),
    ("b64_payload", "{ts} DEBUG payload={x}", {"x": (None, lambda r: _s(r, B64, 60) + "==")}),
    ("words_upper", "ASIA PACIFIC region report; AKIA is not a word; Basic plan selected", {}),
]


def render(r: random.Random, template: str, slots: dict[str, Slot]) -> tuple[str, list[list[object]]]:
    """``template`` with its slots filled; spans of the typed slots."""
    values = {k: (t, g(r)) for k, (t, g) in slots.items()}
    values.setdefault("ts", (None, _ts(r)))
    text, spans, pos = "", [], 0
    formatter = string.Formatter()
    for literal, field, _, _ in formatter.parse(template):
        text += literal
        if field is None:
            continue
        kind, value = values[field] if field in values else (None, _ts(r))
        if kind is not None:
            spans.append([len(text), len(text) + len(value), kind])
        text += value
    del pos
    return text, spans


def generate(seed: int, n: int, negative_share: float = 0.4) -> list[dict[str, object]]:
    r = random.Random(seed)
    out = []
    for _ in range(n):
        negative = r.random() < negative_share
        name, template, slots = r.choice(NEGATIVE if negative else POSITIVE)
        text, spans = render(r, template, slots)
        out.append({"text": text, "spans": spans, "template": name, "negative": negative})
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=1717)
    ap.add_argument("--lines", type=int, default=4000)
    args = ap.parse_args(argv)
    for rec in generate(args.seed, args.lines):
        sys.stdout.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
