"""Hand-written hard-negative material: things shaped like names that are not people."""

# vehicles: makes and models, many named after people or places
MAKES_MODELS = [
    "Ford Ranger", "Ford Mustang Mach-E", "Lincoln Navigator", "Lincoln Aviator", "Chevrolet Malibu", "Chevrolet Tahoe",
    "Mercedes-Benz Sprinter", "Mercedes-Benz GLC 300", "Dodge Durango", "Chrysler Pacifica", "Jeep Cherokee",
    "Toyota Camry", "Toyota Tacoma", "Honda Odyssey", "Hyundai Santa Fe", "Hyundai Elantra", "Kia Sorento",
    "Kia Carnival", "Nissan Leaf", "Nissan Rogue", "Volkswagen Jetta", "Volkswagen Tiguan", "Škoda Octavia",
    "Renault Zoe", "Renault Clio", "Peugeot Partner", "Citroën Berlingo", "Opel Astra", "Porsche Cayenne",
    "Ferrari Roma", "Rolls-Royce Ghost", "Aston Martin Vantage", "Lamborghini Urus", "Tesla Model Y", "Subaru Ascent",
    "GMC Sierra 1500", "Ram 2500 Laramie", "Buick Enclave", "Cadillac Escalade", "Mazda CX-5", "Volvo XC90",
]
MAKES = ["Ford", "Lincoln", "Chevrolet", "Mercedes-Benz", "Dodge", "Chrysler", "Toyota", "Honda", "Hyundai", "Kia",
         "Nissan", "Volkswagen", "Porsche", "Ferrari", "Renault", "Peugeot", "Citroën", "Opel", "Škoda", "Tesla",
         "Subaru", "Cadillac", "Buick", "GMC", "Mazda", "Volvo"]
TRIMS = ["Limited", "Platinum", "Lariat", "King Ranch", "Denali", "Laramie", "Sport", "Touring", "Premier", "SE", "XLT",
         "Raptor", "Trailhawk", "Wilderness", "Titanium"]
COLORS = ["Oxford White", "Agate Black", "Rapid Red", "Summit White", "Magnetic Gray", "Celestial Silver", "Pearl White"]

DEALERS = ["Rivera Ford Lincoln", "Hendrick Chevrolet", "Sullivan Motor Company", "Kowalski Auto Group",
           "Van Dyke Toyota", "Johnson City Honda", "McCarthy Kia", "Patel Motors Ltd", "O'Neil Nissan",
           "Autohaus Becker GmbH", "Garage Dubois SARL", "Nakamura Mazda", "Larsen Volvo Cars", "Moreno Hyundai"]
AUCTIONS = ["Manheim Pennsylvania", "ADESA Atlanta", "Copart Dallas", "IAA Houston North", "BCA Blackbushe",
            "ACV Live Lane 3", "America's Auto Auction Kansas City"]
LENDERS = ["Ally Financial", "Capital One Auto Finance", "Santander Consumer", "Wells Fargo Dealer Services",
           "Toyota Financial Services", "Chase Auto", "Westlake Financial", "Navy Federal CU", "Alliant Credit Union"]

BUILDERS = ["Turner Construction", "Gilbane Building Co", "Whiting-Turner", "McCarthy Building Companies",
            "Mortenson", "Skanska USA", "Kiewit", "Bechtel", "Clark Construction", "Hensel Phelps", "DPR Construction",
            "Suffolk", "Balfour Beatty", "Morgan Sindall", "Strabag", "Vinci Construction", "Hochtief", "Ferrovial",
            "Obayashi", "Lendlease", "Barton Malow", "Walsh Group", "Haskell", "Sundt", "JE Dunn"]
TRADES = ["Baker Concrete", "Miller Electric", "Davis Mechanical", "Thompson Drywall", "Harris Steel Erectors",
          "Johnson Controls", "Otis Elevator", "Schindler", "Hilti North America", "Walker Glazing",
          "Anderson Roofing", "Lopez Framing LLC", "Nguyen Tile & Stone", "Schmidt Haustechnik"]
EQUIPMENT = ["CAT 320 excavator", "John Deere 333G", "Bobcat S770", "JLG 600S boom lift", "Genie GS-1930 scissor",
             "Skyjack SJ3219", "Kubota KX040", "Komatsu PC210LC", "Liebherr LTM 1100", "Manitowoc 999",
             "Wacker Neuson RD12", "Hamm HD+ 90", "Terex Genie Z-45", "Doosan DX140W", "Volvo EC220E", "Case 580SN"]
SOFTWARE = ["Procore", "Autodesk Construction Cloud", "BIM 360", "Revit 2025", "Navisworks Manage", "Solibri",
            "Bentley ProjectWise", "Aconex", "Windchill 12.1", "Teamcenter 14", "SOLIDWORKS PDM", "Autodesk Vault",
            "Trimble Connect", "Bluebeam Revu", "PlanGrid", "Fieldwire", "Newforma", "Tekla Structures", "Archicad 28",
            "CDK Drive", "Reynolds ERA-IGNITE", "Dealertrack", "RouteOne", "vAuto", "Xtime", "DealerSocket", "Tekion"]
PROJECTS = ["Harbor Point Tower B", "Lincoln Yards Phase 2", "Victoria Crossing", "St. Francis Medical Pavilion",
            "Madison Station Garage", "Project Athena", "Beatrice Street Bridge", "Jefferson Middle School Addition",
            "Hamilton Data Center DC-3", "Florence Terrace Apartments", "Eleanor Roosevelt HS Gym", "Austin Logistics Hub",
            "Charlotte Light Rail Ext.", "King Street Lofts", "Orlando Fire Station 12", "Marion County Jail Annex"]
ROOMS = ["Conference Room Sofia", "Level 3 - Room 3.114", "Ada Lovelace Lab", "Mech Room M-201", "Elevator Lobby L5",
         "Grid C-7 / Level 2", "Stair 2", "Electrical Room E-104", "Corridor 1.08"]
PLACES = ["Victoria, BC", "Madison, WI", "Charlotte, NC", "Austin, TX", "Florence, AL", "Jackson, MS", "Eugene, OR",
          "Lincoln, NE", "Orlando, FL", "Marion, OH", "Tyler, TX", "Santa Clara, CA", "São José dos Campos",
          "Den Haag", "Aix-en-Provence", "Villa María", "St. Helena"]
SERVICE_ACCTS = ["svc_dms_sync", "cdk-integration", "dealertrack-api", "routeone-ecs", "procore-bot", "SYSTEM", "admin",
                 "scheduler", "bimsync-svc", "revitserver", "wcadmin", "infodba", "vaultsvc", "pw_batch", "acc-webhooks",
                 "NT AUTHORITY\\SYSTEM", "svc-auction-feed", "xtime-connector", "jenkins", "root", "LOCAL SERVICE",
                 "dms_nightly", "integration.user", "kiosk-03", "api_user", "PDM_ADMIN", "sa"]
STATUSES = ["Open", "Closed", "Pending", "Approved", "Rejected", "Void", "In Review", "Answered", "Draft",
            "Released", "Superseded", "Checked In", "Work In Progress", "On Hold", "Resolved", "Ready For Pickup"]
UI_STRINGS = [
    "Sign In", "Save Changes", "Print Repair Order", "Add Line", "Customer Pay", "Internal Pay", "Warranty Pay",
    "Send To Cashier", "Close RO", "Open Deal", "Contract In Transit", "Ball In Court", "Mark As Answered",
    "Upload Revision", "Check Out", "Undo Check Out", "Promote To Released", "Run Clash Test", "Export BCF",
    "Arbeitsauftrag gespeichert", "Pedido guardado correctamente", "Ordre de réparation clôturé",
    "Ordine di lavoro chiuso", "Werkorder afgesloten", "作業指示を保存しました", "Заказ-наряд закрыт",
    "Zlecenie zamknięte", "Ordem de serviço finalizada", "Arbetsorder stängd", "施工日志已提交",
]
JARGON = ["Flag Hours", "Customer Concern", "Cause", "Correction", "Multi-Point Inspection", "Menu Selling",
          "Reserve Markup", "Green Light", "Red Light", "Ball In Court", "Punch List", "Look Ahead", "Near Miss",
          "Toolbox Talk", "Lockout Tagout", "Clash Group", "Federated Model", "Issued For Construction"]
