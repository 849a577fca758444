"""Family git_forge: GitHub and GitLab webhook payloads, and the output of git log, git shortlog and
git blame (default and porcelain), with commit trailers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import _lookalikes as lk
import _values as val
from _build import Rec, S, V
from _ctx import Ctx

_ORGS = ("acme-platform", "northwind", "globex-labs", "tailspin-oss", "fabrikam-data", "contoso-web")
_BOTS = (
    ("dependabot[bot]", 49699333),
    ("renovate[bot]", 29139614),
    ("github-actions[bot]", 41898282),
    ("pre-commit-ci[bot]", 66853113),
    ("snyk-bot", 19733683),
    ("allcontributors[bot]", 46447321),
)
_BOT_NAMES = (
    "dependabot[bot]",
    "renovate[bot]",
    "github-actions[bot]",
    "Weblate (bot)",
    "Crowdin Bot",
    "semantic-release-bot",
    "GitLab Bot",
    "pre-commit-ci[bot]",
    "Not Committed Yet",
)
_SUBJECTS = (
    "Fix flaky retry in exporter",
    "Add phone validation to signup form",
    "Refactor audit sink",
    "Handle empty billing address",
    "Update README with deployment notes",
    "Tighten CSP headers",
    "Drop Python 3.8 support",
    "Cache tenant lookups",
    "Fix off-by-one in pagination",
    "Add Grafana dashboard for queue depth",
    "Rename Customer.fullName to displayName",
    "Make webhook signature check constant-time",
    "Log request ids in the worker",
)
_BUMPS = (
    "jasmine-core",
    "lucia-auth",
    "winston",
    "morgan",
    "mocha",
    "karma",
    "sinatra",
    "django",
    "rails",
    "laravel/framework",
    "marko",
    "hugo",
    "jasper-reports",
    "cassandra-driver",
)
_FILES = (
    "src/exporter/retry.py",
    "app/models/customer.rb",
    "web/src/components/SignupForm.tsx",
    "internal/audit/sink.go",
    "README.md",
    "deploy/helm/values.yaml",
    "lib/billing/address.ex",
    "src/main/java/com/acme/crm/TenantCache.java",
    "package.json",
    "go.mod",
    "Gemfile.lock",
)


@dataclass
class Who:
    name: V
    email: V
    login: V


def _who(c: Ctx, noreply: bool | None = None) -> Who:
    p = c.person(native_share=0.1)
    style = c.pick(["flast", "first-last", "firstlast", "firstl", "lastf", "first.last", "flast"])
    login = c.account(p, style).replace(".", "-").replace("_", "-")  # GitHub logins allow only '-'

    noreply = c.chance(0.25) if noreply is None else noreply
    email = f"{c.n(1000000, 99999999)}+{login}@users.noreply.github.com" if noreply else c.email(p)
    # Some people set their handle as their git author name.
    name = login if c.chance(0.1) else (p.full() if not p.latin else p.western())
    return Who(V(name, "NAME"), V(email, "EMAIL"), V(login, "NAME"))


def _sha(c: Ctx) -> str:
    return val.hexs(c.rng, 40)


def _gitdate(t: datetime, tz: str) -> str:
    return f"{val.DAYS[t.weekday()]} {val.MONTHS[t.month - 1]} {t.day} {t:%H:%M:%S} {t.year} {tz}"


def _tz(c: Ctx) -> str:
    return c.pick(["+0000", "+0100", "+0200", "-0500", "-0800", "+0530", "+0900", "+0300", "-0300", "+1300"])


def _trailers(c: Ctx, main: Who) -> list[S]:
    out: list[S] = []
    if c.chance(0.5):
        out.append(S("Signed-off-by: ", main.name, " <", main.email, ">"))
    if c.chance(0.45):
        co = _who(c)
        out.append(S("Co-authored-by: ", co.name, " <", co.email, ">"))
    if c.chance(0.15):
        rv = _who(c)
        out.append(S(c.pick(["Reviewed-by: ", "Acked-by: ", "Reported-by: "]), rv.name, " <", rv.email, ">"))
    return out


def _message(c: Ctx, trailers: list[S]) -> S:
    subj = c.pick(_SUBJECTS)
    body = c.pick(
        [
            "",
            "The exporter retried forever on 429s; cap it at five attempts.",
            "Customers without a billing address broke the invoice job.",
            "No functional change.",
        ]
    )
    parts: list[Any] = [subj]
    if body:
        parts += ["\n\n", body]
    if trailers:
        parts.append("\n")
        for t in trailers:
            parts += ["\n", t]
    return S(*parts)


def _repo(c: Ctx, org: str, name: str) -> dict[str, Any]:
    return {
        "id": c.n(100000000, 899999999),
        "name": name,
        "full_name": f"{org}/{name}",
        "private": c.chance(0.6),
        "owner": {"name": org, "login": org, "type": "Organization"},
        "html_url": f"https://github.com/{org}/{name}",
        "default_branch": "main",
        "ssh_url": f"git@github.com:{org}/{name}.git",
        "clone_url": f"https://github.com/{org}/{name}.git",
    }


# ------------------------------------------------------------------------------------ webhooks
def _gh_push(c: Ctx) -> dict[str, Any]:
    org, name = c.pick(_ORGS), c.pick(lk.PERSON_LIKE_PROJECTS)
    pusher = _who(c)
    commits: list[dict[str, Any]] = []
    for _ in range(c.n(1, 2)):
        a = pusher if c.chance(0.7) else _who(c)
        web = c.chance(0.3)  # commits made in the web UI are committed by GitHub itself
        committer = (
            {"name": "GitHub", "email": V("noreply@github.com", "EMAIL"), "username": "web-flow"}
            if web
            else {"name": a.name, "email": a.email, "username": a.login}
        )
        commits.append(
            {
                "id": _sha(c),
                "tree_id": _sha(c),
                "distinct": True,
                "message": _message(c, _trailers(c, a) if c.chance(0.5) else []),
                "timestamp": val.iso_z(c.later(1000, 90000), 0).replace("Z", "+00:00"),
                "url": f"https://github.com/{org}/{name}/commit/{val.hexs(c.rng, 40)}",
                "author": {"name": a.name, "email": a.email, "username": a.login},
                "committer": committer,
                "added": [],
                "removed": [],
                "modified": [c.pick(_FILES)],
            }
        )
    return {
        "ref": "refs/heads/" + c.pick(["main", "develop", "release/2026.12"]),
        "before": _sha(c),
        "after": _sha(c),
        "repository": _repo(c, org, name),
        "pusher": {"name": pusher.login, "email": pusher.email},
        "sender": {"login": pusher.login, "id": c.n(100000, 99999999), "type": "User", "site_admin": False},
        "created": False,
        "deleted": False,
        "forced": False,
        "compare": f"https://github.com/{org}/{name}/compare/{val.hexs(c.rng, 12)}...{val.hexs(c.rng, 12)}",
        "commits": commits,
        "head_commit": commits[-1],
    }


def _gh_pr(c: Ctx, negative: bool) -> dict[str, Any]:
    org, name = c.pick(_ORGS), c.pick(lk.PERSON_LIKE_PROJECTS)
    num = c.n(12, 4800)
    if negative:
        bot, bot_id = c.pick(_BOTS)
        dep = c.pick(_BUMPS)
        a, b = f"{c.n(1, 9)}.{c.n(0, 20)}.{c.n(0, 9)}", f"{c.n(10, 20)}.{c.n(0, 9)}.{c.n(0, 9)}"
        title = f"Bump {dep} from {a} to {b}"
        body: Any = f"Bumps [{dep}](https://github.com/{dep.split('/')[0]}/{dep.split('/')[-1]}) from {a} to {b}.\n\n---\n\nDependabot will resolve any conflicts with this PR as long as you don't alter it yourself."
        user: dict[str, Any] = {"login": bot, "id": bot_id, "type": "Bot"}
        reviewers: list[Any] = [{"login": c.pick(["platform-team", "release-managers"]), "type": "Team"}]
        head: Any = f"{bot.split('[')[0]}/npm_and_yarn/{dep.replace('/', '-')}-{b}"
    else:
        au, rv = _who(c), _who(c)
        title = c.pick(_SUBJECTS)
        body = S(
            c.pick(["Follow-up to the incident review. ", "Small fix, see linked issue. ", ""]),
            "cc @",
            rv.login,
            c.pick([" for review", " who reported it", ""]),
            "\n\nCloses #",
            str(c.n(10, 900)),
        )
        user = {"login": au.login, "id": c.n(100000, 99999999), "type": "User"}
        reviewers = [{"login": rv.login, "type": "User"}]
        head = S(au.login, "/", c.pick(["fix-retry", "billing-address", "csp", "pagination"]))
    pr = {
        "url": f"https://api.github.com/repos/{org}/{name}/pulls/{num}",
        "number": num,
        "state": "open",
        "title": title,
        "user": user,
        "body": body,
        "requested_reviewers": reviewers,
        "head": {"ref": head, "sha": _sha(c)},
        "base": {"ref": "main", "sha": _sha(c)},
        "draft": c.chance(0.2),
        "created_at": val.iso_z(c.t, 0),
    }
    sender = user
    return {
        "action": c.pick(["opened", "synchronize", "review_requested", "ready_for_review"]),
        "number": num,
        "pull_request": pr,
        "repository": _repo(c, org, name),
        "sender": sender,
    }


def _gh_comment(c: Ctx, negative: bool) -> dict[str, Any]:
    org, name = c.pick(_ORGS), c.pick(lk.PERSON_LIKE_PROJECTS)
    num = c.n(12, 4800)
    if negative:
        user: dict[str, Any] = {
            "login": c.pick(["github-actions[bot]", "codecov[bot]", "netlify[bot]", "sonarcloud[bot]"]),
            "type": "Bot",
        }
        body: Any = c.pick(
            [
                "## Coverage report\nTotal: 87.4% (+0.2%)\nFiles changed: 3",
                "Deploy preview ready! Built with commit " + val.hexs(c.rng, 7),
                "Quality Gate passed\n0 Bugs\n0 Vulnerabilities\n2 Code Smells",
                "This issue has been automatically marked as stale because it has not had recent activity.",
            ]
        )
        title = c.pick(
            [
                "Dashboard shows Unknown status for Victoria region",
                "Flaky test in hopper-queue",
                "Support for Madison datacenter",
                "Docs: Grace period wording",
            ]
        )
    else:
        au, other = _who(c), _who(c)
        p = c.person(native_share=0.1)  # someone mentioned by name in the comment, not by handle
        first = p.given
        body = c.pick(
            [
                S(
                    "Thanks ",
                    V(first, "NAME"),
                    "! I can reproduce it on ",
                    c.pick(["staging", "main", "v2.4"]),
                    ". @",
                    other.login,
                    " can you take a look?",
                ),
                S("@", other.login, " this is the same bug ", V(first, "NAME"), " hit last week. Reassigning to you."),
                S(
                    "Per ",
                    V(c.disp(p, last_first=False), "NAME"),
                    " on the call: we ship it behind a flag. /cc @",
                    other.login,
                ),
            ]
        )
        user = {"login": au.login, "id": c.n(100000, 99999999), "type": "User"}
        title = c.pick(
            [
                "Export fails for tenants with no billing address",
                "Retry storm after deploy",
                "Signup form rejects valid phone numbers",
            ]
        )
    return {
        "action": "created",
        "issue": {
            "number": num,
            "title": title,
            "state": "open",
            "html_url": f"https://github.com/{org}/{name}/issues/{num}",
        },
        "comment": {
            "id": c.n(10**9, 2 * 10**9),
            "user": user,
            "body": body,
            "created_at": val.iso_z(c.t, 0),
            "author_association": c.pick(["MEMBER", "CONTRIBUTOR", "NONE"]),
        },
        "repository": _repo(c, org, name),
        "sender": user,
    }


def _gl_push(c: Ctx, negative: bool) -> dict[str, Any]:
    proj = c.pick(lk.PERSON_LIKE_PROJECTS)
    ns = c.pick(_ORGS)
    base: dict[str, Any] = {
        "object_kind": "tag_push" if negative else "push",
        "event_name": "tag_push" if negative else "push",
        "before": _sha(c),
        "after": _sha(c),
        "ref": f"refs/tags/v{c.n(1, 9)}.{c.n(0, 30)}.{c.n(0, 9)}" if negative else "refs/heads/main",
        "checkout_sha": _sha(c),
    }
    if negative:
        base.update(
            {
                "user_id": c.n(2, 9999),
                "user_name": c.pick(["release-bot", "GitLab Bot", "Renovate Bot"]),
                "user_username": c.pick(["release-bot", "project_421_bot", "renovate-bot"]),
                "user_email": c.pick(["[REDACTED]", ""]),
                "user_avatar": None,
            }
        )
        commits: list[Any] = []
    else:
        u = _who(c, noreply=False)
        base.update(
            {
                "user_id": c.n(2, 9999),
                "user_name": u.name,
                "user_username": u.login,
                "user_email": u.email if c.chance(0.6) else "[REDACTED]",
                "user_avatar": f"https://gitlab.example.com/uploads/-/system/user/avatar/{c.n(2, 999)}/avatar.png",
            }
        )
        commits = []
        for _ in range(c.n(1, 2)):
            a = u if c.chance(0.6) else _who(c, noreply=False)
            commits.append(
                {
                    "id": _sha(c),
                    "message": _message(c, _trailers(c, a) if c.chance(0.4) else []),
                    "title": "",
                    "timestamp": val.iso_z(c.later(1000, 60000), 0).replace("Z", "+01:00"),
                    "author": {"name": a.name, "email": a.email},
                    "added": [],
                    "modified": [c.pick(_FILES)],
                    "removed": [],
                }
            )
        for cm in commits:
            cm["title"] = cm["message"].pieces[0]
    base.update(
        {
            "project_id": c.n(10, 9999),
            "project": {
                "name": proj,
                "path_with_namespace": f"{ns}/{proj}",
                "default_branch": "main",
                "git_ssh_url": f"git@gitlab.example.com:{ns}/{proj}.git",
                "web_url": f"https://gitlab.example.com/{ns}/{proj}",
            },
            "commits": commits,
            "total_commits_count": len(commits),
        }
    )
    return base


def _gl_mr(c: Ctx) -> dict[str, Any]:
    proj = c.pick(lk.PERSON_LIKE_PROJECTS)
    ns = c.pick(_ORGS)
    u, a = _who(c), _who(c)
    return {
        "object_kind": "merge_request",
        "event_type": "merge_request",
        "user": {"id": c.n(2, 9999), "name": u.name, "username": u.login, "email": "[REDACTED]"},
        "project": {"name": proj, "path_with_namespace": f"{ns}/{proj}"},
        "object_attributes": {
            "iid": c.n(2, 900),
            "title": c.pick(_SUBJECTS),
            "state": "opened",
            "source_branch": S(u.login, "/", c.pick(["sso", "retry-cap", "invoice-fix"])),
            "target_branch": "main",
            "action": c.pick(["open", "update", "approved"]),
        },
        "assignees": [{"id": c.n(2, 9999), "name": a.name, "username": a.login}],
        "reviewers": [{"id": c.n(2, 9999), "name": u.name if c.chance(0.2) else a.name, "username": a.login}],
    }


# ------------------------------------------------------------------------------------ git CLI output
def _git_log(c: Ctx, negative: bool) -> Rec:
    r = Rec()
    n = c.n(1, 3)
    fuller = c.chance(0.3)
    for i in range(n):
        if i:
            r.lit("\n\n")
        r.lit(f"commit {_sha(c)}")
        if c.chance(0.2):
            r.lit(f"\nMerge: {val.hexs(c.rng, 7)} {val.hexs(c.rng, 7)}")
        a = _who(c)
        tz = _tz(c)
        t = c.later(60000, 86400000)
        if fuller:
            cm = a if c.chance(0.6) else _who(c)
            r.add(
                "\nAuthor:     ",
                a.name,
                " <",
                a.email,
                ">",
                f"\nAuthorDate: {_gitdate(t, tz)}",
                "\nCommit:     ",
                cm.name,
                " <",
                cm.email,
                ">",
                f"\nCommitDate: {_gitdate(c.later(1000, 9000000), tz)}",
            )
        else:
            r.add("\nAuthor: ", a.name, " <", a.email, ">", f"\nDate:   {_gitdate(t, tz)}")
        msg = _message(c, _trailers(c, a))
        r.lit("\n\n    ")  # git log indents the message by four spaces
        for piece in msg.pieces:
            if isinstance(piece, str):
                r.lit(piece.replace("\n", "\n    ").replace("    \n", "\n"))  # blank lines stay empty
            else:
                r.add(piece)
    return r


def _git_oneline(c: Ctx, negative: bool) -> Rec:
    r = Rec()
    fmt = c.pick(["email", "noemail", "date"])
    rows: list[list[Any]] = []
    for _ in range(c.n(2, 5)):
        h = val.hexs(c.rng, c.pick([7, 8, 10]))
        if negative:
            bot = c.pick(_BOT_NAMES[:-1])
            dep = c.pick(_BUMPS)
            rows.append(
                [
                    f"{h} ",
                    bot,
                    " ",
                    c.pick(
                        [
                            f"Bump {dep} from 1.{c.n(0, 9)}.0 to 2.{c.n(0, 9)}.1",
                            f"chore(deps): update dependency {dep} to v{c.n(2, 9)}",
                            "Translated using Weblate (Norwegian Bokmål)",
                            "chore(release): 2026.12.0 [skip ci]",
                        ]
                    ),
                ]
            )
            continue
        a = _who(c)
        if fmt == "email":
            rows.append([f"{h} ", a.name, " <", a.email, "> ", c.pick(_SUBJECTS)])
        elif fmt == "noemail":
            rows.append(
                [f"{h} ", a.name, f" {c.n(2, 11)} {c.pick(['hours', 'days', 'weeks'])} ago ", c.pick(_SUBJECTS)]
            )
        else:
            rows.append([f"{h} {c.t:%Y-%m-%d} ", a.name, " ", c.pick(_SUBJECTS)])
    if not negative and c.chance(0.3):
        merger = _who(c)
        rows.append(
            [
                f"{val.hexs(c.rng, 7)} ",
                merger.name,
                f" Merge pull request #{c.n(100, 999)} from ",
                merger.login,
                "/",
                c.pick(["fix-retry", "billing-address", "tighten-csp"]),
            ]
        )
    return r.lines(rows)


def _shortlog(c: Ctx, negative: bool) -> Rec:
    r = Rec()
    rows: list[list[Any]] = []
    emails = c.chance(0.6) and not negative
    counts = sorted((c.n(1, 400) for _ in range(c.n(2, 5))), reverse=True)
    bots = c.sample(_BOT_NAMES[:-1], len(counts))
    for k, bot in zip(counts, bots):
        if negative:
            rows.append([f"{k:>6}\t", bot])
        else:
            a = _who(c)
            rows.append([f"{k:>6}\t", a.name] + ([" <", a.email, ">"] if emails else []))
    return r.lines(rows)


def _blame_porcelain(c: Ctx) -> Rec:
    r = Rec()
    a = _who(c)
    cm = a if c.chance(0.6) else _who(c)
    t = val.epoch(c.t)
    line = c.n(10, 400)
    tz = _tz(c)
    code = c.pick(
        [
            "    return retry(max_attempts=5)",
            "  validates :phone, presence: true",
            "\tif err != nil {",
            "        cache.put(tenantId, tenant);",
        ]
    )
    r.lines(
        [
            [f"{_sha(c)} {line} {line} 1"],
            ["author ", a.name],
            ["author-mail <", a.email, ">"],
            [f"author-time {t}"],
            [f"author-tz {tz}"],
            ["committer ", cm.name],
            ["committer-mail <", cm.email, ">"],
            [f"committer-time {t + c.n(0, 90000)}"],
            [f"committer-tz {tz}"],
            [f"summary {c.pick(_SUBJECTS)}"],
            [f"previous {_sha(c)} {c.pick(_FILES)}"],
            [f"filename {c.pick(_FILES)}"],
            ["\t" + code],
        ]
    )
    return r


def _blame_default(c: Ctx, negative: bool) -> Rec:
    r = Rec()
    rows: list[list[Any]] = []
    line = c.n(1, 300)
    for i in range(c.n(2, 4)):
        h = ("^" if c.chance(0.1) else "") + val.hexs(c.rng, 8)
        code = c.pick(
            [
                "def export(batch):",
                "    for row in batch:",
                "        yield normalise(row)",
                "    return None",
                "import { Router } from 'express';",
                "const app = express();",
            ]
        )
        if negative:
            who = c.pick(["Not Committed Yet", "dependabot[bot]", "renovate[bot]", "github-actions[bot]"])
            h = "00000000" if who == "Not Committed Yet" else h
            rows.append([f"{h} (", who, f" {c.t:%Y-%m-%d %H:%M:%S} +0000 {line + i:>3}) {code}"])
        else:
            a = _who(c)
            rows.append([f"{h} (", a.name, f" {c.t:%Y-%m-%d %H:%M:%S} {_tz(c)} {line + i:>3}) {code}"])
    return r.lines(rows)


def git_forge(c: Ctx) -> Rec:
    neg = c.negative
    k = c.n(0, 11)
    if neg:
        k = c.pick([1, 2, 5, 7, 8, 9])
    style = c.pick(["compact", "compact", "pretty"])
    if k == 0:
        return Rec(is_json=True).json(_gh_push(c), style=style)
    if k == 1:
        return Rec(is_json=True).json(_gh_pr(c, neg), style=style)
    if k == 2:
        return Rec(is_json=True).json(_gh_comment(c, neg), style=style)
    if k == 3:
        return Rec(is_json=True).json(_gl_push(c, False), style=style)
    if k == 4:
        return Rec(is_json=True).json(_gl_mr(c), style=style)
    if k == 5:
        if neg:
            return Rec(is_json=True).json(_gl_push(c, True), style=style)
        return _git_log(c, False)
    if k == 6:
        return _git_log(c, False)
    if k == 7:
        return _git_oneline(c, neg)
    if k == 8:
        return _shortlog(c, neg)
    if k == 9:
        return _blame_default(c, neg)
    if k == 10:
        return _blame_porcelain(c)
    # a webhook delivery logged by the receiving service
    r = Rec().lit(f"{val.iso_z(c.t)} INFO  webhook.github delivery={val.uuid(c.rng)} event=push payload=")
    return r.json(_gh_push(c), style="compact")
