"""Families 1-6 of pack_m: HPC schedulers and portals, LIMS, sequencing core, instrument acquisition."""

from __future__ import annotations

from core import (
    CODE_NAMES,
    COMPANIES,
    EPONYMS,
    HOSTS,
    PLACES,
    SERVICE_ACCTS,
    STAR_NAMES,
    STATUS,
    TELESCOPES,
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
    epoch,
    form,
    hexid,
    ip,
    ipv4,
    iso,
    jd,
    num,
    pct,
    phone,
    plain,
    pyq,
    sp,
    syslog_ts,
    uuid,
    when,
    xmlv,
)
from names import fold

PARTS = ["gpu", "cpu", "bigmem", "short", "long", "preempt", "a100", "h100", "debug", "interactive"]
JOBNAMES = ["relax_Fe2O3", "md_lipid_400ns", "cryosparc_ref3", "bwa_mem_align", "gromacs_npt", "vasp_scf", "nf-rnaseq",
            "alphafold_multimer", "wrf_d02", "lammps_shear", "orca_opt", "qe_bands", "snakemake_call", "cp2k_aimd",
            "train_resnet50", "namd_apoa1", "star_index", "beast2_mcmc", "openfoam_les", "rosetta_dock"]
STATES = ["COMPLETED", "FAILED", "TIMEOUT", "CANCELLED+", "OUT_OF_MEMORY", "RUNNING", "PENDING", "NODE_FAIL"]
SITES = ["northfield", "halden", "lyon", "kyoto", "campinas", "lagos", "madrid", "capetown"]


def lab(r, p):
    """A lab / group / PI account built from the PI's surname: only the surname part is NAME."""
    s = p.family_token()
    pre, suf = r.pick([("", "_lab"), ("pi_", ""), ("", "lab"), ("", "-grp"), ("grp_", ""), ("", "_group")])
    return T(pre) + V(s, "NAME") + T(suf)


def neutral_account(r):
    return r.pick(["chem-2026", "astro_shared", "cryoem_core", "bioinfo-core", "atlas_prod", "climate_ens",
                   "matsci-ec", "training", "hpc_staff", "geo_seis", "nlp_research"])


def jobid(r):
    return num(r, 7)


def elapsed(r):
    return f"{r.rng.randint(0, 47):02d}:{r.rng.randint(0, 59):02d}:{r.rng.randint(0, 59):02d}"


def bracket_ts(r):
    return "[" + iso(r.rng, z=False) + "]"


# ====================================================================== 1. slurm_scheduler

def s_submit(r):
    p = r.person(native_p=0)
    pi = r.person(native_p=0)
    acct = p.acct(r.rng)
    jid = jobid(r)
    r.t(bracket_ts(r), " job_submit.lua: user=").v(acct, "NAME")
    r.t(f"({r.rng.randint(20000, 60000)}) account=").add(lab(r, pi) if r.chance(0.7) else T(neutral_account(r)))
    r.t(f" partition={r.pick(PARTS)} qos=normal gres=gpu:a100:{r.rng.randint(1, 4)} time_limit={r.rng.randint(30, 4320)}")
    if r.chance(0.4):
        r.t(' comment="').v(pi.gf(), "NAME").t(' approved extra hours"')
    r.t("\n", bracket_ts(r), f" _slurm_rpc_submit_batch_job: JobId={jid} InitPrio={r.rng.randint(1000, 99999)} usec=",
        str(r.rng.randint(100, 3000)))
    if r.chance(0.5):
        r.t("\n", bracket_ts(r), f" sched: Allocate JobId={jid} NodeList=gpu0{r.rng.randint(10, 99)} #CPUs=32 "
            f"Partition={r.pick(PARTS)}")


def s_scontrol(r):
    p = r.person(native_p=0)
    pi = r.person(native_p=0)
    a = p.acct(r.rng)
    jid = jobid(r)
    jn = r.pick(JOBNAMES)
    uid = r.rng.randint(20000, 60000)
    grp = lab(r, pi)
    r.t(f"JobId={jid} JobName={jn}\n   UserId=").v(a, "NAME").t(f"({uid}) GroupId=").add(grp)
    r.t(f"({r.rng.randint(5000, 9000)}) MCS_label=N/A\n   Priority={r.rng.randint(1000, 99999)} Nice=0 Account=")
    r.add(grp)
    r.t(f" QOS=normal\n   JobState={r.pick(['PENDING', 'RUNNING', 'COMPLETED'])} Reason=AssocGrpGRES Dependency=(null)\n")
    r.t(f"   SubmitTime={iso(r.rng, z=False, ms=False)} EligibleTime={iso(r.rng, z=False, ms=False)}\n")
    r.t(f"   Partition={r.pick(PARTS)} AllocNode:Sid=login0{r.rng.randint(1, 4)}:{r.rng.randint(1000, 65000)}\n")
    r.t("   NumNodes=1 NumCPUs=32 NumTasks=1 CPUs/Task=32\n   TRES=cpu=32,mem=128G,node=1,billing=64,gres/gpu=2\n")
    r.t("   Command=/home/").v(a, "NAME").t(f"/jobs/{jn}.sbatch\n   WorkDir=/scratch/").v(a, "NAME").t(f"/{jn}\n")
    r.t("   StdOut=/scratch/").v(a, "NAME").t(f"/{jn}/slurm-{jid}.out\n")
    if r.chance(0.7):
        r.t("   MailUser=").v(email(r.rng, p), "EMAIL").t(" MailType=END,FAIL")
    else:
        r.t("   Comment=PI ").v(pi.last_first(), "NAME").t(" OK'd 2 GPUs")


def s_sacct(r):
    fmt = "JobID|JobName|User|Account|Partition|State|Elapsed|NNodes"
    r.t("$ sacct -a -X --parsable2 --starttime=now-1days --format=", fmt.replace("|", ","), "\n")
    r.begin("psv").t(fmt)
    for _ in range(r.rng.randint(2, 5)):
        r.t("\n", jobid(r), "|", r.pick(JOBNAMES), "|")
        if r.chance(0.75):
            p = r.person(native_p=0)
            r.v(p.acct(r.rng), "NAME").t("|")
            if r.chance(0.6):
                r.add(lab(r, r.person(native_p=0)))
            else:
                r.t(neutral_account(r))
        else:
            r.t(r.pick(["svc_nextflow", "svc-cryoem", "hpc-ops", "ci-runner"]), "|", neutral_account(r))
        r.t("|", r.pick(PARTS), "|", r.pick(STATES), "|", elapsed(r), "|", str(r.rng.randint(1, 16)))
    r.end()
    if not r.spans:
        p = r.person(native_p=0)
        r.t("\n# requested by ").v(p.acct(r.rng), "NAME")


def s_squeue(r):
    r.t("             JOBID PARTITION     NAME     USER ST       TIME  NODES NODELIST(REASON)\n")
    for _ in range(r.rng.randint(2, 5)):
        jid = jobid(r)
        r.t(f"{jid:>18} {r.pick(PARTS):>9} {r.pick(JOBNAMES)[:8]:>8} ")
        if r.chance(0.8):
            p = r.person(native_p=0)
            a = p.acct(r.rng)[:8]
            r.t(" " * (8 - len(a))).v(a, "NAME")
        else:
            r.t(f"{r.pick(['svc_next', 'hpc-ops', 'root', 'ci-runne']):>8}")
        st = r.pick(["PD", "R", "CG", "R"])
        reason = "(Priority)" if st == "PD" else f"gpu0{r.rng.randint(10, 60)}"
        r.t(f" {st:>2} {elapsed(r)[1:]:>10} {r.rng.randint(1, 8):>6} {reason}\n")
    if not r.spans:
        p = r.person(native_p=0)
        r.t("(filtered by --user=").v(p.acct(r.rng), "NAME").t(")")


def s_mail(r):
    p = r.person(native_p=0.3)
    jid = jobid(r)
    jn = r.pick(JOBNAMES)
    st = r.pick(["COMPLETED", "FAILED", "TIMEOUT"])
    site = r.pick(SITES)
    r.t("From: SLURM workload manager <").v(f"slurm@hpc.{site}.example", "EMAIL").t(">\n")
    r.t("To: ")
    if r.chance(0.5):
        r.t('"').v(p.show(r.rng, 0.8), "NAME").t('" <').v(email(r.rng, p), "EMAIL").t(">")
    else:
        r.v(email(r.rng, p), "EMAIL")
    r.t(f"\nSubject: Slurm Job_id={jid} Name={jn} Ended, Run time {elapsed(r)}, {st}, ExitCode {0 if st == 'COMPLETED' else 1}\n")
    r.t(f"Date: {when(r.rng).strftime('%a, %d %b %Y %H:%M:%S +0000')}\n\n")
    r.t(f"Job {jid} ({jn}) for user ").v(p.acct(r.rng), "NAME").t(f" ended with state {st} on cluster {site}.")


def s_sacctmgr(r):
    p = r.person(native_p=0)
    pi = r.person(native_p=0)
    a = p.acct(r.rng)
    g = lab(r, pi)
    r.t("$ sacctmgr -i add user ").v(a, "NAME").t(" account=").add(g).t(" defaultaccount=").add(g)
    r.t("\n Adding User(s)\n  ").v(a, "NAME").t("\n Settings =\n  Default Account = ").add(g)
    r.t("\n Associations =\n  U = ").v(a, "NAME").t(f"{' ' * max(1, 10 - len(a))}A = ").add(g)
    r.t(f"   C = {r.pick(SITES)}\n")
    if r.chance(0.5):
        r.t("$ sacctmgr show assoc where account=").add(g).t(" format=Cluster,Account,User,Share -P\n")
        r.begin("psv").t("Cluster|Account|User|Share")
        r.t(f"\n{r.pick(SITES)}|").add(g).t("||1")
        r.t(f"\n{r.pick(SITES)}|").add(g).t("|").v(pi.acct(r.rng), "NAME").t("|1")
        r.t(f"\n{r.pick(SITES)}|").add(g).t("|").v(a, "NAME").t("|1").end()


def s_adopt(r):
    p = r.person(native_p=0)
    a = p.acct(r.rng)
    h = f"gpu0{r.rng.randint(10, 60)}"
    addr = ip(r.rng, 0.2)
    pid = r.rng.randint(2000, 60000)
    r.t(syslog_ts(r.rng), f" {h} pam_slurm_adopt[{pid}]: From ").v(addr, "IP_ADDRESS")
    r.t(f" port {r.rng.randint(30000, 65000)} as ").v(a, "NAME").t(": unable to determine source job\n")
    r.t(syslog_ts(r.rng), f" {h} pam_slurm_adopt[{pid}]: Access denied by pam_slurm_adopt: you have no active jobs on this node")
    if r.chance(0.5):
        r.t("\n", syslog_ts(r.rng), f" {h} sshd[{pid}]: pam_unix(sshd:session): session closed for user ").v(a, "NAME")


def s_support(r):
    p = r.person()
    pi = r.person(native_p=0)
    a = p.acct(r.rng)
    jid = jobid(r)
    lang = r.pick(["en", "en", "de", "es", "fr"])
    if lang == "en":
        r.t(f"[{sp(r.rng)[11:16]}] ").v(a, "NAME").t(f": my job {jid} has been PD for two days (AssocGrpGRES), any idea?")
        if r.chance(0.4):
            r.t(" call me on ").v(phone(r.rng), "PHONE")
        r.t("\n")
        r.t(f"[{sp(r.rng)[11:16]}] hpc-ops: the ").add(lab(r, pi)).t(" account is at its GPU cap. Ping your PI?\n")
        r.t(f"[{sp(r.rng)[11:16]}] ").v(a, "NAME").t(": asked ").v(pi.given, "NAME").t(", thanks")
    elif lang == "de":
        r.t("Hallo Frau " if p.gender == "f" else "Hallo Herr ").v(p.family, "NAME")
        r.t(f",\nIhr Job {jid} auf der Partition gpu wartet, weil das Kontingent der Gruppe ").add(lab(r, pi))
        r.t(" erschöpft ist. Bitte wenden Sie sich an Prof. ").v(pi.full(), "NAME").t(".\nViele Grüße, HPC-Team")
    elif lang == "es":
        r.t("Hola ").v(p.given, "NAME").t(f", el trabajo {jid} quedó en cola por falta de horas GPU en la cuenta ")
        r.add(lab(r, pi)).t(". Solicita la ampliación a ").v(pi.full(), "NAME").t(" (IP responsable).")
    else:
        r.t("Bonjour ").v(p.full(), "NAME").t(f", votre tâche {jid} est en attente (AssocGrpGRES) ; le compte ")
        r.add(lab(r, pi)).t(" a atteint son quota. Contactez ").v(pi.init_family(), "NAME").t(".")


def sn_backfill(r):
    jid = jobid(r)
    r.t(bracket_ts(r), " backfill: beginning\n", bracket_ts(r), f" backfill: Started JobId={jid} in ",
        r.pick(PARTS), f" on gpu[0{r.rng.randint(10, 40)}-0{r.rng.randint(41, 99)}]\n")
    r.t(bracket_ts(r), f" backfill: completed testing {r.rng.randint(10, 400)}(3) jobs, usec={r.rng.randint(1000, 99999)}")


def sn_node(r):
    h = f"gpu0{r.rng.randint(10, 99)}"
    r.t(bracket_ts(r), f" update_node: node {h} reason set to: Kill task failed\n")
    r.t(bracket_ts(r), f" update_node: node {h} state set to DRAINING\n")
    r.t(bracket_ts(r), f" _slurm_rpc_update_node: uid=0 node={h} requested by {r.pick(['root', 'slurm', 'hpc-ops'])}")


def sn_sacct(r):
    fmt = "JobID|JobName|User|Account|Partition|State|Elapsed|NNodes"
    r.begin("psv").t(fmt)
    for _ in range(r.rng.randint(2, 5)):
        r.t("\n", jobid(r), "|", r.pick(JOBNAMES), "|", r.pick(["svc_nextflow", "svc-cryoem", "hpc-ops", "ci-runner",
                                                                 "root", "demux-svc"]),
            "|", neutral_account(r), "|", r.pick(PARTS), "|", r.pick(STATES), "|", elapsed(r), "|", "1")
    r.end()


def sn_partitions(r):
    r.t("PARTITION AVAIL  TIMELIMIT  NODES  STATE NODELIST\n")
    for part in r.rng.sample(["curie", "hopper", "turing", "lovelace", "noether", "meitner", "faraday", "kepler"], 4):
        r.t(f"{part:<9} {'up':>5} {r.pick(['1-00:00:00', '2-00:00:00', '4:00:00']):>10} {r.rng.randint(1, 64):>6} "
            f"{r.pick(['idle', 'mix', 'alloc', 'drain']):>6} {part}[001-0{r.rng.randint(10, 64)}]\n")
    r.t(f"# job {r.pick(['alexa_finetune', 'victoria_sim', 'project_athena', 'marvin_eval'])} routed to hopper")


def sn_addacct(r):
    acc = neutral_account(r)
    r.t(f'$ sacctmgr -i add account {acc} Description="{r.pick(["Cryo-EM facility", "Climate ensemble runs", "Teaching"])}"'
        f' Organization="{r.pick(["Life Sciences", "Physics", "Research Computing"])}"\n Adding Account(s)\n  {acc}\n'
        f" Settings\n  Description     = {r.pick(STATUS)}\n  Parent          = root")


# ====================================================================== 2. hpc_batch_accounting

def b_pbs(r):
    p = r.person(native_p=0)
    pi = r.person(native_p=0)
    a = p.acct(r.rng)
    d = when(r.rng)
    jid = f"{num(r.rng, 7)}.pbs01"
    t0 = epoch(r.rng)
    kind = r.pick(["E", "E", "Q", "D", "S"])
    r.t(d.strftime("%m/%d/%Y %H:%M:%S"), f";{kind};{jid};")
    if kind == "Q":
        r.t("queue=workq")
        r.t(f"\n{d.strftime('%m/%d/%Y %H:%M:%S')};S;{jid};user=").v(a, "NAME").t(" group=").add(lab(r, pi))
        r.t(f" jobname={r.pick(JOBNAMES)} queue=workq ctime={t0} qtime={t0} etime={t0 + 3} start={t0 + 61}")
    elif kind == "D":
        r.t("requestor=").v(pi.acct(r.rng), "NAME").t(f"@login0{r.rng.randint(1, 3)}")
    else:
        r.t("user=").v(a, "NAME").t(" group=").add(lab(r, pi))
        r.t(f" project=_pbs_project_default jobname={r.pick(JOBNAMES)} queue=workq ctime={t0} qtime={t0} etime={t0 + 2}"
            f" start={t0 + 40} exec_host=cn0{r.rng.randint(10, 99)}/0*32 Resource_List.ncpus=32 Resource_List.nodect=1"
            f" Resource_List.walltime=24:00:00 session={r.rng.randint(1000, 65000)}")
        if kind == "E":
            r.t(f" end={t0 + 9000} Exit_status={r.pick([0, 0, 1, 271])} resources_used.cput={elapsed(r)}"
                f" resources_used.mem={r.rng.randint(10 ** 6, 10 ** 8)}kb resources_used.walltime={elapsed(r)} run_count=1")


def b_qstat(r):
    p = r.person(native_p=0)
    pi = r.person(native_p=0)
    a = p.acct(r.rng)
    site = r.pick(SITES)
    jid = f"{num(r.rng, 7)}.pbs01.hpc.{site}.example"
    r.t(f"Job Id: {jid}\n    Job_Name = {r.pick(JOBNAMES)}\n    Job_Owner = ")
    r.v(f"{a}@login0{r.rng.randint(1, 3)}.hpc.{site}.example", "EMAIL")
    r.t(f"\n    job_state = {r.pick('QRFH')}\n    queue = workq\n    server = pbs01\n")
    r.t("    Mail_Points = abe\n    Mail_Users = ").v(email(r.rng, p), "EMAIL").t("\n")
    r.t("    euser = ").v(a, "NAME").t("\n    egroup = ").add(lab(r, pi)).t("\n")
    r.t("    Variable_List = PBS_O_HOME=/home/").v(a, "NAME").t(",PBS_O_LOGNAME=").v(a, "NAME")
    r.t(",PBS_O_WORKDIR=/scratch/").v(a, "NAME").t(f"/run{r.rng.randint(1, 99)},PBS_O_HOST=login0{r.rng.randint(1, 3)}"
                                                    f".hpc.{site}.example,PBS_O_SHELL=/bin/bash")


def b_bjobs(r):
    p = r.person(native_p=0)
    a = p.acct(r.rng)
    jid = num(r.rng, 7)
    jn = r.pick(JOBNAMES)
    d = when(r.rng)
    r.t(f"Job <{jid}>, Job Name <{jn}>, User <").v(a, "NAME").t(">, Project <default>, Status <RUN>, Queue <normal>,\n")
    r.t(f"                     Command <bsub < {jn}.lsf>, Share group charged </").v(a, "NAME").t(">\n")
    r.t(d.strftime("%a %b %d %H:%M:%S"), ": Submitted from host <login01>, CWD <$HOME/", jn, ">, Output File <", jn,
        ".%J.out>;\n")
    r.t(d.strftime("%a %b %d %H:%M:%S"), ": Started 32 Task(s) on Host(s) <32*cn0", str(r.rng.randint(10, 99)),
        ">, Allocated 32 Slot(s) on Host(s) <32*cn0", str(r.rng.randint(10, 99)), ">, Execution Home </home/")
    r.v(a, "NAME").t(">, Execution CWD </home/").v(a, "NAME").t(f"/{jn}>;")
    if r.chance(0.4):
        r.t("\n MAIL: ").v(email(r.rng, p), "EMAIL")


def b_lsbacct(r):
    p = r.person(native_p=0)
    a = p.acct(r.rng)
    t0 = epoch(r.rng)
    jn = r.pick(JOBNAMES)
    r.t(f'"JOB_FINISH" "10.1" {t0 + 7200} {num(r.rng, 7)} {r.rng.randint(20000, 60000)} 33554450 32 {t0} 0 0 '
        f'{t0 + 12} "').v(a, "NAME").t('" "normal" "" "" "" "login01" "/home/').v(a, "NAME")
    r.t(f'/{jn}" "" "{jn}.%J.out" "" "{t0}.{r.rng.randint(100, 999)}" 1 "cn0{r.rng.randint(10, 99)}" 64 100.0 "" '
        f'"{jn}" "bsub < {jn}.lsf" {r.rng.randint(1000, 99999)}.{r.rng.randint(10, 99)} 0.5 0 0 0 -1 0 0 0 0 0')


def b_qacct(r):
    p = r.person(native_p=0)
    pi = r.person(native_p=0)
    a = p.acct(r.rng)
    rows = [("qname", "all.q"), ("hostname", f"node-{r.rng.randint(1, 99)}.cluster"), ("group", None), ("owner", a),
            ("project", "NONE"), ("department", "defaultdepartment"), ("jobname", r.pick(JOBNAMES)),
            ("jobnumber", num(r.rng, 6)), ("qsub_time", when(r.rng).strftime("%a %b %d %H:%M:%S %Y")),
            ("exit_status", str(r.pick([0, 0, 137]))), ("ru_wallclock", f"{r.rng.randint(10, 99999)}s")]
    r.t("=" * 62 + "\n")
    for k, v in rows:
        r.t(f"{k:<13}")
        if k == "group":
            r.add(lab(r, pi))
        elif k == "owner":
            r.v(v, "NAME")
        else:
            r.t(v)
        r.t("\n")
    r.t("maxvmem      12.402G")


def b_condor(r):
    p = r.person(native_p=0)
    a = p.acct(r.rng)
    site = r.pick(SITES)
    addr = ipv4(r.rng)
    if r.chance(0.5):
        r.t(f"-- Schedd: submit2.chtc.{site}.example : <").v(addr, "IP_ADDRESS").t(":9618?addrs=").v(addr, "IP_ADDRESS")
        r.t(f"-9618&alias=submit2.chtc.{site}.example> @ {when(r.rng).strftime('%m/%d/%y %H:%M:%S')}\n")
        r.t("OWNER    BATCH_NAME    SUBMITTED   DONE   RUN    IDLE  TOTAL JOB_IDS\n")
        for _ in range(r.rng.randint(1, 3)):
            q = r.person(native_p=0)
            qa = q.acct(r.rng)
            c = r.rng.randint(1, 99999)
            r.v(qa, "NAME").t(" " * max(1, 9 - len(qa)))
            r.t(f"ID: {c:<8} {r.rng.randint(1, 12)}/{r.rng.randint(1, 28)} 10:0{r.rng.randint(0, 9)}      _"
                f"{r.rng.randint(0, 40):>6}{r.rng.randint(0, 40):>8}{r.rng.randint(40, 99):>7} {c}.0-{r.rng.randint(1, 39)}\n")
        r.t("Total for query: 3 jobs; 0 completed, 0 removed, 12 idle, 4 running, 0 held, 0 suspended")
    else:
        r.t('Owner = "').v(a, "NAME").t('"\nUser = "').v(f"{a}@submit2.chtc.{site}.example", "EMAIL").t('"\n')
        r.t('NotifyUser = "').v(email(r.rng, p), "EMAIL").t('"\nIwd = "/home/').v(a, "NAME")
        r.t(f'/{r.pick(JOBNAMES)}"\nCmd = "/home/').v(a, "NAME").t('/bin/run.sh"\n')
        r.t(f'JobStatus = {r.rng.randint(1, 5)}\nRequestCpus = 4\nRequestMemory = 8192\nClusterId = {r.rng.randint(1, 99999)}')


def bn_pbs(r):
    d = when(r.rng).strftime("%m/%d/%Y %H:%M:%S")
    r.t(f"{d};0002;Server@pbs01;Svr;Server@pbs01;Started, pbs_version=2022.1.{r.rng.randint(0, 9)}\n")
    r.t(f"{d};L;license;floating license hops=1 used={r.rng.randint(100, 900)} avail={r.rng.randint(100, 900)}\n")
    r.t(f"{d};E;{num(r.rng, 7)}.pbs01;user={r.pick(['pbsadmin', 'svc_nextflow', 'root'])} group=hpc_staff "
        f"jobname=healthcheck queue=admin Exit_status=0")


def bn_bhosts(r):
    r.t("HOST_NAME          STATUS       JL/U    MAX  NJOBS    RUN  SSUSP  USUSP    RSV\n")
    for _ in range(r.rng.randint(3, 6)):
        r.t(f"cn0{r.rng.randint(10, 99):<15} {r.pick(['ok', 'closed_Full', 'unavail', 'closed_Adm']):<12}   -"
            f"{64:>8}{r.rng.randint(0, 64):>7}{r.rng.randint(0, 64):>7}      0      0      0\n")
    r.t(f"# lsadmin reconfig by {r.pick(['lsfadmin', 'root'])}")


def bn_qacct(r):
    r.t("=" * 62 + f"\nqname        all.q\nhostname     node-{r.rng.randint(1, 99)}.cluster\ngroup        sgeadmin\n"
        f"owner        {r.pick(['sgeadmin', 'svc_backup', 'nagios'])}\nproject      NONE\njobname      epilog_cleanup\n"
        f"jobnumber    {num(r.rng, 6)}\nexit_status  0")


def bn_condor(r):
    r.t("Name                  OpSys      Arch   State     Activity LoadAv Mem   ActvtyTime\n")
    for _ in range(r.rng.randint(2, 5)):
        r.t(f"slot1_{r.rng.randint(1, 32)}@cn0{r.rng.randint(10, 99)}      LINUX      X86_64 "
            f"{r.pick(['Claimed', 'Unclaimed']):<9} {r.pick(['Busy', 'Idle']):<8} {r.rng.random():.3f}  2048  0+00:0{r.rng.randint(0, 9)}:12\n")
    r.t(f"Total Owner Claimed Unclaimed\n  X86_64/LINUX  {r.rng.randint(10, 99)}  0  {r.rng.randint(1, 9)}  {r.rng.randint(1, 9)}")


# ====================================================================== 3. hpc_portal_access

def jh_ts(r):
    return sp(r.rng, ms=True)


def h_jupyterhub(r):
    p = r.person(native_p=0)
    a = p.acct(r.rng)
    addr = ip(r.rng, 0.2)
    r.t(f"[I {jh_ts(r)} JupyterHub log:191] 302 GET /hub/spawn/").v(a, "NAME").t(" -> /hub/spawn-pending/").v(a, "NAME")
    r.t(" (").v(a, "NAME").t("@").v(addr, "IP_ADDRESS").t(f") {r.rng.randint(2, 80)}.{r.rng.randint(10, 99)}ms\n")
    r.t(f"[I {jh_ts(r)} JupyterHub batchspawner:{r.rng.randint(200, 500)}] Job {jobid(r)} submitted for user ").v(a, "NAME")
    r.t(f"\n[I {jh_ts(r)} JupyterHub base:{r.rng.randint(900, 1100)}] User ").v(a, "NAME")
    r.t(f" took {r.rng.randint(3, 90)}.{r.rng.randint(100, 999)} seconds to start")


def h_ood(r):
    p = r.person(native_p=0)
    a = p.acct(r.rng)
    addr = ip(r.rng, 0.15)
    if r.chance(0.5):
        r.t("/var/log/ondemand-nginx/").v(a, "NAME").t("/access.log:").v(addr, "IP_ADDRESS")
        r.t(f" - - [{clf_ts(r.rng)}] \"GET /pun/sys/dashboard/files/fs//home/").v(a, "NAME")
        r.t(f"/thesis/ch{r.rng.randint(1, 6)}.pdf HTTP/1.1\" 200 {r.rng.randint(1000, 900000)} \"-\" \"Mozilla/5.0\"")
    else:
        site = r.pick(SITES)
        r.t(f"ood.hpc.{site}.example:443 ").v(addr, "IP_ADDRESS").t(" - ").v(email(r.rng, p, f"{site}.example"), "EMAIL")
        r.t(f" [{clf_ts(r.rng)}] \"GET /pun/sys/dashboard/batch_connect/sys/jupyter/session_contexts/new HTTP/1.1\" 200"
            f" {r.rng.randint(1000, 90000)} \"https://ood.hpc.{site}.example/pun/sys/dashboard\" \"Mozilla/5.0\"")
        if r.chance(0.5):
            r.t("\nmapped REMOTE_USER to local user ").v(a, "NAME").t(" (ood_auth_map.regex)")


def h_coldfront(r):
    pi = r.person(native_p=0.05)
    u = r.person(native_p=0.05)
    doc = {
        "event": "allocation.request",
        "project": {"id": r.rng.randint(100, 999), "title": r.pick(["Ice sheet dynamics", "Protein design",
                                                                     "Galaxy formation", "Perovskite defects"]),
                    "pi": {"username": L(pi.acct(r.rng), "NAME"), "first_name": L(pi.given, "NAME"),
                           "last_name": L(pi.family, "NAME"), "email": L(email(r.rng, pi), "EMAIL")}},
        "resource": r.pick(["Cluster GPU (a100)", "Lustre /project 50TB", "Cloud credits"]),
        "quantity": r.rng.randint(1000, 500000),
        "justification": J(T("Scaling runs for ") + V(u.gf(), "NAME") + T("'s thesis chapter 3")),
        "users": [L(u.acct(r.rng), "NAME"), "svc_nextflow"],
        "status": r.pick(["New", "Pending", "Active"]),
    }
    r.t(f"{sp(r.rng)} INFO coldfront.allocation.signals allocation_request payload=\n")
    r.begin("json").add(jd(doc, indent=r.pick([2, 4]), ascii_=r.chance(0.3))).end()


def h_quota(r):
    p = r.person()
    a = p.acct(r.rng)
    uid = r.rng.randint(20000, 60000)
    r.t("$ lfs quota -h -u ").v(a, "NAME").t(" /lustre\nDisk quotas for usr ").v(a, "NAME")
    r.t(f" (uid {uid}):\n     Filesystem    used   quota   limit   grace   files   quota   limit   grace\n")
    r.t(f"        /lustre  {r.rng.randint(900, 999)}G*   1T   1.1T  6d23h  {r.rng.randint(10 ** 5, 10 ** 6)}       0       0       -\n")
    r.t("quota-notify: mail sent to ").v(email(r.rng, p), "EMAIL").t(' subject="/lustre usage warning" greeting="Dear ')
    r.v(p.given if r.chance(0.7) else p.show(r.rng, 0.8), "NAME").t('"')


def h_acctreq(r):
    p = r.person(native_p=0.05)
    pi = r.person(native_p=0)
    addr = ip(r.rng)
    ph = phone(r.rng)
    r.t(f"{sp(r.rng)} portal.accounts INFO POST /accounts/request from ").v(addr, "IP_ADDRESS").t(" body=")
    fn = form if r.chance(0.6) else pct
    r.t("first_name=").add(enc(V(p.given, "NAME"), fn)).t("&last_name=").add(enc(V(p.family, "NAME"), fn))
    r.t("&email=").add(enc(V(email(r.rng, p), "EMAIL"), fn)).t("&phone=").add(enc(V(ph, "PHONE"), fn))
    r.t("&sponsor=").add(enc(V(pi.last_first() if r.chance(0.5) else pi.gf(), "NAME"), fn))
    r.t("&shell=%2Fbin%2Fbash&agree_aup=on")


def h_usage_csv(r):
    r.t("# allocation usage export, period 2026Q1\n")
    r.begin("csv").t("Project,PI,PI Email,Resource,SUs Allocated,SUs Used,Percent")
    for _ in range(r.rng.randint(2, 4)):
        r.t(f"\nPRJ-{num(r.rng, 5)},")
        if r.chance(0.8):
            pi = r.person(native_p=0)
            r.add(csvq(V(pi.last_first(), "NAME") if r.chance(0.6) else V(pi.upper(), "NAME")))
            r.t(",").v(email(r.rng, pi), "EMAIL")
        else:
            r.t('"Research Computing Core",')
        alloc = r.rng.randint(10000, 900000)
        used = r.rng.randint(0, alloc)
        r.t(f",{r.pick(['cpu', 'gpu-a100', 'bigmem'])},{alloc},{used},{100 * used / alloc:.1f}")
    r.end()
    if not r.spans:
        pi = r.person(native_p=0)
        r.t("\n# exported by ").v(pi.acct(r.rng), "NAME")


def h_notice_i18n(r):
    p = r.person(native_p=0.5)
    a = p.acct(r.rng)
    lang = r.pick(["ja", "es", "de", "zh", "pt"])
    if lang == "ja":
        r.t("【HPC】").v(p.show(r.rng, 0.9), "NAME").t(" 様 (").v(a, "NAME").t(") の利用申請が承認されました。有効期限: 2027-03-31")
    elif lang == "es":
        r.t("Estimado/a ").v(p.full(), "NAME").t(": su cuenta ").v(a, "NAME").t(" ha sido activada en el clúster.")
    elif lang == "de":
        r.t("Ihr Zugang ").v(a, "NAME").t(" wurde freigeschaltet. Antragsteller: ").v(p.show(r.rng, 0.5), "NAME")
    elif lang == "zh":
        r.t("用户 ").v(p.show(r.rng, 0.9), "NAME").t("（").v(a, "NAME").t("）的计算账号已开通，初始机时 50000 核时。")
    else:
        r.t("Olá ").v(p.given, "NAME").t(", a conta ").v(a, "NAME").t(" foi criada; cota inicial de 2 TB em /project.")


def hn_jupyterhub(r):
    r.t(f"[I {jh_ts(r)} JupyterHub proxy:{r.rng.randint(300, 400)}] Checking routes\n")
    r.t(f"[I {jh_ts(r)} JupyterHub app:{r.rng.randint(2000, 3000)}] Starting managed service "
        f"{r.pick(['jupyterhub-idle-culler', 'announcement', 'grafana-stats'])}\n")
    r.t(f"[I {jh_ts(r)} JupyterHub log:191] 200 GET /hub/api/users ({r.pick(['service-idle-culler', 'service-announcement'])}"
        f"@{r.pick(['hub', 'login01', 'jupyterhub-0'])}) {r.rng.randint(2, 90)}.0ms")


def hn_ood(r):
    r.t(f"{sp(r.rng)} ood-portal-generator: regenerated /etc/httpd/conf.d/ood-portal.conf (version {r.rng.randint(2, 4)}.0."
        f"{r.rng.randint(0, 20)})\n{sp(r.rng)} nginx_stage clean: removed PUN for user {r.pick(['ood-admin', 'nagios'])}"
        f" (inactive {r.rng.randint(1, 72)}h)")


def hn_coldfront(r):
    doc = {"event": "allocation.change", "project": {"id": r.rng.randint(100, 999), "title": r.pick(CODE_NAMES),
                                                       "pi": "Research Computing Core"},
           "resource": "Lustre /project 50TB", "status": r.pick(STATUS), "changed_by": r.pick(SERVICE_ACCTS)}
    r.begin("json").add(jd(doc, indent=2)).end()


def hn_quota(r):
    g = neutral_account(r)
    r.t(f"$ lfs quota -h -g {g} /lustre\nDisk quotas for grp {g} (gid {r.rng.randint(5000, 9000)}):\n"
        "     Filesystem    used   quota   limit   grace   files   quota   limit   grace\n"
        f"        /lustre  {r.rng.randint(1, 99)}T   100T   110T       -  {r.rng.randint(10 ** 5, 10 ** 7)}       0       0       -")


def hn_i18n(r):
    r.t(f"{sp(r.rng)} portal i18n: {r.pick(UI_STRINGS)} | {r.pick(UI_STRINGS)} | {r.pick(['Bienvenue', 'Willkommen', 'ようこそ', 'Bem-vindo'])}")


# ====================================================================== 4. lims_sample_tracking

def sample_id(r):
    return r.pick([f"S-{when(r.rng).year}-{num(r.rng, 6)}", f"LW{num(r.rng, 8)}", f"BIO-{num(r.rng, 5)}-{r.pick('ABCD')}"])


def l_audit(r):
    p = r.person(native_p=0)
    w = r.person(native_p=0)
    sid = sample_id(r)
    a, b = p.acct(r.rng, r.pick(["flast8", "lastf", "firstl"])).upper(), w.acct(r.rng, "lastf").upper()
    r.t(f"{sp(r.rng)} AUDIT SAMPLE {sid} status U->I changed by ").v(a, "NAME").t(' reason="')
    r.t(r.pick(["Received intact", "Seal broken", "Temp excursion 9C", "Label reprinted"])).t('" witness=').v(b, "NAME")
    if r.chance(0.5):
        r.t(f"\n{sp(r.rng)} AUDIT TEST {sid}/ICP-MS assigned to ").v(p.upper(), "NAME").t(" by ").v(b, "NAME")


def l_coc_csv(r):
    r.t("# chain-of-custody export\n")
    r.begin("csv").t("sample_id,collected_by,collected_at,received_by,condition,storage")
    for _ in range(r.rng.randint(2, 4)):
        c, rv = r.person(native_p=0.25), r.person(native_p=0)
        r.t("\n", sample_id(r), ",").add(csvq(V(c.last_first(), "NAME") if r.chance(0.5) else V(c.show(r.rng, 0.8), "NAME")))
        r.t(",", iso(r.rng, ms=False), ",").add(csvq(V(rv.acct(r.rng), "NAME")))
        r.t(",", r.pick(["intact", "thawed", "leaking", "ok"]), ",", r.pick(["-80_B3/R4/B12", "LN2-2/C7", "4C-walkin"]))
    r.end()


def l_benchling(r):
    p = r.person()
    q = r.person(native_p=0)
    doc = {"id": f"bfi_{hexid(r.rng, 8)}", "name": f"PLX-{num(r.rng, 4)} lysate", "schemaId": f"ts_{hexid(r.rng, 8)}",
           "creator": {"handle": L(p.acct(r.rng), "NAME"), "name": L(p.show(r.rng, 0.4), "NAME"), "id": f"ent_{hexid(r.rng, 8)}"},
           "fields": {"Collected By": {"value": L(q.full(), "NAME")}, "Concentration": {"value": f"{r.rng.random() * 5:.2f} mg/mL"},
                      "Storage": {"value": "-80 Freezer B"}},
           "createdAt": iso(r.rng)}
    r.t(f"{sp(r.rng)} DEBUG benchling.sync GET /api/v2/custom-entities response=")
    r.begin("json").add(jd(doc, indent=None if r.chance(0.5) else 2, ascii_=r.chance(0.3), compact=r.chance(0.5))).end()


def l_freezer(r):
    p = r.person(native_p=0)
    o = r.person(native_p=0)
    r.t(f"{sp(r.rng)} freezer-mgr MOVE sample={sample_id(r)} from=-80_B3/rack{r.rng.randint(1, 8)}/box{r.rng.randint(1, 20)}/"
        f"A{r.rng.randint(1, 9)} to=LN2-{r.rng.randint(1, 4)}/C{r.rng.randint(1, 9)} moved_by=")
    r.v(p.acct(r.rng), "NAME").t(' owner="')
    r.t(r.pick(["Dr. ", "Prof. ", ""])).v(o.gf(), "NAME").t('"')
    if r.chance(0.5):
        r.t(" notify=").v(email(r.rng, o), "EMAIL")


def l_exception(r):
    p = r.person(native_p=0.08)
    ph = phone(r.rng)
    sid = sample_id(r)
    r.t(f"{sp(r.rng, ms=True)} ERROR [http-nio-8443-exec-{r.rng.randint(1, 40)}] c.l.lims.intake.SubmissionService - intake failed\n")
    r.t(f"com.labsys.lims.SampleValidationException: Duplicate barcode {num(r.rng, 7)} for Sample{{id={sid}, project='PRJ-"
        f"{num(r.rng, 4)}', submitter=Submitter{{name='").v(p.show(r.rng, 0.5), "NAME").t("', email='")
    r.v(email(r.rng, p), "EMAIL").t("', phone='").v(ph, "PHONE").t("'}, matrix='plasma'}\n")
    r.t("\tat com.labsys.lims.intake.SubmissionService.validate(SubmissionService.java:214)\n")
    r.t("\tat com.labsys.lims.intake.SubmissionService.accept(SubmissionService.java:98)\n\t... 42 more")


def l_xml(r):
    p = r.person(native_p=0.05)
    pi = r.person(native_p=0)
    r.t(f"{sp(r.rng)} INFO submission-gateway received manifest:\n")
    r.begin("xml").t(f'<Submission id="SUB-{num(r.rng, 6)}" xmlns="urn:lims:submission:2">\n  <Submitter>\n')
    r.t("    <FirstName>").add(xmlv(V(p.given, "NAME"))).t("</FirstName>\n    <LastName>").add(xmlv(V(p.family, "NAME")))
    r.t("</LastName>\n    <Email>").v(email(r.rng, p), "EMAIL").t("</Email>\n  </Submitter>\n  <PrincipalInvestigator>")
    r.add(xmlv(V(pi.last_first(), "NAME"))).t("</PrincipalInvestigator>\n")
    for _ in range(r.rng.randint(1, 3)):
        r.t(f'  <Sample barcode="{num(r.rng, 8)}" matrix="{r.pick(["serum", "soil", "leaf", "DNA"])}" volume_ul="'
            f'{r.rng.randint(10, 500)}"/>\n')
    r.t("</Submission>").end()


def l_repr(r):
    p = r.person(native_p=0)
    q = r.person(native_p=0)
    r.t(f"{sp(r.rng)} WARNING sample_sync: stale record ")
    r.t(f"Sample(barcode='{num(r.rng, 8)}', collected_by=").add(pyq(V(p.full(), "NAME"))).t(", received_by=")
    r.add(pyq(V(q.acct(r.rng), "NAME"))).t(f", status='{r.pick(STATUS)}', box='-80_B3/R{r.rng.randint(1, 9)}')")
    if r.chance(0.4):
        d = {"sample": num(r.rng, 8), "owner": L(q.gf(), "NAME"), "temp_c": -80}
        r.t(" meta=").begin("py").t("{'sample': ").add(pyq(d["sample"])).t(", 'owner': ").add(pyq(V(q.gf(), "NAME")))
        r.t(", 'temp_c': -80}").end()


def l_i18n(r):
    p = r.person(native_p=0.1)
    lang = r.pick(["fr", "de", "it", "nl"])
    sid = sample_id(r)
    if lang == "fr":
        r.t(f"Échantillon {sid} reçu par ").t(r.pick(["Mme ", "M. ", ""])).v(p.full(), "NAME")
        r.t(", température à réception 4,2 °C, stocké en chambre froide.")
    elif lang == "de":
        r.t(f"Probe {sid} eingegangen; Annahme durch ").v(p.init_family(), "NAME").t(", Kühlkette eingehalten.")
    elif lang == "it":
        r.t(f"Campione {sid} registrato da ").v(p.acct(r.rng), "NAME").t(" per conto di ").v(p.gf(), "NAME")
    else:
        r.t(f"Monster {sid} ontvangen door ").v(p.full(), "NAME").t(" (").v(email(r.rng, p), "EMAIL").t(")")


def ln_qc(r):
    r.t(f"{sp(r.rng)} AUDIT BATCH QC-{num(r.rng, 5)} status I->C changed by {r.pick(['LIMS_SCHED', 'AUTOVERIFY', 'SYSTEM'])}"
        f' reason="{r.pick(["Calibration passed", "Blank within limits", "Duplicate RPD 3.1%"])}"')


def ln_storage(r):
    r.t(f"{sp(r.rng)} freezer-mgr ALARM unit=\"Freezer {r.pick(['Einstein', 'Curie', 'Franklin', 'Pasteur', 'Hodgkin'])}\""
        f" temp=-{r.rng.randint(55, 79)}C setpoint=-80C site={r.pick(PLACES)} ack_by={r.pick(SERVICE_ACCTS)}")


def ln_csv(r):
    r.begin("csv").t("sample_id,collected_by,collected_at,received_by,condition,storage")
    for _ in range(r.rng.randint(2, 4)):
        r.t("\n", sample_id(r), ",", csvq(r.pick(COMPANIES)), ",", iso(r.rng, ms=False), ",", r.pick(["LIMS_ADMIN", "SYSTEM"]),
            ",intact,4C-walkin")
    r.end()


def ln_json(r):
    doc = {"id": f"bfi_{hexid(r.rng, 8)}", "name": f"{r.pick(EPONYMS)} plate {r.rng.randint(1, 40)}",
           "creator": {"handle": "eln-bot", "name": "Benchling Automation"},
           "fields": {"Supplier": {"value": r.pick(COMPANIES)}, "Status": {"value": r.pick(STATUS)}}}
    r.begin("json").add(jd(doc, compact=True)).end()


def ln_i18n(r):
    r.t(f"{r.pick(UI_STRINGS)}: {sample_id(r)} — {r.pick(UI_STRINGS)} ({r.pick(['serum', 'sol', 'Boden', 'suolo'])})")


# ====================================================================== 5. sequencing_core

def run_id(r):
    d = when(r.rng)
    return f"{d.strftime('%y%m%d')}_{r.pick(['A01234', 'LH00315', 'M05521', 'NB552011', 'VH00412'])}_{r.rng.randint(1, 999):04d}_" \
           f"{r.pick(['A', 'B'])}H{hexid(r.rng, 7).upper()}"


def q_samplesheet(r):
    p = r.person(native_p=0.05)
    pi = r.person(native_p=0)
    r.t("[Header]\nIEMFileVersion,4\nInvestigator Name,").v(p.folded_gf() if r.chance(0.5) else p.gf(), "NAME")
    r.t("\nExperiment Name,").v(pi.family_token(), "NAME").t(f"_RNAseq_b{r.rng.randint(1, 9)}")
    r.t(f"\nDate,{when(r.rng).strftime('%m/%d/%Y')}\nWorkflow,GenerateFASTQ\nChemistry,Amplicon\n\n[Reads]\n151\n151\n\n[Data]\n")
    r.begin("csv").t("Sample_ID,Sample_Name,I7_Index_ID,index,Sample_Project,Description")
    for i in range(r.rng.randint(2, 4)):
        r.t(f"\nS{i + 1},{r.pick(['ctrl', 'KO', 'WT', 'treated'])}_{i + 1},D70{i + 1},{''.join(r.rng.choice('ACGT') for _ in range(8))},")
        r.add(T("PRJ_") + V(pi.family_token(), "NAME")).t(",")
        if i == 0:
            r.add(csvq(T("contact ") + V(p.acct(r.rng), "NAME")))
    r.end()


def q_runxml(r):
    p = r.person(native_p=0)
    r.begin("xml").t('<?xml version="1.0"?>\n<RunParameters xmlns:xsd="http://www.w3.org/2001/XMLSchema">\n')
    r.t(f"  <RunId>{run_id(r)}</RunId>\n  <ExperimentName>{r.pick(JOBNAMES)}</ExperimentName>\n")
    r.t("  <Setup>\n    <Username>sbsuser</Username>\n    <Operator>").v(p.acct(r.rng).upper() if r.chance(0.4) else p.acct(r.rng), "NAME")
    r.t(f"</Operator>\n    <ReagentKitBarcode>NV{num(r.rng, 7)}-RGSBS</ReagentKitBarcode>\n  </Setup>\n")
    r.t("  <OutputFolder>\\\\seqstore01\\runs\\").v(fold(p.family).replace(" ", ""), "NAME").t("_")
    r.v(fold(p.given).split()[0], "NAME").t(f"\\{r.rng.randint(1, 99)}</OutputFolder>\n</RunParameters>").end()


def q_delivery(r):
    p = r.person(native_p=0.3)
    pi = r.person(native_p=0)
    site = r.pick(SITES)
    r.t("From: Genomics Core <").v(f"gcore@{site}.example", "EMAIL").t(">\nTo: ")
    if r.chance(0.5):
        r.t('"').v(p.last_first(), "NAME").t('" <')
    else:
        r.v(p.show(r.rng, 0.8), "NAME").t(" <")
    r.v(email(r.rng, p), "EMAIL").t(">\nCc: ").v(email(r.rng, pi), "EMAIL")
    r.t(f"\nSubject: [GC-{num(r.rng, 5)}] Data ready: ").v(pi.family_token().capitalize(), "NAME")
    r.t(f"_RNAseq_batch{r.rng.randint(1, 9)}\n\nDear ").v(p.given, "NAME")
    r.t(f",\nyour FASTQ files for run {run_id(r)} are on the delivery server (sftp, 30 days).\nBest, the Genomics Core")


def q_minknow(r):
    p = r.person(native_p=0)
    a = p.acct(r.rng)
    r.t(f"{sp(r.rng, ms=True)} INFO: protocol_started (control) protocol_id=sequencing/sequencing_MIN114_DNA_e8_2_400K "
        f"flow_cell_id=FA{r.pick('QWXY')}{num(r.rng, 5)} device=MN{num(r.rng, 5)} user=").v(a, "NAME")
    r.t("\n    experiment_group=").v(a, "NAME").t(f"_metagenome_{r.rng.randint(1, 20)} sample_id={r.pick(['soil', 'gut', 'river'])}{r.rng.randint(1, 99)}\n")
    r.t(f"{sp(r.rng, ms=True)} INFO: output_directory=/data/").v(a, "NAME").t("/run_", hexid(r.rng, 8))


def q_intake(r):
    p = r.person()
    b = r.person(native_p=0)
    doc = {"order": f"GC-{num(r.rng, 5)}", "service": r.pick(["NovaSeq X 25B PE150", "PacBio Revio HiFi", "10x scRNA"]),
           "submitter": {"name": L(p.show(r.rng, 0.4), "NAME"), "email": L(email(r.rng, p), "EMAIL"),
                         "phone": L(phone(r.rng), "PHONE")},
           "billing_contact": {"name": L(b.last_first(), "NAME"), "cost_center": f"CC-{num(r.rng, 6)}"},
           "samples": r.rng.randint(4, 96), "external": False}
    if r.chance(0.3):
        doc["external"] = True
        doc["payment"] = {"card": L(card(r.rng), "CREDIT_CARD"), "holder": L(b.upper(), "NAME")}
    r.t(f"{iso(r.rng)} seqcore-intake order.created ")
    r.begin("json").add(jd(doc, indent=2 if r.chance(0.6) else None, ascii_=r.chance(0.3))).end()


def q_sftp(r):
    p = r.person(native_p=0)
    pi = r.person(native_p=0)
    a = p.acct(r.rng)
    addr = ip(r.rng, 0.2)
    pid = r.rng.randint(1000, 60000)
    r.t(syslog_ts(r.rng), f" deliver01 sftp-server[{pid}]: session opened for local user ext_").v(a, "NAME")
    r.t(" from [").v(addr, "IP_ADDRESS").t("]\n")
    r.t(syslog_ts(r.rng), f" deliver01 sftp-server[{pid}]: open \"/deliveries/").add(lab(r, pi))
    r.t(f"/{run_id(r)}/fastq.tar\" flags READ mode 0666\n", syslog_ts(r.rng), f" deliver01 sftp-server[{pid}]: close")
    r.t(f" \"/deliveries/.../fastq.tar\" bytes read {r.rng.randint(10 ** 9, 10 ** 11)} written 0")


def qn_metrics(r):
    r.t(f"Run {run_id(r)} QC: %>=Q30 {r.rng.randint(85, 96)}.{r.rng.randint(0, 9)} | yield {r.rng.randint(100, 3000)} Gb | "
        f"PF {r.rng.randint(70, 90)}% | PhiX aligned {r.rng.random() * 2:.2f}% | operator sbsuser")


def qn_demux(r):
    r.begin("csv").t("Lane,Sample_ID,Sample_Name,Sample_Project,Reads,%Perfect Index")
    for i in range(r.rng.randint(2, 5)):
        r.t(f"\n{r.rng.randint(1, 4)},S{i + 1},{r.pick(['PhiX', 'Alexa_RNA', 'Undetermined', 'Victoria_ctrl', 'HeLa_WT'])},"
            f"{r.pick(['Illumina_Demo', 'CORE_QC', 'Training_2026'])},{r.rng.randint(10 ** 5, 10 ** 8)},{r.rng.randint(80, 99)}.{r.rng.randint(0, 9)}")
    r.end()


def qn_minknow(r):
    r.t(f"{sp(r.rng, ms=True)} INFO: mux_scan_result (control) flow_cell_id=FA{r.pick('QWXY')}{num(r.rng, 5)} "
        f"pores_available={r.rng.randint(800, 1600)} user=minknow host={r.pick(HOSTS)}")


def qn_runxml(r):
    r.begin("xml").t(f'<RunParameters>\n  <RunId>{run_id(r)}</RunId>\n  <Setup>\n    <Username>sbsuser</Username>\n'
                     f'    <ApplicationName>{r.pick(["NovaSeq Control Software", "MiSeq Control Software"])}</ApplicationName>\n'
                     f'    <ApplicationVersion>1.{r.rng.randint(0, 9)}.{r.rng.randint(0, 9)}</ApplicationVersion>\n'
                     f'  </Setup>\n</RunParameters>').end()


# ====================================================================== 6. instrument_acquisition

def i_cds_audit(r):
    r.t(f"Audit Trail export, project {r.pick(['QC_STAB_2026', 'METHOD_DEV', 'IMPURITY_PROFILE'])}, system HPLC-0{r.rng.randint(1, 9)}\n")
    r.begin("csv").t("Date/Time,User Name,Full Name,Action,Object,Comment")
    for _ in range(r.rng.randint(2, 4)):
        p = r.person(native_p=0.2)
        rv = r.person(native_p=0)
        r.t(f"\n{sp(r.rng)},").add(csvq(V(p.acct(r.rng), "NAME"))).t(",").add(csvq(V(p.show(r.rng, 0.7), "NAME"), True))
        r.t(f",{r.pick(['Result signed (Approved)', 'Integration changed', 'Sample set acquired', 'Method saved'])},")
        r.t(f"Result {r.rng.randint(1000, 9999)},").add(csvq(T("Reviewed by ") + V(rv.family, "NAME")))
    r.end()


def i_nmr(r):
    p = r.person(native_p=0)
    a = p.acct(r.rng)
    host = r.pick(["NMR600", "AV400", "NEO800"])
    r.t(f"##TITLE= Parameter file, TopSpin 4.{r.rng.randint(0, 4)}.0\n##JCAMPDX= 5.0\n##DATATYPE= Parameter Values\n")
    r.t("##ORIGIN= Bruker BioSpin GmbH\n##OWNER= ").v(a, "NAME").t("\n$$ ", sp(r.rng, ms=True), " +0200  ")
    r.v(a, "NAME").t(f"@{host}\n$$ C:/Bruker/TopSpin4.1.4/data/").v(a, "NAME")
    r.t(f"/nmr/{r.pick(['cmpd', 'hsqc', 'noesy'])}_{r.rng.randint(1, 99)}/1/acqus\n##$NS= {r.pick([8, 16, 64, 128])}\n")
    r.t(f"##$SW= {r.rng.randint(10, 20)}.{r.rng.randint(0, 9999)}\n##$USERA1= <").v(p.init_family(), "NAME").t(">")


def fits_card(key, val_segs, comment=""):
    """One 80-column FITS header card: KEYWORD = value / comment."""
    v = plain(val_segs)
    head = f"{key:<8}= "
    pad = " " * max(0, 20 - len(v))
    rest = f" / {comment}" if comment else ""
    used = len(head) + len(v) + len(pad) + len(rest)
    return T(head) + val_segs + T(pad + rest + " " * max(0, 80 - used))


def fstr(segs, width=8):
    v = plain(segs)
    return T("'") + segs + T(" " * max(0, width - len(v)) + "'")


def i_fits(r):
    o1, o2 = r.person(native_p=0), r.person(native_p=0)
    pi = r.person(native_p=0)
    cards = [
        fits_card("SIMPLE", T(f"{'T':>20}"), "conforming FITS file"),
        fits_card("TELESCOP", T(f"'{r.pick(TELESCOPES)[:18]}'")),
        fits_card("INSTRUME", T(f"'{r.pick(['ISIS', 'ACAM', 'MOSAIC', 'ALFOSC', 'HARPS-N'])}'")),
        fits_card("OBJECT", T(f"'{r.pick(STAR_NAMES)}'"), "target"),
    ]
    obs = V(fold(o1.init_family()), "NAME") + T(", ") + V(fold(o2.init_family()), "NAME") if r.chance(0.5) else \
        V(fold(o1.gf()), "NAME")
    cards.append(fits_card("OBSERVER", fstr(obs), "Observer(s)"))
    cards.append(fits_card("PI", fstr(V(fold(pi.family).upper() if r.chance(0.3) else fold(pi.family), "NAME")),
                           "principal investigator"))
    cards.append(fits_card("DATE-OBS", T(f"'{iso(r.rng, z=False, ms=False)}'")))
    cards.append(fits_card("EXPTIME", T(f"{r.rng.randint(1, 1800)}.0"), "[s]"))
    cards.append(T("END" + " " * 77))
    for i, c in enumerate(cards):
        r.add(c)
        if i < len(cards) - 1:
            r.t("\n")


def i_bluesky(r):
    op = r.person(native_p=0.3)
    pi = r.person(native_p=0)
    doc = {"uid": uuid(r.rng), "time": epoch(r.rng) + 0.5, "scan_id": r.rng.randint(1, 99999),
           "beamline_id": f"BL-{r.rng.randint(1, 12)}", "plan_name": r.pick(["count", "scan", "rel_grid_scan", "fly_scan"]),
           "operator": L(op.show(r.rng, 0.7), "NAME"),
           "proposal": {"proposal_id": num(r.rng, 6), "pi_name": L(pi.gf(), "NAME"), "title": "In situ XRD of battery cathodes"},
           "sample": {"name": f"NMC811_cycle{r.rng.randint(1, 50)}", "owner": L(op.acct(r.rng), "NAME")}}
    r.t(f"{sp(r.rng, ms=True)} bluesky.RE INFO RunStart document: ")
    r.begin("json").add(jd(doc, ascii_=r.chance(0.3), compact=r.chance(0.5))).end()


def i_caput(r):
    p = r.person(native_p=0)
    a = p.acct(r.rng)
    ws = f"bl{r.rng.randint(1, 12)}-ws-0{r.rng.randint(1, 4)}"
    addr = ipv4(r.rng, "ten")
    for _ in range(r.rng.randint(1, 3)):
        old = r.rng.randint(5000, 20000) / 1000
        r.t(f"{syslog_ts(r.rng)} {ws} caPutLog: ").v(a, "NAME").t(f"@{ws} (").v(addr, "IP_ADDRESS")
        r.t(f") BL{r.rng.randint(1, 12)}:MONO:Energy new={old + 0.25:.3f} old={old:.3f}\n")
    r.t(f"{syslog_ts(r.rng)} {ws} caPutLog: ").v(a, "NAME").t(f"@{ws} BL:SHUTTER:Open new=1 old=0")


def i_microscope(r):
    p = r.person(native_p=0.05)
    a = p.acct(r.rng)
    if r.chance(0.5):
        r.t(f"{sp(r.rng)} SerialEM: Session started by ").v(a, "NAME").t(f" on krios-g4-ws; grid box {r.rng.randint(1, 12)}\n")
        r.t(f"{sp(r.rng)} SerialEM: Navigator file D:\\Data\\").v(a, "NAME").t(f"\\{r.pick(['apoF', 'ribo', 'GPCR'])}_"
                                                                           f"{r.rng.randint(1, 99)}.nav saved")
    else:
        r.begin("xml").t('<ImageDocument>\n  <Metadata>\n    <Information>\n      <Document>\n        <UserName>')
        r.v(a, "NAME").t("</UserName>\n        <Creator>").add(xmlv(V(p.show(r.rng, 0.3), "NAME")))
        r.t(f"</Creator>\n        <CreationDate>{iso(r.rng, ms=False)}</CreationDate>\n      </Document>\n"
            f"      <Instrument Id=\"Microscope:1\" Name=\"LSM 980\"/>\n    </Information>\n  </Metadata>\n</ImageDocument>").end()


def i_login(r):
    p = r.person(native_p=0)
    a = p.acct(r.rng, r.pick(["flast8", "lastf", "firstl"])).upper()
    addr = ipv4(r.rng)
    st = f"{r.pick(['HPLC', 'GCMS', 'QTOF', 'ICPMS'])}-0{r.rng.randint(1, 9)}"
    if r.chance(0.6):
        r.t(f"{sp(r.rng)} Part11 Login successful: user=").v(a, "NAME").t(f", station={st} (").v(addr, "IP_ADDRESS")
        r.t("), full name=").v(p.upper(), "NAME")
    else:
        r.t(f"{sp(r.rng)} Audit: Ergebnis {r.rng.randint(1000, 9999)} freigegeben von ")
        r.t(r.pick(["Dr. ", "Frau ", "Herr ", ""])).v(p.full(), "NAME").t(" (").v(a, "NAME").t(f") an {st}")


def in_cds(r):
    r.begin("csv").t("Date/Time,User Name,Full Name,Action,Object,Comment")
    for _ in range(r.rng.randint(2, 4)):
        r.t(f"\n{sp(r.rng)},{r.pick(['SYSTEM', 'INSTRUMENT01', 'AUTOVERIFY'])},\"Service Engineer\","
            f"{r.pick(['Calibration', 'System suitability', 'Lamp hours reset'])},Result {r.rng.randint(1000, 9999)},"
            f"\"Vendor: {r.pick(COMPANIES)}\"")
    r.end()


def in_fits(r):
    cards = [fits_card("SIMPLE", T(f"{'T':>20}"), "conforming FITS file"),
             fits_card("TELESCOP", T(f"'{r.pick(TELESCOPES)[:18]}'")),
             fits_card("OBJECT", T(f"'{r.pick(STAR_NAMES)}'"), "standard star"),
             fits_card("OBSERVER", T("'Service Mode'"), "Observer(s)"),
             fits_card("PROGRAM", T(f"'{r.pick(['Kepler K2 follow-up', 'Hubble ToO', 'Darwin survey'])[:18]}'")),
             T("END" + " " * 77)]
    for i, c in enumerate(cards):
        r.add(c)
        if i < len(cards) - 1:
            r.t("\n")


def in_bluesky(r):
    doc = {"uid": uuid(r.rng), "scan_id": r.rng.randint(1, 99999), "beamline_id": f"BL-{r.rng.randint(1, 12)}",
           "plan_name": "count", "operator": "bluesky", "sample": {"name": r.pick(["LaB6 standard", "CeO2 SRM 674b", "Si 640f"])}}
    r.begin("json").add(jd(doc, compact=True)).end()


def in_nmr(r):
    r.t(f"##TITLE= Parameter file, TopSpin 4.{r.rng.randint(0, 4)}.0\n##ORIGIN= Bruker BioSpin GmbH\n##OWNER= "
        f"{r.pick(['nmrsu', 'topspin'])}\n##$NS= {r.pick([8, 16])}\n##$PULPROG= <zg30>")


def in_caput(r):
    ws = f"bl{r.rng.randint(1, 12)}-ioc-0{r.rng.randint(1, 4)}"
    r.t(f"{syslog_ts(r.rng)} {ws} caPutLog: softioc@{ws} BL:RING:Current new={r.rng.randint(300, 400)}.1 old=0.0\n"
        f"{syslog_ts(r.rng)} {ws} iocInit: EPICS R7.0.{r.rng.randint(1, 8)} started")


FAMILIES_A = [
    ("slurm_scheduler", [s_submit, s_scontrol, s_sacct, s_squeue, s_mail, s_sacctmgr, s_adopt, s_support],
     [sn_backfill, sn_node, sn_sacct, sn_partitions, sn_addacct]),
    ("hpc_batch_accounting", [b_pbs, b_qstat, b_bjobs, b_lsbacct, b_qacct, b_condor],
     [bn_pbs, bn_bhosts, bn_qacct, bn_condor]),
    ("hpc_portal_access", [h_jupyterhub, h_ood, h_coldfront, h_quota, h_acctreq, h_usage_csv, h_notice_i18n],
     [hn_jupyterhub, hn_ood, hn_coldfront, hn_quota, hn_i18n]),
    ("lims_sample_tracking", [l_audit, l_coc_csv, l_benchling, l_freezer, l_exception, l_xml, l_repr, l_i18n],
     [ln_qc, ln_storage, ln_csv, ln_json, ln_i18n]),
    ("sequencing_core", [q_samplesheet, q_runxml, q_delivery, q_minknow, q_intake, q_sftp],
     [qn_metrics, qn_demux, qn_minknow, qn_runxml]),
    ("instrument_acquisition", [i_cds_audit, i_nmr, i_fits, i_bluesky, i_caput, i_microscope, i_login],
     [in_cds, in_fits, in_bluesky, in_nmr, in_caput]),
]
