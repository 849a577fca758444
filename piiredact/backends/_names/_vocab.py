"""What we know about logs: words that are never names there, and keys that hold names.

``NEVER_NAMES`` gates tokens out before the model runs, so it holds only words that
are (practically) never a person's name in a log line. Words that are names *and*
words ("Will", "Mark", "Grant", "Rose", "May", "Chase") are deliberately absent: the
model decides those from context.
"""

from __future__ import annotations

from typing import Final

NEVER_NAMES: Final[frozenset[str]] = frozenset(
    """
    a an the this that these those it its i we you he she they our your my me us them his her their
    and or but not no yes if then else when while for from to of in on at by with without into onto via
    is are was were be been being has have had do does did done can could should would must shall
    all any some each every none null nil true false ok okay n/a na undefined nan inf
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
)

#: Lower-case name particles that join the words of one name (van der Berg, da Silva).
PARTICLES: Final[frozenset[str]] = frozenset(
    "van von der den de del della di da dos das du la le ter ten bin ibn al el y".split()
)

QUOTES: Final[frozenset[str]] = frozenset({'"', "'", "`", "“", "”", "‘", "’", "«", "»"})

#: Key parts that mean "this value is a person's name" (after splitting camel/snake case).
PERSON_KEY_PARTS: Final[frozenset[str]] = frozenset(
    """
    firstname lastname fullname givenname familyname middlename surname forename fname lname
    displayname legalname realname nickname maidenname preferredname contactname customername
    holdername cardholder accountholder holder cardholdername patientname employeename
    """.split()
)
#: Keys (whole, normalised) whose value is a person when it is name-shaped.
PERSON_KEYS: Final[frozenset[str]] = frozenset(
    """
    name names display fullname firstname lastname givenname familyname middlename surname forename
    fname lname displayname legalname realname nickname maidenname preferredname contactname
    customername customer holder holdername cardholder cardholdername accountholder accountname
    billingname shippingname recipientname sendername authorname ownername patientname employeename
    membername guestname passengername studentname travelername applicantname beneficiaryname
    author owner assignee reporter requester requestedby approvedby createdby updatedby modifiedby
    submittedby reviewedby signedby recipient sender patient employee applicant beneficiary signer
    signatory contact agent driver passenger guest member student teacher doctor physician nurse
    manager supervisor attendee participant speaker organizer organiser traveler traveller tenant
    landlord buyer seller payee payer cardholder person to from cc bcc attn
    """.split()
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
    """.split()
)

#: Words right before a name in free text that make it near-certain.
GREETINGS: Final[frozenset[str]] = frozenset("dear hi hello hey greetings welcome thanks thank regards cheers".split())
TITLES: Final[frozenset[str]] = frozenset(
    "mr mrs ms miss mx dr prof sir madam madame mme mlle herr frau sr sra srta dott ing".split()
)
