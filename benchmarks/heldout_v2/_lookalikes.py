"""Hand-written hard-negative vocabulary for held-out v2 (none of it is PII)."""
from __future__ import annotations

# Products, projects and assistants named like people.
PERSONLIKE_PRODUCTS = [
    "Jenkins", "Cassandra", "Alexa", "Siri", "Julia", "Ada", "Hudson", "Kafka", "Watson",
    "Cortana", "Hugo", "Gatsby", "Django", "Alfred", "Ludwig", "Jarvis", "Bixby", "Ruby",
    "Gerrit", "Hermes", "Athena", "Aurora", "Juno", "Artemis", "Apollo", "Zuul", "Sophia",
    "Marvin", "Clara", "Hadley", "Otto", "Oscar", "Leo", "Max",
]
PROJECT_CODENAMES = [
    "Project Aurora", "Project Natalie", "Milestone Victoria", "Operation Wendy",
    "Release Madison", "Sprint Beatrix", "Workstream Florence", "Phase Ingrid",
]
# Places that are also given names, and place names with particles.
PLACES_NAMELIKE = [
    "Victoria", "Florence", "Madison", "Charlotte", "Austin", "Georgia", "Jordan", "Chelsea",
    "Adelaide", "Alexandria", "Regina", "Eugene", "Marion", "Savannah", "Sydney", "Lourdes",
    "Elizabeth", "Paris", "Dakota", "Tyler", "Helena", "Augusta", "Lincoln", "Jackson",
    "Houston", "Darwin", "Hamilton", "Wellington", "Nelson", "Kingston", "Monroe", "Santa Clara",
    "San Jose", "Saint-Denis", "Sofia", "Valencia", "Lorraine", "Victoria Island",
]
PLACES_PARTICLE = [
    "Rio de Janeiro", "Den Haag", "Bergen op Zoom", "Aix-en-Provence", "Frankfurt am Main",
    "Al Ain", "Bandar Seri Begawan", "Ho Chi Minh City", "Ciudad Juárez", "Santa Cruz de la Sierra",
    "Castellón de la Plana", "Villa Carlos Paz", "Dar es Salaam", "Port Moresby", "Nuku'alofa",
]
CITIES = [*PLACES_NAMELIKE, "Lagos", "Nairobi", "Tashkent", "Almaty", "Tbilisi", "Yerevan", "Baku", "Dhaka", "Colombo", "Kathmandu", "Manila", "Jakarta", "Hanoi", "Suva", "Apia", "Auckland", "Johannesburg", "Harare", "Accra", "Dakar", "Addis Ababa", "Kampala", "Cusco", "Mérida", "Istanbul", "Tel Aviv", "Tehran", "Amman", "Casablanca", "Bishkek"]
COMPANIES = [
    "Morgan Stanley", "Ernst & Young", "Johnson & Johnson", "Siemens AG", "Dell Technologies",
    "Hugo Boss AG", "Procter & Gamble", "Tata Consultancy Services", "Mahindra Logistics",
    "Jollibee Foods", "Safaricom PLC", "Dangote Cement", "Marks and Spencer", "Wells Fargo",
    "Lloyds Bank", "Philips", "Walt Disney Co", "McDonald's", "Levi Strauss & Co.",
    "Goldman Sachs", "Contoso Ltd", "Fabrikam Inc", "Northwind Traders", "Tailspin Toys",
    "Wingtip Toys", "Adventure Works", "Victoria Water Ltd", "Madison Logistics LLC",
    "Ferrero SpA", "Anadolu Sigorta", "Kazakhtelecom JSC", "Ooredoo Q.P.S.C.",
]
STATUSES = [
    "Pending Approval", "Active", "Suspended", "Locked Out", "Deprovisioned", "Password Expired",
    "In Transit", "Partially Refunded", "On Hold", "Checked Out", "Due Out", "Vacant Dirty",
    "Out of Order", "Awaiting Customer", "Resolved", "Closed", "Escalated", "Staged",
    "Provisioned", "Recovery", "Fulfilled", "Voided", "Inspected", "No Show",
]
JOB_TITLES = [
    "Senior Account Manager", "Head of Data Protection", "Night Auditor", "Front Desk Agent",
    "Principal Engineer", "Director of Rooms", "Chief Information Security Officer",
    "Payroll Specialist", "Duty Manager", "Customer Success Lead", "Revenue Manager",
    "Field Service Technician", "Tier 2 Support Analyst", "Head Concierge",
]
UI_STRINGS = [
    "Forgot Password", "Sign In With Google", "Save Changes", "Add To Cart", "Welcome Back",
    "Manage Subscription", "Grand Total", "Continue Shopping", "Contact Us", "Privacy Policy",
    "Dear Customer", "Thank You For Your Order", "Request Early Check-In", "Late Checkout",
    "Verify Your Identity", "Reset Multifactor", "Mark As Solved", "Open In New Tab",
]
NON_ENGLISH_UI = [
    "Mot de passe oublié", "Anmeldung fehlgeschlagen", "Contraseña incorrecta", "Ödeme başarısız",
    "Пароль изменён", "パスワードを変更しました", "密码已重置", "Zahlung erfolgreich",
    "Bestelling verzonden", "Pagamento recusado", "Selamat datang kembali", "Karibu tena",
    "Kiitos tilauksesta", "Účet byl zablokován", "تم تغيير كلمة المرور", "Ваш заказ оформлен",
    "Hesabınız kilitlendi", "Ingia tena", "Buyurtma qabul qilindi", "Tapsyrys qabyldandy",
    "პაროლი შეიცვალა", "Գաղտնաբառը փոխված է", "הסיסמה שונתה",
]
SERVICE_ACCOUNTS = [
    "svc_backup", "svc-okta-sync", "svc_etl", "svc.reporting", "system", "admin", "administrator",
    "root", "SYSTEM", "sa", "postgres", "replicator", "app_rw", "etl_loader", "jenkins",
    "gitlab-runner", "ansible", "krbtgt", "Guest", "DefaultAccount", "healthcheck", "monitor",
    "api-gateway", "scim-provisioner", "integration.user", "batch.scheduler", "noreply",
    "svc_sql01$", "WS-0412$", "debezium", "kafka-connect", "night_audit", "ifc8_interface",
]
SYSTEM_DISPLAY = [
    "Okta System", "Okta Workflows", "Auth0 Management API", "Zendesk Support", "Answer Bot",
    "Automation Rule", "Front Desk", "Night Audit", "Housekeeping", "City Ledger", "PAYMASTER",
    "House Account", "Freshdesk Automations", "Service Account", "Scheduled Task",
]
PRODUCT_TITLES = [
    "Florence Leather Tote", "Jasmine Green Tea 100g", "Ruby Red Sneakers", "Victoria Sponge Mix",
    "Madison Oak Desk", "Sophia Linen Dress", "Hugo Wool Scarf", "Adelaide Wall Clock",
    "Marley Bluetooth Speaker", "Amelia Ceramic Mug", "Oscar Dog Bed L", "Clara Desk Lamp",
    "Jordan Trail Runner 42", "Milo Cocoa 400g", "Georgia Peach Jam",
]
VERSIONS = ["2.5.0.Final", "10.0.19045.3803", "6.0.0.2615", "5.1.19041.3570", "v1.28.4+k3s1",
            "2.24.1", "16.2", "8.0.1-jre", "1.3.6.1.4.1.311.21.8", "3.12.0-rc2", "2026.12.1-b734"]

# Four-part version numbers inside user-agent strings that parse as IPv4 (not IP addresses).
UA_VERSION_LOOKALIKES = frozenset({"131.0.0.0", "1.0.11.23", "96.86.0.45"})
