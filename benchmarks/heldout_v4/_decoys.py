"""Hand-written look-alikes for the hard negatives (and for the unlabelled context of positives).

None of these is a person: products, projects and code names named like people, places that are also
given names, companies that carry a surname, statuses, Title Case UI strings, UI strings in other languages,
service and system accounts, versions and hostnames.
"""

from __future__ import annotations

PRODUCTS_LIKE_PEOPLE = (
    "Ada", "Hopper", "Turing", "Ampere", "Kepler", "Pascal", "Volta", "Maxwell", "Blackwell", "Alexa", "Cortana",
    "Bixby", "Cassandra", "Julia", "Hugo", "Jasmine", "Karma", "Sinatra", "Oscar", "Luigi", "Dagster", "Camunda",
    "Phoenix", "Harvey", "Clementine", "Matilda", "Esther", "Penelope", "Winston", "Barnaby", "Rosalind",
    "Marvin", "Otto", "Gretel", "Iris", "Beatrix", "Dolores", "Mabel", "Archie", "Florence",
)
PLACES_LIKE_NAMES = (
    "Victoria", "Charlotte", "Adelaide", "Alexandria", "Augusta", "Eugene", "Lafayette", "Lincoln", "Marion",
    "Orlando", "Raleigh", "Santa Clara", "San José", "São Paulo", "Saint-Denis", "Port Elizabeth",
    "Georgetown", "Maria Enzersdorf", "Sankt Augustin", "Ludwigshafen", "Frederiksberg", "Karlsruhe",
    "Wilhelmshaven", "Williamsburg", "Hamilton", "Darwin", "Kingston", "Douglas", "Nelson", "Wellington",
    "Austin", "Tyler", "Madison", "Sydney", "Regina", "Isabela", "Florianópolis", "Santa Rosa", "San Antonio",
    "Saint-Étienne", "Marseille", "Elizabethtown", "Jacksonville", "Josefov", "Annecy", "Lourdes",
)
COMPANIES = (
    "Ashby & Crane LLP", "Hargrove & Sons Ltd", "Lindqvist Marine AB", "Van Leeuwen Logistiek B.V.",
    "Moreau Frères SARL", "Brenner Elektrotechnik GmbH", "Rossi Alimentari S.p.A.", "Takeda Seiki K.K.",
    "Haddad Trading FZE", "Mensah Cocoa Exporters Ltd", "Dubois Immobilier", "O'Hara Freight Ltd",
    "McAllister Outdoor Co", "Kowalczyk Transport Sp. z o.o.", "Okoro & Partners", "Fairweather Holdings Inc",
    "Petrakis Shipping S.A.", "Nakagawa Foods", "Castellano Hermanos S.L.", "Whitcombe Analytics",
    "Brightwater Dental Group", "Thornbury Estates", "Kessler Werkzeugbau KG", "Abernathy Farms LLC",
)
COMPANIES_CAPS = (
    "HARGROVE AND SONS LTD", "LINDQVIST MARINE AB", "BRENNER ELEKTROTECHNIK", "ROSSI ALIMENTARI SPA",
    "HADDAD TRADING FZE", "MCALLISTER OUTDOOR CO", "FAIRWEATHER HOLDINGS", "CASTELLANO HERMANOS SL",
    "WHITCOMBE ANALYTICS", "ABERNATHY FARMS LLC", "THORNBURY ESTATES", "PETRAKIS SHIPPING SA",
    "NORTHWIND TRADERS", "BLUE HERON FREIGHT", "GREENLEAF GROCERS", "SILVERLINE PAYROLL SVC",
)
STATUSES = (
    "Active", "Pending Review", "On Hold", "Suspended", "Closed Won", "Closed Lost", "Qualified", "Nurturing",
    "Unassigned", "Escalated", "Awaiting Customer", "Resolved", "In Transit", "Delivered", "Returned",
    "Working - Contacted", "Open - Not Contacted", "Needs Analysis", "Prospecting", "Inactive",
)
UI_TITLE = (
    "Account Settings", "Forgot Password", "Continue Shopping", "Order Summary", "Billing Address",
    "Shipping Method", "Contact Us", "Terms Of Service", "Privacy Center", "Mark As Read", "Add To Cart",
    "Grace Period Ends", "Will Call Pickup", "Rose Gold Edition", "Summer Sale", "Customer Success Team",
    "Field Service Lightning", "Welcome Back", "Power Users", "Service Desk", "Front Door", "Living Room",
    "Guest Wi-Fi", "Garage Door", "Patio Lights",
)
UI_FOREIGN = (
    "Mise à jour terminée", "Bestellung versandt", "Pedido entregado", "Pagamento recusado",
    "Zahlung fehlgeschlagen", "Konto gesperrt", "Ordine annullato", "Zamówienie wysłane", "Objednávka odeslána",
    "注文が確定しました", "订单已发货", "주문이 완료되었습니다", "Заказ отправлен", "Η παραγγελία στάλθηκε",
    "تم شحن الطلب", "ההזמנה נשלחה", "Siparişiniz kargoya verildi", "Đơn hàng đã được giao", "คำสั่งซื้อสำเร็จ",
    "Tilaus vahvistettu", "Beställningen har skickats", "Bestilling mottatt", "Encomenda enviada",
    "Comanda a fost livrată", "Rendelés feldolgozva",
)
SERVICE_ACCOUNTS = (
    "svc-backup", "svc_etl", "jenkins", "gitlab-runner", "root", "daemon", "nobody", "www-data", "postgres",
    "zabbix", "nagios", "prometheus", "grafana", "ansible", "deploy", "ci-bot", "sa_reporting", "integration",
    "apiuser", "batch01", "sysadmin", "admin", "guest", "svc-sftp", "etl_loader", "monitoring", "healthcheck",
    "replicator", "airflow", "dbt_runner",
)
VERSIONS = (
    "1.24.3", "v2.8.0-rc.1", "3.11.9", "10.0.19045.4291", "5.15.0-105-generic", "2.0.18", "7.1.3+build.77",
    "4.0.12", "8.13.4", "v1.79.0", "0.9.41", "2024.10.2", "3.2.1-beta.4",
)
HOSTNAMES = (
    "web-03", "db-primary-2", "edge-fra-01", "k8s-worker-17", "ip-10-0-3-17", "ip-172-31-44-9", "batch-eu-4",
    "api-gw-2", "lb-ams-1", "worker-7", "cache-02", "ingest-3", "app-prod-12", "bastion-1", "sftp-gw",
)
