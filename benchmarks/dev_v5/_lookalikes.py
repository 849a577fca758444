"""Hand-written hard-negative material: things shaped like PII that are not."""

SERVICE_ACCOUNTS = ["svc_backup", "svc-etl", "jenkins", "deploy", "www-data", "postgres", "app_rw", "readonly",
                    "batch01", "monitoring", "nagios", "ansible", "svc.reporting", "integration-bot", "sa",
                    "airflow", "gitlab-runner", "s3-sync", "healthcheck", "system", "api-gateway"]
PLACES_LIKE_NAMES = ["Victoria", "Madison", "Charlotte", "Florence", "Adelaide", "Savannah", "Georgia", "Jordan",
                     "Austin", "Eugene", "Beatrice", "Regina", "Luzern", "Sofia", "Santiago", "Isabela", "Chelsea",
                     "Lourdes", "Paris", "Marion", "Elizabeth", "Alexandria", "Tyler", "Douglas"]
PRODUCTS_LIKE_NAMES = ["Cassandra", "Jenkins", "Alexa", "Siri", "Julia", "Hudson", "Ada", "Watson", "Oscar",
                       "Jasper", "Sphinx", "Ruby", "Pandas", "Grafana", "Hermes", "Athena", "Kafka", "Ceres",
                       "Florence Leather Tote", "Miles Davis Vinyl", "Ella Armchair", "Marcus Lamp", "Otto Chair"]
COMPANIES = ["Fontaine Logistique SARL", "Baker & McKenzie", "Schneider Electric", "Johnson Controls",
             "Procter & Gamble", "Dangote Cement", "Müller Logistik GmbH", "Tata Consultancy Services",
             "Ernst & Young", "Siemens Healthineers", "Marks & Spencer", "Nguyen Brothers Trading",
             "Ortega Foods S.A.", "Kowalski Sp. z o.o.", "Abbott Laboratories", "Ford Motor Company"]
STATUSES = ["Active", "Inactive", "Pending Approval", "Suspended", "Locked Out", "Powered Off", "Link Up",
            "Enabled", "Disabled", "Completed", "Partially Shipped", "On Hold", "Awaiting Review", "Retry Scheduled"]
TITLE_CASE_UI = ["Forgot Password", "Sign In With Google", "Manage Subscription", "Download Invoice",
                 "Update Billing Address", "Contact Support", "View Order History", "Grant Access", "Will Call",
                 "Rose Gold Edition", "Hunter Green", "Summer Sale", "Amber Alert Test", "Page Not Found",
                 "Dawn Patrol Schedule", "Chase Payment", "Mark As Read", "Faith Based Org", "Joy Division Tee"]
NON_ENGLISH_UI = ["Mot de passe oublié", "Passwort zurücksetzen", "Iniciar sesión", "Pedido enviado",
                  "Aggiornamento completato", "ログインに失敗しました", "注文が確定しました", "密码已重置",
                  "Zahlung fehlgeschlagen", "Conta bloqueada", "Bestelling verzonden", "Płatność odrzucona",
                  "Отправка завершена", "Ödeme başarısız", "Tài khoản đã bị khóa", "비밀번호가 변경되었습니다",
                  "Mise à jour de la base de données terminée"]
JOB_TITLES = ["Senior Engineer", "Regional Sales Manager", "Chief Nursing Officer", "Payroll Specialist",
              "Store Manager", "Night Auditor", "Data Protection Officer"]
