"""Shared template helpers for the family modules."""

from core import JS, N, jesc  # noqa: F401


def iso(t, frac=3, z="Z"):
    s = t.strftime("%Y-%m-%dT%H:%M:%S")
    if frac:
        s += "." + f"{t.microsecond:06d}{t.microsecond % 10}"[:frac]
    return s + z


def logts(t, sep=","):
    return t.strftime("%Y-%m-%d %H:%M:%S") + sep + f"{t.microsecond // 1000:03d}"


def syslogts(t):
    return t.strftime("%b ") + f"{t.day:>2}" + t.strftime(" %H:%M:%S")


def epoch(t):
    import datetime as dt
    return int((t - dt.datetime(1970, 1, 1)).total_seconds())


def host_of(x, p):
    """A machine name built from the person's account or given name: only the name part is NAME."""
    k = x.num(0, 5)
    if k == 0:
        return [N(x.acct(p, "flast").upper()), x.pick(["-LT", "-PC", "-WS", "-LT01"])]
    if k == 1:
        return [x.pick(["LT-", "WS-", "NB-"]), N(x.acct(p, x.pick(["flast", "firstl", "lastf"])).upper())]
    if k == 2:
        return [N(x.acct(p, x.pick(["first.last", "flast"]))), x.pick(["-laptop", "-thinkpad", "-mbp"])]
    if k == 3:
        return [N(p.ga().capitalize()), x.pick(["s-MacBook-Pro", "s-MBP", "-MacBook-Air"])]
    if k == 4:
        return [N(x.acct(p, "flast").upper()), "-", x.pick(["7420", "T14", "X1"])]
    return [x.pick(["DESKTOP-", "LAPTOP-"]), N(x.acct(p, "flast").upper()[:12])]


def device_of(x, p):
    """A mobile device display name that carries the person's given name."""
    given = p.native[0] if p.native and x.chance(0.6) else p.g
    k = x.num(0, 5)
    if p.native and p.trad == "ja" and given == p.native[0]:
        return [N(given), "のiPhone"]
    if k == 0:
        return [N(given), x.pick(["'s iPhone", "’s iPhone", "'s iPad", "’s MacBook Air"])]
    if k == 1:
        return [x.pick(["iPhone de ", "iPad de ", "MacBook Pro de "]), N(given)]
    if k == 2:
        return [N(p.ga().capitalize()), x.pick(["s-iPhone", "s-iPad", "s-Galaxy-S24"])]
    if k == 3:
        return [N(given), "'s ", x.pick(["Pixel 8", "Galaxy S23", "iPhone 15 Pro"])]
    if k == 4:
        return [x.pick(["iPhone von ", "iPad van "]), N(given)]
    return [N(x.acct(p, "flast")), x.pick(["_iPhone_", "_AndroidForWork_", "_Windows_"]),
            f"{x.num(1, 12)}/{x.num(1, 28)}/2026_{x.num(1, 12)}:{x.num(10, 59)} {x.pick(['AM', 'PM'])}"]


def disp(x, p):
    """Display name of a person as directories show it."""
    if p.native and x.chance(0.75):
        return p.nat()
    return x.pick([p.full(), p.full(), p.full(), p.lf()])


LOREM_APPS = ["Microsoft Teams", "Office 365 Exchange Online", "Azure Portal", "Salesforce", "Workday",
              "GitHub Enterprise", "Atlassian Cloud", "ServiceDesk Portal", "Grafana", "Zoom", "Tableau Online"]
CITIES = [("Madrid", "Madrid", "ES"), ("Lyon", "Auvergne-Rhone-Alpes", "FR"), ("Seattle", "Washington", "US"),
          ("Pune", "Maharashtra", "IN"), ("Lagos", "Lagos", "NG"), ("Osaka", "Osaka", "JP"),
          ("São Paulo", "Sao Paulo", "BR"), ("Victoria", "British Columbia", "CA"), ("Madison", "Wisconsin", "US"),
          ("Hamburg", "Hamburg", "DE"), ("Nairobi", "Nairobi County", "KE"), ("Melbourne", "Victoria", "AU")]
