"""Word lists for the held-out generator, with their provenance.

Person names come from two sources, both independent of Faker (the dev corpora's source)
and of the name model's training packages (``names``, ``gender-guesser``, ``wonderwords``):

* ``mimesis`` 22.2.0 (PyPI, MIT): its per-locale ``datasets/<locale>/person.json`` lists,
  read directly as data (``MIMESIS_LOCALES`` below);
* ``WORLD_GIVEN`` / ``WORLD_FAMILY`` here: hand-written for this benchmark by the project from
  general knowledge of naming traditions not covered by mimesis (West and East Africa, the
  Horn, South and South-East Asia, the Pacific, romanised Arabic/Persian/Chinese/Korean/
  Vietnamese), written out for this file, not copied from any corpus.

Every hard-negative list (statuses, places that are also given names, products, jargon,
companies) is hand-written for this benchmark from general knowledge.
"""

from __future__ import annotations

#: mimesis locales used, and whether their names are in Latin script.
MIMESIS_LOCALES: dict[str, bool] = {
    "en": True, "en-gb": True, "en-au": True, "en-ca": True, "de": True, "de-at": True, "de-ch": True,
    "fr": True, "es": True, "es-mx": True, "it": True, "pt": True, "pt-br": True, "nl": True, "pl": True,
    "cs": True, "sk": True, "hu": True, "tr": True, "fi": True, "sv": True, "da": True, "no": True,
    "is": True, "et": True, "hr": True, "az": True,
    "ru": False, "uk": False, "el": False, "ko": False, "ja": False, "zh": False, "ar-eg": False,
    "fa": False, "kk": False,
}
#: Locales whose names are written family name first.
FAMILY_FIRST = {"hu", "ko", "ja", "zh"}

WORLD_GIVEN = [
    # West Africa (Yoruba, Igbo, Hausa, Akan, Wolof)
    "Adebayo", "Folasade", "Olumide", "Temitope", "Chinonso", "Nkechi", "Chukwuemeka", "Amaka",
    "Sadiq", "Zainab", "Kwabena", "Akosua", "Kwaku", "Yaa", "Afua", "Moussa", "Awa", "Ousmane",
    # East Africa and the Horn (Swahili, Amharic, Somali)
    "Baraka", "Neema", "Nyokabi", "Ochieng", "Awino", "Tadesse", "Alemayehu", "Meseret", "Hiwot",
    "Abdirahman", "Hodan", "Faisa",
    # South Asia
    "Aarav", "Ishaan", "Priyanka", "Lakshmi", "Venkatesh", "Harpreet", "Gurpreet", "Anjali", "Sanjay",
    "Thilini", "Nuwan", "Farhana", "Tanvir", "Rukhsana",
    # South-East Asia and the Pacific
    "Quang", "Thi Lan", "Tuan", "Huong", "Somchai", "Siriporn", "Putu", "Wayan", "Dewi", "Budi",
    "Maricel", "Jericho", "Rhodora", "Aroha", "Tama", "Keanu", "Leilani", "Sione", "Mele",
    # romanised East Asia
    "Jae-won", "Seo-yeon", "Ji-hoon", "Hye-jin", "Jianguo", "Meiling", "Zhiwei", "Sota", "Yui",
    "Ren", "Hinata",
    # romanised Arabic and Persian
    "Mohammed", "Rania", "Youssef", "Khadija", "Bilal", "Yasmin", "Reza", "Shirin", "Dariush",
    # others
    "Siobhan", "Aisling", "Oisin", "Dagny", "Sigrun", "Bogdan", "Oksana", "Tamar", "Giorgi", "Nino",
]
WORLD_FAMILY = [
    "Ogunleye", "Obi", "Nwachukwu", "Adebisi", "Boateng", "Asante", "Owusu", "Diallo", "Ndiaye",
    "Traore", "Mwangi", "Njoroge", "Odhiambo", "Wekesa", "Haile", "Tesfaye", "Gebremedhin", "Abdullahi",
    "Warsame", "Chaudhary", "Raghavan", "Subramanian", "Sengupta", "Bhattacharya", "Naidu", "Gill",
    "Perera", "Fernando", "Rahman", "Hossain", "Tran", "Pham", "Le", "Hoang", "Srisuk",
    "Wongsakul", "Santoso", "Wijaya", "Dela Cruz", "Bautista", "Macaraeg", "Ngata", "Tuilagi",
    "Kahananui", "Bae", "Seo", "Ryu", "Tang", "Shen", "Cao", "Deng", "Fujimoto", "Hasegawa",
    "Matsumura", "al-Hashimi", "bin Salleh", "el-Masri", "Khoury", "Nasser", "Karimi", "Tehrani",
    "Ó Briain", "Mac Giolla", "Kowalczyk", "Shevchenko", "Beridze", "Kapanadze",
]
#: Non-Latin given/family pairs (Ethiopic, Devanagari, Tamil, Thai, Hebrew, Georgian, Armenian).
WORLD_SCRIPT = [
    ("አበበ", "ቢቂላ"), ("ሰላም", "ተስፋዬ"), ("ऋचा", "दुबे"), ("दीपक", "चतुर्वेदी"), ("கார்த்திக்", "சுப்பிரமணியன்"),
    ("ธนากร", "ศรีสวัสดิ์"), ("רותם", "ברקוביץ"), ("ნინო", "ბერიძე"), ("Արամ", "Պետրոսյան"),
]

#: Statuses and states that turn up as values under keys people also use for names.
STATUSES = [
    "Pending", "Active", "Suspended", "Archived", "Provisioning", "Degraded", "Healthy", "Standby",
    "Draining", "Terminated", "Hibernating", "Quarantined", "Unreachable", "Throttled", "Queued",
    "Running", "Completed", "Failed", "Retrying", "Locked", "Expired", "Verified", "Unverified",
]
#: Places that are also given names or surnames (cities, states, countries).
PLACES = [
    "Florence", "Victoria", "Austin", "Charlotte", "Savannah", "Madison", "Jackson", "Eugene", "Sofia",
    "Adelaide", "Regina", "Georgia", "Chelsea", "Lincoln", "Beverly", "Marion", "Orlando", "Tyler",
    "Denver", "Paris", "Santiago", "Alexandria", "Augusta", "Carolina", "Douglas", "Franklin",
    "Shelby", "Ventura", "Salem", "Helena",
]
#: Products, projects and services named like people.
PRODUCTS = [
    "Alexa", "Siri", "Cortana", "Jenkins", "Cassandra", "Julia", "Hudson", "Ruby", "Jasper", "Elixir",
    "Ansible", "Grafana", "Kibana", "Prometheus", "Sentry", "Hermes", "Athena", "Apollo", "Zeus", "Ivy",
    "Mercurial", "Sonny", "Maven", "Gradle", "Bazel", "Celery", "Oscar", "Marvin", "Watson", "Clippy",
]
#: Log and ops jargon that is capitalised at the start of messages or in Title Case UI.
JARGON = [
    "Readiness probe failed", "Liveness probe succeeded", "Back-off restarting failed container",
    "Scheduled Maintenance Window", "Rolling Update Complete", "Connection Pool Exhausted",
    "Garbage Collection Paused", "Leader Election Won", "Snapshot Restore Started", "Quota Exceeded",
    "Certificate Renewal Due", "Replica Set Scaled", "Webhook Delivery Failed", "Cache Warm-Up Done",
    "Feature Flag Toggled", "Dead Letter Queue Drained", "Circuit Breaker Open", "Payment Intent Created",
    "Invoice Finalized", "Refund Succeeded", "Bulk Import Finished", "Audit Trail Exported",
]
#: Companies and organisations (never NAME).
COMPANIES = [
    "Northwind Traders", "Contoso Ltd", "Fabrikam Inc", "Globex Corporation", "Initech", "Umbrella Labs",
    "Stark Logistics", "Wayne Freight", "Acme Widgets GmbH", "Tailspin Toys", "Litware Systems",
    "Blue Yonder Airlines", "Wingtip Toys", "Proseware AG", "Adventure Works",
]
#: Service and system accounts (never NAME).
SERVICE_ACCOUNTS = [
    "root", "admin", "nobody", "postgres", "www-data", "nginx", "jenkins", "gitlab-runner", "svc_etl",
    "svc-backup", "deploy", "ansible", "ci-bot", "monitoring", "SYSTEM", "LOCAL SERVICE", "backup_agent",
    "ec2-user", "ubuntu", "kafka", "airflow", "sa-reporting", "healthcheck", "dependabot[bot]",
]
TEAMS = ["Platform", "Payments", "Identity", "Growth", "Data Eng", "SRE", "Billing", "Search", "Mobile"]
PRODUCTS_SOLD = ["Widget Pro", "Basic Plan", "Team Seat", "Gift Card", "Annual Licence", "Storage Add-on"]
