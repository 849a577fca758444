"""f06 templates."""

from __future__ import annotations

from typing import Any

from _ctx import Ctx
from _decoys import COMPANIES, PLACES_LIKE_NAMES, PRODUCTS_LIKE_PEOPLE, STATUSES
from _people import Person
from _seg import Emb, M, Rec, cc, em, ip, nm, ph, sn

REGIONS = ("eu-west-1", "us-east-1", "ap-southeast-2", "eu-central-1", "sa-east-1", "ap-northeast-1")


def _iso(c: Ctx) -> str:
    t = c.when()
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"


def _start(c: Ctx, rid: str) -> str:
    return f"START RequestId: {rid} Version: {c.choice(['$LATEST', '$LATEST', str(c.randint(2, 90))])}\n"


def _end(c: Ctx, rid: str, init: bool = False) -> str:
    mem = c.choice([128, 256, 512, 1024])
    dur = c.random() * 2900 + 1
    s = (f"END RequestId: {rid}\nREPORT RequestId: {rid}\tDuration: {dur:.2f} ms\tBilled Duration: {int(dur) + 1} ms\t"
         f"Memory Size: {mem} MB\tMax Memory Used: {c.randint(60, mem)} MB")
    if init:
        s += f"\tInit Duration: {c.random() * 900 + 100:.2f} ms"
    if c.chance(0.3):
        s += f"\nXRAY TraceId: 1-{c.hex(8)}-{c.hex(24)}\tSegmentId: {c.hex(16)}\tSampled: true"
    return s


def _acct(c: Ctx) -> str:
    return c.digits(12)


def _api_event(c: Ctx, p: Person, v2: bool) -> dict:
    src = c.ip(0.1)
    ua = c.choice(["Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
                   "okhttp/4.12.0", "axios/1.7.7", "PostmanRuntime/7.42.0"])
    api = c.alnum(10).lower()
    region = c.choice(REGIONS)
    body_obj: dict[str, Any] = c.choice([
        {"name": nm(p.full()), "email": em(c.email(p)), "phone": ph(c.phone(p))},
        {"firstName": nm(p.given), "lastName": nm(p.family), "ssn": sn(c.ssn())},
        {"customer": {"email": em(c.email(p))}, "card": {"number": cc(c.card("plain")), "exp": "09/29"}},
        {"contact": nm(p.full()), "message": M("please call me on ", ph(c.phone(p)))},
    ])
    body = Rec().json(body_obj)
    xff = M(ip(src), ", ", ip(c.ip4("public")))
    if v2:
        return {"version": "2.0", "routeKey": "POST /signup", "rawPath": "/signup", "rawQueryString": "",
                "headers": {"content-type": "application/json", "host": f"{api}.execute-api.{region}.amazonaws.com",
                            "user-agent": ua, "x-forwarded-for": xff, "x-forwarded-port": "443", "x-forwarded-proto": "https"},
                "requestContext": {"accountId": _acct(c), "apiId": api, "domainName": f"{api}.execute-api.{region}.amazonaws.com",
                                   "http": {"method": "POST", "path": "/signup", "protocol": "HTTP/1.1", "sourceIp": ip(src),
                                            "userAgent": ua},
                                   "requestId": c.alnum(16) + "=", "routeKey": "POST /signup", "stage": "$default",
                                   "timeEpoch": int(c.when().timestamp() * 1000)},
                "body": Emb(body), "isBase64Encoded": False}
    ctx: dict[str, Any] = {"resourcePath": "/signup", "httpMethod": "POST", "path": "/prod/signup", "accountId": _acct(c),
                           "protocol": "HTTP/1.1", "stage": "prod", "requestTimeEpoch": int(c.when().timestamp() * 1000),
                           "requestId": c.uuid(), "identity": {"sourceIp": ip(src), "userAgent": ua}, "apiId": api}
    if c.chance(0.5):
        ctx["authorizer"] = {"claims": {"sub": c.uuid(), "email": em(c.email(p)), "cognito:username": nm(c.acct(p))}}
    return {"resource": "/signup", "path": "/signup", "httpMethod": "POST",
            "headers": {"Content-Type": "application/json", "Host": f"{api}.execute-api.{region}.amazonaws.com",
                        "User-Agent": ua, "X-Forwarded-For": xff, "X-Forwarded-Port": "443", "X-Forwarded-Proto": "https"},
            "queryStringParameters": None, "requestContext": ctx, "body": Emb(body), "isBase64Encoded": False}


def _cognito_event(c: Ctx, p: Person) -> dict:
    attrs: dict[str, Any] = {"email": em(c.email(p)), "given_name": nm(p.given), "family_name": nm(p.family)}
    if c.chance(0.6):
        attrs["phone_number"] = ph(c.phone(p, "e164"))
    region = c.choice(REGIONS)
    return {"version": "1", "region": region, "userPoolId": f"{region}_{c.alnum(9)}", "userName": nm(c.acct(p)),
            "callerContext": {"awsSdkVersion": "aws-sdk-unknown-unknown", "clientId": c.alnum(26).lower()},
            "triggerSource": c.choice(["PreSignUp_SignUp", "PostConfirmation_ConfirmSignUp", "CustomMessage_ForgotPassword"]),
            "request": {"userAttributes": attrs, "validationData": None},
            "response": {"autoConfirmUser": False, "autoVerifyEmail": False, "autoVerifyPhone": False}}


def _ddb_event(c: Ctx, p: Person) -> dict:
    key = f"CUSTOMER#{c.randint(1000, 99999)}"
    img: dict[str, Any] = {"pk": {"S": key}, "fullName": {"S": nm(p.full())}, "email": {"S": em(c.email(p))}}
    if c.chance(0.6):
        img["phone"] = {"S": ph(c.phone(p))}
    if c.chance(0.3):
        img["lastLoginIp"] = {"S": ip(c.ip(0.2))}
    region = c.choice(REGIONS)
    return {"Records": [{"eventID": c.hex(32), "eventName": c.choice(["INSERT", "MODIFY"]), "eventVersion": "1.1",
                         "eventSource": "aws:dynamodb", "awsRegion": region,
                         "dynamodb": {"ApproximateCreationDateTime": int(c.when().timestamp()), "Keys": {"pk": {"S": key}},
                                      "NewImage": img, "SequenceNumber": c.digits(22), "SizeBytes": c.randint(90, 900),
                                      "StreamViewType": "NEW_IMAGE"},
                         "eventSourceARN": f"arn:aws:dynamodb:{region}:{_acct(c)}:table/customers/stream/2026-10-01T00:00:00.000"}]}


def _sqs_event(c: Ctx, p: Person) -> dict:
    body = Rec().json({"type": "order.created", "orderId": c.randint(10000, 999999),
                       "customer": {"name": nm(p.full()), "email": em(c.email(p))},
                       "shipTo": {"city": c.choice(PLACES_LIKE_NAMES), "phone": ph(c.phone(p))}})
    region = c.choice(REGIONS)
    ts = str(int(c.when().timestamp() * 1000))
    return {"Records": [{"messageId": c.uuid(), "receiptHandle": "AQEB" + c.alnum(40), "body": Emb(body),
                         "attributes": {"ApproximateReceiveCount": "1", "SentTimestamp": ts,
                                        "SenderId": "AIDA" + c.ualnum(17), "ApproximateFirstReceiveTimestamp": ts},
                         "messageAttributes": {}, "md5OfBody": c.hex(32), "eventSource": "aws:sqs",
                         "eventSourceARN": f"arn:aws:sqs:{region}:{_acct(c)}:orders", "awsRegion": region}]}


def _event(c: Ctx, p: Person, kinds: tuple[int, ...] = (0, 1, 2, 3, 4)) -> dict:
    k = c.choice(kinds)
    if k == 0:
        return _api_event(c, p, False)
    if k == 1:
        return _api_event(c, p, True)
    if k == 2:
        return _cognito_event(c, p)
    if k == 3:
        return _ddb_event(c, p)
    return _sqs_event(c, p)


# ------------------------------------------------------------------------------------------ positives
def pos_node_inspect(c: Ctx) -> Rec:
    p = c.person()
    rid = c.uuid()
    r = Rec()
    r.lit(_start(c, rid))
    r.lit(f"{_iso(c)}\t{rid}\tINFO\t{c.choice(['Received event:', 'event', 'EVENT'])} ")
    r.node(_event(c, p, (0, 1, 2, 4)))  # console.log shows nested objects to depth 2 only
    r.lit("\n" + _end(c, rid, c.chance(0.3)))
    return r


def pos_node_stringify(c: Ctx) -> Rec:
    p = c.person()
    rid = c.uuid()
    r = Rec()
    if c.chance(0.5):
        r.lit(_start(c, rid))
    r.lit(f"{_iso(c)}\t{rid}\tINFO\t")
    if c.chance(0.5):
        r.lit("event: ")
    r.json(_event(c, p), style=c.choice(["compact", "compact", "pretty"]))
    return r


def pos_python_print(c: Ctx) -> Rec:
    p = c.person()
    rid = c.uuid()
    r = Rec()
    r.lit(_start(c, rid))
    r.lit(f"[INFO]\t{_iso(c)}\t{rid}\tReceived event: ")
    r.py(_cognito_event(c, p) if c.chance(0.6) else _event(c, p))
    if c.chance(0.5):
        r.lit("\n" + _end(c, rid))
    return r


def pos_python_messages(c: Ctx) -> Rec:
    p = c.person()
    rid = c.uuid()
    msgs = [M("processing signup for ", em(c.email(p))), M("Sending OTP to ", ph(c.phone(p, "e164"))),
            M("Created Stripe customer for ", nm(p.full())), M("KYC mismatch: name on file ", nm(p.caps(False)),
                                                               " vs ", nm(p.latin())),
            M("Customer ", nm(p.full()), " opted out of marketing"), M("Lookup by SSN ending ", sn(c.ssn("last4")))]
    r = Rec()
    for m in c.sample(msgs, c.randint(1, 3)):
        r.add(f"[{c.choice(['INFO', 'INFO', 'WARNING'])}]\t{_iso(c)}\t{rid}\t", m, "\n")
    if c.chance(0.5):
        r.lit(f"[ERROR] KeyError: 'marketing_consent'\nTraceback (most recent call last):\n"
              f"  File \"/var/task/app.py\", line {c.randint(20, 200)}, in lambda_handler\n"
              f"    consent = attrs[\"marketing_consent\"]\n")
    r.lit(_end(c, rid))
    return r


def pos_json_format(c: Ctx) -> Rec:
    p = c.person()
    rid = c.uuid()
    r = Rec()
    k = c.randint(0, 2)
    if k == 0:
        msg: Any = M("Order ", str(c.randint(10000, 99999)), " placed by ", nm(p.full()), " <", em(c.email(p)), ">")
    elif k == 1:
        msg = {"msg": "sms queued", "to": ph(c.phone(p, "e164")), "template": "otp"}
    else:
        msg = {"msg": "login", "user": nm(c.acct(p)), "sourceIp": ip(c.ip(0.15))}
    r.json({"timestamp": _iso(c), "level": c.choice(["INFO", "WARN", "DEBUG"]), "requestId": rid, "message": msg})
    r.lit("\n")
    r.json({"time": _iso(c), "type": "platform.report", "record": {
        "requestId": rid, "metrics": {"durationMs": round(c.random() * 900, 3), "billedDurationMs": c.randint(1, 900),
                                      "memorySizeMB": 512, "maxMemoryUsedMB": c.randint(60, 500)}, "status": "success"}})
    return r


def pos_invoke_error(c: Ctx) -> Rec:
    p = c.person()
    rid = c.uuid()
    k = c.randint(0, 2)
    if k == 0:
        em_msg: M = M("phone ", ph(c.phone(p)), " is not valid for ", nm(p.full()))
    elif k == 1:
        em_msg = M("duplicate key: customer with email ", em(c.email(p)), " already exists")
    else:
        em_msg = M("card ", cc(c.card()), " declined for ", nm(p.latin()))
    err = {"errorType": c.choice(["ValidationError", "ConditionalCheckFailedException", "CardError"]),
           "errorMessage": em_msg, "stack": [M("ValidationError: ", em_msg), "    at validate (/var/task/index.js:42:11)",
                                              "    at Runtime.handler (/var/task/index.js:88:5)"]}
    r = Rec()
    r.lit(f"{_iso(c)}\t{rid}\tERROR\tInvoke Error \t")
    r.json(err)
    r.lit("\n" + _end(c, rid))
    return r


POS = [pos_node_inspect, pos_node_inspect, pos_node_stringify, pos_node_stringify, pos_python_print,
       pos_python_messages, pos_json_format, pos_invoke_error]


# ------------------------------------------------------------------------------------------ negatives
def _init_start(c: Ctx) -> str:
    rt = c.choice(["python:3.12.v38", "nodejs:20.v43", "nodejs:22.v12", "java:21.v20"])
    return (f"INIT_START Runtime Version: {rt}\tRuntime Version ARN: arn:aws:lambda:{c.choice(REGIONS)}::runtime:"
            f"{c.hex(64)}\n")


def neg_platform_only(c: Ctx) -> Rec:
    rid = c.uuid()
    r = Rec()
    if c.chance(0.5):
        r.lit(_init_start(c))
    r.lit(_start(c, rid))
    if c.chance(0.3):
        r.lit(f"{_iso(c)}\t{rid}\tTask timed out after {c.randint(3, 30)}.{c.randint(0, 99):02d} seconds\n")
    r.lit(_end(c, rid, c.chance(0.5)))
    return r


def _neg_event(c: Ctx) -> dict:
    region = c.choice(REGIONS)
    k = c.randint(0, 3)
    if k == 0:
        return {"version": "0", "id": c.uuid(), "detail-type": "Scheduled Event", "source": "aws.events",
                "account": _acct(c), "time": _iso(c)[:-5] + "Z", "region": region,
                "resources": [f"arn:aws:events:{region}:{_acct(c)}:rule/nightly-rollup"], "detail": {}}
    if k == 1:
        return {"requestContext": {"elb": {"targetGroupArn": f"arn:aws:elasticloadbalancing:{region}:{_acct(c)}:targetgroup/api/{c.hex(16)}"}},
                "httpMethod": "GET", "path": "/health", "queryStringParameters": {}, "headers": {"user-agent": "ELB-HealthChecker/2.0"},
                "body": "", "isBase64Encoded": False}
    if k == 2:
        body = Rec().json({"type": "inventory.adjusted", "sku": f"SKU-{c.randint(1000, 99999)}",
                           "product": f"{c.choice(PRODUCTS_LIKE_PEOPLE)} {c.choice(['Tote', 'Lamp', 'Chair', 'Mug'])}",
                           "warehouse": c.choice(PLACES_LIKE_NAMES), "delta": c.randint(-40, 40)})
        ts = str(int(c.when().timestamp() * 1000))
        return {"Records": [{"messageId": c.uuid(), "receiptHandle": "AQEB" + c.alnum(40), "body": Emb(body),
                             "attributes": {"ApproximateReceiveCount": str(c.randint(1, 3)), "SentTimestamp": ts},
                             "messageAttributes": {}, "md5OfBody": c.hex(32), "eventSource": "aws:sqs",
                             "eventSourceARN": f"arn:aws:sqs:{region}:{_acct(c)}:inventory", "awsRegion": region}]}
    return {"Records": [{"eventID": c.hex(32), "eventName": "MODIFY", "eventSource": "aws:dynamodb", "awsRegion": region,
                         "dynamodb": {"Keys": {"pk": {"S": f"ACCOUNT#{c.randint(100, 9999)}"}},
                                      "NewImage": {"company": {"S": c.choice(COMPANIES)}, "status": {"S": c.choice(STATUSES)},
                                                   "region": {"S": c.choice(PLACES_LIKE_NAMES)}},
                                      "SequenceNumber": c.digits(22), "StreamViewType": "NEW_IMAGE"}}]}


def neg_node_event(c: Ctx) -> Rec:
    rid = c.uuid()
    r = Rec()
    r.lit(_start(c, rid))
    r.lit(f"{_iso(c)}\t{rid}\tINFO\tReceived event: ")
    if c.chance(0.5):
        r.node(_neg_event(c))
    else:
        r.json(_neg_event(c))
    r.lit("\n" + _end(c, rid))
    return r


def neg_python(c: Ctx) -> Rec:
    rid = c.uuid()
    r = Rec()
    msgs = [f"Rolled up {c.randint(10, 9000)} orders for {c.choice(COMPANIES)}", "Cache warmed in 412 ms",
            f"Skipping record with status {c.choice(STATUSES)}", f"Exported report to s3://reports-{c.choice(REGIONS)}/daily/",
            f"Feature model '{c.choice(PRODUCTS_LIKE_PEOPLE)}' loaded ({c.randint(10, 900)} MB)"]
    r.lit(_start(c, rid))
    for m in c.sample(msgs, c.randint(1, 3)):
        r.lit(f"[INFO]\t{_iso(c)}\t{rid}\t{m}\n")
    if c.chance(0.4):
        r.lit("LAMBDA_WARNING: Unhandled exception. The most likely cause is an issue in the function code. However, in "
              "rare cases, a Lambda runtime update can cause unexpected function behavior. For functions using managed "
              "runtimes, runtime updates can be triggered by a function change, or can be applied automatically. To "
              "determine if the runtime has been updated, check the runtime version in the INIT_START log entry.\n")
    r.lit(_end(c, rid))
    return r


def neg_json_format(c: Ctx) -> Rec:
    rid = c.uuid()
    r = Rec()
    r.json({"time": _iso(c), "type": "platform.start", "record": {"requestId": rid, "version": "$LATEST"}})
    r.lit("\n")
    r.json({"timestamp": _iso(c), "level": "INFO", "requestId": rid,
            "message": {"msg": "batch processed", "count": c.randint(1, 500), "queue": "inventory"}})
    return r


NEG = [neg_platform_only, neg_platform_only, neg_node_event, neg_node_event, neg_python, neg_json_format]
