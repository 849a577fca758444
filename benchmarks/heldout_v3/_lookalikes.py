"""Hard-negative material written for heldout_v3: strings that look like PII and are not.

Everything here is unlabelled wherever it is used. People are never in these lists: the
person-like words are projects, products, places, companies and UI text.
"""

from __future__ import annotations

from _name_lists import _s

# Projects, services, libraries and products named like people (repos, deployments, printers).
PERSON_LIKE_PROJECTS = _s(
    "rosalind|marcel-ui|sophia-api|victoria-metrics-agent|matilda|ophelia-gateway|cordelia|beatrix-etl|"
    "gretel-synth|otto-scheduler|hugo-site|bruno-cli|milo-router|stella-batch|iris-search|clara-parser|"
    "ada-runtime|hopper-queue|lovelace-ml|kepler-ingest|darwin-tests|tesla-bridge|curie-lab|"
    "ramanujan-solver|marvin-bot|sherlock-audit|watson-nlu|hudson-ci|ursula-auth|pandora-flags|"
    "athena-query|hermes-mailer|apollo-router|minerva-docs|ariadne-graph|heidi-cache|jasper-reports|"
    "felix-osgi|oscar-cms|lola-frontend|magnolia-cms|florence-ui|hazel-lint|willow-store|luna-ios|"
    "winston-transport|morgan-logger|mocha-runner|jasmine-core|karma-launcher|lucia-auth|marko-views|"
    "sinatra-app|django-admin|rails-api|laravel-horizon|sylius-shop|jenkins-lib|gerrit-hooks|"
    "cassandra-driver|elastic-agent|kafka-connect|zookeeper-ops|mariadb-proxy|alexa-skill|siri-shortcuts|"
    "cortana-bridge|einstein-ai|dolly-finetune|pascal-compiler|julia-kernel|erlang-otp|ruby-gems"
)

PERSON_LIKE_PRODUCTS = _s(
    "Florence Linen Shirt|Harper Desk Lamp|Matilda Wool Throw|Audrey Wrap Dress|Hudson Leather Bag|"
    "Sienna Rug 160x230|Oliver Bookshelf|Theo Lounge Chair|Elsa Ceramic Mug|Jasper Candle Set|"
    "Marlowe Trench Coat|Beatrix Tea Tin|Arlo Kids Backpack|Ingrid Duvet Cover|Luca Espresso Cups|"
    "Quinn Running Shoe|Clementine Soap Bar|Rosa Garden Shears|Otis Dog Bed|Willa Silk Scarf|"
    "Henrik Oak Table|Juno Yoga Mat|Stanley Flask|Margot Tote|Ruby Red Grapefruit Box"
)

# Places that are also given names or surnames.
NAME_PLACES = _s(
    "Victoria|Florence|Sydney|Austin|Dallas|Madison|Charlotte|Georgia|Savannah|Regina|Adelaide|"
    "Alexandria|Jackson|Lincoln|Chelsea|Beatrice|Marion|Orlando|Eugene|Tyler|Raleigh|Aurora|Camden|"
    "Kingston|Hamilton|Wellington|Darwin|Alice Springs|Santa Rosa|San José|Luzern|Marseille|Valencia|"
    "Mérida|Santiago|Concepción|Trinidad|Sofia|Elisabethville|Louisville|Marysville"
)

COMPANIES = _s(
    "Fischer Logistik GmbH|Moreau Frères SARL|Tanaka Shoji K.K.|Mensah Agro Ltd|Kowalski i Syn Sp. z o.o.|"
    "Haddad Trading FZE|Patel Brothers Wholesale Inc|Svoboda Stavby s.r.o.|Ferreira & Filhos Lda|"
    "Lindqvist Bygg AB|Okonkwo Freight Services Ltd|Nakamura Precision Co., Ltd.|Rossi Tessuti S.p.A.|"
    "Dubois Conseil SAS|Hernández Hermanos S.A. de C.V.|Van der Linde Transport B.V.|Kaya Tekstil A.Ş.|"
    "Mwangi Holdings Ltd|Nguyen Pho House LLC|Kim & Chang Trading Co|Johansson Marin AB|"
    "Petrović Građevina d.o.o.|Dlamini Property Group (Pty) Ltd|Sharma Pharma Pvt Ltd|"
    "Northwind Traders|Globex Corporation|Initech LLC|Tailspin Toys|Fabrikam Inc.|Wingtip Toys"
)

COMPANIES_UPPER = tuple(
    c.upper()
    for c in (
        "Fischer Logistik GmbH",
        "Moreau Freres SARL",
        "Tanaka Shoji KK",
        "Mensah Agro Ltd",
        "Haddad Trading FZE",
        "Patel Brothers Wholesale Inc",
        "Ferreira e Filhos Lda",
        "Lindqvist Bygg AB",
        "Okonkwo Freight Services Ltd",
        "Nakamura Precision Co Ltd",
        "Rossi Tessuti SpA",
        "Dubois Conseil SAS",
        "Van der Linde Transport BV",
        "Kaya Tekstil AS",
        "Mwangi Holdings Ltd",
        "Johansson Marin AB",
        "Dlamini Property Group Pty Ltd",
        "Sharma Pharma Pvt Ltd",
        "Northwind Traders Ltd",
        "Globex Corporation",
    )
)

STATUS_WORDS = _s(
    "Active|Inactive|Pending|Suspended|Archived|Provisioning|Degraded|Healthy|Unknown|Terminated|"
    "Completed|Cancelled|On Hold|Awaiting Approval|Ready|Not Ready|Draining|Evicted|Succeeded|Failed"
)

UI_STRINGS = _s(
    "Sign In|Create Account|Forgot Password|Order Summary|Continue Shopping|Billing Address|"
    "Payment Method|Save Changes|Account Settings|Privacy Policy|Terms of Service|Contact Us|"
    "Grace Period Ends Soon|Welcome Back|Add To Cart|Track Your Order|Gift Card Balance|"
    "Hunter Green Edition|Rose Gold Finish|Summer Sale|Black Friday Deals|Meet The Team|Join Waitlist"
)

UI_STRINGS_INTL = _s(
    "Anmelden|Passwort vergessen|Bestellübersicht|Zur Kasse|Connexion|Mot de passe oublié|"
    "Récapitulatif de commande|Iniciar sesión|Carrito de compras|Confirmar pedido|Accedi|"
    "Carrello|Inloggen|Winkelwagen|Zaloguj się|Koszyk|Giriş yap|Sepetim|Войти|Корзина|ログイン|"
    "カートに入れる|登录|购物车|로그인|장바구니|تسجيل الدخول|سلة التسوق|Entrar|Finalizar compra|"
    "Kirjaudu sisään|Ostoskori|Logga in|Varukorg"
)
