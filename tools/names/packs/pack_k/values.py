"""Numbers, ids and look-alikes for pack_k (all random from the record's seeded stream)."""

from __future__ import annotations

import datetime as dt

from core import luhn_ok

# iso: (cc, national-number template, national formats, international grouping)
#   template: '#' random digit, '@' digit 2-9, others literal; formats: 'N' takes the next digit.
PLANS = {
    "US": ("1", "@##55501##", ["(NNN) NNN-NNNN", "NNN-NNN-NNNN", "NNN.NNN.NNNN"], "NNN-NNN-NNNN"),
    "CA": ("1", "@##55501##", ["(NNN) NNN-NNNN", "NNN-NNN-NNNN"], "NNN NNN NNNN"),
    "GB": ("44", "7700900###", ["0NNNN NNNNNN", "0NNNNNNNNNN"], "NNNN NNNNNN"),
    "IE": ("353", "85#######", ["0NN NNN NNNN"], "NN NNN NNNN"),
    "DE": ("49", "15#########", ["0NNN NNNNNNNN", "0NNN/NNNNNNNN"], "NNN NNNNNNNN"),
    "AT": ("43", "664#######", ["0NNN NNNNNNN"], "NNN NNNNNNN"),
    "CH": ("41", "7@#######", ["0NN NNN NN NN"], "NN NNN NN NN"),
    "NL": ("31", "6########", ["0N-NNNNNNNN", "0N NNNNNNNN"], "N NNNNNNNN"),
    "BE": ("32", "47#######", ["0NNN NN NN NN"], "NNN NN NN NN"),
    "FR": ("33", "63998####", ["0N NN NN NN NN", "0N.NN.NN.NN.NN"], "N NN NN NN NN"),
    "ES": ("34", "6########", ["NNN NNN NNN", "NNN NN NN NN"], "NNN NNN NNN"),
    "PT": ("351", "91#######", ["NNN NNN NNN"], "NNN NNN NNN"),
    "IT": ("39", "3@########", ["NNN NNN NNNN", "NNN NNNNNNN"], "NNN NNN NNNN"),
    "PL": ("48", "5@#######", ["NNN NNN NNN", "NNN-NNN-NNN"], "NNN NNN NNN"),
    "CZ": ("420", "6@#######", ["NNN NNN NNN"], "NNN NNN NNN"),
    "RU": ("7", "9@########", ["8 (NNN) NNN-NN-NN", "8 NNN NNN-NN-NN"], "NNN NNN-NN-NN"),
    "UA": ("380", "67#######", ["0NN NNN NN NN"], "NN NNN NNNN"),
    "SE": ("46", "70174####", ["0NN-NNN NN NN"], "NN NNN NN NN"),
    "NO": ("47", "4#######", ["NNN NN NNN"], "NNN NN NNN"),
    "DK": ("45", "2#######", ["NN NN NN NN"], "NN NN NN NN"),
    "FI": ("358", "40#######", ["0NN NNN NNNN"], "NN NNN NNNN"),
    "IS": ("354", "6######", ["NNN NNNN"], "NNN NNNN"),
    "HU": ("36", "20#######", ["06 NN NNN NNNN"], "NN NNN NNNN"),
    "RO": ("40", "7@#######", ["0NNN NNN NNN"], "NNN NNN NNN"),
    "GR": ("30", "69########", ["NNN NNN NNNN"], "NNN NNN NNNN"),
    "CY": ("357", "99######", ["NN NNNNNN"], "NN NNNNNN"),
    "TR": ("90", "5@########", ["0NNN NNN NN NN"], "NNN NNN NN NN"),
    "JO": ("962", "7@#######", ["0N NNNN NNNN"], "N NNNN NNNN"),
    "LB": ("961", "3######", ["0N NNN NNN"], "N NNN NNN"),
    "AE": ("971", "50#######", ["0NN NNN NNNN"], "NN NNN NNNN"),
    "SA": ("966", "5@#######", ["0NN NNN NNNN"], "NN NNN NNNN"),
    "EG": ("20", "10########", ["0NNN NNN NNNN"], "NNN NNN NNNN"),
    "IR": ("98", "912#######", ["0NNN NNN NNNN"], "NNN NNN NNNN"),
    "IL": ("972", "5@#######", ["0NN-NNN-NNNN"], "NN-NNN-NNNN"),
    "IN": ("91", "9#########", ["0NNNNN NNNNN", "NNNNN NNNNN"], "NNNNN NNNNN"),
    "PK": ("92", "3@########", ["0NNN NNNNNNN", "0NNN-NNNNNNN"], "NNN NNNNNNN"),
    "BD": ("880", "17########", ["0NNNN-NNNNNN"], "NNNN-NNNNNN"),
    "LK": ("94", "77#######", ["0NN NNN NNNN"], "NN NNN NNNN"),
    "CN": ("86", "13#########", ["NNN NNNN NNNN", "NNN-NNNN-NNNN"], "NNN NNNN NNNN"),
    "HK": ("852", "9#######", ["NNNN NNNN"], "NNNN NNNN"),
    "TW": ("886", "9########", ["0NNN-NNN-NNN"], "NNN NNN NNN"),
    "JP": ("81", "90########", ["0NN-NNNN-NNNN"], "NN-NNNN-NNNN"),
    "KR": ("82", "10########", ["0NN-NNNN-NNNN"], "NN-NNNN-NNNN"),
    "VN": ("84", "9@#######", ["0NN NNN NN NN", "0NNN NNN NNN"], "NN NNN NN NN"),
    "PH": ("63", "917#######", ["0NNN NNN NNNN", "0NNN-NNN-NNNN"], "NNN NNN NNNN"),
    "ID": ("62", "812########", ["0NNN-NNNN-NNNN"], "NNN-NNNN-NNNN"),
    "MY": ("60", "12#######", ["0NN-NNN NNNN"], "NN-NNN NNNN"),
    "SG": ("65", "9#######", ["NNNN NNNN"], "NNNN NNNN"),
    "TH": ("66", "8########", ["0NN-NNN-NNNN"], "NN NNN NNNN"),
    "KH": ("855", "12######", ["0NN NNN NNN"], "NN NNN NNN"),
    "NG": ("234", "803#######", ["0NNN NNN NNNN"], "NNN NNN NNNN"),
    "GH": ("233", "24#######", ["0NN NNN NNNN"], "NN NNN NNNN"),
    "KE": ("254", "7@#######", ["0NNN NNNNNN", "0NNN NNN NNN"], "NNN NNNNNN"),
    "TZ": ("255", "7@#######", ["0NNN NNN NNN"], "NNN NNN NNN"),
    "UG": ("256", "77#######", ["0NNN NNNNNN"], "NNN NNNNNN"),
    "ET": ("251", "9########", ["0NN NNN NNNN"], "NN NNN NNNN"),
    "ZA": ("27", "8@#######", ["0NN NNN NNNN"], "NN NNN NNNN"),
    "ZW": ("263", "77#######", ["0NN NNN NNNN"], "NN NNN NNNN"),
    "MX": ("52", "55########", ["NN NNNN NNNN"], "NN NNNN NNNN"),
    "CO": ("57", "3@########", ["NNN NNN NNNN"], "NNN NNN NNNN"),
    "PE": ("51", "9########", ["NNN NNN NNN"], "NNN NNN NNN"),
    "BR": ("55", "119########", ["(NN) NNNNN-NNNN"], "NN NNNNN-NNNN"),
    "AR": ("54", "11########", ["0NN 15-NNNN-NNNN"], "9 NN NNNN-NNNN"),
    "UY": ("598", "9#######", ["0NN NNN NNN"], "NN NNN NNN"),
    "JM": ("1", "876555####", ["(NNN) NNN-NNNN"], "NNN-NNN-NNNN"),
    "TT": ("1", "868555####", ["(NNN) NNN-NNNN"], "NNN-NNN-NNNN"),
    "AU": ("61", "491570###", ["0NNN NNN NNN"], "NNN NNN NNN"),
    "NZ": ("64", "2@#######", ["0NN NNN NNNN"], "NN NNN NNNN"),
    "GE": ("995", "5@#######", ["NNN NN NN NN"], "NNN NN NN NN"),
    "AM": ("374", "9#######", ["0NN NNNNNN"], "NN NNNNNN"),
    "KZ": ("7", "70########", ["8 NNN NNN NN NN"], "NNN NNN NN NN"),
    "UZ": ("998", "9@#######", ["NN NNN NN NN"], "NN NNN NN NN"),
    "LT": ("370", "6#######", ["8 NNN NNNNN"], "NNN NNNNN"),
    "RS": ("381", "6########", ["0NN NNN NNNN"], "NN NNN NNNN"),
    "BG": ("359", "8@#######", ["0NNN NNN NNN"], "NNN NNN NNN"),
}


def _fill(fmt: str, digits: str) -> str:
    it = iter(digits)
    out = "".join(next(it) if c == "N" else c for c in fmt)
    rest = "".join(it)
    return out + rest


def _nsn(rng, tpl: str) -> str:
    return "".join(str(rng.randint(0, 9)) if c == "#" else str(rng.randint(2, 9)) if c == "@" else c for c in tpl)


def phone(rng, country: str = "US", style: str | None = None) -> str:
    cc, tpl, nats, intl = PLANS[country]
    nsn = _nsn(rng, tpl)
    style = style or rng.choice(["e164", "e164", "intl", "national", "national", "digits", "00"])
    if style == "e164":
        return f"+{cc}{nsn}"
    if style == "digits":
        return f"{cc}{nsn}"
    if style == "intl":
        return f"+{cc} {_fill(intl, nsn)}"
    if style == "00":
        return f"00{cc} {_fill(intl, nsn)}"
    return _fill(rng.choice(nats), nsn)


def person_phone(rng, p, style=None) -> str:
    c = rng.choice(p.countries)
    return phone(rng, c if c in PLANS else "US", style)


def card(rng, fmt: str | None = None, brand: str | None = None) -> str:
    brand = brand or rng.choice(["visa", "visa", "mc", "mc2", "amex", "disc", "jcb", "unionpay"])
    pre, length = {"visa": ("4", 16), "mc": (str(rng.randint(51, 55)), 16), "mc2": (str(rng.randint(2221, 2720)), 16),
                   "amex": (rng.choice(["34", "37"]), 15), "disc": (rng.choice(["6011", "65"]), 16),
                   "jcb": (str(rng.randint(3528, 3589)), 16), "unionpay": ("62", rng.choice([16, 19]))}[brand]
    body = pre + "".join(str(rng.randint(0, 9)) for _ in range(length - len(pre) - 1))
    for d in "0123456789":
        if luhn_ok(body + d):
            num = body + d
            break
    fmt = fmt or rng.choice(["plain", "plain", "space", "dash"])
    if fmt == "plain" or length not in (15, 16):
        return num
    sep = " " if fmt == "space" else "-"
    if length == 15:
        return sep.join([num[:4], num[4:10], num[10:]])
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))


def ssn(rng, fmt: str = "dash") -> str:
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    a, g, s = f"{a:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"
    return {"dash": f"{a}-{g}-{s}", "bare": f"{a}{g}{s}", "space": f"{a} {g} {s}"}[fmt]


def last4(rng) -> str:
    return f"{rng.randint(1, 9999):04d}"


def ipv4(rng) -> str:
    k = rng.randint(0, 6)
    if k == 0:
        return f"192.0.2.{rng.randint(1, 254)}"
    if k == 1:
        return f"198.51.100.{rng.randint(1, 254)}"
    if k == 2:
        return f"203.0.113.{rng.randint(1, 254)}"
    if k == 3:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if k == 4:
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if k == 5:
        return f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    return f"100.{rng.randint(64, 127)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(rng) -> str:
    pre = rng.choice(["2001:db8", f"fd{rng.randint(0, 255):02x}:{rng.randint(0, 65535):x}"])
    groups = [f"{rng.randint(0, 65535):x}" for _ in range(rng.choice([2, 3, 4]))]
    return pre + "::" + ":".join(groups) if rng.random() < 0.6 else pre + ":" + ":".join(
        [f"{rng.randint(0, 65535):x}" for _ in range(6)])


def ip(rng) -> str:
    return ipv6(rng) if rng.random() < 0.15 else ipv4(rng)


def hexid(rng, n: int = 24) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def uuid(rng) -> str:
    h = hexid(rng, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:]}"


def alnum(rng, n: int, chars: str = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789") -> str:
    return "".join(rng.choice(chars) for _ in range(n))


def digits(rng, n: int) -> str:
    """A digit id that is never a Luhn-valid card-like number."""
    while True:
        d = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))
        if not (13 <= n <= 19 and luhn_ok(d)):
            return d


def ts(rng) -> dt.datetime:
    base = dt.datetime(2026, 9, 1, tzinfo=dt.timezone.utc)
    return base + dt.timedelta(seconds=rng.randint(0, 86400 * 90), microseconds=rng.randint(0, 999) * 1000)


def iso(rng, t=None) -> str:
    t = t or ts(rng)
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"


def amount(rng, lo=5, hi=900) -> str:
    return f"{rng.randint(lo, hi)}.{rng.randint(0, 99):02d}"


def btc_addr(rng) -> str:
    return "bc1q" + "".join(rng.choice("023456789acdefghjklmnpqrstuvwxyz") for _ in range(38))


def eth_addr(rng) -> str:
    return "0x" + hexid(rng, 40)


def masked_pan(rng) -> str:
    return rng.choice(["4", "5", "37"]) + rng.choice(["***", "XXXXXX", "******"]) + last4(rng)


CURRENCIES = ["USD", "EUR", "GBP", "MXN", "PHP", "INR", "NGN", "KES", "BRL", "PLN", "AUD", "CAD", "JPY", "TRY"]

# ---------------------------------------------------------------- look-alikes (hard negatives)
FINTECH_PRODUCTS = ["Cleo", "Emma", "Dave", "Albert", "Brigit", "Marcus", "Erica", "Eno", "Ally", "Penny", "Tally",
                    "Chip", "Plum", "Moneybox", "Oliver Card", "Jenius", "Nova Credit", "Klara Pay", "Billie", "Monet"]
COMPANIES = ["Wells Fargo", "Charles Schwab", "Edward Jones", "Goldman Sachs", "Morgan Stanley", "Lloyds Bank",
             "Barclays", "Coutts & Co", "Raymond James", "Fidelity", "T. Rowe Price", "Jackson Hewitt",
             "Marqeta", "Galileo Financial", "Thomas Cook Money", "Santander", "Hargreaves Lansdown", "Baillie Gifford",
             "Rothschild & Co", "J.P. Morgan", "McDonald's", "Ben & Jerry's", "Dick's Sporting Goods", "Trader Joe's",
             "Tim Hortons", "Wendy's", "Macy's", "Ross Stores", "Harvey Norman", "Marks & Spencer", "Sainsbury's",
             "Hugo Boss", "Dolce & Gabbana", "Ralph Lauren", "Tommy Hilfiger", "Calvin Klein", "Louis Vuitton"]
COMPANIES_UP = ["WENDYS #4471", "MCDONALDS 00231", "TRADER JOE S #552", "MARKS&SPENCER PLC", "TIM HORTONS 3381",
                "DICKS SPORTING GDS", "ROSS STORES #1120", "HARVEY NORMAN AU", "JACKSON HEWITT TAX", "SAINSBURYS S/MKTS"]
PLACES = ["Victoria", "Florence", "Georgia", "Jordan", "Chelsea", "Sydney", "Austin", "Charlotte", "Madison",
          "Savannah", "Adelaide", "Regina", "Eugene", "Lincoln", "Paris", "Alexandria", "Santa Clara", "San José",
          "São Paulo", "St. Helens", "Augusta", "Marion", "Tyler", "Beverly Hills", "Santa Monica"]
CRYPTO_ERAS = ["Byron", "Shelley", "Goguen", "Basho", "Voltaire", "Alonzo", "Babbage", "Vasil", "Conway", "Florence",
               "Granada", "Hangzhou", "Ithaca", "Jakarta", "Kathmandu", "Lima", "Mumbai", "Nairobi", "Oxford"]
UNITS = ["satoshi", "sats", "gwei", "wei", "lovelace", "finney", "szabo", "planck", "mutez"]
SERVICE_ACCOUNTS = ["svc_payouts", "svc-ledger-recon", "cardproc-batch", "risk-engine", "system", "SYSTEM",
                    "ops-bot", "dispute-autobot", "chargeback-sync", "treasury_svc", "wallet-signer-03",
                    "custody-hsm", "fraud-rules@v7", "scheduler", "payout-worker", "kyc_sync", "webhook-relay",
                    "roundup-cron", "stmt-renderer", "root", "jenkins", "airflow", "dependabot[bot]", "api-gateway"]
STATUS_WORDS = ["Pending", "Settled", "Reversed", "Declined", "Approved", "On Hold", "In Review", "Escalated",
                "Won", "Lost", "Accepted", "Expired", "Frozen", "Active", "Closed", "Dormant", "Chargeback Filed",
                "Pre-Arbitration", "Representment Sent", "Auto-Resolved", "Completed"]
UI_STRINGS = ["Send Money", "Request Payment", "Split Bill", "Add Funds", "Round-Ups Enabled", "Savings Goal Reached",
              "Card Frozen", "Card Unfrozen", "View Statement", "Dispute Transaction", "Pay Later", "Pay in 4",
              "Connect Bank", "Link Account", "Withdraw to Bank", "Instant Transfer", "Verify Identity Later",
              "Überweisung ausgeführt", "Pago enviado", "Virement effectué", "Pagamento recebido", "送金が完了しました",
              "Перевод выполнен", "تم التحويل", "Przelew wysłany", "Betaling ontvangen", "转账成功", "송금 완료",
              "Transferencia rechazada", "Karte gesperrt", "Carte bloquée", "Ödeme alındı", "भुगतान सफल"]
HOSTS = ["pay-api-7f9c", "ledger-core-2", "card-auth-eu1", "p2p-gw-03", "risk-scorer-b", "wallet-node-11",
         "acs-3ds-01", "bnpl-decision-4", "payout-mx-2", "ivms-relay-1", "custody-policy-a", "agg-sync-5"]
