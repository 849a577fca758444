"""Credentials and bank identifiers (issue 17): table-driven positives, hard negatives, validators."""

from __future__ import annotations

import base64
import json

import pytest

from piiredact import Policy, Redactor
from piiredact.backends._patterns import RegexDetector
from piiredact.backends._patterns._validators import _iban_ok, _jwt_ok

DETECTOR = RegexDetector()
NEW_TYPES = {
    "AWS_ACCESS_KEY",
    "AWS_SECRET_KEY",
    "PASSWORD",
    "SECRET",
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
    "MAC_ADDRESS",
}


def new_found(text: str) -> set[tuple[str, str]]:
    """``{(entity, value)}`` of the credential and bank types found in ``text``."""
    return {(f.entity, text[f.start : f.end]) for f in DETECTOR.detect([text])[0] if f.entity in NEW_TYPES}


def _b64url(obj: object) -> str:
    return base64.urlsafe_b64encode(json.dumps(obj).encode()).decode().rstrip("=")


JWT = f"{_b64url({'alg': 'HS256', 'typ': 'JWT'})}.{_b64url({'sub': '42', 'iat': 1700000000})}.c2lnbmF0dXJlLXNpZ25hdHVyZQ"
GH = "ghp_" + "aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5"
AWS_ID = "AKIAZ7QW3ERT5YUI2OPL"
AWS_SECRET = "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"
PEM = "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAx4Zq\nQk9fZ3Rv==\n-----END RSA PRIVATE KEY-----"

POSITIVE = [
    # AWS
    (f"env AWS_ACCESS_KEY_ID={AWS_ID} AWS_REGION=eu-west-1", {("AWS_ACCESS_KEY", AWS_ID)}),
    (f"Credential={AWS_ID}/20260105/us-east-1/s3/aws4_request", {("AWS_ACCESS_KEY", AWS_ID)}),
    (f"X-Amz-Credential={AWS_ID}%2F20260105%2Fus-east-1", {("AWS_ACCESS_KEY", AWS_ID)}),
    (f"aws_secret_access_key = {AWS_SECRET}", {("AWS_SECRET_KEY", AWS_SECRET)}),
    (f'{{"SecretAccessKey": "{AWS_SECRET}"}}', {("AWS_SECRET_KEY", AWS_SECRET)}),
    (f"  aws_secret_key: {AWS_SECRET}", {("AWS_SECRET_KEY", AWS_SECRET)}),
    (
        "aws_session_token=IQoJb3JpZ2luX2VjEK7//////////wEaCXVz",
        {("SECRET", "IQoJb3JpZ2luX2VjEK7//////////wEaCXVz")},
    ),
    # PASSWORD: URL userinfo, keys, connection strings, command lines, SQL, XML
    ("postgresql://app:hunter2@db.internal:5432/orders", {("PASSWORD", "hunter2")}),
    ("redis://:s3cr%40t@cache:6379/0", {("PASSWORD", "s3cr%40t")}),
    ("password=Sup3r!Secret user=bob", {("PASSWORD", "Sup3r!Secret")}),
    ("pwd=abc123; user=x", {("PASSWORD", "abc123")}),
    ("passwd: Zx9_q2!", {("PASSWORD", "Zx9_q2!")}),
    ("MYSQL_ROOT_PASSWORD=r00t(pa&ss)", {("PASSWORD", "r00t(pa&ss)")}),
    ("spring.datasource.password=Tr0ub4dor", {("PASSWORD", "Tr0ub4dor")}),
    ('{"user": "app", "password": "p\\"q\\\\r"}', {("PASSWORD", 'p\\"q\\\\r')}),
    ('{"msg": "body {\\"password\\": \\"hunter22\\"}"}', {("PASSWORD", "hunter22")}),
    ("GET /login?user=bo&pwd=a%26b%3Dc&next=%2F", {("PASSWORD", "a%26b%3Dc")}),
    ("<password>hunter2</password>", {("PASSWORD", "hunter2")}),
    ("Server=db;Database=crm;User Id=app;Password=Pa55;Encrypt=True", {("PASSWORD", "Pa55")}),
    ("jdbc:mysql://db:3306/shop?user=app&password=s3cret&useSSL=true", {("PASSWORD", "s3cret")}),
    ("pg_dump --host db --password Hunter2x orders", {("PASSWORD", "Hunter2x")}),
    ("backup --db-password=Hunter2x --verbose", {("PASSWORD", "Hunter2x")}),
    ("mysql -u root -pS3cret shop", {("PASSWORD", "S3cret")}),
    ("docker login -u bot -p T0ken!x registry.example.com", {("PASSWORD", "T0ken!x")}),
    ("sshpass -p 'hunter2' ssh bo@host", {("PASSWORD", "hunter2")}),
    ("curl -s -u bob:pa55w0rd https://api.example.com", {("PASSWORD", "pa55w0rd")}),
    ("CREATE USER 'a'@'%' IDENTIFIED BY 'pw1!x';", {("PASSWORD", "pw1!x")}),
    ("ALTER ROLE app WITH PASSWORD 'x9y' VALID UNTIL 'infinity'", {("PASSWORD", "x9y")}),
    ("mongodb+srv://reporting:Qw3rty%21@cluster0.ab1cd.mongodb.net/test", {("PASSWORD", "Qw3rty%21")}),
    ("ldap bind dn=cn=admin,dc=corp bindpw=Secr3tLdap", {("PASSWORD", "Secr3tLdap")}),
    ("helm install x --set auth.password=Adm1nPw", {("PASSWORD", "Adm1nPw")}),
    ("kubectl create secret generic db --from-literal=password=K8sPass123", {("PASSWORD", "K8sPass123")}),
    (
        f"Credentials(access_key='{AWS_ID}', secret_key='{AWS_SECRET}')",
        {("AWS_ACCESS_KEY", AWS_ID), ("AWS_SECRET_KEY", AWS_SECRET)},
    ),
    # SECRET: token formats, schemes, keys
    (f"git clone https://{GH}@github.com/acme/infra.git", {("SECRET", GH)}),
    (f"remote https://x-access-token:{GH}@github.com/a/b", {("SECRET", GH)}),  # a token beats position
    ("GITLAB=glpat-Ab3dE5fG7hJ9kL1mN3pQ", {("SECRET", "glpat-Ab3dE5fG7hJ9kL1mN3pQ")}),
    (
        "slack xoxb-123456789012-123456789012-AbCdEfGhIjKlMnOpQrStUvWx",
        {("SECRET", "xoxb-123456789012-123456789012-AbCdEfGhIjKlMnOpQrStUvWx")},
    ),
    (
        "post https://hooks.slack.com/services/T0ABCDEF1/B0ABCDEFGH2/AbCdEfGhIjKlMnOpQrStUvWx ok",
        {("SECRET", "https://hooks.slack.com/services/T0ABCDEF1/B0ABCDEFGH2/AbCdEfGhIjKlMnOpQrStUvWx")},
    ),
    ("key sk_live_4eC39HqLyjWDarjtT1zdp7dc", {("SECRET", "sk_live_4eC39HqLyjWDarjtT1zdp7dc")}),
    ("whsec_AbCdEfGhIjKlMnOpQrStUvWxYz012345 set", {("SECRET", "whsec_AbCdEfGhIjKlMnOpQrStUvWxYz012345")}),
    ("key=AIzaSyA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q", {("SECRET", "AIzaSyA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q")}),
    ("twilio key SK0123456789abcdef0123456789abcdef", {("SECRET", "SK0123456789abcdef0123456789abcdef")}),
    (
        "//registry.npmjs.org/:_authToken=npm_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789",
        {("SECRET", "npm_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789")},
    ),
    (f"Authorization: Bearer {JWT}", {("SECRET", JWT)}),
    (
        "Authorization: Bearer 046af1da595201a7fe50b12d74dbc62a",
        {("SECRET", "046af1da595201a7fe50b12d74dbc62a")},
    ),
    ('{"authorization": "Bearer ya29.AbCdEf-GhIjKl_MnOp"}', {("SECRET", "ya29.AbCdEf-GhIjKl_MnOp")}),
    ("Authorization: Basic dXNlcjpwYXNzd29yZA==", {("SECRET", "dXNlcjpwYXNzd29yZA==")}),
    (f"ws?access_token={JWT} 101", {("SECRET", JWT)}),
    (f"id_token {JWT} accepted", {("SECRET", JWT)}),
    (
        '{"access_token":"x1y2z3","token_type":"Bearer","refresh_token":"r9s8t7"}',
        {("SECRET", "x1y2z3"), ("SECRET", "r9s8t7")},
    ),
    ("client_secret=abc-def", {("SECRET", "abc-def")}),
    ("x-api-key: 3f2b1c4e-9a8d-4e3f-b1c2-7d6e5f4a3b2c", {("SECRET", "3f2b1c4e-9a8d-4e3f-b1c2-7d6e5f4a3b2c")}),
    ("DJANGO_SECRET_KEY=q*pA(iM)xl0&S5=Hrn", {("SECRET", "q*pA(iM)xl0&S5=Hrn")}),
    (f"config error: {PEM} (parse)", {("SECRET", PEM)}),
    (
        '{"private_key": "-----BEGIN PRIVATE KEY-----\\nMIIEvQ\\n-----END PRIVATE KEY-----"}',
        {("SECRET", "-----BEGIN PRIVATE KEY-----\\nMIIEvQ\\n-----END PRIVATE KEY-----")},
    ),
    (
        "AccountName=acme;AccountKey=AbCd+EfGh/IjKlMnOpQrStUv==;EndpointSuffix=core.windows.net",
        {("SECRET", "AbCd+EfGh/IjKlMnOpQrStUv==")},
    ),
    # IBAN
    (
        "payout iban=DE89 3704 0044 0532 0130 00 amount=1",
        {("INTERNATIONAL_BANK_ACCOUNT_NUMBER", "DE89 3704 0044 0532 0130 00")},
    ),
    ("IBAN=GB82WEST12345698765432", {("INTERNATIONAL_BANK_ACCOUNT_NUMBER", "GB82WEST12345698765432")}),
    ('{"iban": "NL91ABNA0417164300"}', {("INTERNATIONAL_BANK_ACCOUNT_NUMBER", "NL91ABNA0417164300")}),
    # MAC
    ("DHCPACK to 00:1a:2b:3c:4d:5e via eth0", {("MAC_ADDRESS", "00:1a:2b:3c:4d:5e")}),
    ("mac=00-1A-2B-3C-4D-5E vendor=x", {("MAC_ADDRESS", "00-1A-2B-3C-4D-5E")}),
    ("Host 0000.0c07.ac01 in vlan 10 is flapping", {("MAC_ADDRESS", "0000.0c07.ac01")}),
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE, ids=[t[:40] for t, _ in POSITIVE])
def test_finds_credentials(text: str, expected: set[tuple[str, str]]) -> None:
    """Each line yields exactly the expected credential/bank findings: the value only."""
    assert expected == new_found(text)


NEGATIVE = [
    "stripe publishable key pk_live_4eC39HqLyjWDarjtT1zdp7dc loaded",
    "STRIPE_PUBLISHABLE_KEY=pk_test_4eC39HqLyjWDarjtT1zdp7dc",
    "assumed arn:aws:iam::123456789012:role/deploy",
    "SecretId: arn:aws:secretsmanager:eu-west-1:123456789012:secret:db",
    "iam user AIDAZ7QW3ERT5YUI2OPL role AROAZ7QW3ERT5YUI2OPL",
    "twilio account AC0123456789abcdef0123456789abcdef",
    "SENTRY_DSN=https://0123456789abcdef0123456789abcdef@o12345.ingest.sentry.io/678",
    "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----",
    "-----BEGIN PUBLIC KEY----- MIIB -----END PUBLIC KEY-----",
    '{"nextPageToken": "CgwI0", "page_token": "abc"}',
    "GET /v1/events?cursor=eyJpZCI6MX0&limit=100",
    "DB_PASSWORD_FILE=/run/secrets/db GITHUB_TOKEN_FILE=/var/run/gh",
    "deployed commit 3f2b1c4e9a8d4e3fb1c27d6e5f4a3b2c1d0e9f8a",
    "nginx@sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    "request_id=3f2b1c4e-9a8d-4e3f-b1c2-7d6e5f4a3b2c trace_id=4bf92f3577b34da6a3ce929d0e0e4736",
    "password=*** host=db",
    "env POSTGRES_PASSWORD=${DB_PASSWORD} API_TOKEN=$API_TOKEN",
    '{"password": "<redacted>", "token": "[FILTERED]", "secret": "********"}',
    '{"password": null, "api_key": "", "client_secret": "REDACTED"}',
    "password reset email sent to user 42",
    "token expired for session 9f, refreshing",
    "Invalid password: too short (min 12 characters)",
    "authentication failed: invalid password for user",
    "token_type=Bearer expires_in=3600 max_tokens=256 prompt_tokens: 42",
    'WWW-Authenticate: Bearer realm="api", error="invalid_token"',
    "missing Bearer token in request",
    "docker run -p 8080:80 -e MODE=prod nginx",
    "gcc -pthread -O2 -o app main.c",
    "bypass=true monkey=1 PWD=/home/ann",
    "Skipping AppWindowToken{df0798e token=Token{78af589 ActivityRecord}}",
    "Bad activity token: android.os.BinderProxy@2bd79ce",
    "rejected iban=DE88 3704 0044 0532 0130 00: checksum",
    "host key fingerprint 00:1a:2b:3c:4d:5e:6f:70:81:92:a3:b4:c5:d6:e7:f8",
    "timestamps 12:34:56 08:00:01.250 and version 1.2.3.4",
    "ASIA PACIFIC region; Basic plan selected",
    "loaded AWS_ACCESS_KEY_ID from environment",
    "passwd changed for user bob",
    "Password policy: min length 12",
    "token bucket refill rate=100/s",
    "secretsmanager: GetSecretValue for prod/db succeeded",
    "auth_token_ttl=3600 token_endpoint=https://idp/token",
    "pwm=3 hpw=1 rpw: 5",
]


@pytest.mark.parametrize("text", NEGATIVE, ids=[t[:40] for t in NEGATIVE])
def test_never_a_secret(text: str) -> None:
    """Publishable keys, ids, digests, placeholders and the words in prose are no credentials."""
    assert set() == new_found(text)


def test_validators() -> None:
    """IBAN mod-97 and the JWT structure check accept real shapes and refuse near misses."""
    assert _iban_ok("DE89370400440532013000") and not _iban_ok("DE88370400440532013000")
    assert not _iban_ok("DE8937040044053201300")  # one digit short for Germany
    assert _jwt_ok(JWT)
    assert not _jwt_ok("eyJub3QganNvbg.eyJub3QganNvbg.sig")  # "not json"


def test_pem_across_batch_texts_is_not_joined() -> None:
    """A BEGIN in one text and an END in the next are no private key; alone each is nothing."""
    begin, end = "-----BEGIN RSA PRIVATE KEY-----\nMIIE", "-----END RSA PRIVATE KEY-----"
    assert [[], []] == [[f for f in fs if f.entity == "SECRET"] for fs in DETECTOR.detect([begin, end])]


def test_redaction_masks_the_value_only() -> None:
    """Through the default policy: the key, the quotes and the scheme word stay readable."""
    r = Redactor(RegexDetector(), Policy())
    assert "password=******** user=bob" == r.redact("password=hunter22 user=bob")
    assert "Authorization: Bearer " + "*" * 32 == r.redact(
        "Authorization: Bearer 046af1da595201a7fe50b12d74dbc62a"
    )


def test_new_types_are_on_by_default_and_selectable() -> None:
    """The six types are in the default entity set; ``entities=`` can leave them out."""
    assert NEW_TYPES <= RegexDetector.DEFAULT_ENTITIES
    only_pii = RegexDetector(entities=["SSN", "EMAIL"])
    assert [] == only_pii.detect(["password=hunter22"])[0]


@pytest.mark.parametrize("line", [
    "spring.datasource.password=abc#def",
    "password=abc#def&x=1",
    "api_key=k3y#frag more text",
])
def test_a_secret_is_found_the_same_alone_and_in_a_batch(line: str) -> None:
    """Findings of one text never depend on its batch-mates or its place in the batch (a key at
    the very start of a text was taken for a query-string key and its value cut at '#')."""
    det = RegexDetector()
    alone = det.detect([line])[0]
    in_batch = det.detect(["GET /healthz 200", line, "done"])[1]
    assert [(f.start, f.end, f.entity) for f in alone] == [(f.start, f.end, f.entity) for f in in_batch]
    assert alone, line
