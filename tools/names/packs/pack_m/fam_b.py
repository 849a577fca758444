"""Families 7-12 of pack_m: core-facility booking, ELN, data repositories, data transfer, ethics review, grants."""

from __future__ import annotations

from core import (
    CODE_NAMES,
    COMPANIES,
    EPONYMS,
    FUNDERS,
    HOSTS,
    PLACES,
    STATUS,
    UI_STRINGS,
    J,
    L,
    T,
    V,
    card,
    clf_ts,
    csvq,
    email,
    enc,
    form,
    hexid,
    ip,
    ipv4,
    iso,
    jd,
    last4,
    num,
    orcid,
    pct,
    phone,
    pyq,
    sp,
    ssn,
    syslog_ts,
    uuid,
    when,
    xmlv,
)
from fam_a import lab
from names import fold

SYSTEMS = ["Zeiss LSM 980 (Airyscan)", "Titan Krios G4", "FACSAria III", "Leica SP8 STED", "Bruker timsTOF Pro 2",
           "Orbitrap Exploris 480", "Nikon Ti2 spinning disk", "Glacios 200 kV", "Opera Phenix", "Bruker D8 Venture",
           "Agilent 600 MHz NMR", "JEOL JEM-1400", "Cytek Aurora 5L", "Illumina NextSeq 2000"]
ROOMS = ["Franklin Room", "Hodgkin Suite", "Pasteur Lab B2", "Salle Curie", "Raum Meitner", "Darwin Wing 3.14"]


def ppms_ts(r):
    return when(r.rng).strftime("%Y-%m-%d %H:%M")


# ====================================================================== 7. core_facility_booking

def c_booking(r):
    p = r.person(native_p=0.1)
    pi = r.person(native_p=0)
    st = r.person(native_p=0)
    r.t(f"{sp(r.rng)} PPMS booking #{num(r.rng, 5)} system=\"{r.pick(SYSTEMS)}\" user=").v(p.acct(r.rng), "NAME")
    r.t(" (").v(p.show(r.rng, 0.5), "NAME").t(') group="').v(pi.family, "NAME").t(" Lab\"")
    r.t(f" from {ppms_ts(r)} to {ppms_ts(r)[11:]}")
    if r.chance(0.6):
        r.t(" assisted_by=").v(st.acct(r.rng), "NAME")
    if r.chance(0.4):
        r.t(" note=\"").v(st.given, "NAME").t(' to align lasers first"')


def c_invoice(r):
    r.t(f"# core invoice run {when(r.rng).strftime('%Y-%m')} (exported by ppms-sync)\n")
    sep = r.pick([",", ";"])
    r.begin("csv" if sep == "," else "psv")
    cols = ["Invoice", "Group", "PI", "User", "Service", "Hours", "Rate", "Amount", "Fund"]
    r.t(sep.join(cols) if sep == "," else "|".join(cols))
    s = "," if sep == "," else "|"
    for _ in range(r.rng.randint(2, 4)):
        pi, u = r.person(native_p=0), r.person(native_p=0.05)
        h = r.rng.randint(1, 40) / 2
        rate = r.pick([35, 62, 95, 140, 210])
        r.t(f"\nINV-{num(r.rng, 6)}{s}").v(pi.family, "NAME").t(f" Lab{s}")
        if s == ",":
            r.add(csvq(V(pi.last_first(), "NAME") if r.chance(0.6) else V(pi.upper(), "NAME")))
        else:
            r.v(pi.upper() if r.chance(0.5) else pi.last_first(), "NAME")
        r.t(s).v(u.acct(r.rng), "NAME").t(f"{s}{r.pick(SYSTEMS).split(' (')[0]}{s}{h}{s}{rate}{s}{h * rate:.2f}{s}"
                                          f"{r.pick(['R01GM', 'ERC-StG-', 'NSF-CHE-', 'BBSRC-BB/'])}{num(r.rng, 6)}")
    r.end()


def c_payment(r):
    p = r.person(native_p=0)
    c = card(r.rng)
    r.t(f"{sp(r.rng, ms=True)} INFO pay-gw external user charge ok order=EXT-{num(r.rng, 5)} amount="
        f"{r.rng.randint(50, 2000)}.00 {r.pick(['EUR', 'USD', 'GBP', 'CHF'])} card=").v(c, "CREDIT_CARD")
    r.t(" holder=")
    if r.chance(0.5):
        r.t('"').v(fold(p.gf()).upper(), "NAME").t('"')
    else:
        r.v(p.sg(), "NAME")
    r.t(" customer=").v(email(r.rng, p), "EMAIL")


def c_training(r):
    p = r.person()
    m = r.person(native_p=0)
    r.t(f"{sp(r.rng)} authorisation: user ").v(p.acct(r.rng), "NAME").t(f' authorised on "{r.pick(SYSTEMS)}" level=')
    r.t(r.pick(["independent", "assisted", "after-hours"])).t(" by facility manager ")
    r.t(r.pick(["Dr. ", "", "Prof. "])).v(m.family if r.chance(0.5) else m.full(), "NAME")
    r.t(f" (training session {when(r.rng).strftime('%Y-%m-%d')}); trainee display name: ").v(p.show(r.rng, 0.8), "NAME")
    if r.chance(0.4):
        r.t("; after-hours contact ").v(phone(r.rng), "PHONE")


def c_sms(r):
    p = r.person(native_p=0.05)
    ph = phone(r.rng)
    r.t(f"{iso(r.rng)} notify.sms queued to=").v(ph, "PHONE").t(' body="Hi ').v(p.given, "NAME")
    r.t(f", a slot on {r.pick(SYSTEMS)} freed up {ppms_ts(r)[5:]}. Reply Y to book. -Imaging Core\"")
    if r.chance(0.4):
        r.t(" waitlist_owner=").v(p.acct(r.rng), "NAME")


def c_i18n(r):
    p = r.person(native_p=0.15)
    lang = r.pick(["es", "it", "de", "ja", "fr"])
    sysn = r.pick(SYSTEMS)
    if lang == "es":
        r.t(f"Reserva confirmada: {sysn}, {ppms_ts(r)}, usuario/a ").v(p.full(), "NAME").t(", grupo ")
        r.v(r.person(native_p=0).family, "NAME").t(".")
    elif lang == "it":
        r.t("Prenotazione annullata da ").v(p.acct(r.rng), "NAME").t(f" per {sysn}; penale addebitata al gruppo del prof. ")
        r.v(r.person(native_p=0).family, "NAME")
    elif lang == "de":
        r.t(f"Buchung {sysn} am {ppms_ts(r)} durch ").v(p.show(r.rng, 0.3), "NAME").t(" (Einweisung durch ")
        r.v(r.person(native_p=0).init_family(), "NAME").t(")")
    elif lang == "ja":
        r.t(f"装置予約: {sysn} 利用者 ").v(p.show(r.rng, 0.9), "NAME").t(" 様 / 承認者 ").v(r.person().show(r.rng, 0.9), "NAME")
    else:
        r.t(f"Réservation {sysn} : ").v(p.full(), "NAME").t(" (").v(email(r.rng, p), "EMAIL").t(") du ", ppms_ts(r))


def cn_maint(r):
    r.t(f"{sp(r.rng)} PPMS booking #{num(r.rng, 5)} system=\"{r.pick(SYSTEMS)}\" user=Facility Admin (maintenance) "
        f"from {ppms_ts(r)} to {ppms_ts(r)[11:]} note=\"{r.pick(COMPANIES)} service visit, room {r.pick(ROOMS)}\"")


def cn_invoice(r):
    r.begin("csv").t("Invoice,Group,PI,User,Service,Hours,Rate,Amount,Fund")
    for _ in range(r.rng.randint(2, 4)):
        r.t(f"\nINV-{num(r.rng, 6)},Internal QC,\"Core Facility\",ppms-sync,{r.pick(SYSTEMS).split(' (')[0]},0,0,0.00,"
            f"CC-{num(r.rng, 6)}")
    r.end()


def cn_system(r):
    r.t(f'{sp(r.rng)} system update: "{r.pick(["Leica SP8 Marie", "Confocal Rosalind", "Krios Ernst", "FACS Jenkins"])}" '
        f"status={r.pick(STATUS)} location={r.pick(ROOMS)}, site {r.pick(PLACES)}")


def cn_i18n(r):
    r.t(f"{r.pick(['Reserva confirmada', 'Prenotazione annullata', 'Buchung bestätigt', '予約が確定しました', 'Réservation annulée'])}"
        f": {r.pick(SYSTEMS)}, {ppms_ts(r)} — {r.pick(UI_STRINGS)}")


# ====================================================================== 8. eln_notebook

def e_audit(r):
    p = r.person()
    pi = r.person(native_p=0)
    doc = {"created_at": iso(r.rng), "action": r.pick(["experiment.lock", "experiment.sign", "upload.create",
                                                       "experiment.update"]),
           "userid": r.rng.randint(2, 400), "fullname": L(p.show(r.rng, 0.4), "NAME"),
           "team": J(V(pi.family, "NAME") + T(" Lab")),
           "experiment": {"id": r.rng.randint(100, 9999), "title": r.pick(["Ni-NTA purification run 4", "qPCR knockdown",
                                                                          "XRD calibration", "Western blot anti-GFP"])}}
    r.t(f"{syslog_ts(r.rng)} eln-web01 elabftw[{r.rng.randint(100, 9999)}]: ")
    r.begin("json").add(jd(doc, ascii_=r.chance(0.4), compact=r.chance(0.5))).end()


def e_sign(r):
    p = r.person(native_p=0.25)
    w = r.person(native_p=0.25)
    pg = f"NB-{num(r.rng, 4)}-{r.rng.randint(1, 300)}"
    r.t(f"{iso(r.rng)} SIGN page {pg} signed by ").v(p.show(r.rng, 0.7), "NAME").t(" (").v(p.acct(r.rng), "NAME")
    r.t(') meaning="Author"; witnessed by ').v(w.show(r.rng, 0.7), "NAME").t(" (").v(w.acct(r.rng), "NAME")
    r.t(f') meaning="Witness" at {iso(r.rng)} hash=sha256:{hexid(r.rng, 16)}')


def e_xml(r):
    p = r.person(native_p=0.05)
    c = r.person(native_p=0)
    r.t(f"{sp(r.rng)} export notebook {num(r.rng, 6)} page:\n")
    r.begin("xml").t(f'<entry id="{num(r.rng, 7)}" part_type="text" created="{iso(r.rng, ms=False)}" author="')
    r.add(xmlv(V(p.full(), "NAME"))).t('" author_email="').v(email(r.rng, p), "EMAIL").t('">\n  <text>')
    r.add(xmlv(T(r.pick(EPONYMS) + " done; gel photographed by ") + V(c.given, "NAME") + T(" & checked.")))
    r.t("</text>\n  <comment by=\"").v(c.acct(r.rng), "NAME").t('">see tab 3</comment>\n</entry>').end()


def e_chat(r):
    a, b = r.person(native_p=0), r.person(native_p=0.1)
    aa, ba = a.acct(r.rng), b.acct(r.rng)
    r.t(f"[{sp(r.rng)[11:16]}] ").v(aa, "NAME").t(": @").v(ba, "NAME").t(" can you check the gel image on p. 12?\n")
    r.t(f"[{sp(r.rng)[11:16]}] ").v(ba, "NAME").t(": looks fine, but ask ").v(r.person(native_p=0).given, "NAME")
    r.t(" about lane 4\n")
    r.t(f"[{sp(r.rng)[11:16]}] eln-bot: page NB-{num(r.rng, 4)} locked by ").v(aa, "NAME")


def e_share(r):
    p = r.person(native_p=0)
    q = r.person(native_p=0)
    r.t(f"{sp(r.rng)} INFO acl notebook=\"{r.pick(['Protein purification 2026', 'Mouse colony', 'Catalyst screen'])}\" shared with ")
    r.v(q.acct(r.rng), "NAME").t(f" ({r.pick(['read', 'write', 'admin'])}) by ").v(email(r.rng, p), "EMAIL")
    if r.chance(0.5):
        r.t("; previous owner ").v(p.last_first(), "NAME").t(" left the group")


def e_body(r):
    p = r.person(native_p=0)
    pi = r.person(native_p=0)
    lang = r.pick(["en", "en", "de", "pt", "ko"])
    if lang == "en":
        r.t(f"## Day {r.rng.randint(1, 30)}\nCells passaged by ").v(p.given, "NAME").t(f" (P{r.rng.randint(3, 30)}). ")
        r.t(f"{r.pick(EPONYMS)} as usual. Dr. ").v(pi.family, "NAME").t("'s comment: repeat with fresh buffer.")
    elif lang == "de":
        r.t("Versuch wiederholt, Auswertung durch ").v(p.full(), "NAME").t("; Rücksprache mit Prof. ").v(pi.family, "NAME")
    elif lang == "pt":
        r.t("Amostras preparadas por ").v(p.full(), "NAME").t(f"; {r.pick(EPONYMS)} feito em triplicata.")
    else:
        q = r.person(native_p=1.0)
        r.t("실험 기록: 시료 준비 ").v(q.show(r.rng, 0.9), "NAME").t(", 확인 ").v(p.full(), "NAME")


def e_repr(r):
    p = r.person(native_p=0.05)
    r.t(f"{sp(r.rng)} WARNING eln_sync.push: conflict on entry {num(r.rng, 6)}: NotebookEntry(id={num(r.rng, 6)}, "
        f"owner=User(username=").add(pyq(V(p.acct(r.rng), "NAME"))).t(", full_name=").add(pyq(V(p.show(r.rng, 0.4), "NAME")))
    r.t(", email=").add(pyq(V(email(r.rng, p), "EMAIL"))).t(f"), title='{r.pick(EPONYMS)} optimisation', locked=True)")


def en_template(r):
    doc = {"created_at": iso(r.rng), "action": "template.update", "userid": 1, "fullname": "eln-bot",
           "team": "Core Facilities", "experiment": {"id": r.rng.randint(100, 9999), "title": r.pick(EPONYMS) + " template"}}
    r.begin("json").add(jd(doc, compact=True)).end()


def en_sign(r):
    r.t(f"{iso(r.rng)} SIGN page NB-{num(r.rng, 4)}-{r.rng.randint(1, 300)} timestamped by RFC3161 TSA "
        f"({r.pick(['FreeTSA', 'DigiCert TSA'])}) status={r.pick(STATUS)} hash=sha256:{hexid(r.rng, 16)}")


def en_body(r):
    r.t(f"## Protocol\n1. {r.pick(EPONYMS)}\n2. {r.pick(EPONYMS)} (kit from {r.pick(COMPANIES)})\n3. Incubate in room "
        f"{r.pick(ROOMS)} at 37 °C\nStatus: {r.pick(STATUS)}")


def en_chat(r):
    r.t(f"[{sp(r.rng)[11:16]}] eln-bot: nightly backup finished ({r.rng.randint(10, 900)} entries)\n"
        f"[{sp(r.rng)[11:16]}] stats-bot: {r.pick(UI_STRINGS)}")


# ====================================================================== 9. research_data_repository

def doi(r):
    return f"10.{r.pick(['5072', '5281', '7910', '48550'])}/{r.pick(['FK2/', 'zenodo.', 'DVN/'])}{hexid(r.rng, 6).upper()}"


def d_datacite(r):
    r.t(f"{sp(r.rng)} datacite-client POST /dois draft={doi(r)} metadata=\n")
    r.begin("xml").t('<resource xmlns="http://datacite.org/schema/kernel-4">\n  <creators>\n')
    for _ in range(r.rng.randint(1, 3)):
        p = r.person(native_p=0.05)
        r.t('    <creator>\n      <creatorName nameType="Personal">').add(xmlv(V(p.last_first(), "NAME")))
        r.t("</creatorName>\n      <givenName>").add(xmlv(V(p.given, "NAME"))).t("</givenName>\n      <familyName>")
        r.add(xmlv(V(p.family, "NAME"))).t("</familyName>\n")
        r.t(f'      <nameIdentifier nameIdentifierScheme="ORCID">https://orcid.org/{orcid(r.rng)}</nameIdentifier>\n')
        r.t(f"      <affiliation>{r.pick(['Northfield University', 'Halden Institute', 'Max Planck Society'])}</affiliation>\n")
        r.t("    </creator>\n")
    r.t("  </creators>\n")
    if r.chance(0.5):
        c = r.person(native_p=0)
        r.t('  <contributors>\n    <contributor contributorType="ContactPerson">\n      <contributorName>')
        r.add(xmlv(V(c.last_first(), "NAME"))).t("</contributorName>\n    </contributor>\n  </contributors>\n")
    r.t(f"  <titles><title>{r.pick(['Raw cryo-EM movies', 'Soil metagenomes', 'Seismic waveforms'])}</title></titles>\n")
    r.t("</resource>").end()


def d_oai(r):
    r.begin("xml").t('<oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/" '
                     'xmlns:dc="http://purl.org/dc/elements/1.1/">\n')
    r.t(f"  <dc:title>{r.pick(['Replication data for: ', 'Dataset: '])}{r.pick(['Glacier velocity', 'Coral spawning'])}</dc:title>\n")
    for _ in range(r.rng.randint(1, 3)):
        p = r.person(native_p=0.1)
        r.t("  <dc:creator>").add(xmlv(V(p.last_first() if not p.native or r.chance(0.5) else p.show(r.rng, 0.9), "NAME")))
        r.t("</dc:creator>\n")
    if r.chance(0.5):
        r.t("  <dc:contributor>").add(xmlv(V(r.person(native_p=0).gf(), "NAME"))).t("</dc:contributor>\n")
    r.t(f"  <dc:identifier>https://doi.org/{doi(r)}</dc:identifier>\n  <dc:rights>CC-BY-4.0</dc:rights>\n</oai_dc:dc>").end()


def d_dataverse(r):
    a, c = r.person(native_p=0.05), r.person(native_p=0)
    doc = {"status": "OK", "data": {"datasetPersistentId": f"doi:{doi(r)}", "versionState": "DRAFT",
                                    "metadataBlocks": {"citation": {"fields": [
                                        {"typeName": "author", "value": [{"authorName": {"value": L(a.last_first(), "NAME")},
                                                                          "authorAffiliation": {"value": "Halden Institute"}}]},
                                        {"typeName": "datasetContact", "value": [
                                            {"datasetContactName": {"value": L(c.last_first(), "NAME")},
                                             "datasetContactEmail": {"value": L(email(r.rng, c), "EMAIL")}}]},
                                        {"typeName": "depositor", "value": L(c.last_first(), "NAME")}]}}}}
    r.t(f"{sp(r.rng, ms=True)} INFO [edu.harvard.iq.dataverse.api.Datasets] (default task-{r.rng.randint(1, 99)}) "
        "GET /api/datasets/:persistentId response: ")
    r.begin("json").add(jd(doc, ascii_=r.chance(0.3), compact=True)).end()


def d_publish(r):
    a, b = r.person(native_p=0.3), r.person(native_p=0)
    r.t(f"{sp(r.rng)} deposit {num(r.rng, 7)} published by user {r.rng.randint(1, 99999)} (").v(email(r.rng, a), "EMAIL")
    r.t(") creators=[")
    inner = V(a.last_first() if not a.native else a.show(r.rng, 0.8), "NAME")
    r.t('"').add(inner).t('", "').v(b.last_first(), "NAME").t(f'"] doi={doi(r)} files={r.rng.randint(1, 40)}')


def d_access(r):
    p = r.person(native_p=0.1)
    addr = ip(r.rng, 0.2)
    q = r.pick(['creator:"{}"', "author={}", "q={}"])
    pre, post = q.split("{}")
    r.v(addr, "IP_ADDRESS").t(f' - - [{clf_ts(r.rng)}] "GET /search?')
    nm = p.last_first() if r.chance(0.5) else (p.show(r.rng, 0.8))
    if q.startswith("creator"):
        r.t("q=", pct(pre)).add(enc(V(nm, "NAME"), pct)).t(pct(post))
    else:
        r.t(pre).add(enc(V(nm, "NAME"), r.pick([pct, form])))
    r.t(f'&type=dataset HTTP/1.1" 200 {r.rng.randint(1000, 90000)} "-" "Mozilla/5.0"')


def d_request(r):
    p = r.person(native_p=0.3)
    pi = r.person(native_p=0)
    r.t(f"{sp(r.rng)} access-request doi:{doi(r)} from ").v(p.show(r.rng, 0.7), "NAME").t(" <").v(email(r.rng, p), "EMAIL")
    r.t('>: "I\'m a PhD student with Prof. ').v(pi.family, "NAME").t(' and need the restricted files for a replication."')
    r.t(" -> forwarded to curator ").v(r.person(native_p=0).acct(r.rng), "NAME")


def d_bibtex(r):
    ps = [r.person(native_p=0) for _ in range(r.rng.randint(1, 3))]
    key = f"{ps[0].family_token()}{when(r.rng).year}"
    r.t(f"{sp(r.rng)} citation export format=bibtex doi={doi(r)}\n@misc{{")
    r.v(ps[0].family_token(), "NAME").t(key[len(ps[0].family_token()):], ",\n  author = {")
    for i, p in enumerate(ps):
        if i:
            r.t(" and ")
        r.v(p.last_first(), "NAME")
    r.t("},\n  title = {Replication data},\n  publisher = {Northfield Data Repository},\n"
        f"  year = {{{when(r.rng).year}}},\n  doi = {{{doi(r)}}}\n}}")


def dn_datacite(r):
    r.begin("xml").t('<resource xmlns="http://datacite.org/schema/kernel-4">\n  <creators>\n    <creator>\n'
                     '      <creatorName nameType="Organizational">')
    r.t(xesc_(r.pick(["ATLAS Collaboration", "European Southern Observatory", "The Darwin Tree of Life Project",
                      "Met Office Hadley Centre", "Research Data Team"])))
    r.t(f"</creatorName>\n    </creator>\n  </creators>\n  <titles><title>{r.pick(CODE_NAMES)} survey DR{r.rng.randint(1, 9)}"
        "</title></titles>\n</resource>").end()


def xesc_(s):
    return s.replace("&", "&amp;")


def dn_oai(r):
    r.t(f"{sp(r.rng)} oaipmh harvest set=datasets from={when(r.rng).strftime('%Y-%m-%d')} records={r.rng.randint(0, 900)} "
        f"resumptionToken={hexid(r.rng, 12)} status={r.pick(STATUS)} agent=dataverse-harvester")


def dn_access(r):
    r.t(f'{r.pick(HOSTS)} - - [{clf_ts(r.rng)}] "GET /search?q={form(r.pick(EPONYMS))}&type=dataset HTTP/1.1" 200 '
        f'{r.rng.randint(1000, 9000)} "-" "{r.pick(["Googlebot/2.1", "curl/8.5.0", "python-requests/2.32.3"])}"')


def dn_publish(r):
    r.t(f"{sp(r.rng)} deposit {num(r.rng, 7)} published by harvester creators=[\"Anonymous\", "
        f"\"{r.pick(FUNDERS)}\"] license=CC0-1.0 doi={doi(r)}")


# ====================================================================== 10. data_transfer_storage

def t_rodslog(r):
    p = r.person(native_p=0)
    a = p.acct(r.rng)
    addr = ip(r.rng, 0.1)
    pid = r.rng.randint(1000, 60000)
    proxy = r.pick([a, "rods"])
    r.t(f"{syslog_ts(r.rng)} pid:{pid} NOTICE: Agent process {pid + 1} started for puser=")
    if proxy == a:
        r.v(a, "NAME")
    else:
        r.t("rods")
    r.t(" and cuser=").v(a, "NAME").t(" from ").v(addr, "IP_ADDRESS")
    if r.chance(0.5):
        r.t(f"\n{syslog_ts(r.rng)} pid:{pid + 1} NOTICE: rsDataObjPut: /tempZone/home/").v(a, "NAME")
        r.t(f"/raw/scan_{r.rng.randint(1, 999):03d}.tif")


def t_irodsjson(r):
    p = r.person(native_p=0)
    a = p.acct(r.rng)
    doc = {"log_category": "agent", "log_level": "info", "log_message": J(T("Agent process started for puser=rods and cuser=")
                                                                          + V(a, "NAME")),
           "request_api_name": "DATA_OBJ_PUT_AN", "request_client_user": L(a, "NAME"),
           "request_host": L(ipv4(r.rng), "IP_ADDRESS"), "request_proxy_user": "rods",
           "server_host": "irods-prov01", "server_pid": r.rng.randint(1000, 60000), "server_timestamp": iso(r.rng)}
    r.begin("json").add(jd(doc, compact=True)).end()


def t_ils(r):
    p, q = r.person(native_p=0), r.person(native_p=0)
    pi = r.person(native_p=0)
    r.t("$ ils -A /tempZone/home/").add(lab(r, pi)).t("/raw\n/tempZone/home/").add(lab(r, pi)).t("/raw:\n")
    r.t("        ACL - ").v(p.acct(r.rng), "NAME").t("#tempZone:own   ").v(q.acct(r.rng), "NAME")
    r.t("#tempZone:read object   g:")
    r.add(lab(r, pi)).t("#tempZone:modify object\n        Inheritance - Enabled\n")
    r.t(f"  run_{r.rng.randint(1, 99):03d}.h5\n  C- /tempZone/home/").add(lab(r, pi)).t("/raw/archive")


def t_globus(r):
    p = r.person(native_p=0.05)
    doc = {"DATA_TYPE": "task", "task_id": uuid(r.rng), "type": "TRANSFER", "status": r.pick(["SUCCEEDED", "ACTIVE", "FAILED"]),
           "owner_string": L(f"{p.acct(r.rng)}@{r.pick(['northfield.example', 'globusid.org', 'inst-lyon.example'])}", "EMAIL"),
           "source_endpoint_display_name": "Northfield HPC DTN",
           "destination_endpoint_display_name": J(V(p.given, "NAME") + T(r.pick(["'s laptop (GCP)", "'s MacBook", "s-workstation"]))),
           "label": J(T("cryo-EM session for ") + V(p.full(), "NAME")) if r.chance(0.5) else "nightly sync",
           "bytes_transferred": r.rng.randint(10 ** 6, 10 ** 12), "files": r.rng.randint(1, 90000)}
    r.t(f"{sp(r.rng)} globus-audit task update ")
    r.begin("json").add(jd(doc, indent=2 if r.chance(0.5) else None, ascii_=r.chance(0.3))).end()


def t_xferlog(r):
    p = r.person(native_p=0)
    pi = r.person(native_p=0)
    a = p.acct(r.rng)
    addr = ip(r.rng, 0.1)
    d = when(r.rng)
    r.t(d.strftime("%a %b ") + f"{d.day:2d}" + d.strftime(" %H:%M:%S %Y"), f" {r.rng.randint(1, 900)} ").v(addr, "IP_ADDRESS")
    r.t(f" {r.rng.randint(10 ** 5, 10 ** 10)} /data/").add(lab(r, pi))
    r.t(f"/run{r.rng.randint(1, 99)}.tar b _ {r.pick('io')} r ").v(a, "NAME").t(" ftp 0 * c")


def t_minio(r):
    p = r.person(native_p=0.05)
    pi = r.person(native_p=0)
    a = p.acct(r.rng)
    bucket = J(V(pi.family_token(), "NAME") + T("-lab-archive"))
    doc = {"version": "1", "deploymentid": uuid(r.rng), "time": iso(r.rng),
           "api": {"name": r.pick(["PutObject", "GetObject", "DeleteObject"]), "bucket": bucket,
                   "object": f"2026/{r.pick(['raw', 'processed'])}/{hexid(r.rng, 8)}.zarr", "status": "OK", "statusCode": 200},
           "remotehost": L(ip(r.rng, 0.2), "IP_ADDRESS"),
           "requestClaims": {"preferred_username": L(a, "NAME"), "email": L(email(r.rng, p), "EMAIL"),
                             "name": L(p.show(r.rng, 0.3), "NAME")}}
    r.t(f"{iso(r.rng)} minio audit ")
    if r.chance(0.35):
        inner = jd(doc, compact=True)
        r.begin("json").add(jd({"level": "info", "msg": J(inner), "source": "audit-webhook"}, compact=True)).end()
    else:
        r.begin("json").add(jd(doc, compact=True, ascii_=r.chance(0.3))).end()


def t_notice(r):
    p = r.person(native_p=0.3)
    lang = r.pick(["es", "de", "en", "fr"])
    if lang == "es":
        r.t("Transferencia completada: ").v(p.show(r.rng, 0.8), "NAME").t(f", {r.rng.randint(1, 900)} GB copiados a la cinta.")
    elif lang == "de":
        r.t("Übertragung fehlgeschlagen für Benutzer ").v(p.acct(r.rng), "NAME").t(" (").v(p.full(), "NAME").t("), Quota überschritten.")
    elif lang == "fr":
        r.t("Transfert terminé pour ").v(p.full(), "NAME").t(" ; notification envoyée à ").v(email(r.rng, p), "EMAIL")
    else:
        r.t("Transfer succeeded. Owner: ").v(p.last_first(), "NAME").t(f"; {r.rng.randint(1, 9000)} files; contact ")
        r.v(email(r.rng, p), "EMAIL").t(" or ").v(phone(r.rng), "PHONE")


def tn_rods(r):
    pid = r.rng.randint(1000, 60000)
    r.t(f"{syslog_ts(r.rng)} pid:{pid} NOTICE: Agent process {pid + 1} started for puser=rods and cuser=rods from "
        f"{r.pick(HOSTS)}\n{syslog_ts(r.rng)} pid:{pid} NOTICE: delay server: executed rule msiSysReplDataObj "
        f"({r.rng.randint(1, 900)} objects)")


def tn_globus(r):
    doc = {"DATA_TYPE": "task", "task_id": uuid(r.rng), "type": "TRANSFER", "status": "SUCCEEDED",
           "owner_id": uuid(r.rng), "source_endpoint_display_name": "Northfield HPC DTN",
           "destination_endpoint_display_name": r.pick(["Tape Archive (HPSS)", "Darwin Cluster scratch", "Victoria campus DTN"]),
           "label": "nightly sync", "files": r.rng.randint(1, 90000)}
    r.begin("json").add(jd(doc, indent=2)).end()


def tn_xferlog(r):
    d = when(r.rng)
    r.t(d.strftime("%a %b ") + f"{d.day:2d}" + d.strftime(" %H:%M:%S %Y"),
        f" {r.rng.randint(1, 900)} {r.pick(HOSTS)} {r.rng.randint(10 ** 5, 10 ** 10)} /pub/mirror/{r.pick(['ubuntu', 'cran', 'conda'])}"
        f".tar b _ o r ftp ftp 0 * c")


def tn_minio(r):
    doc = {"version": "1", "time": iso(r.rng), "api": {"name": "ListObjectsV2", "bucket": "astro-shared-archive",
                                                        "status": "OK"}, "requestClaims": {"preferred_username": "svc_archive"}}
    r.begin("json").add(jd(doc, compact=True)).end()


# ====================================================================== 11. ethics_irb_review

def irb_no(r):
    return r.pick([f"IRB-{when(r.rng).year}-{num(r.rng, 4)}", f"STUDY{num(r.rng, 8)}", f"HREC/{num(r.rng, 5)}"])


def k_workflow(r):
    a, b = r.person(native_p=0), r.person(native_p=0)
    r.t(f"{sp(r.rng)} | {irb_no(r)} | state: {r.pick(['Pre-Review', 'Clarification Requested'])} -> "
        f"{r.pick(['Committee Review', 'Designated Review', 'Approved'])} | assigned to: ")
    r.v(a.last_first(), "NAME").t(" (").v(a.acct(r.rng), "NAME").t(") | by: ").v(b.acct(r.rng), "NAME")


def k_letter(r):
    p = r.person(native_p=0.05)
    ch = r.person(native_p=0)
    r.t("From: Human Research Protection Program <").v(f"irb@{r.pick(['northfield.example', 'inst-lyon.example'])}", "EMAIL")
    r.t('>\nTo: "Dr. ').v(p.full(), "NAME").t('" <').v(email(r.rng, p), "EMAIL").t(">\n")
    r.t(f"Subject: {irb_no(r)} Determination: Exempt Category 2\n\nDear Dr. ").v(p.family, "NAME")
    r.t(",\nThe IRB has determined that your study is exempt. Signed: ").v(ch.init_family(), "NAME").t(", IRB Chair")
    r.t("\nQuestions: HRPP office ").v(phone(r.rng), "PHONE")


def k_protocol(r):
    pi = r.person(native_p=0.05)
    co = [r.person(native_p=0.35) for _ in range(r.rng.randint(1, 2))]
    sc = r.person(native_p=0)
    doc = {"protocol": irb_no(r), "title": r.pick(["Sleep and memory in adolescents", "Heat stress in farm workers",
                                                   "Wearable ECG validation"]),
           "pi": {"name": L(pi.full(), "NAME"), "email": L(email(r.rng, pi), "EMAIL")},
           "co_investigators": [L(c.show(r.rng, 0.8), "NAME") for c in co],
           "coordinator": {"name": L(sc.last_first(), "NAME"), "phone": L(phone(r.rng), "PHONE")},
           "risk_level": r.pick(["minimal", "greater than minimal"]), "sites": r.rng.randint(1, 5)}
    r.t(f"{sp(r.rng, ms=True)} irb-api submission received: ")
    r.begin("json").add(jd(doc, indent=2 if r.chance(0.5) else None, ascii_=r.chance(0.3))).end()


def k_recusal(r):
    rv, pi = r.person(native_p=0), r.person(native_p=0)
    r.t(f"{sp(r.rng)} COI: Reviewer ").v(rv.family, "NAME").t(f" recused from {irb_no(r)} (co-author with PI ")
    r.v(pi.upper() if r.chance(0.3) else pi.full(), "NAME").t(f" in {when(r.rng).year}); reassigned to ")
    r.v(r.person(native_p=0).acct(r.rng), "NAME")


def k_payment(r):
    p = r.person(native_p=0)
    r.t(f"{sp(r.rng)} incentive-pay batch {num(r.rng, 5)}: participant P-{num(r.rng, 4)} name=")
    if r.chance(0.5):
        r.t('"').v(fold(p.last_first()).upper(), "NAME").t('" ')
    else:
        r.v(p.sg(), "NAME").t(" ")
    if r.chance(0.5):
        r.t("ssn=").v(ssn(r.rng, "dash"), "SSN")
    else:
        r.t("ssn_last4=").v(last4(r.rng), "SSN")
    r.t(f" amount={r.pick([25, 50, 75, 100])}.00 method=")
    if r.chance(0.5):
        r.t("prepaid card=").v(card(r.rng), "CREDIT_CARD")
    else:
        r.t("check mail_to=ADDRESS_ON_FILE")


def k_german(r):
    a, b = r.person(native_p=0), r.person(native_p=0)
    r.t(f"Ethikkommission, Sitzung vom {when(r.rng).strftime('%d.%m.%Y')}: Antrag {irb_no(r)} — Votum erteilt. ")
    r.t("Antragsteller: ").t("Herr Dr. " if a.gender == "m" else "Frau Dr. ").v(a.full(), "NAME")
    r.t("; Berichterstatter" + ("in: Frau Prof. " if b.gender == "f" else ": Herr Prof. ")).v(b.full(), "NAME")


def k_minutes(r):
    ps = [r.person(native_p=0.3) for _ in range(r.rng.randint(2, 4))]
    r.t(f"Minutes, Board {r.pick('ABC')} meeting {when(r.rng).strftime('%Y-%m-%d')}\nPresent: ")
    for i, p in enumerate(ps):
        if i:
            r.t(", ")
        r.v(p.show(r.rng, 0.5), "NAME")
        if i == 0:
            r.t(" (chair)")
    r.t(f"\nQuorum met. {irb_no(r)}: approved with modifications (consent v{r.rng.randint(2, 9)} uploaded by ")
    r.v(ps[-1].acct(r.rng), "NAME").t(").")


def kn_quorum(r):
    r.t(f"Minutes, Board {r.pick('ABC')} meeting {when(r.rng).strftime('%Y-%m-%d')}\nPresent: Chair, Vice Chair, "
        f"{r.rng.randint(3, 9)} members, 1 non-scientific member\nQuorum met: {r.rng.randint(5, 9)} of 9. Training: "
        f"{r.pick(['Belmont Report refresher', 'Declaration of Helsinki update', 'Nuremberg Code seminar', 'CITI Program module 4'])}")


def kn_workflow(r):
    r.t(f"{sp(r.rng)} | {irb_no(r)} | state: {r.pick(STATUS)} -> {r.pick(STATUS)} | assigned to: Exempt Queue | by: irb-auto")


def kn_protocol(r):
    doc = {"protocol": irb_no(r), "title": r.pick(["Secondary analysis of de-identified registry data",
                                                   "QA of Kaplan-Meier reporting"]),
           "pi": {"name": "TBD"}, "sponsor": r.pick(FUNDERS), "risk_level": "minimal", "sites": 1}
    r.begin("json").add(jd(doc, indent=2)).end()


def kn_german(r):
    r.t(f"Ethikkommission {r.pick(['Heidelberg', 'Freiburg', 'Charité'])}: {r.pick(['Antrag eingereicht', 'Votum erteilt', 'Nachforderung versandt'])}"
        f" ({irb_no(r)}) — {r.pick(UI_STRINGS)}")


# ====================================================================== 12. grants_sponsored_research

GRANT_NO = ["1R01GM{}-01", "5R21AI{}-02", "NSF-{}", "ERC-2026-StG-{}", "BB/X{}/1", "JP23K{}"]


def grant_no(r):
    return r.pick(GRANT_NO).format(num(r.rng, 6))


def g_sf424(r):
    p = r.person(native_p=0)
    r.t(f"{sp(r.rng)} s2s: built RR_SF424 for proposal {num(r.rng, 5)}:\n")
    r.begin("xml").t('<RR_SF424:PDPIContactInfo xmlns:RR_SF424="http://apply.grants.gov/forms/RR_SF424_5_0-V5.0" '
                     'xmlns:globLib="http://apply.grants.gov/system/GlobalLibrary-V2.0">\n  <globLib:Name>\n')
    r.t("    <globLib:FirstName>").add(xmlv(V(p.given, "NAME"))).t("</globLib:FirstName>\n")
    if r.chance(0.4):
        r.t("    <globLib:MiddleName>").add(xmlv(V(r.pick(["A", "J", "Marie", "Lee"]), "NAME"))).t("</globLib:MiddleName>\n")
    r.t("    <globLib:LastName>").add(xmlv(V(p.family, "NAME"))).t("</globLib:LastName>\n  </globLib:Name>\n")
    r.t("  <globLib:Phone>").v(phone(r.rng, "us"), "PHONE").t("</globLib:Phone>\n  <globLib:Email>")
    r.v(email(r.rng, p), "EMAIL").t("</globLib:Email>\n</RR_SF424:PDPIContactInfo>").end()


def g_commons(r):
    p = r.person(native_p=0)
    cid = p.acct(r.rng, r.pick(["flast", "firstlast", "lastf"]), digits=0.4).upper()
    r.t(f"{sp(r.rng)} eRA Commons ID ").v(cid, "NAME").t(f" assigned role {r.pick(['PI', 'Co-I', 'SO', 'AOR'])} on application ")
    r.t(grant_no(r), " (").v(p.upper() if r.chance(0.5) else p.last_first(), "NAME").t(")")
    if r.chance(0.4):
        r.t(f"\n{sp(r.rng)} xTrain appointment: trainee commons_id=").v(r.person(native_p=0).acct(r.rng, "flast").upper(), "NAME")


def g_routing(r):
    pi, ch, osp = r.person(native_p=0), r.person(native_p=0), r.person(native_p=0.3)
    arrow = r.pick([" → ", " -> ", " => ", " >> "])
    r.t(f"Proposal {num(r.rng, 2)}-{num(r.rng, 4)} routed: PI ").v(pi.family, "NAME").t(arrow)
    r.t("Chair (Dept. of Chemistry): ").v(ch.acct(r.rng), "NAME").t(" approved").t(arrow).t("OSP: ")
    r.v(osp.show(r.rng, 0.7), "NAME").t(" (").v(osp.acct(r.rng), "NAME").t(") ", r.pick(["returned for changes", "approved", "submitted"]))


def g_budget(r):
    r.t(f"# budget personnel export, proposal {num(r.rng, 5)}\n")
    r.begin("csv").t("Role,Name,Person Months,Base Salary,Requested")
    for role in r.rng.sample(["PD/PI", "Co-Investigator", "Postdoc", "Graduate Student", "Lab Manager"], r.rng.randint(2, 4)):
        p = r.person(native_p=0.05)
        pm = r.rng.randint(1, 12)
        base = r.rng.randint(40, 220) * 1000
        r.t(f"\n{role},").add(csvq(V(p.last_first() if r.chance(0.7) else p.upper(), "NAME"), True))
        r.t(f",{pm}.0,{base},{base * pm // 12}")
    r.end()


def g_submission(r):
    p = r.person(native_p=0)
    r.t(f"{sp(r.rng)} grants.gov GRANT{num(r.rng, 8)} status={r.pick(['Received', 'Validated', 'Agency Tracking Number Assigned'])}"
        f" opportunity=PA-{num(r.rng, 2)}-{num(r.rng, 3)} submitted_by=AOR ").v(email(r.rng, p), "EMAIL")
    r.t(" signer=\"").v(p.full(), "NAME").t('"')


def g_stipend(r):
    p = r.person(native_p=0)
    r.t(f"# payroll feed {when(r.rng).strftime('%Y%m')} fellowship stipends\n")
    r.begin("psv").t("TYPE|SURNAME|GIVEN|SSN|PROGRAM|AMOUNT")
    r.t("\nFELLOW|").v(fold(p.family).upper(), "NAME").t("|").v(fold(p.given).upper(), "NAME").t("|")
    r.v(ssn(r.rng, r.pick(["plain", "dash"])), "SSN").t(f"|{r.pick(['NSF GRFP', 'NIH F31', 'Ford Fellowship'])}|"
                                                        f"{r.rng.randint(2000, 4000)}.00").end()


def g_pcard(r):
    p = r.person(native_p=0)
    r.t(f"{sp(r.rng)} pcard txn {num(r.rng, 9)} card=").v(card(r.rng), "CREDIT_CARD").t(" cardholder=")
    r.v(p.sg(), "NAME").t(f" merchant=\"{r.pick(COMPANIES).upper()}\" charged to fund {grant_no(r)} approver=")
    r.v(r.person(native_p=0).acct(r.rng), "NAME")


def g_i18n(r):
    lang = r.pick(["ja", "es", "fr", "zh"])
    if lang == "ja":
        p = r.person(native_p=1.0)
        r.t(f"科研費 {grant_no(r)} 研究代表者: ").v(p.show(r.rng, 0.9), "NAME").t(" 交付決定")
    elif lang == "es":
        p = r.person(native_p=0)
        r.t("Investigador principal: ").v(p.full(), "NAME").t(f"; proyecto PID2026-{num(r.rng, 6)} concedido.")
    elif lang == "fr":
        p = r.person(native_p=0)
        r.t("Porteur du projet ANR : ").v(p.last_first(), "NAME").t(" — financement accordé.")
    else:
        p = r.person(native_p=1.0)
        r.t("国家自然科学基金 项目负责人：").v(p.show(r.rng, 0.9), "NAME").t("，批准号 ", num(r.rng, 8))


def gn_foa(r):
    r.t(f"{sp(r.rng)} opportunity sync: PA-{num(r.rng, 2)}-{num(r.rng, 3)} \"{r.pick(FUNDERS)} Investigator Award\" "
        f"closes {when(r.rng).strftime('%Y-%m-%d')} status={r.pick(STATUS)} by grants-sync")


def gn_routing(r):
    r.t(f"Proposal {num(r.rng, 2)}-{num(r.rng, 4)} routed: {r.pick(FUNDERS)} -> Chair (Dept. of Physics): auto-approved"
        f" -> OSP: {r.pick(STATUS)} (kc-workflow)")


def gn_budget(r):
    r.begin("csv").t("Role,Name,Person Months,Base Salary,Requested")
    for role in ["Graduate Student", "Postdoc"]:
        r.t(f"\n{role},\"TBD\",{r.rng.randint(1, 12)}.0,{r.rng.randint(40, 90) * 1000},0")
    r.end()


def gn_sponsor(r):
    r.t(f"{sp(r.rng)} award {grant_no(r)} sponsor=\"{r.pick(FUNDERS)}\" prime=\"{r.pick(FUNDERS)}\" "
        f"subaward to \"{r.pick(COMPANIES)}\" status={r.pick(STATUS)}")


FAMILIES_B = [
    ("core_facility_booking", [c_booking, c_invoice, c_payment, c_training, c_sms, c_i18n],
     [cn_maint, cn_invoice, cn_system, cn_i18n]),
    ("eln_notebook", [e_audit, e_sign, e_xml, e_chat, e_share, e_body, e_repr], [en_template, en_sign, en_body, en_chat]),
    ("research_data_repository", [d_datacite, d_oai, d_dataverse, d_publish, d_access, d_request, d_bibtex],
     [dn_datacite, dn_oai, dn_access, dn_publish]),
    ("data_transfer_storage", [t_rodslog, t_irodsjson, t_ils, t_globus, t_xferlog, t_minio, t_notice],
     [tn_rods, tn_globus, tn_xferlog, tn_minio]),
    ("ethics_irb_review", [k_workflow, k_letter, k_protocol, k_recusal, k_payment, k_german, k_minutes],
     [kn_quorum, kn_workflow, kn_protocol, kn_german]),
    ("grants_sponsored_research", [g_sf424, g_commons, g_routing, g_budget, g_submission, g_stipend, g_pcard, g_i18n],
     [gn_foa, gn_routing, gn_budget, gn_sponsor]),
]
