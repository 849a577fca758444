"""What we know about logs: words that are never names there, and keys that hold names.

``NEVER_NAMES`` gates tokens out before the model runs, so it holds only words that
are (practically) never a person's name in a log line. Words that are names *and*
words ("Will", "Mark", "Grant", "Rose", "May", "Chase") are deliberately absent: the
model decides those from context.
"""

from __future__ import annotations

from typing import Final

from ._digits import zero_digits

NEVER_NAMES: Final[frozenset[str]] = frozenset(
    """
    a an the this that these those it its i we you he she they our your my me us them his her their
    and or but not no yes if then else when while for from to of in on at by with without into onto via
    is are was were be been being has have had do does did done can could should would must shall
    all any some each every none null nil true false ok okay n/a na undefined nan inf
    everyone everybody anyone anybody someone somebody nobody noone
    notprovided notavailable notapplicable notspecified unspecified
    info information debug trace warn warning error errors err fatal critical notice alert emerg emergency
    verbose success succeeded successful successfully failed failure failing fail pending retry retrying
    get post put delete patch head options connect http https tcp udp tls ssl ssh ftp smtp imap dns
    url uri id ids uuid guid json xml yaml csv html sql api apis sdk cli gui ui ux os vm cpu gpu ram
    request requests response responses session sessions account accounts order orders payment payments
    invoice invoices ticket tickets job jobs task tasks worker workers thread threads process processes
    node nodes host hosts hostname server servers client clients cluster clusters pod pods container
    containers instance instances service services build builds deploy deploys deployment release
    version versions user users customer customers admin admins administrator root system systems guest
    anonymous unknown default test tests testing team support sales security ops devops
    monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat
    january february march july september october november december feb mar apr jul aug sep
    sept oct nov dec utc gmt pst pdt est edt cet cest bst ist jst
    starting started start stopping stopped stop running run runs shutdown shutting restarting restart
    loading loaded load saving saved save sending sent send receiving received receive reading read
    writing wrote write creating created create updating updated update deleting deleted removing
    removed remove adding added add closing closed close opening opened open connecting connected
    disconnecting disconnected listening accepted accepting rejected rejecting denied allowed blocked
    checking checked check validating validated validation processing processed scheduling scheduled
    executing executed execute completed complete completing finished finish initializing initialized
    initialising initialised registering registered unregistered resolving resolved exception exceptions
    caused traceback file line module class method function object value key keys field fields
    invalid valid missing found not-found timeout timed expired expiring exceeded limit limits
    status state event events message messages queue queues topic topics channel channels cache caches
    database databases table tables index indexes schema query queries transaction transactions
    commit rollback lock locks memory disk network socket sockets port ports address addresses
    heap stack gc load total count size time date duration latency elapsed took ms
    new old current previous next last first final initial local remote internal external public private
    health healthy unhealthy ready alive live liveness readiness metrics metric config configuration
    settings setting option options parameter parameters param params argument arguments env environment
    production staging development prod dev qa uat sandbox region zone datacenter rack
    note notes see warning caution tip hint todo fixme deprecated
    redis postgres postgresql mysql mariadb mongodb cassandra kafka rabbitmq zookeeper elasticsearch
    opensearch kibana logstash grafana prometheus jaeger zipkin datadog splunk nginx tomcat jetty netty
    istio terraform ansible kubernetes docker helm airflow hadoop hdfs yarn mapreduce hbase redshift
    bigquery snowflake memcached haproxy traefik cloudflare akamai fastly azure aws gcp github gitlab
    bitbucket jira confluence slack gmail outlook chrome firefox safari chromium webkit mozilla android
    ios windows linux ubuntu debian centos fedora alpine macos kotlin golang python javascript typescript
    django flask fastapi celery sidekiq gunicorn uvicorn webpack gradle maven npm pypi oauth openid saml
    stripe paypal braintree twilio sendgrid mailgun okta keycloak firebase heroku vercel netlify
    intel amd nvidia qualcomm cisco juniper broadcom
    """.split()
) | frozenset(
    # Function words and support/log nouns of other languages that open sentences in logs and
    # tickets (German, French, Spanish, Italian, Portuguese, Dutch), written from general knowledge.
    # Articles that are also name particles (la, le, de, der, den, van, von, el, al, da, di, du) stay
    # out: they are PARTICLES, and so do words that are given names too (Una, Des).
    """
    il lo gli les los las die das dem ein eine einen einem het een un une uno und oder
    bitte danke hallo bonjour merci hola gracias ciao grazie obrigado obrigada bedankt dank
    kunde kunden kundin cliente clientes client clients usuario usuaria usuarios utilisateur
    benutzer nutzer gebruiker klant pedido pedidos commande commandes ordine ordini bestellung
    bestelling factura facture fattura rechnung nachricht mensaje messaggio mensagem bericht
    fehler erreur errore erro fout aviso achtung attention avviso atencion
    """.split()
) | frozenset(
    # hardware and connection words written in Title Case in inventories and user agents
    "wi-fi wifi bluetooth ethernet usb hdmi thunderbolt nvme sata".split()
) | frozenset(
    # field labels and log nouns of Chinese, Japanese and Korean (caseless scripts: every word there
    # is a candidate), written from general knowledge: phone, mobile, address, e-mail, name (the
    # label), user, password, order, status, error, success, failure, customer, contact, note, time,
    # date, amount, number, account, login, registration, confirmation
    """
    电话 電話 手机 手機 地址 邮箱 郵箱 姓名 名字 用户 用戶 密码 密碼 订单 訂單 状态 狀態 错误 錯誤 成功
    失败 失敗 客户 客戶 联系 聯繫 备注 備註 时间 時間 日期 金额 金額 号码 號碼 账号 帳號 登录 登錄 注册
    註冊 确认 確認 携帯 番号 住所 氏名 名前 メール ユーザー パスワード 注文 状態 エラー お客様 顧客 連絡
    備考 日時 ログイン 登録 折り返し 希望 전화 휴대폰 주소 이메일 이름 성명 사용자 비밀번호 주문 상태 오류
    성공 실패 고객 연락처 메모 시간 날짜 금액 번호 계정 로그인 확인
    """.split()
) | frozenset(
    # the same kind of words in Arabic, Persian, Hebrew, Georgian, Thai and Hindi, also from general
    # knowledge: password, changed, user, order, account, login, logout, error, success, failed,
    # updated, cancelled, confirmed, payment, customer, address, phone, e-mail, hello, thanks, done
    """
    كلمة المرور مرور تم تغيير خطأ نجاح فشل مستخدم المستخدم طلب الطلب حساب الحساب تسجيل الدخول الخروج
    رقم الهاتف هاتف البريد الإلكتروني مرحبا شكرا تحديث إلغاء تأكيد الدفع العميل عنوان العنوان
    رمز عبور تغییر کرد شد خطا کاربر سفارش ورود خروج موفق ناموفق سلام ممنون تلفن آدرس پرداخت مشتری
    סיסמה הסיסמה שונתה שגיאה משתמש המשתמש הזמנה ההזמנה חשבון החשבון התחברות כניסה יציאה הצלחה נכשל
    עודכן בוטל אושר תשלום לקוח כתובת טלפון דואר שלום תודה
    პაროლი შეიცვალა შეცდომა მომხმარებელი შეკვეთა ანგარიში შესვლა გასვლა წარმატებით გაუქმდა განახლდა
    გადახდა კლიენტი მისამართი ტელეფონი მადლობა გამარჯობა
    รหัสผ่าน เปลี่ยน ผู้ใช้ คำสั่งซื้อ บัญชี เข้าสู่ระบบ ออกจากระบบ สำเร็จ ล้มเหลว ชำระเงิน ลูกค้า ที่อยู่
    โทรศัพท์ ขอบคุณ สวัสดี
    पासवर्ड बदल बदला गया उपयोगकर्ता ऑर्डर खाता लॉगिन सफल विफल भुगतान ग्राहक पता फ़ोन फोन धन्यवाद नमस्ते त्रुटि
    """.split()
)

#: Lower-case name particles that join the words of one name (van der Berg, da Silva).
PARTICLES: Final[frozenset[str]] = frozenset(
    "van von der den de del della di da dos das du la las le los ter ten bin binti bint binte ibn al el y".split()
)

QUOTES: Final[frozenset[str]] = frozenset({'"', "'", "`", "“", "”", "‘", "’", "«", "»"})

#: Key parts that mean "this value is a person's name" (after splitting camel/snake case).
PERSON_KEY_PARTS: Final[frozenset[str]] = frozenset(
    """
    firstname lastname fullname givenname familyname middlename surname forename fname lname
    displayname legalname realname nickname maidenname preferredname contactname customername
    holdername cardholder accountholder holder cardholdername patientname employeename
    firstnm lastnm fullnm givennm familynm surnm custname custnm customernm payeename payername
    given family
    beneficiaryname debtorname creditorname passengername paxname
    nameoncard embossedname cardname printedname
    """.split()
)
#: Keys naming a part of a name in other languages and systems: German and SAP HR (Vorname/Nachname,
#: VORNA/NACHN), French, Spanish, Portuguese, Italian, Dutch, Polish, Swedish, Finnish, Danish and
#: Norwegian (normalised: lower case, no separators).
FOREIGN_NAME_PART_KEYS: Final[frozenset[str]] = frozenset(
    """vorname nachname familienname vorna nachn prenom nomdefamille apellido apellidos sobrenome cognome
    voornaam achternaam imie nazwisko fornamn efternamn etunimi sukunimi fornavn efternavn etternavn""".split()
)

#: Keys (whole, normalised) whose value is a person when it is name-shaped.
PERSON_KEYS: Final[frozenset[str]] = frozenset(
    """
    name names display fullname firstname lastname givenname familyname middlename surname forename
    姓名 名字 氏名 名前 이름 성명 고객명 联系人 聯絡人 收件人 收货人 寄件人 申请人 担当者 お名前
    fname lname displayname legalname realname nickname maidenname preferredname contactname
    customername customer holder holdername cardholder cardholdername accountholder accountname
    billingname shippingname recipientname sendername authorname ownername patientname employeename
    membername guestname passengername studentname travelername applicantname beneficiaryname
    author owner assignee reporter requester requestedby approvedby createdby updatedby modifiedby
    submittedby reviewedby signedby recipient sender patient employee applicant beneficiary signer
    signatory contact agent driver passenger guest member student teacher doctor physician nurse
    manager supervisor attendee participant speaker organizer organiser traveler traveller tenant
    landlord buyer seller payee payer cardholder person to from cc bcc attn
    reviewer approver watcher invitee collaborator mentor
    officer clerk technician medic paramedic dispatcher inspector analyst cashier courier rider teller
    adjuster underwriter pharmacist therapist counselor counsellor caseworker investigator auditor
    instructor librarian volunteer recruiter interviewer resident moderator tutor coach
    borrower coborrower claimant debtor patron curator foreman witness custodian
    director creator uploader evaluator verifier caregiver carer cleaner fundraiser
    deckhand requestor leader editor preparer signee cosigner notary chaperone counterparty
    oncall primary secondary
    """.split()
) | FOREIGN_NAME_PART_KEYS | frozenset(
    # rota/on-call schedules: "Mon=Ann Tue=Bo"
    "mon tue wed thu fri sat sun monday tuesday wednesday thursday friday saturday sunday".split()
)
#: Roles only a person holds (no program, queue or device is a nurse or a notary): under these keys a
#: login may be spelt from names no gazetteer holds (``supervisor=vainikolov``). Not agent, driver,
#: owner, operator, editor, reviewer or manager: software holds those too.
HUMAN_ROLES: Final[frozenset[str]] = frozenset(
    """
    officer clerk technician medic paramedic dispatcher inspector cashier courier teller adjuster underwriter
    pharmacist therapist counselor counsellor caseworker investigator auditor instructor librarian volunteer
    recruiter interviewer tutor coach nurse doctor physician teacher supervisor director caregiver carer
    cleaner fundraiser deckhand notary chaperone curator foreman witness custodian
    """.split()
)
#: Abbreviated role keys (``rep=``, ``tech:``, ``mgr=``, ``drv=``): a person in a role, as the whole words are.
ROLE_ABBREVIATIONS: Final[frozenset[str]] = frozenset("rep tech mgr supv agt drv opr csr".split())
#: Roles of payment and account records besides PERSON_KEYS (payee, beneficiary, holder are there):
#: in a record of capitals they label a person and never are one.
ROLE_WORDS: Final[frozenset[str]] = frozenset(
    "remitter originator ordering orderer drawer drawee insured policyholder guarantor".split()
)
#: Keys whose value is never a person, whatever its shape.
NON_PERSON_KEYS: Final[frozenset[str]] = frozenset(
    """
    hostname host servicename service appname app application filename file classname class
    methodname method funcname function modulename module logger loggername level levelname
    threadname thread processname process taskname task jobname job queuename queue topicname topic
    tablename table dbname database schemaname schema bucketname bucket clustername cluster
    nodename node podname pod containername container imagename image region zone env environment
    productname product companyname company orgname organization organisation teamname team
    projectname project repo repository branch tag version city country state street countryname
    cityname statename eventname event metricname metric featurename feature flag flagname
    devicename device browser os platform model vendor brand category type kind status state
    location loc town province county destination origin site area locale
    district suburb municipality village neighborhood neighbourhood prefecture townname streetname
    twnnm strtnm ctrysubdvsn dstrctnm bldgnm twnlctnnm
    address addr address1 address2 address3 addressline addressline1 addressline2 line1 line2 street1 street2
    streetaddress adrline
    restaurant restaurantname merchant merchantname store storename shop shopname venue venuename hotel
    hotelname school schoolname hospital hospitalname pharmacy pharmacyname airline airlinename bank
    bankname warehouse campus building facility clinic clinicname
    vessel vesselname vessels ship shipname boat boatname yacht tug tugname barge aircraft
    """.split()
)

#: Words right before a name in free text that make it near-certain.
GREETINGS: Final[frozenset[str]] = frozenset("dear hi hello hey greetings welcome thanks thank regards cheers".split())
#: Closing words of a letter or an e-mail, before the signature ("Best,\nAnn Lee").
VALEDICTIONS: Final[frozenset[str]] = frozenset(
    "best regards cheers thanks sincerely cordially respectfully yours warmly br kind warm greetings".split()
)
TITLES: Final[frozenset[str]] = frozenset(
    "mr mrs ms miss mx dr prof sir madam madame mme mlle herr frau sr sra srta dott ing".split()
)

#: Keys whose value is an account (login) name; a person's when it is name-shaped (see _accounts).
ACCOUNT_KEYS: Final[frozenset[str]] = frozenset(
    """
    user username usr uname login loginname logon logonname account accountname acct principal userid loginid
    principalname uid samaccountname targetusername subjectusername actor ruser luser euser suser
    sudouser remoteuser authuser alternateid userprincipalname upn nick nickname handle screenname
    owner owneruser dbuser osuser unixuser sshuser ftpuser accountid
    displayname gamertag playername
    """.split()
)

#: System, daemon and service accounts that are never a person (Unix base accounts, common
#: daemons and packaged services, Windows built-ins, CI/automation users). Written from the
#: usual contents of /etc/passwd on Linux distributions and Windows' built-in principals.
_SERVICE_ACCOUNT_WORDS: Final[frozenset[str]] = frozenset(
    """
    root daemon bin sys sync games man lp mail news uucp proxy www www-data backup list irc gnats nobody
    nogroup systemd-network systemd-resolve systemd-timesync systemd-journal systemd-coredump messagebus
    syslog uuidd dnsmasq landscape pollinate sshd ntp chrony polkitd rtkit avahi colord geoclue pulse
    usbmux saned cups lightdm gdm kernoops whoopsie tss tcpdump fwupd-refresh dhcpcd halt shutdown
    operator adm ftp ftpuser sftp apache httpd nginx lighttpd tomcat jetty wildfly jboss weblogic
    mysql mariadb postgres postgresql pgsql oracle oinstall mssql sqlserver mongodb mongod mongo redis
    memcache memcached rabbitmq kafka zookeeper elasticsearch elastic kibana logstash opensearch solr
    cassandra couchdb influxdb grafana prometheus alertmanager nagios icinga zabbix munin collectd
    telegraf consul vault nomad etcd haproxy squid bind named unbound postfix exim dovecot sendmail
    clamav amavis spamd opendkim git gitlab gitlab-runner gitea jenkins hudson teamcity bamboo
    buildkite circleci travis drone runner actions github deploy deployer ansible puppet chef salt
    terraform vagrant docker dockremap containerd kube kubelet k8s minikube hadoop hdfs yarn mapred
    hive hbase spark flink airflow celery nifi presto trino jupyter rstudio ubuntu debian centos
    fedora admin administrator guest test tester demo user users default service system support
    monitor monitoring nagiosadmin backupuser replication replicator repl readonly readwrite app
    application webapp web api bot robot automation scheduler cron batch worker svc service-account
    anonymous anon ec2-user azureuser cloud-user opc pi vagrant localadmin nt local network
    cyrus krbtgt defaultaccount wdagutilityaccount iusr iwam aspnet healthmailbox dwm umfd nexus sonar artifactory
    """.split()
)
# The name tier reads digits as 0 (_digits.digit_blind): the digit-blind spellings too (k8s -> k0s).
SERVICE_ACCOUNTS: Final[frozenset[str]] = _SERVICE_ACCOUNT_WORDS | frozenset(map(zero_digits, _SERVICE_ACCOUNT_WORDS))

#: How handles of bots, teams and queues end (deploybot, sre-ops, payments-team): never a person's.
MACHINE_HANDLE_ENDINGS: Final = ("bot", "ops", "team", "queue", "desk", "oncall")
#: Endings glued to a product's or host's name in a service account (never a person's name's).
SERVICE_SUFFIXES: Final = ("admin", "user", "server", "svc", "srv", "daemon", "service", "bot")

#: States and statuses used as values (device, link, power, account, job states): log jargon
#: that is never a person (gated out like NEVER_NAMES).
STATUS_WORDS: Final[frozenset[str]] = frozenset(
    """
    enabled disabled inactive active activated deactivated powered off on up down degraded online offline
    standby idle busy suspended locked unlocked available unavailable operational normal nominal minor
    major ok good fair poor full half duplex simplex auto manual automatic yes no present absent
    provisioning provisioned deprovisioned maintenance terminated paused resumed dormant closed expired
    approved declined rejected cancelled canceled archived draft published hidden visible mounted
    unmounted attached detached bound unbound allowed blocked granted revoked verified unverified
    """.split()
)

#: Function words that form contractions (I'm, You're, It's, Let's, What's, We've): never a name.
CONTRACTION_STEMS: Final[frozenset[str]] = frozenset(
    "i you we they he she it that there here what who where when why how let this those these".split()
)

#: Capitalised function words of Title Case strings ('Add To Cart', 'Terms Of Service').
TITLE_CASE_GLUE: Final[frozenset[str]] = frozenset("to of the and or for in on at with a an as into per vs".split())

#: Holidays and calendar words (Christmas Day, Easter Monday, Boxing Day).
CALENDAR_WORDS: Final[frozenset[str]] = frozenset(
    """
    christmas easter thanksgiving halloween hanukkah diwali ramadan eid passover pentecost boxing
    new year years eve holiday holidays weekend weekday
    """.split()
)

#: Technology vendors and carmakers whose following capitalised word is a product (Amazon Aurora, Intel
#: Xeon, Volkswagen Jetta); carmakers only where no gazetteer holds the word as a name (Honda and Suzuki
#: are surnames, Kia a given name).
VENDORS: Final[frozenset[str]] = frozenset(
    """
    amazon aws microsoft azure google gcp apple intel amd nvidia dell hp hpe lenovo samsung ibm oracle
    cisco juniper vmware citrix adobe sap salesforce atlassian red hat canonical broadcom qualcomm
    kingston seagate sandisk logitech asus acer supermicro
    volkswagen hyundai bmw mazda subaru mitsubishi peugeot citroen fiat volvo chevrolet cadillac
    """.split()
)

#: Two-letter region codes after "City, XX": US states and territories, Canadian provinces.
REGION_CODES: Final[frozenset[str]] = frozenset(
    """
    AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND
    OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR VI GU AS MP AB BC MB NB NL NS NT NU ON PE QC SK YT
    """.split()
)

#: Well-known companies named after people (founders, partners), written from general knowledge of
#: banks, auditors, law firms, carmakers, retailers and brands (not from any corpus). Only names of
#: two words or more, or a single word that is no common surname: "Ford" or "Dell" alone may be a
#: person, "Morgan Stanley" is a bank.
COMPANY_NAMES: Final[frozenset[str]] = frozenset(
    e.strip()
    for e in """
    Morgan Stanley|Goldman Sachs|Wells Fargo|JP Morgan|J.P. Morgan|JPMorgan Chase|Merrill Lynch
    Lehman Brothers|Piper Sandler|Stifel Nicolaus|Lloyds Banking Group|Coutts|Ernst & Young|Deloitte
    Deloitte Touche|KPMG|Grant Thornton|Baker Tilly|BDO Seidman|Arthur Andersen|Baker McKenzie
    Clifford Chance|Allen & Overy|Linklaters|Freshfields|Skadden|Latham & Watkins|Procter & Gamble
    Johnson & Johnson|Marks & Spencer|Marks and Spencer|Sainsbury's|Abercrombie & Fitch|Walt Disney
    Walt Disney Co|Disney|McDonald's|Wendy's|Arby's|Dunkin'|Kellogg's|Colgate-Palmolive|Estée Lauder
    Estee Lauder|Ralph Lauren|Tommy Hilfiger|Calvin Klein|Hugo Boss|Louis Vuitton|Christian Dior
    Yves Saint Laurent|Giorgio Armani|Dolce & Gabbana|Hermès|Chanel|Gucci|Prada|Versace|Levi Strauss
    Levi's|Harley-Davidson|Rolls-Royce|Aston Martin|Mercedes-Benz|Daimler|Porsche|Ferrari|Lamborghini
    Bugatti|Maserati|Peugeot|Citroën|Citroen|Renault|Chevrolet|Chrysler|Lincoln Motor|Tesla Motors
    Siemens|Bosch|Robert Bosch|Philips|Michelin|Heineken|Carlsberg|Cadbury|Nestlé|Nestle|Pfizer
    Eli Lilly|Bristol-Myers Squibb|Abbott Laboratories|Hoffmann-La Roche|Boehringer Ingelheim|Boeing
    Lockheed Martin|Northrop Grumman|Pratt & Whitney|Black & Decker|Stanley Black & Decker
    Sherwin-Williams|Hewlett-Packard|Hewlett Packard|Dell Technologies|Ben & Jerry's|Baskin-Robbins
    Krispy Kreme|Tim Hortons|Hilton Hotels|Hilton Worldwide|Four Seasons|Ritz-Carlton|Thomson Reuters
    Reuters|Dow Jones|Standard & Poor's|Moody's|McKinsey|McKinsey & Company|Bain & Company
    Booz Allen Hamilton|Boston Consulting Group|Oliver Wyman|Accenture|Capgemini|Tata Consultancy
    Tata Motors|Dangote Cement|Safaricom|Ooredoo|Jollibee|Paddy Power|Fortnum & Mason|Harvey Nichols
    Selfridges|Harrods|Debenhams|Macy's|Kohl's|Dillard's|Trader Joe's|Lowe's|Walgreens|Sotheby's
    Christie's|Wrigley|Campbell Soup|Whirlpool|Miele|Gillette|Wilkinson Sword|Smith & Wesson
    Smith & Nephew|Reckitt Benckiser|Unilever|Henkel|Beiersdorf|L'Oréal|L'Oreal|Mitsubishi|Kawasaki
    Yamaha|Hyundai|Samsung|Daewoo
    Charles Schwab|Edward Jones|Raymond James|T. Rowe Price|Franklin Templeton|John Hancock|Jackson Hewitt
    H&R Block|Fannie Mae|Freddie Mac|Sallie Mae|Ginnie Mae|Jones Lang LaSalle|Cushman & Wakefield
    Marsh McLennan|Arthur J. Gallagher|Willis Towers Watson|Kelly Services|Robert Half|Jack Henry
    Kohlberg Kravis Roberts|Bain Capital|John Deere|Dow Chemical|Johnson Controls|Emerson Electric
    Parker Hannifin|Dr Pepper|Kate Spade|Michael Kors|Tory Burch|Ted Baker|Paul Smith|Vera Wang
    Victoria's Secret|Papa John's|Chuck E. Cheese|Jack Daniel's|Jim Beam|Johnnie Walker|John Lewis
    Anne Klein|Jimmy Choo|Pierre Cardin|Alexander McQueen|Stella McCartney|Carl Zeiss|Ray-Ban
    Jacob's Creek|Martha Stewart Living|Sherwin Williams|Lowe's Companies|Wendy's International
    """.replace("\n", "|").split("|")
    if e.strip()
) | frozenset(
    # a possessive dropped, as capitals often write it: TRADER JOE, BEN & JERRY (names of two words or more)
    e.strip()[:-2] for e in """Trader Joe's|Ben & Jerry's|Papa John's|Jack Daniel's|Victoria's Secret""".split("|")
    if e.strip().endswith("'s")
)

#: Owners whose "name" is never a person's: ``group_name``, ``"team": {"name": ...}``, an object typed
#: ``AppInstance`` or ``ServicePrincipal``. Written from the object kinds of identity, ticketing, cloud
#: and commerce APIs (Okta, SCIM, Microsoft Graph, Zendesk, Kubernetes, Shopify).
THING_OWNERS: Final[frozenset[str]] = frozenset(
    """
    group groups team teams queue org organization organisation company department dept division unit
    app apps application applications appinstance client_app product products project projects brand vendor
    store shop site service services serviceprincipal principal_app device devices host server workspace
    channel role roles policy policies plan tier category event file bucket cluster tenant bank hotel
    property location warehouse branch city street region country system systemprincipal resource
    integration connector workflow workflows rule rules automation bot bots macro trigger view form
    instance node pod namespace deployment secret configmap job cronjob pipeline repo repository
    item items lineitem lineitems line_items variant variants sku listing article
    vessel vessels ship ships boat boats tug tugs barge yacht aircraft
    """.split()
)

#: Roles and owners whose name parts a key may name (``contact_first``, ``billing_last``, ``patient.family``).
PERSON_ROLES: Final[frozenset[str]] = frozenset(
    """contact customer cust billing shipping user member employee patient guest holder card account client
    owner applicant beneficiary emergency parent spouse legal preferred display person traveler traveller
    passenger student payee payer recipient sender""".split()
)
#: The last part of a key naming a part of a person's name (``contact_last``, ``legal_given``).
NAME_PART_SUFFIXES: Final[frozenset[str]] = frozenset("first last given family surname forename middle maiden".split())
#: Last labels of host names and infrastructure words ("by mail.example.org", "by web.internal"): a token
#: holding one is a machine's or a place's, not a person's login.
HOST_WORDS: Final[frozenset[str]] = frozenset(
    "com net org edu gov mil int info biz io dev app cloud local lan internal corp intra svc cluster prod stage"
    " staging test example localdomain home arpa aws gcp azure".split()
)

# Network interface names without their number: the Linux kernel's classic names (eth, wlan, ppp, tun,
# tap, bond, veth) and systemd's predictable ones (en/wl/ww + o/s/p/x: enp, ens, eno, wlp), bridges and
# virtual devices (virbr, vnet, docker): a device, never an account (wlan0, enp0s3)
INTERFACE_NAMES: Final[frozenset[str]] = frozenset(
    "eth wlan wlp wlo wls enp ens eno enx wwan wwp bond tun tap veth virbr vnet docker ppp".split()
)

