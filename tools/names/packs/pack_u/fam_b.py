"""Families 7-12 of pack_u: model serving, experiment tracking, orchestration, catalogs, RAG, training."""

from __future__ import annotations

from core import (
    CC,
    COMPANIES,
    EM,
    IP,
    MODELS,
    NM,
    PH,
    PLACES,
    PRODUCTS,
    SERVICE_ACCTS,
    SS,
    STATUS,
    UI_I18N,
    UI_STRINGS,
    J,
    R,
    S,
    X,
    card,
    check_py,
    check_xml,
    hexid,
    ip,
    ipv4,
    json_str,
    last4,
    phone,
    pylit,
    slug,
    ssn,
    ts,
    uesc,
    uuid,
    variant,
)
from core import form as fenc
from core import pct as penc

TEAMS = ["ml-platform", "search-relevance", "support-ai", "growth-analytics", "risk-models", "data-eng",
         "applied-research", "trust-safety", "finance-bi", "recsys"]
MODELS_SERVED = ["credit-risk-xgb", "churn-lgbm", "pii-ner-deberta", "fraud-gnn", "support-intent-bert",
                 "resume-ranker", "kyc-face-match", "lead-score"]


# ============================================================================================ 7 model_serving
def ms_payload(c):
    p = c.person(native_p=0.05)
    inst = {"applicant_name": NM(variant(c, p, ("full", "gf", "upper", "last_first"))), "email": EM(p.email(c.rng)),
            "income": c.ri(18000, 250000), "employment_years": c.ri(0, 30)}
    if c.chance(0.5):
        inst["ssn"] = SS(ssn(c.rng, c.ch(["dash", "bare"])))
    else:
        inst["phone"] = PH(phone(c.rng))
    return R("ce-id: ", uuid(c.rng), "\nce-source: http://localhost:9081/\nce-type: org.kubeflow.serving.inference.request\n"
             "ce-inferenceservicename: ", c.ch(MODELS_SERVED), "\nce-namespace: ", c.ch(TEAMS), "\n\n")(
        J({"instances": [inst]}, indent=c.ch([None, 2])))


def ms_torchserve(c):
    p = c.person()
    q = c.person()
    return R(ts(c.rng, "sp").replace(" ", "T"), " [INFO ] W-900", str(c.ri(0, 9)), "-ner_model_1.0 ACCESS_LOG - /",
             IP(ipv4(c.rng)), ":", str(c.ri(30000, 65000)), ' "POST /predictions/ner_model HTTP/1.1" 200 ',
             str(c.ri(5, 90)), "\n", ts(c.rng, "sp").replace(" ", "T"), " [INFO ] W-9000-ner_model_1.0-stdout MODEL_LOG - ",
             "Input text: ", NM(p.full()), " flew to ", c.ch(PLACES), " with ", NM(q.first()), " on ", ts(c.rng, "date"))


def ms_triton(c):
    p = c.person()
    acct = p.acct(c.rng)
    return R("I", ts(c.rng, "glog"), " 1 http_server.cc:4219] HTTP request: 2 /v2/models/", c.ch(MODELS_SERVED),
             "/infer\nI", ts(c.rng, "glog"), " 1 infer_request.cc:117] [request id: cust-", NM(acct), "-",
             str(c.ri(10, 999)), "] prepared: [0x", hexid(c.rng, 12), "] request id: cust-", NM(acct), "-",
             str(c.ri(10, 999)), ", model: ", c.ch(MODELS_SERVED), ", requested version: -1, client ",
             IP(ip(c.rng)))


def ms_capture(c):
    p = c.person()
    data = S(NM(p.full()), ",", PH(phone(c.rng)), ",", str(c.ri(18, 80)), ",", c.ch(["F", "M", "X"]), ",",
             str(c.ri(1, 9)))
    if c.chance(0.35):
        data = S(NM(p.full()), ",", CC(card(c.rng, "plain")), ",", str(c.ri(1, 12)), "/", str(c.ri(26, 30)), ",",
                 str(c.ri(5, 900)))
    obj = {"captureData": {"endpointInput": {"observedContentType": "text/csv", "mode": "INPUT", "data": data,
                                             "encoding": "CSV"},
                           "endpointOutput": {"observedContentType": "text/csv", "mode": "OUTPUT",
                                              "data": f"0.{c.ri(10, 99)}", "encoding": "CSV"}},
           "eventMetadata": {"eventId": uuid(c.rng), "inferenceTime": ts(c.rng, "iso"),
                             "customAttributes": S("user=", NM(c.person().acct(c.rng)))},
           "eventVersion": "0"}
    return J(obj, compact=True)


def ms_bento(c):
    p = c.person()
    body = J({"text": S("Hi, this is ", NM(p.first()), " from accounts, call me back on ", PH(phone(c.rng)))},
             compact=True)
    return R(ts(c.rng, "spd"), " [INFO] [api_server:", str(c.ri(1, 8)), "] ", IP(ip(c.rng)),
             ":0 (scheme=http,method=POST,path=/classify,type=application/json,length=", str(len(body.text())),
             ") (status=200,type=application/json,length=", str(c.ri(20, 90)), ") ", f"{c.rng.random() * 90:.3f}ms",
             " (trace=", hexid(c.rng, 32), ",span=", hexid(c.rng, 16), ",sampled=0)\nrequest_body=", body)


def ms_drift(c):
    r = R("drift-monitor: sample of ", str(c.ri(3, 40)), " flagged rows for ", c.ch(MODELS_SERVED), "\n",
          "ts\tprediction\tfeatures.name\tfeatures.email\n")
    for _ in range(c.ri(2, 3)):
        p = c.person()
        r(ts(c.rng, "iso"), "\t", f"0.{c.ri(10, 99)}", "\t", NM(variant(c, p, ("full", "upper", "gf", "slash"))), "\t",
          EM(p.email(c.rng)), "\n")
    return r


def ms_validation(c):
    p = c.person()
    k = c.ri(0, 1)
    if k == 0:
        val, field, err = PH(phone(c.rng)), "phone", "value is not a valid phone number"
    else:
        val, field, err = CC(card(c.rng)), "card_number", "card payments are not accepted by this endpoint"
    return R("pydantic_core._pydantic_core.ValidationError: 1 validation error for ScoringRequest\n", field,
             "\n  ", err, " [type=value_error, input_value=", pylit(val), ", input_type=str]\n",
             "request by ", NM(p.acct(c.rng)), " from ", IP(ip(c.rng)))


def ms_n_health(c):
    return R(ts(c.rng, "sp").replace(" ", "T"), " [INFO ] pool-2-thread-", str(c.ri(1, 9)),
             ' ACCESS_LOG - /localhost "GET /v2/health/ready HTTP/1.1" 200 0\n', ts(c.rng, "sp").replace(" ", "T"),
             " [INFO ] W-9000-", c.ch(MODELS_SERVED), " Model loaded. Backend worker started in ", str(c.ri(300, 9000)),
             " ms (", c.ch(STATUS), ")")


def ms_n_payload(c):
    inst = {"age_bucket": c.ri(1, 9), "region": c.ch(PLACES), "device": c.ch(["ios", "android", "web"]),
            "merchant": c.ch(COMPANIES)}
    return R("ce-id: ", uuid(c.rng), "\nce-source: http://localhost:9081/\nce-type: org.kubeflow.serving.inference.request\n"
             "ce-inferenceservicename: ", c.ch(MODELS_SERVED), "\n\n")(J({"instances": [inst]}, indent=2))


def ms_n_triton(c):
    return R("I", ts(c.rng, "glog"), " 1 model_lifecycle.cc:", str(c.ri(400, 900)), "] successfully loaded '",
             c.ch(MODELS_SERVED), "' version ", str(c.ri(1, 30)), "\nI", ts(c.rng, "glog"),
             " 1 server.cc:677]\n+------------------+---------+--------+\n| Model            | Version | Status |\n"
             "+------------------+---------+--------+\n| ", c.ch(PRODUCTS).lower()[:16].ljust(16), " | ",
             str(c.ri(1, 9)).ljust(7), " | READY  |\n+------------------+---------+--------+")


def ms_n_bento(c):
    return R(ts(c.rng, "spd"), " [INFO] [api_server:", str(c.ri(1, 8)), "] unix:/run/bentoml.sock (scheme=http,method=GET,"
             "path=/readyz,type=,length=0) (status=200,type=text/plain,length=0) 0.4ms\nrunner=",
             c.ch(MODELS_SERVED), " message=\"", c.ch(UI_I18N), "\"")


# ============================================================================================ 8 experiment_tracking
def et_tags(c):
    p = c.person()
    em = p.email(c.rng)
    obj = {"run_id": hexid(c.rng, 32), "tags": {"mlflow.user": NM(p.acct(c.rng)) if c.chance(0.6) else EM(em),
                                                "mlflow.source.name": S("/Users/", EM(em), "/churn/train"),
                                                "mlflow.databricks.notebookPath": S("/Users/", EM(em),
                                                                                    "/churn/train"),
                                                "mlflow.runName": S(c.ch(["baseline", "lr-sweep", "ft"]), "-",
                                                                    NM(p.first(False).lower().replace(" ", "-")))}}
    return R("GET /api/2.0/mlflow/runs/get 200\n")(J(obj, indent=2))


def et_access(c):
    p = c.person()
    a = p.acct(c.rng)
    return R(IP(ip(c.rng)), " - ", NM(a), " [", ts(c.rng, "clf"), '] "POST /api/2.0/mlflow/runs/create HTTP/1.1" 200 ',
             str(c.ri(200, 900)), "\n", ts(c.rng, "sp"), " INFO mlflow.server.auth: User '", NM(a),
             "' granted EDIT on experiment ", str(c.ri(1, 900)), " by '", NM(c.person().acct(c.rng)), "'")


def et_transition(c):
    p, q = c.person(), c.person()
    return R("Transitioned model '", c.ch(MODELS_SERVED), "' version ", str(c.ri(1, 40)), " from ",
             c.ch(["None", "Staging"]), " to ", c.ch(["Staging", "Production"]), " (requested by ", NM(p.full()), " <",
             EM(p.email(c.rng)), ">, approved by ", NM(variant(c, q, ("last_first", "full", "upper"))), ")")


def et_wandb(c):
    p = c.person()
    acct = p.acct(c.rng)
    g = p.first(False).split(" ")[0].split("-")[0]
    obj = {"os": "Linux-5.15.0-105-generic-x86_64-with-glibc2.35", "python": "3.11.9",
           "host": S(NM(g), "s-MacBook-Pro.local") if c.chance(0.5) else S(NM(acct), "-workstation"),
           "username": NM(acct), "executable": S("/home/", NM(acct), "/.venv/bin/python"),
           "email": EM(p.email(c.rng)), "root": S("/home/", NM(acct), "/proj"), "program": "train.py",
           "gpu": "NVIDIA A100-SXM4-80GB", "gpu_count": c.ch([1, 2, 4, 8])}
    return R("wandb-metadata.json:\n")(J(obj, indent=4))


def et_cli(c):
    r = R("$ mlflow runs list --experiment-id ", str(c.ri(1, 300)), "\nDate                 Name                         ID\n"
          "-------------------  ---------------------------  --------------------------------\n")
    for _ in range(c.ri(2, 4)):
        p = c.person(native_p=0)
        g = p.acct(c.rng, c.ch(["flast", "first.last", "firstl"]), digits=False)
        nm = f"eval-{g}-lr3e4"
        r(ts(c.rng, "date"), " ", f"{c.ri(0, 23):02d}:{c.ri(0, 59):02d}:{c.ri(0, 59):02d}  eval-", NM(g),
          "-lr3e4", " " * max(2, 29 - len(nm)), hexid(c.rng, 32), "\n")
    return r


def et_comment(c):
    p, q = c.person(), c.person()
    return R("comment on run ", hexid(c.rng, 8), " by ", NM(variant(c, p, ("full", "gf"))), ': "@', NM(q.acct(c.rng)),
             " can you compare this against the baseline before Friday? — ", NM(p.first()), '"')


def et_i18n(c):
    p, q = c.person(), c.person()
    k = c.ri(0, 2)
    if k == 0:
        return R("모델 레지스트리: 승인자 ", NM(p.full()), ", 요청자 ", EM(q.email(c.rng)))
    if k == 1:
        return R("モデル登録: 承認者 ", NM(p.full()), "（", NM(p.acct(c.rng)), "） 依頼者 ", NM(q.full()))
    return R("Registre des modèles : version promue par ", NM(p.full()), ", demande de ", NM(q.init_family()),
             " (", EM(q.email(c.rng)), ")")


def et_n_tags(c):
    sa = c.ch(SERVICE_ACCTS)
    obj = {"run_id": hexid(c.rng, 32), "tags": {"mlflow.user": sa, "mlflow.source.name": "/Repos/" + sa + "/train",
                                                "mlflow.runName": c.ch(PRODUCTS).lower() + "-nightly"}}
    return R("GET /api/2.0/mlflow/runs/get 200\n")(J(obj, indent=2))


def et_n_transition(c):
    return R("Transitioned model '", c.ch(MODELS_SERVED), "' version ", str(c.ri(1, 40)), " from Staging to ",
             c.ch(["Production", "Archived"]), " (requested by ", c.ch(SERVICE_ACCTS), ", approved by policy ",
             c.ch(["auto-promote-if-auc", "canary-gate"]), ")")


def et_n_wandb(c):
    obj = {"os": "Linux-5.15.0-105-generic-x86_64-with-glibc2.35", "python": "3.11.9",
           "host": "gpu-node-" + f"{c.ri(1, 64):02d}", "username": c.ch(SERVICE_ACCTS),
           "executable": "/opt/conda/bin/python", "program": "train.py", "gpu": "NVIDIA H100 80GB HBM3"}
    return R("wandb-metadata.json:\n")(J(obj, indent=4))


def et_n_cli(c):
    r = R("$ mlflow runs list --experiment-id ", str(c.ri(1, 300)), "\nDate                 Name                         ID\n"
          "-------------------  ---------------------------  --------------------------------\n")
    for _ in range(c.ri(2, 4)):
        nm = f"{c.ch(PRODUCTS).lower()}-{c.ch(['sweep', 'ablation', 'nightly'])}-{c.ri(1, 99)}"
        r(ts(c.rng, "date"), " 03:00:00  ", nm, " " * max(2, 29 - len(nm)), hexid(c.rng, 32), "\n")
    return r


# ============================================================================================ 9 data_orchestration
def do_ctx(c):
    p = c.person()
    return R("[", ts(c.rng, "sp"), "] {taskinstance.py:2612} INFO - Exporting env vars: AIRFLOW_CTX_DAG_OWNER='",
             NM(p.acct(c.rng)), "' AIRFLOW_CTX_DAG_ID='", c.ch(["crm_sync", "churn_features", "llm_eval_nightly"]),
             "' AIRFLOW_CTX_TASK_ID='", c.ch(["extract", "load", "score"]), "' AIRFLOW_CTX_DAG_EMAIL='",
             EM(p.email(c.rng)), "' AIRFLOW_CTX_TRY_NUMBER='", str(c.ri(1, 3)), "'")


def do_mail(c):
    p = c.person()
    return R("From: ", EM("airflow@" + c.ch(["scheduler.corp.example", "mlops.example"])), "\nTo: \"",
             NM(variant(c, p, ("full", "last_first"))), "\" <", EM(p.email(c.rng)), ">\n"
             "Subject: Airflow alert: <TaskInstance: crm_sync.load scheduled__", ts(c.rng, "date"), " [failed]>\n\n"
             "Try 2 out of 3\nException:\npsycopg2.OperationalError: connection to server at ", IP(ipv4(c.rng)),
             ", port 5432 failed\nLog: Link\nHost: worker-", str(c.ri(1, 9)), "\nMark success: Link\n")


def do_dbt(c):
    ps = [c.person(native_p=0.05) for _ in range(c.ri(2, 3))]
    r = R("Failure in test unique_dim_customers_email (models/marts/schema.yml)\n  Got ", str(len(ps)),
          " results, configured to fail if != 0\n\n$ dbt show --select dim_customers --limit ", str(len(ps)), "\n")
    w1 = max(10, *(len(p.first()) for p in ps)) + 1
    w2 = max(9, *(len(p.last()) for p in ps)) + 1
    r(f"| customer_id | {'first_name':<{w1}}| {'last_name':<{w2}}| email\n")
    for p in ps:
        r("| ", f"{c.ri(1000, 9999):<12}", "| ", NM(p.first()), " " * (w1 - len(p.first())), "| ", NM(p.last()),
          " " * (w2 - len(p.last())), "| ", EM(p.email(c.rng)), "\n")
    return r


def do_dagster(c):
    p, q = c.person(), c.person()
    obj = {"event_type": "ASSET_MATERIALIZATION", "run_id": uuid(c.rng),
           "tags": {"dagster/user": EM(p.email(c.rng)), "owner": "team:" + c.ch(TEAMS)},
           "metadata": {"row_count": c.ri(100, 90000),
                        "sample_row": S("{'name': '", NM(q.full()), "', 'phone': '", PH(phone(c.rng)), "'}")}}
    return J(obj, compact=True, ascii_=c.chance(0.3))


def do_prefect(c):
    p = c.person()
    return R(ts(c.rng, "spd")[11:], " | INFO    | Flow run '", c.ch(["witty-lemur", "brave-otter", "quiet-heron"]),
             "' - Created task run 'notify-0' for task 'notify'\n", ts(c.rng, "spd")[11:],
             " | INFO    | Task run 'notify-0' - Sending Slack DM to @", NM(p.acct(c.rng)), " (", NM(p.full()), ")")


def do_default_args(c):
    p, q = c.person(), c.person()
    d = R("{'owner': ", pylit(NM(variant(c, p, ("full", "gf")))), ", 'email': [", pylit(EM(p.email(c.rng))), ", ",
          pylit(EM(q.email(c.rng))), "], 'email_on_failure': True, 'retries': ", str(c.ri(0, 3)), "}")
    check_py(d)
    return R("[", ts(c.rng, "sp"), "] {dagbag.py:540} DEBUG - default_args for ", c.ch(["crm_sync", "pii_purge"]),
             ": ", d)


def do_audit_csv(c):
    r = R("dttm,dag_id,task_id,event,owner,extra\n")
    for _ in range(c.ri(1, 3)):
        p = c.person()
        own = variant(c, p, ("last_first", "full")) if c.chance(0.4) else p.acct(c.rng)
        ex = J({"conf": {"requested_by": EM(p.email(c.rng))}}, compact=True)
        r(ts(c.rng, "sp"), ",crm_sync,,trigger,")
        if "," in own:
            r('"', NM(own), '"')
        else:
            r(NM(own))
        r(',"', ex.enc(lambda s: s.replace('"', '""')), '"\n')
    return r


def do_n_ctx(c):
    return R("[", ts(c.rng, "sp"), "] {taskinstance.py:2612} INFO - Exporting env vars: AIRFLOW_CTX_DAG_OWNER='",
             c.ch(["airflow", "data-eng", "data-platform"]), "' AIRFLOW_CTX_DAG_ID='",
             c.ch(["sku_refresh", "store_stats", "fx_rates"]), "' AIRFLOW_CTX_TASK_ID='load' AIRFLOW_CTX_TRY_NUMBER='1'")


def do_n_dbt(c):
    return R(ts(c.rng, "spd")[11:19], "  ", str(c.ri(1, 40)), " of ", str(c.ri(40, 90)),
             " PASS not_null_dim_products_sku ........................ [PASS in 0.", str(c.ri(10, 99)), "s]\n",
             ts(c.rng, "spd")[11:19], "  Finished running ", str(c.ri(40, 90)), " data tests in 0 hours 0 minutes and ",
             str(c.ri(5, 59)), " seconds. Completed successfully")


def do_n_dagster(c):
    obj = {"event_type": "RUN_SUCCESS", "run_id": uuid(c.rng),
           "tags": {"dagster/schedule_name": "nightly_" + c.ch(PLACES).lower(), "owner": "team:" + c.ch(TEAMS)}}
    return J(obj, compact=True)


def do_n_prefect(c):
    return R(ts(c.rng, "spd")[11:], " | INFO    | Flow run '", c.ch(["witty-lemur", "brave-otter", "quiet-heron"]),
             "' - Finished in state Completed()\n", ts(c.rng, "spd")[11:], " | INFO    | ", c.ch(UI_I18N))


# ============================================================================================ 10 data_catalog_governance
def dc_datahub(c):
    p, q = c.person(), c.person()
    obj = {"entityType": "dataset",
           "entityUrn": "urn:li:dataset:(urn:li:dataPlatform:snowflake,crm.public.contacts,PROD)",
           "aspectName": "ownership",
           "aspect": {"owners": [{"owner": S("urn:li:corpuser:", NM(p.acct(c.rng))), "type": "DATAOWNER"},
                                 {"owner": S("urn:li:corpuser:", EM(q.email(c.rng))), "type": "TECHNICAL_OWNER"}],
                      "lastModified": {"time": c.ri(10**12, 2 * 10**12),
                                       "actor": S("urn:li:corpuser:", NM(c.person().acct(c.rng)))}}}
    return J(obj, indent=c.ch([None, 2]))


def dc_grant(c):
    p = c.person()
    em = p.email(c.rng)
    obj = {"serviceName": "unityCatalog", "actionName": "updatePermissions", "userIdentity": {"email": EM(em)},
           "sourceIPAddress": IP(ip(c.rng)),
           "requestParams": {"securable_full_name": "main.crm.contacts",
                             "changes": S("[{\"principal\":\"", EM(c.person().email(c.rng)), "\",\"add\":[\"SELECT\"]}]")}}
    return R("GRANT SELECT ON TABLE main.crm.contacts TO `", EM(c.person().email(c.rng)), "`;\n")(J(obj, compact=True))


def dc_profile(c):
    rows = []
    for _ in range(c.ri(2, 3)):
        p = c.person()
        rows.append([NM(p.first()), NM(p.last()), EM(p.email(c.rng)), PH(phone(c.rng))])
    cols = ["first_name", "last_name", "email", "phone"]
    if c.chance(0.4):
        cols.append("ssn")
        for row in rows:
            row.append(SS(ssn(c.rng, c.ch(["dash", "bare"]))))
    obj = {"table": "crm.contacts", "tags": ["PII.Sensitive"], "sampleData": {"columns": cols, "rows": rows}}
    return R("openmetadata profiler: sample data for crm.contacts\n")(J(obj, indent=2, ascii_=c.chance(0.3)))


def dc_access_request(c):
    p, q = c.person(), c.person()
    return R("Access request AR-", str(c.ri(1000, 9999)), " for dataset crm.contacts by ", NM(p.full()), " (",
             NM(p.acct(c.rng)), ") — approved by ", NM(variant(c, q, ("last_first", "full", "init"))),
             "; expires ", ts(c.rng, "date"))


def dc_ranger(c):
    p = c.person()
    obj = {"repoType": 3, "repo": "hive_prod", "reqUser": NM(p.acct(c.rng)), "evtTime": ts(c.rng, "spd"),
           "access": "SELECT", "resource": "crm/contacts/email", "resType": "@column", "result": c.ch([0, 1]),
           "cliIP": IP(ip(c.rng)), "reason": S("ticket DPO-", str(c.ri(100, 999)), " ", NM(c.person().gf()))}
    return J(obj, compact=True)


def dc_dsr(c):
    p = c.person()
    k = c.ri(0, 2)
    em = EM(p.email(c.rng))
    if k == 0:
        return R("dsr-scan: erasure request for subject ", em, " matched 4 datasets (crm.contacts, "
                 "support.tickets, ml.features_v3, rag.chunks) — subject name ", NM(p.full()))
    if k == 1:
        return R("dsr-scan: Solicitud de supresión de datos de ", NM(p.full()), " <", em, ">: 3 tablas afectadas")
    return R("dsr-scan: Demande d'effacement pour ", NM(p.full()), " (", em, ", tél. ", PH(phone(c.rng)),
             ") : 2 jeux de données")


def dc_glossary(c):
    r = R("term\tdefinition\tsteward\towner_email\n")
    for _ in range(c.ri(1, 3)):
        p = c.person()
        r(c.ch(["Active Customer", "Churn Date", "Net Revenue", "Lead"]), "\t", c.ch(["see wiki", "per finance policy"]),
          "\t", NM(variant(c, p, ("last_first", "full", "upper", "slash"))), "\t", EM(p.email(c.rng)), "\n")
    return r


def dc_n_datahub(c):
    obj = {"entityType": "dataset", "entityUrn": "urn:li:dataset:(urn:li:dataPlatform:hive,sales.sku_daily,PROD)",
           "aspectName": "ownership",
           "aspect": {"owners": [{"owner": "urn:li:corpGroup:" + c.ch(TEAMS), "type": "DATAOWNER"}],
                      "lastModified": {"time": c.ri(10**12, 2 * 10**12), "actor": "urn:li:corpuser:datahub"}}}
    return J(obj, indent=2)


def dc_n_grant(c):
    return R("GRANT SELECT ON TABLE main.sales.sku_daily TO `", c.ch(["data-scientists", "analysts", "bi-readers"]),
             "`;\n-- executed by ", c.ch(SERVICE_ACCTS), " (", c.ch(STATUS), ")")


def dc_n_profile(c):
    obj = {"table": "sales.stores", "tags": ["Tier.Gold"],
           "sampleData": {"columns": ["store", "city", "partner"],
                          "rows": [[f"S{c.ri(100, 999)}", c.ch(PLACES), c.ch(COMPANIES)] for _ in range(3)]}}
    return J(obj, indent=2)


def dc_n_access(c):
    return R("Access request AR-", str(c.ri(1000, 9999)), " for dataset sales.sku_daily by ", c.ch(SERVICE_ACCTS),
             " — auto-approved by policy ", c.ch(["non-pii-readers", "bi-default"]), "; label \"",
             c.ch(UI_STRINGS), "\"")


# ============================================================================================ 11 rag_vector_ingest
def rg_retrieval(c):
    p = c.person(native_p=0.05)
    fam = p.under()
    r = R("retriever top_k=4 query=\"what is ", NM(p.gf()), "'s notice period?\"\n")
    for i in range(c.ri(2, 3)):
        src = c.ch([R("s3://hr-docs/contracts/", NM(fam), "_employment_contract.pdf"),
                    R("s3://hr-docs/reviews/", NM(fam), "_2024_review.docx"),
                    R("sharepoint://People/Policies/notice-periods.pdf")])
        r(f"  [{i}] score=0.{c.ri(60, 95)} source=", src, "\n")
    return r


def rg_upsert(c):
    pts = []
    for _ in range(c.ri(1, 2)):
        p, q = c.person(), c.person()
        pts.append({"id": uuid(c.rng), "payload": {"author": NM(p.full()), "author_email": EM(p.email(c.rng)),
                                                   "text": S("Minutes: ", NM(q.full()), " will own the migration; ",
                                                             NM(p.first()), " to review."),
                                                   "path": "confluence/ENG/" + str(c.ri(10000, 99999))}})
    return R("PUT /collections/kb_chunks/points?wait=true\n")(J({"points": pts}, indent=2, ascii_=c.chance(0.3)))


def rg_partition(c):
    p = c.person()
    q = c.person()
    els = [{"type": "Title", "text": S(NM(p.full()), " — Curriculum Vitae")},
           {"type": "NarrativeText", "text": S("Contact: ", EM(p.email(c.rng)), ", ", PH(phone(c.rng)))},
           {"type": "NarrativeText", "text": S("References available from ", NM(variant(c, q, ("full", "init"))), ".")}]
    for e in els:
        e["metadata"] = {"filename": S(NM(p.under()), "_CV.pdf"), "page_number": 1}
    return R("unstructured.partition_pdf -> ")(J(els, compact=True))


def rg_embed_warn(c):
    p = c.person(native_p=0.05)
    return R(ts(c.rng, "sp"), " WARNING embedder: chunk ", str(c.ri(1, 40)), " of \"", NM(p.last_first()),
             " - Performance Review ", str(c.ch([2023, 2024])), ".docx\" exceeds 8192 tokens; truncating (model=",
             c.ch(MODELS[10:]), ")")


def rg_pii_scan(c):
    p = c.person()
    k = c.ri(0, 2)
    if k == 0:
        first = R('first_match="', EM(p.email(c.rng)), '"')
    elif k == 1:
        first = R('first_match="', PH(phone(c.rng)), '"')
    else:
        first = R('first_match="SSN ', SS(ssn(c.rng)), '" holder="', NM(p.upper()), '"')
    return R("pii_scan doc=", hexid(c.rng, 10), " findings=[EMAIL_ADDRESS:", str(c.ri(0, 4)), ", PHONE_NUMBER:",
             str(c.ri(0, 3)), "] action=", c.ch(["redact", "quarantine"]), " ", first, " uploader=",
             NM(p.acct(c.rng)))


def rg_pgvector(c):
    ps = [c.person() for _ in range(c.ri(2, 3))]
    att = R()
    for i, p in enumerate(ps):
        att(", " if i else "", NM(variant(c, p, ("full", "gf", "init"))))
    meta = J({"uploaded_by": EM(ps[0].email(c.rng))}, compact=False)
    return R("INSERT INTO document_chunks (doc_id, chunk, metadata, embedding) VALUES ('", uuid(c.rng),
             "', 'Meeting notes — attendees: ", att, "', '", meta, "', '[0.0", str(c.ri(10, 99)), ",-0.0",
             str(c.ri(10, 99)), ",...]')")


def rg_connector(c):
    p, q = c.person(), c.person()
    return R("connector=confluence synced page \"1:1 ", NM(p.first()), " / ", NM(q.first()), "\" (space=ENG, author=",
             NM(p.acct(c.rng)), ", last_modified_by=\"", NM(q.last_first()), "\")")


def rg_n_retrieval(c):
    r = R("retriever top_k=4 query=\"how do I reset the ", c.ch(PRODUCTS), " API key?\"\n")
    for i in range(c.ri(2, 3)):
        r(f"  [{i}] score=0.{c.ri(60, 95)} source=s3://kb/docs/", c.ch(["quickstart", "faq", "api-keys"]), ".md\n")
    return r


def rg_n_upsert(c):
    pts = [{"id": uuid(c.rng), "payload": {"author": "Documentation Team", "text": c.ch(UI_STRINGS) + ". " +
                                           c.ch(UI_I18N), "path": "docs/" + c.ch(PRODUCTS).lower() + ".md"}}]
    return R("PUT /collections/kb_chunks/points?wait=true\n")(J({"points": pts}, indent=2))


def rg_n_embed(c):
    return R(ts(c.rng, "sp"), " WARNING embedder: chunk ", str(c.ri(1, 40)), " of \"", c.ch(PLACES),
             " Office Handbook.pdf\" exceeds 8192 tokens; truncating (model=", c.ch(MODELS[10:]), ")")


def rg_n_connector(c):
    return R("connector=confluence synced page \"", c.ch(UI_STRINGS), "\" (space=", c.ch(["ENG", "OPS", "HR"]),
             ", author=", c.ch(SERVICE_ACCTS), ", last_modified_by=\"", c.ch(SERVICE_ACCTS), "\")")


# ============================================================================================ 12 distributed_training
def dt_nccl(c):
    p = c.person()
    host = f"dgx-{c.ri(1, 64):02d}"
    a, b = ipv4(c.rng), ipv4(c.rng)
    return R(host, ":", str(c.ri(1000, 9000)), ":", str(c.ri(1000, 9000)), " [0] NCCL INFO Bootstrap : Using eth0:",
             IP(a), "<0>\n", host, ":", str(c.ri(1000, 9000)), ":", str(c.ri(1000, 9000)),
             " [0] NCCL INFO NET/Socket : Using [0]eth0:", IP(a), "<0> [1]ib0:", IP(b), "<0>\n",
             "torch.distributed.elastic: master_addr=", IP(a), " master_port=29500 run_id=", c.ch(["llama-ft", "sft-7b"]),
             "-", NM(p.acct(c.rng)), " launched_by=", NM(p.acct(c.rng)))


def dt_ray(c):
    p = c.person()
    meta = J({"owner": EM(p.email(c.rng)), "team": c.ch(TEAMS)}, compact=True)
    sid = "raysubmit_" + hexid(c.rng, 16)
    return R("$ ray job submit --address http://", IP(ipv4(c.rng)), ":8265 --submission-id ", sid,
             " --metadata-json '", meta, "' -- python train.py\nJob '", sid, "' submitted successfully")


def dt_yaml(c):
    p, q = c.person(), c.person()
    acct = p.acct(c.rng)
    return R("apiVersion: kubeflow.org/v1\nkind: PyTorchJob\nmetadata:\n  name: sft-", NM(acct), "-", hexid(c.rng, 4),
             "\n  labels:\n    user: ", NM(acct), "\n  annotations:\n    owner: \"", NM(p.full()),
             "\"\n    contact: ", EM(p.email(c.rng)), "\n    oncall-phone: \"", PH(phone(c.rng)),
             "\"\n    backup-owner: ", NM(q.acct(c.rng)), "\nspec:\n  pytorchReplicaSpecs:\n    Worker:\n      replicas: ",
             str(c.ch([2, 4, 8])))


def dt_oom(c):
    p = c.person()
    return R("Name:         trainer-", hexid(c.rng, 5), "-worker-0\nNamespace:    ", c.ch(TEAMS), "\nNode:         gpu-",
             str(c.ri(1, 40)), "/", IP(ipv4(c.rng)), "\nAnnotations:  submitted-by=", NM(variant(c, p, ("full", "gf"))),
             "\nStatus:       Failed\nReason:       OOMKilled\nPod IP:       ", IP(ipv4(c.rng)))


def dt_ckpt(c):
    p = c.person()
    acct = p.acct(c.rng)
    return R("[", ts(c.rng, "sp"), "] [INFO] [checkpoint.py:88] Saving checkpoint to s3://ml-ckpt/users/", NM(acct),
             "/sft-7b/step_", str(c.ri(100, 9000)), "\n[", ts(c.rng, "sp"), "] [INFO] notify: checkpoint ready, pinged ",
             EM(p.email(c.rng)))


def dt_chat(c):
    p, q = c.person(), c.person()
    return R("#gpu-cluster [", ts(c.rng, "iso"), "] quota-bot: @", NM(p.acct(c.rng)), " your job sft-",
             hexid(c.rng, 6), " was preempted by a higher-priority workload. On-call today: ", NM(q.full()), " (",
             PH(phone(c.rng)), ")")


def dt_kueue(c):
    p = c.person()
    acct = p.acct(c.rng)
    obj = {"kind": "Workload", "metadata": {"name": S("job-", NM(acct), "-sft-7b-", hexid(c.rng, 4)),
                                            "namespace": c.ch(TEAMS), "labels": {"kueue.x-k8s.io/queue-name": S(
                                                "team-", NM(slug(p.last(False))))}},
           "status": {"conditions": [{"type": "Evicted", "reason": "Preempted",
                                      "message": S("Preempted to accommodate a workload of ", NM(c.person().gf()))}]}}
    return J(obj, indent=2)


def dt_n_nccl(c):
    host = f"dgx-{c.ri(1, 64):02d}"
    return R(host, ":", str(c.ri(1000, 9000)), ":", str(c.ri(1000, 9000)),
             " [0] NCCL INFO Channel 00/32 :    0   1   2   3   4   5   6   7\n", host, ":", str(c.ri(1000, 9000)), ":",
             str(c.ri(1000, 9000)), " [0] NCCL INFO comm 0x", hexid(c.rng, 8), " rank 0 nranks 8 cudaDev 0 busId ",
             hexid(c.rng, 5), " - Init COMPLETE")


def dt_n_ray(c):
    sid = "raysubmit_" + hexid(c.rng, 16)
    return R("$ ray job submit --address http://ray-head.", c.ch(TEAMS), ".svc:8265 --submission-id ", sid,
             " --metadata-json '{\"owner\":\"", c.ch(SERVICE_ACCTS), "\"}' -- python eval.py\nJob '", sid,
             "' submitted successfully")


def dt_n_deepspeed(c):
    return R("[", ts(c.rng, "sp"), "] [INFO] [logging.py:96:log_dist] [Rank 0] step=", str(c.ri(10, 9000)),
             ", skipped=0, lr=[", f"{c.rng.random() / 1000:.6f}", "], mom=[(0.9, 0.95)]\n[", ts(c.rng, "sp"),
             "] [INFO] throughput: ", f"{c.rng.random() * 300:.1f}", " samples/s, model=", c.ch(PRODUCTS))


def dt_n_oom(c):
    return R("Name:         trainer-", hexid(c.rng, 5), "-worker-0\nNamespace:    ", c.ch(TEAMS),
             "\nAnnotations:  submitted-by=", c.ch(SERVICE_ACCTS), "\nStatus:       ", c.ch(STATUS),
             "\nReason:       ", c.ch(["Completed", "Evicted", "DeadlineExceeded"]))


FAMILIES = {
    "model_serving": ([ms_payload, ms_torchserve, ms_triton, ms_capture, ms_bento, ms_drift, ms_validation],
                      [ms_n_health, ms_n_payload, ms_n_triton, ms_n_bento]),
    "experiment_tracking": ([et_tags, et_access, et_transition, et_wandb, et_cli, et_comment, et_i18n],
                            [et_n_tags, et_n_transition, et_n_wandb, et_n_cli]),
    "data_orchestration": ([do_ctx, do_mail, do_dbt, do_dagster, do_prefect, do_default_args, do_audit_csv],
                           [do_n_ctx, do_n_dbt, do_n_dagster, do_n_prefect]),
    "data_catalog_governance": ([dc_datahub, dc_grant, dc_profile, dc_access_request, dc_ranger, dc_dsr, dc_glossary],
                                [dc_n_datahub, dc_n_grant, dc_n_profile, dc_n_access]),
    "rag_vector_ingest": ([rg_retrieval, rg_upsert, rg_partition, rg_embed_warn, rg_pii_scan, rg_pgvector,
                           rg_connector],
                          [rg_n_retrieval, rg_n_upsert, rg_n_embed, rg_n_connector]),
    "distributed_training": ([dt_nccl, dt_ray, dt_yaml, dt_oom, dt_ckpt, dt_chat, dt_kueue],
                             [dt_n_nccl, dt_n_ray, dt_n_deepspeed, dt_n_oom]),
}

_unused = (X, check_xml, json_str, last4, uesc, penc, fenc)
