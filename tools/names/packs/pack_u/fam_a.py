"""Families 1-6 of pack_u: LLM gateways, LLM traces, chatbots, annotation tools, notebooks, feature stores."""

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
    Num,
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


def _key(c):
    return "sk-..." + hexid(c.rng, 4)


# ============================================================================================ 1 llm_gateway_proxy
def gw_spend(c):
    p = c.person()
    user = EM(p.email(c.rng)) if c.chance(0.5) else NM(p.acct(c.rng))
    alias = R(NM(p.acct(c.rng, "first.last" if c.chance(0.5) else "flast")), c.ch(["-laptop", "-notebook", "-dev", ""]))
    obj = {"request_id": "chatcmpl-" + hexid(c.rng, 20), "call_type": c.ch(["acompletion", "aembedding", "completion"]),
           "api_key": hexid(c.rng, 40), "model": c.ch(MODELS), "user": user,
           "metadata": {"user_api_key_alias": alias, "user_api_key_team_alias": c.ch(TEAMS),
                        "user_api_key_user_id": EM(p.email(c.rng)) if c.chance(0.4) else NM(p.acct(c.rng))},
           "spend": round(c.rng.random() / 50, 6), "total_tokens": c.ri(40, 9000),
           "requester_ip_address": IP(ip(c.rng)), "cache_hit": c.ch(["False", "True"])}
    r = R(ts(c.rng, "spd"), " - LiteLLM Proxy:DEBUG: spend_tracking_utils.py:", str(c.ri(40, 400)),
          " - SpendTable row: ")
    return r(J(obj, compact=c.chance(0.5)))


def gw_access(c):
    p = c.person()
    acct = p.acct(c.rng)
    r = R(IP(ip(c.rng, 0.2)), " - ", NM(acct), " [", ts(c.rng, "clf"), '] "POST /v1/',
          c.ch(["chat/completions", "embeddings", "responses", "completions"]), ' HTTP/1.1" 200 ',
          str(c.ri(300, 9000)), ' "-" "', c.ch(["OpenAI/Python 1.30.1", "langchain-openai/0.1.8", "curl/8.5.0",
                                               "node-fetch/1.0", "httpx/0.27.0"]), '" rt=',
          f"{c.rng.random() * 9:.3f}", " model=", c.ch(MODELS))
    if c.chance(0.6):
        r(' x_user="', EM(p.email(c.rng)), '"')
    if c.chance(0.4):
        r(" xff=", IP(ipv4(c.rng)), ", ", IP(ipv4(c.rng)))
    return r


def gw_body(c):
    p, q = c.person(), c.person()
    content = S("Draft a polite reply to ", NM(variant(c, q, ("full", "gf", "first"))), " (", EM(q.email(c.rng)),
                ") saying the refund was approved. Sign it as ", NM(p.first()), ". If they call back, the number is ",
                PH(phone(c.rng)), ".")
    body = {"model": c.ch(MODELS), "messages": [{"role": "system", "content": "You are a helpful support assistant."},
                                                {"role": "user", "content": content}],
            "temperature": 0.2, "user": NM(p.acct(c.rng)) if c.chance(0.6) else EM(p.email(c.rng))}
    r = R(ts(c.rng, "iso"), " DEBUG [proxy_server.py:", str(c.ri(2000, 6000)), "] Request received by LiteLLM: ")
    if c.chance(0.3):
        return r("body=", json_str(J(body, compact=True), ascii_=True))
    return r(J(body, compact=True, ascii_=c.chance(0.3)))


def gw_budget(c):
    p = c.person()
    r = R("ts=", ts(c.rng, "iso"), " level=warn msg=", c.ch(['"budget exceeded"', '"rate limit hit"', '"key expired"']),
          " key_alias=", NM(p.acct(c.rng)), c.ch(["-dev", "-prod", "-notebook"]), " owner=", EM(p.email(c.rng)),
          " team=", c.ch(TEAMS), f" spend={c.rng.random() * 90:.2f} max_budget={c.ch([10, 25, 50, 100])}",
          " client_ip=", IP(ip(c.rng, 0.3)))
    if c.chance(0.5):
        m = c.person()
        r(' escalate_to="', NM(variant(c, m, ("last_first", "full", "upper"))), '"')
    return r


def gw_filter(c):
    p = c.person()
    kind = c.ri(0, 2)
    if kind == 0:
        typed = S("my card is ", CC(card(c.rng)), " can you check why it was declined? - ", NM(p.full()))
    elif kind == 1:
        typed = S("fill the W-4 for ", NM(p.gf()), ", SSN ", SS(ssn(c.rng)), ", phone ", PH(phone(c.rng, plan="us")))
    else:
        typed = S("please verify me, last 4 of my social is ", SS(last4(c.rng)), " and my email is ",
                  EM(p.email(c.rng)))
    obj = {"id": "req_" + hexid(c.rng, 16), "guardrail": c.ch(["presidio-pre-call", "pii-mask", "dlp-precheck"]),
           "decision": c.ch(["BLOCK", "MASK", "FLAG"]), "input": typed,
           "prompt_filter_results": [{"prompt_index": 0, "content_filter_results": {
               "hate": {"filtered": False, "severity": "safe"}, "self_harm": {"filtered": False, "severity": "safe"}}}],
           "end_user": NM(p.acct(c.rng))}
    return R("guardrail_result ")(J(obj, indent=2))


def gw_keys_table(c):
    rows = R("$ litellm-cli keys list --team ", c.ch(TEAMS), "\n",
             f"{'KEY ALIAS':<22}{'OWNER':<36}{'CREATED BY':<24}{'SPEND':>8}\n")
    for _ in range(c.ri(2, 4)):
        p, q = c.person(), c.person()
        a = p.acct(c.rng)
        alias = a + c.ch(["-nb", "-dev", "-eval"])
        em = p.email(c.rng)
        cb = variant(c, q, ("last_first", "full", "init"))
        rows(NM(a), alias[len(a):] + " " * max(1, 22 - len(alias)), EM(em), " " * max(1, 36 - len(em)), NM(cb),
             " " * max(1, 24 - len(cb)), f"{c.rng.random() * 40:8.2f}\n")
    return rows


def gw_i18n(c):
    p = c.person()
    em = p.email(c.rng)
    k = c.ri(0, 3)
    if k == 0:
        return R("WARN  cuota: Límite de cuota alcanzado para el usuario ", EM(em), " (", NM(p.full()),
                 "). Próximo reinicio: ", ts(c.rng, "date"))
    if k == 1:
        return R("WARN  Kontingent: Tageslimit für ", NM(p.full()), " <", EM(em), "> erreicht; Anfrage von ",
                 IP(ip(c.rng)), " abgelehnt")
    if k == 2:
        return R("WARN  クォータ上限に達しました: ユーザー ", NM(p.full()), " (", EM(em), ") 送信元 ", IP(ip(c.rng)))
    return R("WARN  quota: limite atteinte pour ", NM(p.full()), " <", EM(em), ">, clé ", NM(p.acct(c.rng)), "-dev")


def gw_n_spend(c):
    obj = {"request_id": "chatcmpl-" + hexid(c.rng, 20), "call_type": "acompletion", "api_key": hexid(c.rng, 40),
           "model": c.ch(MODELS), "user": c.ch(SERVICE_ACCTS),
           "metadata": {"user_api_key_alias": c.ch(["prod-batch", "eval-nightly", "canary", "rag-indexer-key"]),
                        "user_api_key_team_alias": c.ch(TEAMS)},
           "spend": round(c.rng.random() / 50, 6), "total_tokens": c.ri(40, 9000), "requester_ip_address": None}
    return R(ts(c.rng, "spd"), " - LiteLLM Proxy:DEBUG: spend_tracking_utils.py:", str(c.ri(40, 400)),
             " - SpendTable row: ")(J(obj, compact=c.chance(0.5)))


def gw_n_access(c):
    return R("[", ts(c.rng, "iso"), '] "POST /v1/chat/completions HTTP/1.1" 200 - upstream=',
             c.ch(["azure-eastus2", "bedrock-us-west-2", "vllm-pool-a", "vertex-europe-west4"]), " user=",
             c.ch(SERVICE_ACCTS), " model=", c.ch(MODELS), " ttft_ms=", str(c.ri(80, 2400)),
             " route=", c.ch(["least-busy", "latency-based", "simple-shuffle"]))


def gw_n_body(c):
    place = c.ch(PLACES)
    body = {"model": c.ch(MODELS), "messages": [{"role": "system", "content": "You are a travel assistant."},
                                                {"role": "user", "content": f"What is the weather like in {place} in "
                                                                            f"{c.ch(['May', 'June', 'October'])}?"}],
            "temperature": 0.7, "user": c.ch(SERVICE_ACCTS)}
    return R(ts(c.rng, "iso"), " DEBUG [proxy_server.py:", str(c.ri(2000, 6000)), "] Request received by LiteLLM: ")(
        J(body, compact=True))


def gw_n_budget(c):
    return R("ts=", ts(c.rng, "iso"), " level=info msg=\"budget reset\" key_alias=", c.ch(["prod-batch", "canary"]),
             " owner=", c.ch(SERVICE_ACCTS), " team=", c.ch(TEAMS), " ui=\"", c.ch(UI_STRINGS), "\" note=\"",
             c.ch(UI_I18N), "\"")


# ============================================================================================ 2 llm_trace_spans
def tr_otel(c):
    p, q = c.person(), c.person()
    ascii_ = c.chance(0.35)
    attrs = {"gen_ai.system": c.ch(["openai", "anthropic", "vertex_ai", "aws.bedrock"]),
             "gen_ai.request.model": c.ch(MODELS), "gen_ai.prompt.0.role": "user",
             "gen_ai.prompt.0.content": S("Summarise the ticket from ", NM(q.full()), " <", EM(q.email(c.rng)),
                                          "> and suggest next steps."),
             "gen_ai.completion.0.content": S(NM(q.first()), " reports that exports fail since the upgrade."),
             "enduser.id": NM(p.acct(c.rng)), "gen_ai.usage.input_tokens": c.ri(100, 4000)}
    if c.chance(0.4):
        attrs["net.peer.ip"] = IP(ip(c.rng))
    obj = {"traceId": hexid(c.rng, 32), "spanId": hexid(c.rng, 16), "name": "chat " + c.ch(MODELS),
           "kind": "SPAN_KIND_CLIENT", "attributes": attrs}
    return J(obj, indent=c.ch([2, 4]), ascii_=ascii_)


def tr_toolcall(c):
    p = c.person()
    args = {"full_name": NM(variant(c, p, ("full", "gf", "upper"))), "phone": PH(phone(c.rng))}
    if c.chance(0.5):
        args["email"] = EM(p.email(c.rng))
    inner = J(args, compact=c.chance(0.5))
    obj = {"role": "assistant", "content": None, "tool_calls": [{"id": "call_" + hexid(c.rng, 24), "type": "function",
                                                                 "function": {"name": c.ch(["lookup_customer",
                                                                                            "create_ticket",
                                                                                            "schedule_callback"]),
                                                                              "arguments": inner}}]}
    return R(ts(c.rng, "iso"), " trace=", hexid(c.rng, 16), " llm.output ")(J(obj, compact=True))


def tr_langchain(c):
    p, q = c.person(), c.person()
    msg = S("book a meeting with ", NM(q.full()), " next tuesday")
    d = R("{'input': ", pylit(msg), ", 'chat_history': [HumanMessage(content=", pylit(S("hi, I am ", NM(p.first()))),
          "), AIMessage(content=", pylit(S("Hello ", NM(p.first()), "! How can I help?")), ")]}")
    return R("[chain/start] [1:chain:AgentExecutor] Entering Chain run with input:\n", d)


def tr_traceback(c):
    p = c.person()
    acct = p.acct(c.rng)
    q = c.person()
    return R("Traceback (most recent call last):\n  File \"/home/", NM(acct), "/projects/agent/run.py\", line ",
             str(c.ri(20, 300)), ", in <module>\n    result = agent.invoke({\"input\": question})\n"
             "  File \"/opt/venv/lib/python3.11/site-packages/langchain/agents/output_parsers/react_single_input.py\", "
             "line 75, in parse\n    raise OutputParserException(\n"
             "langchain_core.exceptions.OutputParserException: Could not parse LLM output: `Final Answer: the account "
             "owner is ", NM(variant(c, q, ("full", "gf", "last_first"))), " (", EM(q.email(c.rng)), ")`")


def tr_csv(c):
    r = R("trace_id,name,user_id,session_id,input,output,latency_ms\n")
    for _ in range(c.ri(1, 3)):
        p, q = c.person(), c.person()
        who = NM(variant(c, q, ("full", "gf", "last_first")))
        r(hexid(c.rng, 12), ",", c.ch(["support-agent", "sql-copilot", "email-drafter"]), ",", EM(p.email(c.rng)),
          ",", uuid(c.rng)[:8], ',"', "Who approved the discount for ", who, '?","', "It was approved by ",
          NM(q.first()), " on ", ts(c.rng, "date"), '.",', str(c.ri(200, 9000)), "\n")
    return r


def tr_feedback(c):
    p, q = c.person(), c.person()
    return R("feedback key=", c.ch(["correctness", "helpfulness", "groundedness"]), " score=", c.ch(["0", "0.5", "1"]),
             " run_id=", uuid(c.rng), ' comment="answer named the wrong manager, should be ',
             NM(variant(c, q, ("last_first", "full", "upper"))), '" created_by=', NM(p.acct(c.rng)),
             " source=", c.ch(["app", "api", "annotation-queue"]))


def tr_escaped(c):
    p = c.person()
    val = S("Bonjour ", NM(p.full()), ", votre demande a été transmise à ", NM(variant(c, c.person(), ("full", "gf"))),
            ".")
    return R(ts(c.rng, "iso"), " otel-exporter span=", hexid(c.rng, 16), ' attr gen_ai.completion.0.content="',
             val.r().enc(uesc), '" enduser.id=', NM(p.acct(c.rng)))


def tr_n_otel(c):
    attrs = {"gen_ai.system": "openai", "gen_ai.request.model": c.ch(MODELS), "gen_ai.prompt.0.role": "system",
             "gen_ai.prompt.0.content": "You are " + c.ch(PRODUCTS) + ", an assistant for " + c.ch(COMPANIES) + ".",
             "enduser.id": c.ch(SERVICE_ACCTS), "gen_ai.usage.input_tokens": c.ri(100, 4000)}
    obj = {"traceId": hexid(c.rng, 32), "spanId": hexid(c.rng, 16), "name": "chat", "kind": "SPAN_KIND_CLIENT",
           "attributes": attrs}
    return J(obj, indent=c.ch([2, 4]))


def tr_n_toolcall(c):
    inner = J({"city": c.ch(PLACES), "unit": "celsius"}, compact=True)
    obj = {"role": "assistant", "content": None, "tool_calls": [{"id": "call_" + hexid(c.rng, 24), "type": "function",
                                                                 "function": {"name": "get_weather",
                                                                              "arguments": inner}}]}
    return R(ts(c.rng, "iso"), " trace=", hexid(c.rng, 16), " llm.output ")(J(obj, compact=True))


def tr_n_traceback(c):
    return R("Traceback (most recent call last):\n  File \"/srv/agents/", c.ch(PRODUCTS).lower(),
             "/main.py\", line ", str(c.ri(20, 300)), ", in handle\n    out = chain.invoke(payload)\n"
             "openai.RateLimitError: Error code: 429 - {'error': {'message': 'Rate limit reached for ",
             c.ch(MODELS), " in organization org-", hexid(c.rng, 10), "', 'type': 'requests'}}")


def tr_n_feedback(c):
    return R("feedback key=", c.ch(["correctness", "toxicity"]), " score=1 run_id=", uuid(c.rng),
             ' comment="', c.ch(UI_STRINGS), '" created_by=', c.ch(SERVICE_ACCTS), " source=eval-harness")


# ============================================================================================ 3 chatbot_conversations
def cb_rasa_debug(c):
    p = c.person()
    nm = variant(c, p, ("full", "lower", "gf"))
    ent = R("[{'entity': 'person', 'start': 11, 'value': ", pylit(NM(nm)), ", 'extractor': 'DIETClassifier'}]")
    return R(ts(c.rng, "spd"), " DEBUG    rasa.core.processor  - Received user message 'my name is ", NM(nm),
             "' with intent '{'name': 'inform', 'confidence': 0.", str(c.ri(70, 99)), "}' and entities '", ent, "'")


def cb_tracker(c):
    p = c.person()
    ev = [{"event": "user", "text": S("it's ", NM(p.first()), " ", NM(p.last())), "timestamp": c.ri(1700000000, 1760000000)},
          {"event": "slot", "name": "first_name", "value": NM(p.first())},
          {"event": "slot", "name": "last_name", "value": NM(p.last())},
          {"event": "slot", "name": "email", "value": EM(p.email(c.rng))},
          {"event": "slot", "name": "phone_number", "value": PH(phone(c.rng))},
          {"event": "action", "name": "utter_confirm_contact"}]
    return R("tracker_store: sender_id=", uuid(c.rng), " events=")(J(ev, indent=2, ascii_=c.chance(0.3)))


def cb_dialogflow(c):
    p = c.person()
    obj = {"detectIntentResponseId": uuid(c.rng), "intentInfo": {"displayName": "callback.request"},
           "sessionInfo": {"session": "projects/support-bot/locations/global/agents/" + uuid(c.rng) + "/sessions/"
                                      + hexid(c.rng, 10),
                           "parameters": {"person": {"name": NM(variant(c, p, ("full", "gf")))},
                                          "phone-number": PH(phone(c.rng))}},
           "text": S(c.ch(["llámenme al ", "please call me on ", "rappelez-moi au "]), PH(phone(c.rng))),
           "languageCode": c.ch(["es", "en", "fr"])}
    return R("POST /webhook/cx 200 ")(J(obj, compact=True))


def cb_transcript(c):
    p, a = c.person(), c.person()
    low = c.chance(0.5)
    intro = R("hi i'm ", NM(p.first().lower() if low and not p.native else p.first()))
    aacct = a.acct(c.rng)
    r = R("[", ts(c.rng, "iso"), "] user(web:anon-", hexid(c.rng, 4), "): ", intro, "\n",
          "[", ts(c.rng, "iso"), "] bot(HelpBot): Nice to meet you, ", NM(p.first()), "! What can I do for you?\n",
          "[", ts(c.rng, "iso"), "] user(web:anon-", hexid(c.rng, 4), "): my invoice is wrong, email is ",
          EM(p.email(c.rng)), "\n")
    if c.chance(0.4):
        r("[", ts(c.rng, "iso"), "] user(web:anon-", hexid(c.rng, 4), "): ",
          c.ch(["last four of my ssn are ", "the last 4 of my social: ", "ssn ending "]), SS(last4(c.rng)), "\n")
    r("[", ts(c.rng, "iso"), "] system: handoff to agent ", NM(a.full()), " (", NM(aacct), ")\n",
          "[", ts(c.rng, "iso"), "] agent(", NM(aacct), "): ")
    r(c.ch([R("Hallo ", NM(p.first()), ", ich schaue mir das an."), R("Hola ", NM(p.first()), ", lo reviso ahora."),
            R("Hi ", NM(p.first()), ", ", NM(a.first()), " here, checking now.")]))
    return r


def cb_lex(c):
    p = c.person()
    fn, ln = p.first(native_ok=False), p.last(native_ok=False)
    obj = {"requestId": uuid(c.rng), "inputTranscript": S("my name is ", NM(fn), " ", NM(ln)),
           "sessionState": {"intent": {"name": "UpdateContact", "slots": {
               "FirstName": {"value": {"originalValue": NM(fn.lower()), "interpretedValue": NM(fn)}},
               "LastName": {"value": {"originalValue": NM(ln.lower()), "interpretedValue": NM(ln)}},
               "Phone": {"value": {"interpretedValue": PH(phone(c.rng, "e164"))}}}}},
           "bot": {"name": "ContactCenterBot", "localeId": "en_US"}}
    return J(obj, indent=2)


def cb_mail(c):
    p, a = c.person(), c.person()
    r = R("From: HelpBot Transcripts <", EM("transcripts@" + c.ch(["support.example", "corp.example"])), ">\n",
          "To: \"", NM(variant(c, p, ("full", "last_first"))), "\" <", EM(p.email(c.rng)), ">\n",
          "Cc: ", EM(a.email(c.rng)), "\n",
          "Subject: Transcript of your chat with ", NM(a.first()), "\n",
          "X-Chat-Session: ", uuid(c.rng), "\n\n",
          "Hi ", NM(p.first()), ", here is a copy of today's conversation.\n")
    return r


def cb_n_rasa(c):
    return R(ts(c.rng, "spd"), " DEBUG    rasa.core.processor  - Predicted next action 'utter_greet' with confidence 0.",
             str(c.ri(70, 99)), ". Bot: ", c.ch(PRODUCTS), ", locale ", c.ch(["de", "fr", "ja", "pt"]), ": '",
             c.ch(UI_I18N), "'")


def cb_n_tracker(c):
    ev = [{"event": "user", "text": "I want to fly to " + c.ch(PLACES)},
          {"event": "slot", "name": "destination", "value": c.ch(PLACES)},
          {"event": "slot", "name": "airline", "value": c.ch(["Virgin Atlantic", "Alaska Airlines", "Lufthansa"])},
          {"event": "action", "name": "action_search_flights"}]
    return R("tracker_store: sender_id=", uuid(c.rng), " events=")(J(ev, indent=2))


def cb_n_transcript(c):
    bot = c.ch(PRODUCTS)
    return R("[", ts(c.rng, "iso"), "] user(web:anon-", hexid(c.rng, 4), "): reset password\n",
             "[", ts(c.rng, "iso"), "] bot(", bot, "): ", c.ch(UI_STRINGS), "\n",
             "[", ts(c.rng, "iso"), "] bot(", bot, "): ", c.ch(UI_I18N), "\n",
             "[", ts(c.rng, "iso"), "] system: session closed (", c.ch(STATUS), ")")


def cb_n_lex(c):
    obj = {"requestId": uuid(c.rng), "inputTranscript": "order a large pizza",
           "sessionState": {"intent": {"name": "OrderPizza", "slots": {
               "Size": {"value": {"originalValue": "large", "interpretedValue": "Large"}},
               "Topping": {"value": {"interpretedValue": c.ch(["Margherita", "Hawaiian", "Diavola"])}}}}},
           "bot": {"name": c.ch(PRODUCTS) + "Bot", "localeId": "en_US"}}
    return J(obj, indent=2)


# ============================================================================================ 4 annotation_labelling
def an_ls_export(c):
    ann, subj = c.person(), c.person()
    nm = variant(c, subj, ("full", "gf"))
    ph = phone(c.rng)
    text = S("Please contact ", NM(nm), " at ", PH(ph), " about the delayed shipment.")
    obj = [{"id": c.ri(1000, 99999), "data": {"text": text},
            "annotations": [{"id": c.ri(100, 9999), "completed_by": {"id": c.ri(2, 90), "email": EM(ann.email(c.rng)),
                                                                     "first_name": NM(ann.first()),
                                                                     "last_name": NM(ann.last())},
                             "result": [{"from_name": "label", "to_name": "text", "type": "labels",
                                         "value": {"start": 15, "end": 15 + len(nm), "text": NM(nm),
                                                   "labels": ["PERSON"]}}],
                             "lead_time": round(c.rng.random() * 60, 3)}]}]
    return J(obj, indent=c.ch([1, 2]), ascii_=c.chance(0.25))


def an_cvat(c):
    a, b, d = c.person(), c.person(), c.person()
    return R("[", ts(c.rng, "spd"), "] INFO cvat.apps.engine.views: job ", str(c.ri(100, 9999)),
             " assignee changed from ", NM(a.acct(c.rng)), " to ", NM(b.acct(c.rng)), " by ", NM(d.acct(c.rng)),
             ' (task "', c.ch(["street-scenes-v3", "retail-shelf-bbox", "xray-seg-batch7", "drone-roofs"]), '")')


def an_prodigy(c):
    p = c.person()
    g = p.first(native_ok=False).lower().replace(" ", "-")
    r = R("\u2714 Starting the web server at http://", IP(ipv4(c.rng)), ":8080 ...\n",
          "Open the app in your browser and start annotating!\n",
          "INFO: Session ID: ", ts(c.rng, "date"), "_", f"{c.ri(0, 23):02d}-{c.ri(0, 59):02d}-{c.ri(0, 59):02d}", "-",
          NM(g), "\n",
          "\u2714 Saved ", str(c.ri(5, 400)), " annotations to database SQLite\nDataset: ner_pii_review\nSession ID: ",
          "ner_pii_review-", NM(g))
    return r


def an_iaa_csv(c):
    sep = c.ch([",", ";"])
    r = R(sep.join(["annotator_a", "annotator_b", "task_batch", "cohen_kappa"]), "\n")
    for _ in range(c.ri(2, 4)):
        a, b = c.person(), c.person()
        va = variant(c, a, ("last_first", "full", "upper"))
        if sep in va:
            r('"', NM(va), '"')
        else:
            r(NM(va))
        r(sep, NM(b.acct(c.rng)), sep, "batch-", str(c.ri(1, 60)), sep, f"0.{c.ri(40, 99)}\n")
    return r


def an_api(c):
    p = c.person()
    acct = p.acct(c.rng)
    if c.chance(0.5):
        body = R("username=", NM(acct), "&role=annotator&email=", EM(penc(p.email(c.rng))), "&display_name=",
                 NM(fenc(p.full())))
        return R(IP(ip(c.rng)), ' - - [', ts(c.rng, "clf"), '] "POST /v1/projects/', str(c.ri(1, 40)),
                 '/members HTTP/1.1" 201 312 body=', body)
    return R(ts(c.rng, "iso"), " argilla.api INFO GET /api/v1/me 200 user=", NM(acct), " workspace=",
             c.ch(TEAMS), " client=", IP(ip(c.rng)), ' search="', NM(penc(p.gf())), '"')


def an_fixed(c):
    r = R(f"{'TASK':<8}{'ANNOTATOR':<26}{'REVIEWER':<26}STATUS\n")
    for _ in range(c.ri(2, 5)):
        a, b = c.person(native_p=0), c.person(native_p=0)
        va = c.ch([a.last_first().upper(), a.upper(), a.slash()])
        vb = c.ch([b.last_first().upper(), b.upper()])
        r(f"{c.ri(10000, 99999):<8}", NM(va), " " * max(1, 26 - len(va)), NM(vb), " " * max(1, 26 - len(vb)),
          c.ch(["ACCEPTED", "REJECTED", "NEEDS FIX", "ACCEPTED"]), "\n")
    return r


def an_comment(c):
    p, q = c.person(), c.person()
    k = c.ri(0, 2)
    if k == 0:
        return R("task 8812 comment by ", NM(p.acct(c.rng)), ': "Bitte Rückfrage an Frau ', NM(q.last()),
                 ", die Entität ist unklar (", PH(phone(c.rng, plan="de")), ')"')
    if k == 1:
        return R("task 8812 comment by ", NM(p.acct(c.rng)), ': "Je ne suis pas sûr que « ', NM(q.full()),
                 ' » soit une personne ici — @', NM(c.person().acct(c.rng)), ' peux-tu vérifier ?"')
    return R("task 8812 comment by ", NM(p.acct(c.rng)), ': "label span covers ', NM(q.gf()),
             "'s title too, please fix. cc ", EM(c.person().email(c.rng)), '"')


def an_n_export(c):
    text = f"The {c.ch(PRODUCTS)} model from {c.ch(COMPANIES)} is available in {c.ch(PLACES)}."
    obj = [{"id": c.ri(1000, 99999), "data": {"text": text},
            "annotations": [{"id": c.ri(100, 9999), "completed_by": {"id": 1, "username": c.ch(SERVICE_ACCTS)},
                             "result": [{"from_name": "label", "to_name": "text", "type": "labels",
                                         "value": {"start": 4, "end": 9, "labels": ["PRODUCT"]}}]}]}]
    return J(obj, indent=2)


def an_n_cvat(c):
    return R("[", ts(c.rng, "spd"), "] INFO cvat.apps.engine.views: job ", str(c.ri(100, 9999)),
             " state changed from ", c.ch(["new", "in progress"]), " to ", c.ch(["completed", "rejected"]), " by ",
             c.ch(SERVICE_ACCTS), ' (task "', c.ch(PLACES).lower(), '-aerial-v2")')


def an_n_fixed(c):
    r = R(f"{'TASK':<8}{'ANNOTATOR':<26}{'REVIEWER':<26}STATUS\n")
    for _ in range(c.ri(2, 4)):
        a = c.ch(["AUTOLABEL-SAM", "PRELABEL_YOLOV8", "GOLD_SET", "CONSENSUS"])
        b = c.ch(["QA_SAMPLER", "AUTO_ACCEPT", "CONSENSUS"])
        r(f"{c.ri(10000, 99999):<8}{a:<26}{b:<26}", c.ch(["ACCEPTED", "SKIPPED"]), "\n")
    return r


def an_n_iaa(c):
    r = R("annotator_a,annotator_b,task_batch,cohen_kappa\n")
    for _ in range(c.ri(2, 3)):
        r(c.ch(["model:gpt-4o", "model:llama-3", "AUTOLABEL"]), ",", c.ch(["GOLD_SET", "majority-vote"]), ",batch-",
          str(c.ri(1, 60)), f",0.{c.ri(40, 99)}\n")
    return r


# ============================================================================================ 5 notebook_server
def nb_server(c):
    p = c.person()
    acct = p.acct(c.rng)
    fname = c.ch([R(NM(p.under()), "_churn_eda.ipynb"), R("eda_", NM(acct), ".ipynb"),
                  R(NM(p.family.replace(" ", "") if not p.native else p.last(False)), "_draft.ipynb")])
    return R("[I ", ts(c.rng, "spd"), " ServerApp] Serving notebooks from local directory: /home/", NM(acct),
             "/projects\n[I ", ts(c.rng, "spd"), " ServerApp] 200 GET /api/contents/work/", fname,
             "?content=0&", "_=", str(c.ri(10**12, 2 * 10**12)), " (", IP(ip(c.rng, 0.25)), ") ",
             f"{c.rng.random() * 9:.2f}ms")


def nb_ipynb(c):
    p, q = c.person(), c.person()
    obj = {"cells": [{"cell_type": "markdown", "metadata": {},
                      "source": [S("# Q3 churn analysis\n"), S("Owner: ", NM(p.full()), "\n"),
                                 S("Reviewer: ", NM(variant(c, q, ("last_first", "full", "init"))))]}],
           "metadata": {"authors": [{"name": NM(p.full())}, {"name": NM(q.full())}],
                        "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
           "nbformat": 4, "nbformat_minor": 5}
    return J(obj, indent=1, ascii_=c.chance(0.3))


def nb_papermill(c):
    p = c.person()
    acct = p.acct(c.rng)
    return R("$ papermill reports/weekly.ipynb s3://analytics-out/weekly_", NM(acct), ".ipynb -p analyst \"",
             NM(p.full()), "\" -p notify_email ", EM(p.email(c.rng)), "\nInput Notebook:  reports/weekly.ipynb\n"
             "Output Notebook: s3://analytics-out/weekly_", NM(acct), ".ipynb\nExecuting: 100%|",
             "\u2588" * 10, "| 14/14 [00:", f"{c.ri(10, 59)}", "<00:00,  1.2cell/s]")


def nb_databricks(c):
    p = c.person()
    q = c.person(native_p=0)
    cmd = S('display(spark.sql("SELECT * FROM crm.contacts WHERE last_name = \'', NM(q.last()), '\'"))')
    obj = {"serviceName": "notebook", "actionName": "runCommand",
           "userIdentity": {"email": EM(p.email(c.rng))}, "sourceIPAddress": IP(ip(c.rng)),
           "requestParams": {"notebookId": str(c.ri(10**14, 10**15 - 1))[:12], "commandText": cmd,
                             "path": S("/Users/", EM(p.email(c.rng)), "/scratch")}}
    return R("audit ")(J(obj, compact=True))


def nb_traceback(c):
    p = c.person()
    rows = [c.person(native_p=0) for _ in range(c.ri(2, 3))]
    r = R("---------------------------------------------------------------------------\n"
          "KeyError                                  Traceback (most recent call last)\n"
          "File /home/", NM(p.acct(c.rng)), "/eda/helpers.py:", str(c.ri(10, 99)),
          ", in lookup(df, key)\n---> 42     return df.loc[key]\n\nKeyError: ", pylit(NM(rows[0].gf())), "\n\n")
    w = max(len(x.gf()) for x in rows) + 2
    r(f"{'':<3}{'name':<{w}}email\n")
    for i, x in enumerate(rows):
        e = x.email(c.rng)
        r(f"{i:<3}", NM(x.gf()), " " * (w - len(x.gf())), EM(e), "\n")
    return r


def nb_zeppelin(c):
    p = c.person()
    return R(" INFO [", ts(c.rng, "sp"), "] ({qtp", str(c.ri(10**8, 10**9)), "-", str(c.ri(10, 99)),
             "} NotebookServer.java[onMessage]:", str(c.ri(200, 400)), ") - RECEIVE: RUN_PARAGRAPH, RECEIVE PRINCIPAL: ",
             NM(p.acct(c.rng)), ", RECEIVE TICKET: ", uuid(c.rng), ', RECEIVE ROLES: ["analysts"]')


def nb_nbconvert(c):
    p = c.person()
    return R("[NbConvertApp] Converting notebook review.ipynb to html\n[NbConvertApp] Writing ", str(c.ri(300000, 900000)),
             " bytes to /home/", NM(p.acct(c.rng)), "/exports/", NM(p.under()), "_report.html")


def nb_n_server(c):
    return R("[I ", ts(c.rng, "spd"), " ServerApp] Kernel restarted: ", uuid(c.rng), "\n[I ", ts(c.rng, "spd"),
             " ServerApp] 200 GET /api/contents/work/", c.ch(["Titanic_EDA", "Victoria_housing", "Lincoln_sales",
                                                               "Jordan_river_flow"]),
             ".ipynb?content=0 (localhost) ", f"{c.rng.random() * 9:.2f}ms")


def nb_n_ipynb(c):
    obj = {"cells": [{"cell_type": "markdown", "metadata": {}, "source": ["# ", c.ch(UI_STRINGS), "\n",
                                                                          c.ch(UI_I18N)]}],
           "metadata": {"authors": [{"name": c.ch(["Data Platform Team", "ML Guild", c.ch(COMPANIES)])}],
                        "kernelspec": {"display_name": "Julia 1.10", "language": "julia", "name": "julia-1.10"}},
           "nbformat": 4, "nbformat_minor": 5}
    return J(obj, indent=1)


def nb_n_databricks(c):
    obj = {"serviceName": "notebook", "actionName": "attachNotebook",
           "userIdentity": {"email": None, "servicePrincipal": uuid(c.rng)},
           "requestParams": {"notebookId": str(c.ri(10**11, 10**12 - 1)), "clusterId": "0501-" + hexid(c.rng, 8),
                             "path": "/Repos/" + c.ch(SERVICE_ACCTS) + "/etl"}}
    return R("audit ")(J(obj, compact=True))


def nb_n_zeppelin(c):
    return R(" INFO [", ts(c.rng, "sp"), "] ({qtp", str(c.ri(10**8, 10**9)), "-", str(c.ri(10, 99)),
             "} NotebookServer.java[onMessage]:312) - RECEIVE: LIST_NOTES, RECEIVE PRINCIPAL: anonymous, "
             "RECEIVE TICKET: anonymous, RECEIVE ROLES: []")


# ============================================================================================ 6 feature_store
def fs_online(c):
    rows = R("[")
    for k in range(c.ri(1, 3)):
        p = c.person()
        if k:
            rows(", ")
        rows("{'customer_email': ", pylit(EM(p.email(c.rng))), ", 'signup_phone': ", pylit(PH(phone(c.rng))), "}")
    rows("]")
    check_py(rows)
    return R(ts(c.rng, "sp"), " DEBUG feast.infra.online_stores.redis: get_online_features entity_rows=", rows,
             " features=['customer_profile:ltv_90d', 'customer_profile:churn_score']")


def fs_http(c):
    ps = [c.person() for _ in range(c.ri(1, 2))]
    req = {"features": ["user_profile:full_name", "user_profile:tenure_days"],
           "entities": {"user_id": [NM(p.acct(c.rng)) for p in ps]}}
    resp = {"metadata": {"feature_names": ["user_id", "full_name", "tenure_days"]},
            "results": [{"values": [NM(p.acct(c.rng)) for p in ps], "statuses": ["PRESENT"] * len(ps)},
                        {"values": [NM(p.full()) for p in ps], "statuses": ["PRESENT"] * len(ps)},
                        {"values": [c.ri(1, 3000) for _ in ps], "statuses": ["PRESENT"] * len(ps)}]}
    return R(IP(ip(c.rng)), " POST /get-online-features 200\n> ", J(req, compact=True), "\n< ", J(resp, compact=True))


def fs_validation(c):
    p = c.person()
    return R(ts(c.rng, "sp"), " ERROR feature_server: ValueError: Entity value ", pylit(NM(variant(c, p, ("full", "gf",
                                                                                                       "upper")))),
             " for join key customer_id is not of type INT64 (request from ", IP(ip(c.rng)), ", caller=",
             NM(c.person().acct(c.rng)), ")")


def fs_sql(c):
    ps = [c.person() for _ in range(c.ri(1, 3))]
    r = R(ts(c.rng, "sp"), " INFO feast.infra.offline_stores.snowflake: submitting query as ",
          NM(c.person().acct(c.rng).upper()), ":\nSELECT email, ltv_90d, churn_score FROM FEATURE_DB.CUSTOMER_PROFILE\n"
          "WHERE email IN (")
    for i, p in enumerate(ps):
        r(", " if i else "", "'", EM(p.email(c.rng)), "'")
    return r(")\n  AND event_timestamp <= '", ts(c.rng, "date"), "'")


def fs_ge(c):
    ps = [c.person() for _ in range(c.ri(1, 3))]
    obj = {"success": False, "expectation_config": {"expectation_type": "expect_column_values_to_match_regex",
                                                    "kwargs": {"column": "first_name", "regex": "^[A-Z][a-z]+$"}},
           "result": {"element_count": c.ri(1000, 90000), "unexpected_count": len(ps),
                      "partial_unexpected_list": [NM(p.first()) for p in ps]}}
    return J(obj, indent=2, ascii_=c.chance(0.3))


def fs_registry(c):
    p, q = c.person(), c.person()
    tags = R("{'steward': ", pylit(NM(variant(c, q, ("last_first", "full")))), ", 'pii': 'true'}")
    check_py(tags)
    return R("$ feast apply\nCreated entity customer\nCreated feature view customer_pii_fv (owner=",
             EM(p.email(c.rng)), ", tags=", tags, ")\nDeploying infrastructure for customer_pii_fv")


def fs_redis(c):
    p = c.person()
    return R("redis> HGETALL feast:prod:customer_profile:", EM(p.email(c.rng)), "\n"
             '1) "full_name"\n2) "', NM(p.full()), '"\n3) "phone"\n4) "', PH(phone(c.rng)), '"\n5) "ltv_90d"\n6) "',
             f"{c.rng.random() * 900:.2f}", '"')


def fs_n_materialize(c):
    n = c.ri(2, 5)
    return R("Materializing ", str(n), " feature views from ", ts(c.rng, "date"), " to ", ts(c.rng, "date"),
             " into the redis online store.\n\n", c.ch(["driver_hourly_stats", "sku_inventory", "store_footfall"]),
             ":\n100%|", "\u2588" * 20, "| ", str(c.ri(100, 9000)), "/", str(c.ri(9000, 9999)), " [00:0", str(c.ri(1, 9)),
             "<00:00, ", str(c.ri(900, 9000)), ".1it/s]")


def fs_n_http(c):
    req = {"features": ["store_stats:footfall_7d"], "entities": {"store_id": [c.ri(100, 999), c.ri(100, 999)]}}
    resp = {"metadata": {"feature_names": ["store_id", "footfall_7d"]},
            "results": [{"values": [c.ri(100, 999)], "statuses": ["PRESENT"]},
                        {"values": [c.ri(10, 9000)], "statuses": ["PRESENT"]}]}
    return R("feature-server.internal POST /get-online-features 200\n> ", J(req, compact=True), "\n< ",
             J(resp, compact=True))


def fs_n_ge(c):
    obj = {"success": True, "expectation_config": {"expectation_type": "expect_column_values_to_be_in_set",
                                                   "kwargs": {"column": "region", "value_set": PLACES[:6]}},
           "result": {"element_count": c.ri(1000, 90000), "unexpected_count": 0, "partial_unexpected_list": []}}
    return J(obj, indent=2)


def fs_n_registry(c):
    return R("$ feast apply\nCreated feature view ", c.ch(["sku_price_fv", "store_stats_fv"]), " (owner=",
             c.ch(SERVICE_ACCTS), ", tags={'team': '", c.ch(TEAMS), "'})\nNo changes to infrastructure")


FAMILIES = {
    "llm_gateway_proxy": ([gw_spend, gw_access, gw_body, gw_budget, gw_filter, gw_keys_table, gw_i18n],
                          [gw_n_spend, gw_n_access, gw_n_body, gw_n_budget]),
    "llm_trace_spans": ([tr_otel, tr_toolcall, tr_langchain, tr_traceback, tr_csv, tr_feedback, tr_escaped],
                        [tr_n_otel, tr_n_toolcall, tr_n_traceback, tr_n_feedback]),
    "chatbot_conversations": ([cb_rasa_debug, cb_tracker, cb_dialogflow, cb_transcript, cb_lex, cb_mail],
                              [cb_n_rasa, cb_n_tracker, cb_n_transcript, cb_n_lex]),
    "annotation_labelling": ([an_ls_export, an_cvat, an_prodigy, an_iaa_csv, an_api, an_fixed, an_comment],
                             [an_n_export, an_n_cvat, an_n_fixed, an_n_iaa]),
    "notebook_server": ([nb_server, nb_ipynb, nb_papermill, nb_databricks, nb_traceback, nb_zeppelin, nb_nbconvert],
                        [nb_n_server, nb_n_ipynb, nb_n_databricks, nb_n_zeppelin]),
    "feature_store": ([fs_online, fs_http, fs_validation, fs_sql, fs_ge, fs_registry, fs_redis],
                      [fs_n_materialize, fs_n_http, fs_n_ge, fs_n_registry]),
}

_unused = (X, check_xml, Num)
