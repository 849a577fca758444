"""Family k8s_audit: Kubernetes API-server audit events (audit.k8s.io/v1), GKE-style Cloud Audit
Log entries, audit webhook batches, container-runtime wrapped lines and jq projections."""

from __future__ import annotations

from typing import Any

import _lookalikes as lk
import _values as val
from _build import Rec, S, V, jstr
from _ctx import Ctx

_NAMESPACES = (
    "crm",
    "billing",
    "hr-portal",
    "support-tools",
    "payments",
    "marketing-sites",
    "oncall",
    "data-import",
    "identity",
    "clinic-scheduler",
)
_AGENTS = (
    "kubectl/v1.30.2 (darwin/arm64) kubernetes/39683505",
    "kubectl/v1.31.1 (linux/amd64) kubernetes/948afe5",
    "k9s/v0.32.5 (linux/amd64)",
    "Lens/2024.11.261604",
    "Go-http-client/2.0",
    "kubectl/v1.29.8 (windows/amd64) kubernetes/ec4b9a9",
    "Headlamp/0.25.1",
)
_SYS_USERS = (
    "system:serviceaccount:kube-system:replicaset-controller",
    "system:kube-scheduler",
    "system:kube-controller-manager",
    "system:apiserver",
    "system:anonymous",
    "system:serviceaccount:argocd:argocd-application-controller",
    "system:serviceaccount:kube-system:generic-garbage-collector",
    "system:serviceaccount:cert-manager:cert-manager",
    "system:node:ip-10-0-3-17.ec2.internal",
    "system:node:gke-prod-pool-1-9f3a2b1c-kq7z",
    "system:serviceaccount:flux-system:kustomize-controller",
    "system:volume-scheduler",
    "kubernetes-admin",
    "system:serviceaccount:monitoring:prometheus-k8s",
)
_SYS_AGENTS = (
    "kube-controller-manager/v1.30.2 (linux/amd64) kubernetes/39683505/system:serviceaccount:kube-system:replicaset-controller",
    "kube-scheduler/v1.30.2 (linux/amd64) kubernetes/39683505/leader-election",
    "kubelet/v1.30.2 (linux/amd64) kubernetes/39683505",
    "argocd-application-controller/v0.0.0 (linux/amd64) kubernetes/$Format",
    "cert-manager-controller/v1.15.3 (linux/amd64) cert-manager/e8c3d4f0",
    "Prometheus/2.54.1",
)


_GROUPS = {"deployments": "apps", "leases": "coordination.k8s.io"}  # resources outside the core group


def _ts(c: Ctx, micro: bool = True) -> str:
    return val.iso_z(c.t, 6 if micro else 0)


def _person_user(c: Ctx) -> tuple[dict[str, Any], V | S, V]:
    """user block, username as it is written (maybe with a prefix), and the bare labelled value."""
    p = c.person(latin_only=True)
    k = c.n(0, 5)
    if k <= 1:  # OIDC e-mail claim, with or without the --oidc-username-prefix
        v = c.v_email(p, work=True)
        name: V | S = S("oidc:", v) if k == 1 else v
        groups = ["oidc:" + c.pick(["platform-admins", "crm-devs", "sre", "support-l2"]), "system:authenticated"]
    elif k == 2:  # OIDC non-e-mail claim: issuer URL and '#' are prepended by the API server
        v = c.v_acct(p)
        name = S(c.pick(["https://dex.corp.example.com#", "https://login.example.org/realms/ops#"]), v)
        groups = [c.pick(["ops-oncall", "crm-devs", "data-eng"]), "system:authenticated"]
    elif k == 3:  # EKS access entry mapping to a session name
        v = c.v_acct(p, c.pick(["first.last", "flast"]))
        name = S("eks-", c.pick(["admin", "dev", "readonly"]), ":", v)
        groups = ["system:authenticated", "eks:" + c.pick(["cluster-admins", "developers"])]
    else:  # OpenShift / LDAP identity: the login name itself
        v = c.v_acct(p)
        name = v
        groups = [c.pick(["dev-team", "ops", "crm-maintainers"]), "system:authenticated:oauth", "system:authenticated"]
    user: dict[str, Any] = {"username": name, "groups": groups}
    if c.chance(0.4):
        user["extra"] = {"authentication.kubernetes.io/credential-id": ["JTI=" + val.uuid(c.rng)]}
    if c.chance(0.3):
        user["uid"] = val.uuid(c.rng)
    return user, name, v


def _contact_data(c: Ctx) -> dict[str, Any]:
    """ConfigMap/Secret data that holds people's contact details."""
    p = c.person(native_share=0.1)
    k = c.n(0, 4)
    if k == 0:
        q = c.person(latin_only=True)
        return {
            "primary": S(V(p.full(), "NAME"), " <", c.v_email(p), ">"),
            "secondary": V(q.western(), "NAME"),
            "escalation-phone": V(c.phone().e164, "PHONE"),
            "rotation": "weekly",
        }
    if k == 1:
        return {
            "ADMIN_EMAIL": c.v_email(p, work=True),
            "SUPPORT_CONTACT": V(c.disp(p), "NAME"),
            "SMS_TEST_NUMBER": V(c.phone().e164, "PHONE"),
            "LOG_LEVEL": "info",
        }
    if k == 2:
        rows = [
            S(
                f"E{c.n(1000, 9999)},",
                V(p.western(), "NAME"),
                ",",
                V(val.ssn(c.rng), "SSN"),
                ",",
                V(c.phone().intl, "PHONE"),
                "\n",
            )
        ]
        if c.chance(0.5):
            q = c.person()
            rows.append(
                S(
                    f"E{c.n(1000, 9999)},",
                    V(q.western(), "NAME"),
                    ",",
                    V(val.ssn(c.rng), "SSN"),
                    ",",
                    V(c.phone().national, "PHONE"),
                    "\n",
                )
            )
        return {"import.csv": S("employee_id,full_name,ssn,phone\n", *rows), "delimiter": ","}
    if k == 3:
        ph = c.phone()
        return {
            "contacts.yaml": S(
                "- name: ",
                V(p.full(), "NAME"),
                "\n  email: ",
                c.v_email(p),
                '\n  phone: "',
                V(ph.intl, "PHONE"),
                '"\n  role: escalation\n',
            )
        }
    return {"notify.json": S('{"to":"', c.v_email(p), '","cc":[],"name":"', V(c.disp(p), "NAME"), '"}')}


def _neutral_data(c: Ctx) -> dict[str, Any]:
    return c.pick(
        [
            {
                "LOG_LEVEL": c.pick(["debug", "info", "warn"]),
                "FEATURE_FLAGS": "checkout_v2,search_beta",
                "SERVICE_NAME": c.pick(lk.PERSON_LIKE_PROJECTS),
            },
            {
                "grafana.ini": "[server]\nroot_url = https://grafana.internal.example\n[auth.anonymous]\nenabled = false\n"
            },
            {
                "ca.crt": "-----BEGIN CERTIFICATE-----\nMIIC5zCCAc+gAwIBAgIBADANBgkqhkiG9w0BAQsF\n-----END CERTIFICATE-----\n"
            },
            {
                "application.yaml": "spring:\n  profiles: prod\nserver:\n  port: 8080\n",
                "owner-team": c.pick(lk.PERSON_LIKE_PROJECTS),
            },
            {"status": c.pick(lk.STATUS_WORDS), "region": c.pick(lk.NAME_PLACES), "replicas": str(c.n(1, 9))},
        ]
    )


def _object(c: Ctx, negative: bool) -> tuple[str, str, str, dict[str, Any] | None]:
    """(resource, namespace, name, requestObject or None)."""
    ns = c.pick(_NAMESPACES)
    if negative:
        k = c.n(0, 3)
        if k == 0:
            return (
                "leases",
                "kube-system",
                c.pick(["kube-scheduler", "kube-controller-manager", "cloud-controller-manager"]),
                None,
            )
        if k == 1:
            name = c.pick(lk.PERSON_LIKE_PROJECTS)
            return (
                "configmaps",
                ns,
                name + "-config",
                {
                    "kind": "ConfigMap",
                    "apiVersion": "v1",
                    "metadata": {"name": name + "-config", "namespace": ns},
                    "data": _neutral_data(c),
                },
            )
        if k == 2:
            return (
                "pods",
                ns,
                f"{c.pick(lk.PERSON_LIKE_PROJECTS)}-{val.hexs(c.rng, 9)}-{val.b62(c.rng, 5).lower()}",
                None,
            )
        return "deployments", ns, c.pick(lk.PERSON_LIKE_PROJECTS), None
    kind = c.pick(["ConfigMap", "ConfigMap", "Secret"])
    name = c.pick(["oncall-roster", "crm-settings", "employee-import", "support-contacts", "notify-targets"])
    obj: dict[str, Any] = {"kind": kind, "apiVersion": "v1", "metadata": {"name": name, "namespace": ns}}
    obj["stringData" if kind == "Secret" else "data"] = _contact_data(c)
    if kind == "Secret":
        obj["type"] = "Opaque"
    return ("secrets" if kind == "Secret" else "configmaps"), ns, name, obj


def _event(c: Ctx, negative: bool, with_ips: bool = True) -> dict[str, Any]:
    """One audit.k8s.io/v1 Event."""
    verb = c.pick(["create", "update", "patch", "get", "list", "delete"])
    if negative:
        user: dict[str, Any] = {"username": c.pick(_SYS_USERS), "groups": ["system:authenticated"]}
        ref: Any = None
        agent = c.pick(_SYS_AGENTS)
    else:
        user, ref, _ = _person_user(c)
        agent = c.pick(_AGENTS)
    resource, ns, name, body = _object(c, negative)
    if negative and body is None and c.chance(0.5):
        verb = c.pick(["get", "update", "watch"])
    if body is not None and verb in ("get", "list", "delete"):
        verb = c.pick(["create", "update"])
    ev: dict[str, Any] = {
        "kind": "Event",
        "apiVersion": "audit.k8s.io/v1",
        "level": "RequestResponse" if body is not None else c.pick(["Metadata", "Request"]),
        "auditID": val.uuid(c.rng),
        "stage": "ResponseComplete",
        "requestURI": (f"/apis/{_GROUPS[resource]}/v1" if resource in _GROUPS else "/api/v1")
        + f"/namespaces/{ns}/{resource}/{name}",
        "verb": verb,
        "user": user,
    }
    if not negative and c.chance(0.25):
        # kubectl --as: the caller is the real user, the request runs as someone else
        if c.chance(0.6):
            q = c.person(latin_only=True)
            ev["impersonatedUser"] = {"username": c.v_email(q, work=True), "groups": ["system:authenticated"]}
        else:
            ev["impersonatedUser"] = {
                "username": f"system:serviceaccount:{ns}:importer",
                "groups": ["system:serviceaccounts", f"system:serviceaccounts:{ns}"],
            }
    if with_ips:
        if negative:
            raise AssertionError("negatives carry no addresses")
        ips = [c.ip(v6_share=0.15, private_share=0.6)]
        if c.chance(0.35):
            ips.append(c.ip4(private=True))
        ev["sourceIPs"] = [V(x, "IP_ADDRESS") for x in ips]
    ev["userAgent"] = agent
    ev["objectRef"] = {"resource": resource, "namespace": ns, "name": name}
    if resource in _GROUPS:
        ev["objectRef"]["apiGroup"] = _GROUPS[resource]
    ev["objectRef"]["apiVersion"] = "v1"
    forbidden = not negative and c.chance(0.2)
    if forbidden:
        ev["responseStatus"] = {
            "metadata": {},
            "status": "Failure",
            "message": S(
                f'{resource} "{name}" is forbidden: User "',
                ref,
                f'" cannot {verb} resource "{resource}" in API group "" in the namespace "{ns}"',
            ),
            "reason": "Forbidden",
            "details": {"name": name, "kind": resource},
            "code": 403,
        }
    else:
        ev["responseStatus"] = {"metadata": {}, "code": 201 if verb == "create" else 200}
    if body is not None and not forbidden:
        ev["requestObject"] = body
    ev["requestReceivedTimestamp"] = _ts(c)
    c.later(1, 40)
    ev["stageTimestamp"] = _ts(c)
    if forbidden:
        ev["annotations"] = {"authorization.k8s.io/decision": "forbid", "authorization.k8s.io/reason": ""}
    elif negative:
        role = c.pick(["kube-scheduler", "controller:replicaset-controller", "node-proxier", "kube-controller-manager"])
        ev["annotations"] = {
            "authorization.k8s.io/decision": "allow",
            "authorization.k8s.io/reason": f'RBAC: allowed by ClusterRoleBinding "system:{role}" of ClusterRole "system:{role}" to User "{user["username"]}"',
        }
    elif c.chance(0.5):  # a RoleBinding whose subject is the user by name
        ev["annotations"] = {
            "authorization.k8s.io/decision": "allow",
            "authorization.k8s.io/reason": S(
                f'RBAC: allowed by RoleBinding "{ns}-editors/{ns}" of ClusterRole "edit" to User "', ref, '"'
            ),
        }
    else:
        grp = user["groups"][0]
        ev["annotations"] = {
            "authorization.k8s.io/decision": "allow",
            "authorization.k8s.io/reason": f'RBAC: allowed by ClusterRoleBinding "{grp.replace(":", "-")}" of ClusterRole "edit" to Group "{grp}"',
        }
    return ev


def _gke(c: Ctx, negative: bool) -> dict[str, Any]:
    """A Cloud Audit Log entry as GKE writes it for Kubernetes API calls."""
    method = c.pick(
        [
            "io.k8s.core.v1.configmaps.update",
            "io.k8s.core.v1.pods.exec.create",
            "io.k8s.core.v1.secrets.get",
            "io.k8s.apps.v1.deployments.patch",
        ]
    )
    ns = c.pick(_NAMESPACES)
    proto: dict[str, Any] = {"@type": "type.googleapis.com/google.cloud.audit.AuditLog"}
    if negative:
        proto["authenticationInfo"] = {"principalEmail": c.pick(_SYS_USERS)}
        proto["requestMetadata"] = {"callerSuppliedUserAgent": c.pick(_SYS_AGENTS)}
    else:
        p = c.person(latin_only=True)
        proto["authenticationInfo"] = {"principalEmail": c.v_email(p, work=True)}
        proto["requestMetadata"] = {"callerIp": V(c.ip4(), "IP_ADDRESS"), "callerSuppliedUserAgent": c.pick(_AGENTS)}
    proto["serviceName"] = "k8s.io"
    proto["methodName"] = method
    parts = method.split(".")
    path = f"{parts[2]}/{parts[3]}/namespaces/{ns}/{parts[4]}"
    proto["authorizationInfo"] = [{"permission": method, "granted": True, "resource": path}]
    proto["resourceName"] = f"{path}/{c.pick(lk.PERSON_LIKE_PROJECTS)}"
    return {
        "protoPayload": proto,
        "insertId": val.uuid(c.rng),
        "resource": {
            "type": "k8s_cluster",
            "labels": {"project_id": "acme-prod-4417", "location": "europe-west2", "cluster_name": "prod-eu"},
        },
        "timestamp": val.iso_z(c.t, 6),
        "severity": "NOTICE",
        "logName": "projects/acme-prod-4417/logs/cloudaudit.googleapis.com%2Factivity",
        "receiveTimestamp": val.iso_z(c.later(), 6),
    }


def _projection(c: Ctx, negative: bool) -> dict[str, Any]:
    """`jq -c '{ts, user, verb, uri, ips, code}'` over the audit log, as an on-call script prints it."""
    ev = _event(c, negative, with_ips=not negative and c.chance(0.6))
    out: dict[str, Any] = {
        "ts": ev["requestReceivedTimestamp"],
        "user": ev["user"]["username"],
        "verb": ev["verb"],
        "uri": ev["requestURI"],
    }
    if "sourceIPs" in ev:
        out["ips"] = ev["sourceIPs"]
    if "impersonatedUser" in ev:
        out["as"] = ev["impersonatedUser"]["username"]
    out["code"] = ev["responseStatus"]["code"]
    return out


def k8s_audit(c: Ctx) -> Rec:
    neg = c.negative
    k = c.n(0, 9)
    if k <= 2:  # one event per line, as in the audit log file; sometimes without sourceIPs (field filter)
        return Rec(is_json=True).json(_event(c, neg, with_ips=not neg and c.chance(0.85)), style="compact")
    if k == 3:  # pretty-printed by kubectl/jq
        return Rec(is_json=True).json(_event(c, neg, with_ips=not neg), style="pretty", indent=c.pick([2, 4]))
    if k == 4:  # audit webhook backend batch
        items = [_event(c, True if neg else c.chance(0.4), with_ips=False) for _ in range(c.n(1, 2))]
        if not neg:
            items.append(_event(c, False, with_ips=True))
            c.rng.shuffle(items)
        return Rec(is_json=True).json(
            {"kind": "EventList", "apiVersion": "audit.k8s.io/v1", "metadata": {}, "items": items}, style="compact"
        )
    if k == 5:  # GKE Cloud Logging entry
        return Rec(is_json=True).json(_gke(c, neg), style=c.pick(["compact", "pretty"]))
    if k == 6:  # container runtime json-file wrapping of an audit sidecar's stdout
        inner = Rec().json(_event(c, neg, with_ips=not neg and c.chance(0.7)), style="compact")
        r = Rec(is_json=True).lit('{"log":"').embed(inner, jstr()).lit('\\n","stream":"stdout","time":"')
        return r.lit(val.iso_z(c.t, 6) + '"}')
    if k == 7:  # a shipper's plain prefix in front of the event
        r = Rec().lit(f"{val.iso_z(c.t, 3)} {c.pick(['kube-apiserver-audit', 'audit.k8s', 'fluent-bit audit'])} ")
        return r.json(_event(c, neg, with_ips=not neg and c.chance(0.8)), style="compact")
    return Rec(is_json=True).json(_projection(c, neg), style="compact")
