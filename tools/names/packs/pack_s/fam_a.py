"""Families 1-6 of pack_s: crash reports (iOS, Android, crash SDKs), iOS unified logging, Android client logs and
React Native JavaScript logs."""

from __future__ import annotations

import core as C
from core import L, S, V

APPS = [("Snapcart", "com.snapcart.ios", "snapcart.example"), ("TripNest", "com.tripnest.app", "tripnest.example"),
        ("FitLoop", "io.fitloop.mobile", "fitloop.example"), ("Notely", "app.notely.client", "notely.example"),
        ("Parcelo", "com.parcelo.courier", "parcelo.example"), ("Kindred", "net.kindred.chat", "kindred.example")]


def app(r):
    return r.choice(APPS)


def addr(r) -> str:
    return "0x" + f"{r.randint(0x100000000, 0x1ffffffff):016x}"


def frames(r, appname: str, n: int, start: int = 0) -> str:
    libs = ["CoreFoundation", "libobjc.A.dylib", "UIKitCore", "libswiftCore.dylib", "Foundation", "SwiftUI",
            "libdispatch.dylib", "GraphicsServices"]
    syms = ["__exceptionPreprocess + 164", "objc_exception_throw + 60", "_assertionFailure(_:_:file:line:flags:) + 264",
            "-[UIApplication sendAction:to:from:forEvent:] + 100", "_dispatch_call_block_and_release + 32",
            "GSEventRunModal + 164", "__CFRunLoopRun + 1992", "UIApplicationMain + 340"]
    out = []
    for i in range(n):
        if r.random() < 0.35:
            lib = appname
            sym = r.choice(["ProfileStore.save(_:)", "ContactsSync.merge(contact:)", "ChatViewModel.send(_:)",
                            "CheckoutViewModel.applyCoupon()", "InboxCell.configure(with:)"])
            sym = f"{sym} (in {appname}) ({sym.split('.')[0]}.swift:{r.randint(20, 400)})"
        else:
            lib, sym = r.choice(libs), r.choice(syms)
        out.append(f"{start + i:<4}{lib:<30}\t{addr(r)} {sym}")
    return "\n".join(out)


def crash_header(r, appname: str, bundle: str) -> str:
    return (f"Incident Identifier: {C.uuid(r, True)}\nCrashReporter Key:   {C.hexs(r, 40)}\n"
            f"Hardware Model:      {r.choice(C.IOS_DEVICES)}\nProcess:             {appname} [{r.randint(300, 9999)}]\n"
            f"Path:                /private/var/containers/Bundle/Application/{C.uuid(r, True)}/{appname}.app/"
            f"{appname}\nIdentifier:          {bundle}\nVersion:             {C.app_version(r)} ({C.build_no(r)})\n"
            f"Code Type:           ARM-64 (Native)\nRole:                Foreground\nParent Process:      launchd [1]\n"
            f"Date/Time:           {C.ts_log(r)} +0100\nOS Version:          iPhone OS {r.choice(C.IOS_VERSIONS)}"
            f" (21F90)\nReport Version:      104\n\n")


# ============================================================================ 1. ios_crash_reports
def ios1(rec):
    r = rec.r
    a, b, _d = app(r)
    p = rec.person()
    rec.add(crash_header(r, a, b), "Exception Type:  EXC_CRASH (SIGABRT)\nException Codes: 0x0000000000000000, "
            "0x0000000000000000\nTriggered by Thread:  0\n\nApplication Specific Information:\n")
    k = r.randint(0, 2)
    if k == 0:
        rec.add("*** Terminating app due to uncaught exception 'NSInvalidArgumentException', reason: 'Invalid profile: "
                "Profile(id: ", str(r.randint(1000, 99999)), ', displayName: "', C.nm(r, p, "disp", "full"),
                '", email: "', L(C.pmail(r, p), "EMAIL"), '", phone: ', 'Optional("', L(C.phone(r), "PHONE"),
                "\"))'\n")
    elif k == 1:
        rec.add(a, "/ContactsSync.swift:", str(r.randint(30, 300)), ": Fatal error: Duplicate contact for key '",
                L(C.pmail(r, p), "EMAIL"), "' (", C.nm(r, p, "full", "lf"), ")\n")
    else:
        rec.add("abort() called\nCRASH_INFO_ENTRY_0: -[KDChatSession openThreadWithPeer:] peer=", C.nm(r, p, "acct"),
                " displayName=\"", C.nm(r, p, "disp"), "\"\n")
    rec.add("\nLast Exception Backtrace:\n", frames(r, a, r.randint(4, 7)), "\n\nThread 0 Crashed:\n",
            frames(r, a, 3))


def ios2(rec):
    r = rec.r
    a, b, _d = app(r)
    p = rec.person()
    acct = C.pacct(r, p)
    head = {"app_name": a, "timestamp": C.ts_log(r) + " +0000", "app_version": C.app_version(r),
            "slice_uuid": C.uuid(r), "build_version": C.build_no(r), "platform": 7, "bundleID": b,
            "share_with_app_devs": 0, "is_first_party": 0, "bug_type": "309",
            "os_version": "macOS 14.6.1 (23G93)", "name": a, "incident_id": C.uuid(r, True)}
    rec.add(rec.doc("json", C.jseg(head, seps=(",", ":"))), "\n")
    body = {"uptime": r.randint(1000, 900000), "procRole": "Foreground", "userID": 501,
            "procPath": S("/Users/", L(acct, "NAME"), "/Library/Developer/CoreSimulator/Devices/", C.uuid(r, True),
                          "/data/Containers/Bundle/Application/", C.uuid(r, True), f"/{a}.app/{a}"),
            "exception": {"codes": "0x0000000000000001, 0x00000001a2b3c4d8", "type": "EXC_BREAKPOINT",
                          "signal": "SIGTRAP"},
            "asi": {"libswiftCore.dylib": [S(f"{a}/Session.swift:{r.randint(10, 300)}: Fatal error: 'try!' expression "
                                             "unexpectedly raised an error: APIError.conflict(message: \"",
                                             L(C.pmail(r, p), "EMAIL"), " is already linked to ",
                                             C.nm(r, p, "disp", "full"), "\")")]},
            "faultingThread": 0}
    rec.add(rec.doc("json", C.jseg(body, indent=2)))


def ios3(rec):
    r = rec.r
    a, b, _d = app(r)
    p = rec.person()
    acct = C.pacct(r, p)
    v, bn = C.app_version(r), C.build_no(r)
    rec.add(C.ts_iso(r), " symbolicator[", str(r.randint(100, 999)), "]: dSYM upload ", C.uuid(r, True), " for ", b,
            " ", v, " (", bn, ") by ", L(acct, "NAME"), " (", C.nm(r, p, "full", "lf"), ")\n")
    rec.add("$ atos -arch arm64 -o /Users/", L(acct, "NAME"), f"/Builds/{a}.xcarchive/dSYMs/{a}.app.dSYM/Contents/"
            f"Resources/DWARF/{a} -l 0x100e48000 {addr(r)}\n")
    rec.add("ProfileHeaderView.layoutName(_:) (in ", a, ") (/Users/", L(acct, "NAME"),
            f"/src/{a.lower()}-ios/Sources/Profile/ProfileHeaderView.swift:{r.randint(10, 300)})\n")
    if r.random() < 0.5:
        q = rec.person()
        rec.add("reassigned crash group ", C.hexs(r, 8), " to ", C.nm(r, q, "lf", "full"), " <",
                L(C.pmail(r, q, f"{a.lower()}.example"), "EMAIL"), ">")


def ios4(rec):
    r = rec.r
    a, b, _d = app(r)
    p = rec.person()
    rep = {"report": {"id": C.uuid(r, True), "timestamp": C.ts_iso(r), "type": "standard"},
           "system": {"system_name": "iOS", "system_version": r.choice(C.IOS_VERSIONS),
                      "machine": r.choice(C.IOS_DEVICES), "CFBundleIdentifier": b,
                      "device_name": S(C.device_name(r, p))},
           "user": {"user_id": "u_" + str(r.randint(10000, 999999)), "name": V(C.form(r, p, "disp", "full"), "NAME"),
                    "email": V(C.pmail(r, p), "EMAIL")},
           "crash": {"error": {"type": "signal", "signal": {"name": "SIGSEGV", "code": 0}},
                     "diagnosis": "Attempted to dereference garbage pointer 0x10."}}
    if r.random() < 0.4:
        rep["user"]["last_ip"] = V(C.ip(r), "IP_ADDRESS")
    rec.add("KSCrash report ", C.hexs(r, 8), " (", a, "):\n", rec.doc("json", C.jseg(rep, indent=r.choice([2, 4]))))


def ios5(rec):
    r = rec.r
    a, b, _d = app(r)
    p, q = rec.person(), rec.person()
    lang = r.randint(0, 2)
    comment = {
        0: S("app crashes every time I open ", L(q.first(), "NAME"), "'s shared list"),
        1: S("se cierra al abrir el chat con ", L(q.full(), "NAME")),
        2: S("stürzt ab, wenn ich das Profil von ", L(q.full(), "NAME"), " öffne"),
    }[lang]
    rec.add("TestFlight feedback ", C.uuid(r, True), " build ", C.app_version(r), " (", C.build_no(r), ")\n",
            "  Tester: ", C.nm(r, p, "full", "disp"), " <", L(C.pmail(r, p), "EMAIL"), ">\n",
            "  Device: ", r.choice(C.IOS_DEVICES), ", iOS ", r.choice(C.IOS_VERSIONS), ", battery ",
            str(r.randint(5, 99)), "%\n  Comment: \"", comment.segs, "\"\n  Crash log attached: yes")


def ios6(rec):
    r = rec.r
    p = rec.person()
    rec.add("(lldb) po contact\n<CNContact: 0x", C.hexs(r, 9), ": identifier=", C.uuid(r, True), ":ABPerson, givenName=",
            L(p.first(), "NAME"), ", familyName=", L(p.last(), "NAME"), ", organizationName=, phoneNumbers=(\n",
            '    "<CNLabeledValue: 0x', C.hexs(r, 9), ": identifier=", C.uuid(r, True), ", label=_$!<Mobile>!$_, "
            "value=<CNPhoneNumber: 0x", C.hexs(r, 9), ": stringValue=", L(C.phone(r, style="intl"), "PHONE"),
            ', initialCountryCode=(null)>>"\n), emailAddresses=(\n    "<CNLabeledValue: 0x', C.hexs(r, 9),
            ": identifier=", C.uuid(r, True), ", label=_$!<Home>!$_, value=", L(C.pmail(r, p), "EMAIL"),
            '>"\n), postalAddresses=(not fetched)>')


def ios_n1(rec):
    r = rec.r
    a, b, _d = app(r)
    rec.add(crash_header(r, a, b), "Exception Type:  EXC_CRASH (SIGABRT)\nTriggered by Thread:  0\n\n"
            "Application Specific Information:\n")
    rec.add(r.choice([
        "*** Terminating app due to uncaught exception 'NSInternalInconsistencyException', reason: 'Invalid update: "
        f"invalid number of rows in section {r.randint(0, 4)}.'",
        "*** Terminating app due to uncaught exception 'NSInvalidArgumentException', reason: '*** -[__NSDictionaryM "
        "setObject:forKey:]: object cannot be nil (key: firstName)'",
        f"{a}/PaywallView.swift:{r.randint(10, 300)}: Fatal error: Unexpectedly found nil while unwrapping an Optional "
        "value",
        f"abort() called\nCRASH_INFO_ENTRY_0: {r.choice(C.PRODUCTS)}Animation: composition '{r.choice(C.PLACES)}"
        f"_onboarding.json' failed to decode"]), "\n\nLast Exception Backtrace:\n", frames(r, a, r.randint(4, 7)))


def ios_n2(rec):
    r = rec.r
    a, b, _d = app(r)
    head = {"app_name": a, "timestamp": C.ts_log(r) + " +0000", "app_version": C.app_version(r),
            "bundleID": b, "bug_type": r.choice(["309", "298", "288"]), "os_version": "iPhone OS 18.1 (22B83)",
            "incident_id": C.uuid(r, True)}
    rec.add(rec.doc("json", C.jseg(head, seps=(",", ":"))), "\n")
    body = {"procPath": f"/private/var/containers/Bundle/Application/{C.uuid(r, True)}/{a}.app/{a}",
            "userID": 501, "exception": {"type": "EXC_RESOURCE", "subtype": "CPU"},
            "asi": {"libswiftCore.dylib": [f"{r.choice(C.PRODUCTS)}/ImageCache.swift:{r.randint(10, 300)}: "
                                           "Fatal error: Index out of range"]},
            "vmRegionInfo": "0x10 is not in any region."}
    rec.add(rec.doc("json", C.jseg(body, indent=2)))


def ios_n3(rec):
    r = rec.r
    a, b, _d = app(r)
    bot = r.choice(["ci-bot", "fastlane", "buildkite-agent", "release-bot"])
    rec.add(C.ts_iso(r), " symbolicator[", str(r.randint(100, 999)), "]: dSYM upload ", C.uuid(r, True), " for ", b,
            " ", C.app_version(r), " by ", bot, "\n$ atos -arch arm64 -o /Users/", bot,
            f"/workspace/build/{a}.app.dSYM/Contents/Resources/DWARF/{a} -l 0x100e48000 {addr(r)}\n",
            f"{r.choice(C.PRODUCTS)}Manager.retrieveImage(with:) (in {a}) (ImageCache.swift:{r.randint(10, 300)})\n",
            "crash group ", C.hexs(r, 8), " assigned to team #mobile-platform (", r.choice(C.STATUS), ")")


def ios_n4(rec):
    r = rec.r
    org = r.choice(C.COMPANIES)
    rec.add("(lldb) po contact\n<CNContact: 0x", C.hexs(r, 9), ": identifier=", C.uuid(r, True),
            ":ABPerson, givenName=, familyName=, organizationName=", org,
            ", phoneNumbers=(not fetched), emailAddresses=(\n), postalAddresses=(not fetched)>\n(lldb) po contact.note\n"
            f"\"Branch {r.choice(C.PLACES)} - opening hours Mon-Fri\"")


# ============================================================================ 2. android_crash_anr
def pkg(r):
    return r.choice(["com.fitloop.android", "com.snapcart.app", "net.kindred.chat", "com.tripnest.android",
                     "com.parcelo.courier"])


def jframes(r, pk: str, n: int) -> str:
    cls = ["ui.profile.ProfileAdapter.onBindViewHolder(ProfileAdapter.kt:{})",
           "data.ContactsRepository.upsert(ContactsRepository.kt:{})", "chat.ThreadViewModel.send(ThreadViewModel.kt:{})",
           "sync.SyncWorker.doWork(SyncWorker.kt:{})"]
    sysf = ["androidx.recyclerview.widget.RecyclerView$Adapter.bindViewHolder(RecyclerView.java:7254)",
            "android.os.Handler.handleCallback(Handler.java:958)", "android.os.Looper.loop(Looper.java:288)",
            "kotlinx.coroutines.DispatchedTask.run(DispatchedTask.kt:108)",
            "android.app.ActivityThread.main(ActivityThread.java:8177)"]
    out = []
    for _ in range(n):
        if r.random() < 0.4:
            out.append("\tat " + pk + "." + r.choice(cls).format(r.randint(20, 400)))
        else:
            out.append("\tat " + r.choice(sysf))
    return "\n".join(out)


def and1(rec):
    r = rec.r
    p = rec.person()
    pk = pkg(r)
    rec.add(C.ts_logcat(r), f" {r.randint(1000, 32000)} {r.randint(1000, 32000)} E AndroidRuntime: FATAL EXCEPTION: main\n"
            f"Process: {pk}, PID: {r.randint(1000, 32000)}\n")
    k = r.randint(0, 1)
    if k == 0:
        rec.add("java.lang.IllegalStateException: cannot bind UserProfile(id=", str(r.randint(100, 99999)),
                ", firstName=", L(p.first(), "NAME"), ", lastName=", L(p.last(), "NAME"), ", email=",
                L(C.pmail(r, p), "EMAIL"), ", phone=", L(C.phone(r), "PHONE"), ", avatarUrl=null)\n")
    else:
        rec.add("kotlinx.serialization.MissingFieldException: Field 'id' is required for type with serial name "
                "'Contact', but it was missing at path: $.contacts[", str(r.randint(0, 40)), "]; input: {\"name\":\"",
                enc_json(C.form(r, p, "disp", "full")), "\",\"email\":\"", L(C.pmail(r, p), "EMAIL"), "\"}\n")
    rec.add(jframes(r, pk, r.randint(4, 7)))


def enc_json(s):
    return [(C.e_json(s), "NAME")]


def and2(rec):
    r = rec.r
    p = rec.person()
    pk = pkg(r)
    greet = r.choice(["Hi 😀 from ", "Grüße von ", "Saludos de ", "Bonjour de "])
    rec.add("*** *** *** *** *** *** *** *** *** *** *** *** *** *** *** ***\n",
            f"Build fingerprint: 'samsung/dm3qxxx/dm3q:14/UP1A.231005.007/S918BXXU3BWK5:user/release-keys'\n"
            f"Revision: '0'\nABI: 'arm64'\nTimestamp: {C.ts_log(r)}+0100\n"
            f"pid: {r.randint(1000, 32000)}, tid: {r.randint(1000, 32000)}, name: main  >>> {pk} <<<\n"
            f"uid: 10{r.randint(100, 999)}\nsignal 6 (SIGABRT), code -1 (SI_QUEUE), fault addr --------\n",
            "Abort message: 'JNI DETECTED ERROR IN APPLICATION: input is not valid Modified UTF-8: illegal start byte "
            "0xf0\n    string: '", greet, C.nm(r, p, "disp", "full"), "'\n    in call to NewStringUTF\n    from "
            f"java.lang.String {pk}.NativeBridge.formatGreeting(java.lang.String)'\n",
            "backtrace:\n      #00 pc 000000000005c1a4  /apex/com.android.runtime/lib64/bionic/libc.so (abort+164)\n"
            "      #01 pc 00000000006f3b58  /apex/com.android.art/lib64/libart.so (art::Runtime::Abort(char const*)+472)")


def and3(rec):
    r = rec.r
    p = rec.person()
    pk = pkg(r)
    rec.add(C.ts_logcat(r), " ", str(r.randint(1000, 32000)), " ", str(r.randint(1000, 32000)),
            " D RoomSQL: INSERT OR ABORT INTO `contacts` (`id`,`display_name`,`email`,`phone`) VALUES (?,?,?,?) "
            "bindArgs=[", str(r.randint(1, 9999)), ", ", C.nm(r, p, "disp", "full", "lf"), ", ",
            L(C.pmail(r, p), "EMAIL"), ", ", L(C.phone(r), "PHONE"), "]\n",
            C.ts_logcat(r), " E SQLiteLog: (2067) abort at 14 in [INSERT OR ABORT INTO `contacts`]: UNIQUE constraint "
            "failed: contacts.email\nandroid.database.sqlite.SQLiteConstraintException: UNIQUE constraint failed: "
            "contacts.email (code 2067 SQLITE_CONSTRAINT_UNIQUE)\n", jframes(r, pk, 3))


def and4(rec):
    r = rec.r
    p = rec.person()
    pk = pkg(r)
    extras = C.flat("Bundle[{peer_name=", C.nm(r, p, "disp", "full"), ", peer_id=u_", str(r.randint(1000, 99999)))
    if r.random() < 0.6:
        extras += C.flat(", peer_phone=", L(C.phone(r), "PHONE"))
    if r.random() < 0.5:
        extras += C.flat(", peer_email=", L(C.pmail(r, p), "EMAIL"))
    extras += C.flat(", draft_len=", str(r.randint(0, 400)), "}]")
    rec.add("java.lang.RuntimeException: Unable to start activity ComponentInfo{", pk, "/", pk,
            ".ui.ChatActivity}: java.lang.IllegalArgumentException: missing thread id\n  intent=Intent { cmp=", pk,
            "/.ui.ChatActivity (has extras) }\n  extras=", extras, "\n",
            "\tat android.app.ActivityThread.performLaunchActivity(ActivityThread.java:3782)\n", jframes(r, pk, 3))


def and5(rec):
    r = rec.r
    p = rec.person()
    head = "Issue id,Exception class,Message sample,Users affected,Version code,Last reported"
    msg = r.choice([
        C.flat("java.lang.NumberFormatException: For input string: \"", L(C.phone(r, style="intl"), "PHONE"), "\""),
        C.flat("java.lang.IllegalArgumentException: Invalid display name '", C.nm(r, p, "disp", "full", "upper", "ulf"),
               "'"),
        C.flat("android.content.ActivityNotFoundException: No Activity found to handle Intent { act=android.intent."
               "action.SENDTO dat=mailto:", L(C.pmail(r, p), "EMAIL"), " }"),
    ])
    rows = [C.row([C.hexs(r, 10), r.choice(["java.lang.NumberFormatException", "java.lang.IllegalArgumentException",
                                             "android.content.ActivityNotFoundException"]), msg,
                   str(r.randint(1, 900)), C.build_no(r), C.ts_iso(r, ms=False)])]
    if r.random() < 0.5:
        q = rec.person()
        rows.append(C.row([C.hexs(r, 10), "java.lang.IllegalStateException",
                           C.flat("Fragment ProfileFragment{", C.hexs(r, 7), "} for ", C.nm(r, q, "acct"),
                                  " not attached to a context."), str(r.randint(1, 900)), C.build_no(r),
                           C.ts_iso(r, ms=False)]))
    body = []
    for i, x in enumerate(rows):
        body += ([("\n", None)] if i else []) + x
    rec.add("vitals_crash_clusters.csv\n", head, "\n", body)


def and6(rec):
    r = rec.r
    p = rec.person()
    pk = pkg(r)
    rec.add('Exception in thread "DefaultDispatcher-worker-', str(r.randint(1, 9)), '" java.io.IOException: upload '
            'failed for avatar_', L(C.form(r, p, "under"), "NAME"), '.jpg (HTTP 413)\n',
            "\tat ", pk, ".sync.AvatarUploader.upload(AvatarUploader.kt:", str(r.randint(20, 200)), ")\n",
            "\tSuppressed: kotlinx.coroutines.internal.DiagnosticCoroutineContextException: [CoroutineName(upload-",
            C.nm(r, p, "acct"), "), StandaloneCoroutine{Cancelling}@", C.hexs(r, 7), ", Dispatchers.IO]")


def and_n1(rec):
    r = rec.r
    pk = pkg(r)
    prod = r.choice(C.PRODUCTS)
    rec.add(C.ts_logcat(r), f" {r.randint(1000, 32000)} {r.randint(1000, 32000)} E AndroidRuntime: FATAL EXCEPTION: main\n"
            f"Process: {pk}, PID: {r.randint(1000, 32000)}\n",
            "java.lang.IllegalStateException: cannot bind Product(id=", str(r.randint(100, 99999)), ", name=", prod,
            " ", r.choice(["Pro", "Mini", "Max", "Kids"]), ", brand=", r.choice(C.COMPANIES), ", price=",
            f"{r.randint(1, 300)}.99)\n", jframes(r, pk, r.randint(4, 6)))


def and_n2(rec):
    r = rec.r
    pk = pkg(r)
    rec.add(f"----- pid {r.randint(1000, 32000)} at {C.ts_log(r)}+0100 -----\nCmd line: {pk}\n"
            f"Build fingerprint: 'google/husky/husky:14/AP2A.240805.005/12025142:user/release-keys'\nABI: 'arm64'\n"
            f"Subject: Input dispatching timed out ({pk}/{pk}.ui.MainActivity is not responding. Waited 5001ms for "
            "MotionEvent)\n\n\"main\" prio=5 tid=1 Blocked\n  | group=\"main\" sCount=1 ucsCount=0 flags=1 obj=0x"
            f"{C.hexs(r, 8)} self=0xb400007{C.hexs(r, 9)}\n  at {pk}.data.SettingsStore.read(SettingsStore.kt:"
            f"{r.randint(20, 300)})\n  - waiting to lock <0x0{C.hexs(r, 7)}> (a {pk}.data.SettingsStore) held by "
            f"thread {r.randint(10, 40)}")


def and_n3(rec):
    r = rec.r
    pk = pkg(r)
    rec.add(C.ts_logcat(r), " D RoomSQL: INSERT OR ABORT INTO `products` (`sku`,`title`,`brand`) VALUES (?,?,?) "
            f"bindArgs=[SKU-{C.alnum(r, 6)}, {r.choice(C.PRODUCTS)} {r.choice(['Pro', 'Lite', '2'])}, "
            f"{r.choice(C.COMPANIES)}]\n",
            C.ts_logcat(r), " E SQLiteLog: (2067) abort at 14 in [INSERT OR ABORT INTO `products`]: UNIQUE constraint "
            "failed: products.sku\n", jframes(r, pk, 3))


def and_n4(rec):
    r = rec.r
    pk = pkg(r)
    rec.add("java.lang.RuntimeException: Unable to start activity ComponentInfo{", pk, "/", pk,
            ".ui.MapActivity}: java.lang.IllegalArgumentException: unknown region\n  extras=Bundle[{city=",
            r.choice(C.PLACES), ", screen=", r.choice(C.SCREENS), ", source=push, campaign=",
            r.choice(["spring_sale", "winback_7d", "onboarding_d3"]), "}]\n", jframes(r, pk, 3))


# ============================================================================ 3. crash_sdk_events
def sdk1(rec):
    r = rec.r
    p = rec.person()
    sdk = r.choice([("sentry.cocoa", "8.36.0"), ("sentry.java.android", "7.14.0"), ("sentry.javascript.react-native",
                                                                                      "5.33.1"), ("sentry.dart.flutter", "8.9.0")])
    eid = C.hexs(r, 32)
    h1 = {"event_id": eid, "sent_at": C.ts_iso(r), "sdk": {"name": sdk[0], "version": sdk[1]}}
    user = {"id": "u_" + str(r.randint(1000, 999999))}
    if r.random() < 0.7:
        user["username"] = V(C.pacct(r, p), "NAME")
    user["email"] = V(C.pmail(r, p), "EMAIL")
    user["ip_address"] = V(C.ip(r), "IP_ADDRESS") if r.random() < 0.7 else "{{auto}}"
    ev = {"event_id": eid, "timestamp": C.epoch_s(r) + ".412", "platform": "cocoa", "level": "fatal",
          "release": f"com.snapcart.ios@{C.app_version(r)}+{C.build_no(r)}", "user": user,
          "contexts": {"device": {"name": S(C.device_name(r, p)), "model": r.choice(C.IOS_DEVICES)},
                       "os": {"name": "iOS", "version": r.choice(C.IOS_VERSIONS)}}}
    evs = C.jseg(ev, seps=(",", ":"))
    rec.add(rec.doc("json", C.jseg(h1, seps=(",", ":"))), "\n", '{"type":"event","length":',
            str(len(C.plain(evs).encode())), "}\n", rec.doc("json", evs))


def sdk2(rec):
    r = rec.r
    p = rec.person()
    q = rec.person() if r.random() < 0.5 else p
    crumbs = [
        {"timestamp": C.ts_iso(r), "type": "navigation", "category": "navigation",
         "data": {"from": "/inbox", "to": S("/chat/", L(C.pacct(r, q), "NAME"))}},
        {"timestamp": C.ts_iso(r), "category": "ui.click", "level": "info",
         "message": S("Button[text='Call ", L(q.first() if r.random() < 0.5 else q.disp(), "NAME"), "']")},
        {"timestamp": C.ts_iso(r), "type": "http", "category": "http",
         "data": {"method": "GET", "url": S("https://api.kindred.example/v1/users?email=",
                                            [(C.e_pct(C.pmail(r, p)), "EMAIL")]), "status_code": 404}},
    ]
    if r.random() < 0.5:
        crumbs.append({"timestamp": C.ts_iso(r), "category": "console", "level": "warning",
                       "message": S("retrying send to ", L(C.phone(r), "PHONE"))})
    rec.add("breadcrumbs for event ", C.hexs(r, 32), ":\n", rec.doc("json", C.jseg({"values": crumbs}, indent=2)))


def sdk3(rec):
    r = rec.r
    p = rec.person()
    owner = rec.person() if r.random() < 0.5 else None
    payload = {"apiKey": C.hexs(r, 32), "notifier": {"name": "Bugsnag Android", "version": "6.7.0"},
               "events": [{"exceptions": [{"errorClass": "java.net.SocketTimeoutException",
                                           "message": "timeout"}],
                           "user": {"id": str(r.randint(1000, 999999)), "name": V(C.form(r, p, "disp", "full", "upper"), "NAME"),
                                    "email": V(C.pmail(r, p), "EMAIL")},
                           "metaData": {"account": {"plan": r.choice(["free", "pro", "family"])}}}]}
    if owner:
        payload["events"][0]["metaData"]["account"]["owner"] = V(C.form(r, owner, "lf", "full"), "NAME")
    rec.add("POST https://notify.bugsnag.example/ 202\n",
            rec.doc("json", C.jseg(payload, indent=None if r.random() < 0.5 else 2, ascii_=r.random() < 0.4)))


def sdk4(rec):
    r = rec.r
    p = rec.person()
    q = rec.person() if r.random() < 0.6 else None
    a, _b, _d = app(r)
    lines = [C.flat(f"Crashlytics issue {C.hexs(r, 6)} • Fatal • {a} {C.app_version(r)} ({C.build_no(r)})\nKeys\n"),
             C.flat("  user_id          u_", str(r.randint(1000, 99999)), "\n"),
             C.flat("  user_email       ", L(C.pmail(r, p), "EMAIL"), "\n"),
             C.flat("  last_screen      ", r.choice(C.SCREENS), "\n")]
    if q:
        lines.append(C.flat("  chat_peer        ", C.nm(r, q, "disp", "full"), "\n"))
    lines.append(C.flat("Logs\n  00:00:01.203  D/Session: restored session for ", C.nm(r, p, "acct"), "\n"))
    lines.append(C.flat("  00:00:07.881  I/Checkout: card entered ", L(C.card(r), "CREDIT_CARD"), " (debug build)\n")
                 if r.random() < 0.35 else C.flat("  00:00:07.881  I/Checkout: opened cart with 3 items\n"))
    lines.append(C.flat("  00:00:09.014  E/Crash: fatal signal 11"))
    rec.add(lines)


def sdk5(rec):
    r = rec.r
    p = rec.person()
    ev = {"user": {"email": V(C.pmail(r, p), "EMAIL"), "username": V(C.pacct(r, p), "NAME")},
          "request": {"url": "https://api.tripnest.example/v2/bookings", "method": "POST",
                      "env": {"REMOTE_ADDR": V(C.ip(r), "IP_ADDRESS")}},
          "extra": {"guest_name": S(C.nm(r, p, "full", "disp"))}}
    if r.random() < 0.3:
        ev["extra"]["form"] = {"ssn": V(C.ssn(r, r.choice(["dash", "bare"])), "SSN"), "step": "identity"}
    rec.add(C.ts_log(r), " DEBUG sentry_sdk.before_send: ", rec.doc("py", C.pyseg(ev)))


def sdk6(rec):
    r = rec.r
    p, q = rec.person(), rec.person()
    a, _b, _d = app(r)
    rec.add("[Sentry] New issue in ", a.lower(), "-", r.choice(["ios", "android", "rn"]), ": TypeError: Cannot read "
            "property 'displayName' of undefined • ", str(r.randint(2, 900)), " users • first seen ",
            C.ts_iso(r, ms=False), "\n  assigned to ", C.nm(r, p, "lf", "full"), " by ", C.nm(r, q, "acct"),
            "\n  comment: \"", L(p.first(), "NAME"), ", can you check the ", r.choice(C.SCREENS),
            " screen? repro on ", S(C.device_name(r, q)).segs, "\"")


def sdk_n1(rec):
    r = rec.r
    eid = C.hexs(r, 32)
    h1 = {"event_id": eid, "sent_at": C.ts_iso(r), "sdk": {"name": "sentry.cocoa", "version": "8.36.0"}}
    ev = {"event_id": eid, "level": "error", "user": {"id": "anon-" + C.hexs(r, 12), "ip_address": "{{auto}}"},
          "contexts": {"device": {"name": r.choice(["iPhone", "iPad", "Simulator"]), "model": r.choice(C.IOS_DEVICES)},
                       "app": {"app_name": r.choice(C.PRODUCTS), "app_version": C.app_version(r)}}}
    evs = C.jseg(ev, seps=(",", ":"))
    rec.add(rec.doc("json", C.jseg(h1, seps=(",", ":"))), "\n", '{"type":"event","length":',
            str(len(C.plain(evs).encode())), "}\n", rec.doc("json", evs))


def sdk_n2(rec):
    r = rec.r
    crumbs = [{"timestamp": C.ts_iso(r), "type": "navigation", "data": {"from": "/" + r.choice(C.SCREENS).lower(),
                                                                       "to": "/" + r.choice(C.SCREENS).lower()}},
              {"timestamp": C.ts_iso(r), "category": "ui.click", "message": f"Button[text='{r.choice(C.UI_STRINGS)}']"},
              {"timestamp": C.ts_iso(r), "type": "http",
               "data": {"url": "https://config.fitloop.example/v1/flags?platform=ios", "status_code": 200}}]
    rec.add("breadcrumbs for event ", C.hexs(r, 32), ":\n", rec.doc("json", C.jseg({"values": crumbs}, indent=2)))


def sdk_n3(rec):
    r = rec.r
    a, _b, _d = app(r)
    rec.add(f"Crashlytics issue {C.hexs(r, 6)} • Non-fatal • {a} {C.app_version(r)}\nKeys\n  flag_new_checkout  "
            f"{r.choice(['true', 'false'])}\n  locale             {r.choice(['de_DE', 'pt_BR', 'ja_JP', 'en_GB'])}\n"
            f"  last_screen        {r.choice(C.SCREENS)}\nLogs\n  00:00:02.100  D/Lottie: composition "
            f"{r.choice(C.PLACES).lower()}_intro loaded\n  00:00:04.551  W/Picasso: cache miss, size=0")


def sdk_n4(rec):
    r = rec.r
    a, _b, _d = app(r)
    rec.add("[Sentry] Regression in ", a.lower(), "-android: ", r.choice(["OutOfMemoryError", "ANR", "SQLiteFullException"]),
            " • ", str(r.randint(2, 900)), " users\n  assigned to #mobile-platform by ", r.choice(C.SERVICE_ACCTS),
            "\n  status: ", r.choice(C.STATUS), " (auto-resolve in next release ", C.app_version(r), ")")


# ============================================================================ 4. ios_unified_logging
def proc(r):
    a, b, _d = app(r)
    return a, b, r.randint(300, 9999)


def ul1(rec):
    r = rec.r
    p = rec.person()
    a, b, pid = proc(r)
    body = {"email": V(C.pmail(r, p), "EMAIL"), "first_name": V(p.first(), "NAME"), "last_name": V(p.last(), "NAME")}
    if r.random() < 0.4:
        body["phone"] = V(C.phone(r), "PHONE")
    rec.add(C.ts_log(r), f"456+0100  localhost {a}[{pid}]: (Network) [{b}:api] POST /v2/profile status=",
            str(r.choice([200, 201, 409, 422])), " body=", rec.doc("json", C.jseg(body, seps=(",", ":"))))
    if r.random() < 0.5:
        rec.add("\n", C.ts_log(r), f"502+0100  localhost {a}[{pid}]: (Network) [{b}:api] peer ",
                L(C.ip(r), "IP_ADDRESS"), " tls=1.3 h2")


def ul2(rec):
    r = rec.r
    p = rec.person()
    a, _b, pid = proc(r)
    d = {"email": V(C.pmail(r, p), "EMAIL"), "firstName": V(p.first(), "NAME"), "lastName": V(p.last(), "NAME")}
    if r.random() < 0.5:
        d["phone"] = V(C.phone(r), "PHONE")
    d["marketingOptIn"] = r.random() < 0.5
    rec.add(C.ts_log(r), f" {a}[{pid}:{r.randint(10000, 99999)}] userInfo: ", C.plist_seg(d))


def ul3(rec):
    r = rec.r
    p = rec.person()
    vals = [("(int64)" + str(r.randint(1, 900)), None), ("(int64)" + str(r.randint(1, 9)), None), ("(int64)1", None),
            ('"', None), (C.pmail(r, p), "EMAIL"), ('"', None), ('"', None), (p.last(), "NAME"), ('"', None),
            ('"', None), (p.first(), "NAME"), ('"', None)]
    rec.add("CoreData: sql: INSERT INTO ZCONTACT(Z_PK, Z_ENT, Z_OPT, ZEMAIL, ZFAMILYNAME, ZGIVENNAME, ZPHONE) "
            "VALUES(?, ?, ?, ?, ?, ?, ?)\n")
    binds = [[vals[0]], [vals[1]], [vals[2]], vals[3:6], vals[6:9], vals[9:12]]
    for i, b in enumerate(binds):
        rec.add(f"CoreData: details: SQLite bind[{i}] = ", b, "\n")
    rec.add('CoreData: details: SQLite bind[6] = "', L(C.phone(r), "PHONE"), '"\n',
            f"CoreData: annotation: sql execution time: 0.000{r.randint(1, 9)}s")


def ul4(rec):
    r = rec.r
    p = rec.person()
    if r.random() < 0.5:
        rec.add("<CKRecord: 0x", C.hexs(r, 9), "; recordID=Contact-", C.uuid(r, True),
                ":(_defaultZone:__defaultOwner__), recordChangeTag=", C.alnum(r, 3, "abcdefghijkmnpqrstuvwxyz0123456789"),
                ", values={\n    displayName = \"", C.nm(r, p, "disp", "full"), "\";\n    email = \"",
                L(C.pmail(r, p), "EMAIL"), "\";\n}, recordType=Contact>")
    else:
        rec.add("<CKShareParticipant: 0x", C.hexs(r, 9), "; hasProtectionInfo=1, isCurrentUser=false, role=privateUser, "
                "permission=readWrite, acceptanceStatus=", r.choice(["Pending", "Accepted"]),
                ", identity=<CKUserIdentity: 0x", C.hexs(r, 9), "; userRecordID=<CKRecordID: 0x", C.hexs(r, 9),
                "; recordName=_", C.hexs(r, 32), ", zoneID=_defaultZone:__defaultOwner__>, nameComponents=",
                C.nm(r, p, "full", "disp"), ", lookupInfo=<CKUserIdentityLookupInfo: 0x", C.hexs(r, 9), "; email=",
                L(C.pmail(r, p), "EMAIL"), ">, cached=false>>")


def ul5(rec):
    r = rec.r
    p = rec.person()
    a, b, pid = proc(r)
    rec.add("Timestamp                       Thread     Type        Activity             PID    TTL  \n")
    rec.add(C.ts_log(r), f"847+0100 0x{C.hexs(r, 6)}   Default     0x0                  {pid:<6} 0    {a}: (Auth) "
            f"[{b}:auth] Signed in as ", C.nm(r, p, "acct"), " (", C.nm(r, p, "disp", "full"), ") via ",
            r.choice(["Sign in with Apple", "passkey", "magic link"]), "\n")
    rec.add(C.ts_log(r), f"851+0100 0x{C.hexs(r, 6)}   Info        0x0                  {pid:<6} 0    {a}: (Auth) "
            f"[{b}:auth] relay address ", L(C.pmail(r, p, "privaterelay.example"), "EMAIL"), " verified")


def ul6(rec):
    r = rec.r
    p = rec.person()
    a, b, pid = proc(r)
    rec.add(C.ts_log(r), f" {a}[{pid}:{r.randint(10000, 99999)}] [AppleID] credential user=00{r.randint(1000, 9999)}."
            f"{C.hexs(r, 32)}.{r.randint(1000, 9999)} fullName=<NSPersonNameComponents: 0x{C.hexs(r, 9)}> "
            "{givenName = ", L(p.first(), "NAME"), ", familyName = ", L(p.last(), "NAME"),
            ", middleName = (null), namePrefix = (null), nameSuffix = (null), nickname = (null) phoneticRepresentation"
            " = (null) } email=", L(C.pmail(r, p), "EMAIL"), " realUserStatus=", r.choice(["1", "2"]))


def ul_n1(rec):
    r = rec.r
    a, b, pid = proc(r)
    rec.add(C.ts_log(r), f"456+0100  localhost {a}[{pid}]: (Network) [{b}:api] POST /v2/profile status=",
            str(r.choice([200, 409])), " body={email=<private>, first_name=<private>, last_name=<private>}\n",
            C.ts_log(r), f"502+0100  localhost {a}[{pid}]: (Network) [{b}:api] peer <private> tls=1.3 h2")


def ul_n2(rec):
    r = rec.r
    a, _b, pid = proc(r)
    d = {"appearance": r.choice(["dark", "light", "system"]), "region": r.choice(C.PLACES),
         "onboardingStep": str(r.randint(1, 6)), "lastScreen": r.choice(C.SCREENS),
         "banner": r.choice(C.UI_STRINGS), "hapticsEnabled": True}
    rec.add(C.ts_log(r), f" {a}[{pid}:{r.randint(10000, 99999)}] settings: ", C.plist_seg(d))


def ul_n3(rec):
    r = rec.r
    rec.add("CoreData: sql: INSERT INTO ZPRODUCT(Z_PK, Z_ENT, Z_OPT, ZTITLE, ZBRAND) VALUES(?, ?, ?, ?, ?)\n"
            f"CoreData: details: SQLite bind[0] = (int64){r.randint(1, 900)}\nCoreData: details: SQLite bind[3] = "
            f"\"{r.choice(C.PRODUCTS)} {r.choice(['Sponge', 'Classic', 'Mini'])}\"\nCoreData: details: SQLite bind[4] = "
            f"\"{r.choice(C.COMPANIES)}\"\nCoreData: annotation: sql execution time: 0.0003s")


def ul_n4(rec):
    r = rec.r
    rec.add("<CKRecord: 0x", C.hexs(r, 9), "; recordID=Recipe-", C.uuid(r, True),
            ":(_defaultZone:__defaultOwner__), recordChangeTag=", C.alnum(r, 3, "abcdefghijkmnpqrstuvwxyz0123456789"),
            ", values={\n    title = \"", r.choice(C.PLACES), " ", r.choice(["Sponge", "Salad", "Curry", "Tart"]),
            "\";\n    servings = ", str(r.randint(1, 8)), ";\n}, recordType=Recipe>")


# ============================================================================ 5. android_client_logs
def lc(r, lvl: str, tag: str) -> str:
    return f"{C.ts_logcat(r)} {r.randint(1000, 32000):5d} {r.randint(1000, 32000):5d} {lvl} {tag}: "


def acl1(rec):
    r = rec.r
    p = rec.person()
    rec.add(lc(r, "I", "ActivityManager"), "Start proc ", str(r.randint(1000, 32000)), ":", pkg(r), "/u0a",
            str(r.randint(100, 400)), " for top-activity\n")
    rec.add(lc(r, "D", "ChatRepository"), "send message to ", C.nm(r, p, "disp", "full"), " (",
            L(C.phone(r), "PHONE"), ") thread=th_", str(r.randint(1000, 99999)), "\n")
    rec.add(lc(r, "D", "ChatRepository"), "delivered to ", C.nm(r, p, "acct"), " in ", str(r.randint(40, 900)), "ms")


def acl2(rec):
    r = rec.r
    p = rec.person()
    q = rec.person() if r.random() < 0.5 else None
    contacts = [{"name": V(C.form(r, p, "disp", "full"), "NAME"), "phone": V(C.phone(r, style="e164"), "PHONE")}]
    if q:
        contacts.append({"name": V(C.form(r, q, "disp", "full"), "NAME"), "email": V(C.pmail(r, q), "EMAIL")})
    body = C.jseg({"contacts": contacts}, seps=(",", ":"))
    rec.doc("json", body)
    n = len(C.plain(body).encode())
    t = "I okhttp.OkHttpClient"
    ts = C.ts_seq(r, 7)
    rec.add(f"{ts[0]} {t}: --> POST https://api.kindred.example/v1/contacts/sync\n",
            f"{ts[1]} {t}: Content-Type: application/json; charset=UTF-8\n",
            f"{ts[2]} {t}: Content-Length: {n}\n", f"{ts[3]} {t}: ", body, "\n",
            f"{ts[4]} {t}: --> END POST ({n}-byte body)\n",
            f"{ts[5]} {t}: <-- 200 OK https://api.kindred.example/v1/contacts/sync ({r.randint(40, 900)}ms)\n",
            f"{ts[6]} {t}: <-- END HTTP ({r.randint(20, 90)}-byte body)")


def acl3(rec):
    r = rec.r
    p = rec.person()
    k = r.randint(0, 1)
    if k == 0:
        rec.add(lc(r, "D", "ShareSheet"), "launching Intent { act=android.intent.action.SENDTO dat=mailto:",
                L(C.pmail(r, p), "EMAIL"), " flg=0x10000000 (has extras) } extras=Bundle[{android.intent.extra."
                "SUBJECT=Trip with ", C.nm(r, p, "given"), "}]")
    else:
        rec.add(lc(r, "D", "CallButton"), "launching Intent { act=android.intent.action.DIAL dat=tel:",
                L(C.phone(r, style="e164"), "PHONE"), " } for contact ", C.nm(r, p, "disp", "full", "lf"))


def acl4(rec):
    r = rec.r
    p = rec.person()
    x = C.flat("<?xml version='1.0' encoding='utf-8' standalone='yes' ?>\n<map>\n    <string name=\"user_email\">",
               [(C.e_xml(C.pmail(r, p)), "EMAIL")], "</string>\n    <string name=\"display_name\">",
               [(C.e_xml(C.form(r, p, "disp", "full")), "NAME")], "</string>\n",
               f"    <long name=\"last_sync\" value=\"{C.epoch_ms(r)}\" />\n")
    if r.random() < 0.5:
        x += C.flat("    <string name=\"last_login_ip\">", L(C.ip(r), "IP_ADDRESS"), "</string>\n")
    x += C.flat("    <boolean name=\"onboarded\" value=\"true\" />\n</map>")
    rec.add("$ adb shell run-as ", pkg(r), " cat shared_prefs/session.xml\n", rec.doc("xml", x))


def acl5(rec):
    r = rec.r
    p = rec.person()
    acct = C.pacct(r, p)
    if r.random() < 0.5:
        rec.add(lc(r, "I", "WM-WorkerWrapper"), "Worker result SUCCESS for Work [ id=", C.uuid(r), ", tags={ ",
                pkg(r), ".sync.UploadAvatarWorker, user:", L(acct, "NAME"), " } ]")
    else:
        rec.add(lc(r, "D", "AccountManagerService"), "getAccounts: accountType=", pkg(r), ".account, accounts=[Account "
                "{name=", L(C.pmail(r, p), "EMAIL"), ", type=", pkg(r), ".account}]\n",
                lc(r, "D", "SessionStore"), "token refreshed for ", L(acct, "NAME"), " (expires in 3600s)")


def acl6(rec):
    r = rec.r
    p = rec.person()
    if r.random() < 0.4:
        rec.add(lc(r, "D", "CardScanner"), "recognized number=", L(C.card(r, "space"), "CREDIT_CARD"), " holder=",
                C.nm(r, p, "slash", "upper"), " exp=", f"{r.randint(1, 12):02d}/{r.randint(26, 31)}", " conf=0.",
                str(r.randint(80, 99)), "\n")
    rec.add(lc(r, "D", "CheckoutForm"), "onAutofill name=\"", C.nm(r, p, "upper", "full"), "\" tel=\"",
            L(C.phone(r), "PHONE"), "\" cc-number=\"", L(C.card(r), "CREDIT_CARD"), "\" cc-exp=\"",
            f"{r.randint(1, 12):02d}/{r.randint(26, 31)}", "\"")
    if r.random() < 0.3:
        rec.add("\n", lc(r, "D", "CheckoutForm"), "kyc: ssn=", L(C.ssn(r), "SSN"), " accepted")


def acl_n1(rec):
    r = rec.r
    rec.add(lc(r, "I", "ActivityManager"), "Start proc ", str(r.randint(1000, 32000)), ":", pkg(r), "/u0a",
            str(r.randint(100, 400)), " for top-activity\n", lc(r, "I", "Choreographer"), "Skipped ",
            str(r.randint(30, 120)), " frames!  The application may be doing too much work on its main thread.\n",
            lc(r, "W", "Glide"), "Load failed for [https://cdn.notely.example/img/", r.choice(C.PLACES).lower(),
            ".webp] with dimensions [1080x608]")


def acl_n2(rec):
    r = rec.r
    t = "I okhttp.OkHttpClient"
    ts = C.ts_seq(r, 5)
    rec.add(f"{ts[0]} {t}: --> GET https://config.kindred.example/v1/flags?platform=android&v="
            f"{C.app_version(r)}\n{ts[1]} {t}: --> END GET\n{ts[2]} {t}: <-- 200 OK https://config."
            f"kindred.example/v1/flags ({r.randint(40, 900)}ms)\n{ts[3]} {t}: "
            '{"new_checkout":true,"banner":"', r.choice(C.UI_STRINGS).replace('"', ""), '"}\n',
            f"{ts[4]} {t}: <-- END HTTP")


def acl_n3(rec):
    r = rec.r
    rec.add("$ adb shell run-as ", pkg(r), " cat shared_prefs/flags.xml\n", rec.doc("xml", C.flat(
        "<?xml version='1.0' encoding='utf-8' standalone='yes' ?>\n<map>\n    <string name=\"theme\">",
        r.choice(["dark", "light"]), "</string>\n    <string name=\"home_city\">", C.e_xml(r.choice(C.PLACES)),
        "</string>\n    <int name=\"launch_count\" value=\"", str(r.randint(1, 400)), "\" />\n</map>")))


def acl_n4(rec):
    r = rec.r
    rec.add(lc(r, "I", "WM-WorkerWrapper"), "Worker result ", r.choice(["SUCCESS", "RETRY", "FAILURE"]),
            " for Work [ id=", C.uuid(r), ", tags={ ", pkg(r), ".sync.", r.choice(["Catalog", "Flags", "Offline"]),
            "Worker, user:", r.choice(["guest", "anonymous", "system"]), " } ]\n", lc(r, "D", "Timber"),
            "planted DebugTree; Moshi adapters: ", str(r.randint(10, 90)))


# ============================================================================ 6. react_native_js
def rnpre(r) -> str:
    if r.random() < 0.5:
        return f"{C.ts_logcat(r)} {r.randint(1000, 32000)} {r.randint(1000, 32000)} I ReactNativeJS: "
    return f"{C.ts_log(r)} {app(r)[0]}[{r.randint(300, 9999)}:{r.randint(10000, 99999)}] [javascript] "


def rn1(rec):
    r = rec.r
    p = rec.person()
    obj = {"userId": r.randint(1000, 99999), "email": V(C.pmail(r, p), "EMAIL"),
           "name": V(C.form(r, p, "disp", "full"), "NAME")}
    if r.random() < 0.4:
        obj["phone"] = V(C.phone(r), "PHONE")
    rec.add(rnpre(r), "'[auth] login ok', ", C.jsseg(obj))


def rn2(rec):
    r = rec.r
    p = rec.person()
    prof = {"id": r.randint(1000, 99999), "firstName": V(p.first(), "NAME"), "lastName": V(p.last(), "NAME"),
            "email": V(C.pmail(r, p), "EMAIL")}
    k = r.random()
    if k < 0.25:
        prof["ssnLast4"] = V(C.last4(r), "SSN")
    elif k < 0.4:
        prof["taxId"] = V(C.ssn(r), "SSN")
    t = f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}.{r.randint(0, 999):03d}"
    rec.add(" action USER/PROFILE_LOADED @ ", t, "\n prev state ",
            C.jsseg({"auth": {"status": "idle"}, "profile": None}), "\n action     ",
            C.jsseg({"type": "USER/PROFILE_LOADED", "payload": prof}), "\n next state ",
            C.jsseg({"auth": {"status": "signedIn"}, "profile": prof}))


def rn3(rec):
    r = rec.r
    p = rec.person()
    st = {"stale": False, "type": "stack", "key": "stack-" + C.alnum(r, 10, "abcdefghijklmnopqrstuvwxyz0123456789"),
          "index": 1, "routeNames": ["Inbox", "Chat", "Settings"],
          "routes": [{"key": "Inbox-" + C.alnum(r, 8, "abcdefghij0123456789"), "name": "Inbox"},
                     {"key": "Chat-" + C.alnum(r, 8, "abcdefghij0123456789"), "name": "Chat",
                      "params": {"peerName": V(C.form(r, p, "disp", "full"), "NAME"),
                                 "peerId": "u_" + str(r.randint(100, 99999))}}]}
    rec.add(rnpre(r), "navigation state changed: ", rec.doc("json", C.jseg(st, seps=(",", ":"))))


def rn4(rec):
    r = rec.r
    p = rec.person()
    err = {"error": "email_taken", "email": V(C.pmail(r, p), "EMAIL")}
    rec.add(" WARN  Possible Unhandled Promise Rejection (id: ", str(r.randint(0, 9)), "):\nAxiosError: Request failed "
            "with status code 409 ", rec.doc("json", C.jseg(err, seps=(",", ":"))), "\n    config.url: /v1/users?search=",
            [(C.e_pct(C.form(r, p, "full")), "NAME")], "\n    at settle (http://", L(C.ipv4(r), "IP_ADDRESS"),
            ":8081/index.bundle//&platform=ios&dev=true:", str(r.randint(1000, 99999)), ":12)")


def rn5(rec):
    r = rec.r
    p = rec.person()
    q = C.form(r, p, "full")
    enc_fn = C.e_form if r.random() < 0.5 else C.e_pct
    rec.add("[network] GET https://api.snapcart.example/v1/search?q=", [(enc_fn(q), "NAME")], "&limit=20 → 200 (",
            str(r.randint(40, 900)), "ms)\n[network] POST https://api.snapcart.example/v1/invites body=email=",
            [(C.e_form(C.pmail(r, p)), "EMAIL")], "&name=", [(C.e_form(p.disp()), "NAME")], " → 201")


def rn6(rec):
    r = rec.r
    p = rec.person()
    user = {"id": r.randint(1000, 99999), "name": V(C.form(r, p, "disp", "full"), "NAME"),
            "email": V(C.pmail(r, p), "EMAIL")}
    inner = C.jseg({"user": user, "token": "<redacted>"}, seps=(",", ":"))
    rec.doc("json", inner)
    auth_str = S(inner)
    root = {"auth": auth_str, "_persist": S(C.jseg({"version": -1, "rehydrated": True}, seps=(",", ":")))}
    rs = C.jseg(root, seps=(",", ":"))
    rec.doc("json", rs)
    rec.add(rnpre(r), "AsyncStorage.getItem('persist:root') -> ", C.jseg(S(rs)))


def rn_n1(rec):
    r = rec.r
    obj = {"flags": {"newCheckout": r.random() < 0.5, "darkMode": True}, "locale": r.choice(["de-DE", "pt-BR", "ja-JP"]),
           "build": C.build_no(r), "city": r.choice(C.PLACES)}
    rec.add(rnpre(r), "'[config] loaded', ", C.jsseg(obj))


def rn_n2(rec):
    r = rec.r
    t = f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}.{r.randint(0, 999):03d}"
    rec.add(" action SETTINGS/TOGGLE @ ", t, "\n prev state ", C.jsseg({"settings": {"haptics": False}}),
            "\n action     ", C.jsseg({"type": "SETTINGS/TOGGLE", "payload": {"key": "haptics", "label":
                                                                             r.choice(C.UI_STRINGS)}}),
            "\n next state ", C.jsseg({"settings": {"haptics": True}}))


def rn_n3(rec):
    r = rec.r
    rec.add(" WARN  VirtualizedLists should never be nested inside plain ScrollViews with the same orientation "
            "because it can break windowing and other functionality\n    in ", r.choice(C.PRODUCTS),
            "Carousel (created by ", r.choice(C.SCREENS), "Screen)\n[network] GET https://api.snapcart.example/v1/",
            "stores?city=", C.e_form(r.choice(C.PLACES)), " → 200 (", str(r.randint(40, 900)), "ms)")


def rn_n4(rec):
    r = rec.r
    st = {"stale": False, "type": "tab", "index": 0, "routeNames": ["Home", "Search", "Profile"],
          "routes": [{"name": "Home", "params": {"banner": r.choice(C.UI_STRINGS), "city": r.choice(C.PLACES)}}]}
    rec.add(rnpre(r), "navigation state changed: ", rec.doc("json", C.jseg(st, seps=(",", ":"))))


FAMILIES = [
    ("ios_crash_reports", [ios1, ios2, ios3, ios4, ios5, ios6], [ios_n1, ios_n2, ios_n3, ios_n4]),
    ("android_crash_anr", [and1, and2, and3, and4, and5, and6], [and_n1, and_n2, and_n3, and_n4]),
    ("crash_sdk_events", [sdk1, sdk2, sdk3, sdk4, sdk5, sdk6], [sdk_n1, sdk_n2, sdk_n3, sdk_n4]),
    ("ios_unified_logging", [ul1, ul2, ul3, ul4, ul5, ul6], [ul_n1, ul_n2, ul_n3, ul_n4]),
    ("android_client_logs", [acl1, acl2, acl3, acl4, acl5, acl6], [acl_n1, acl_n2, acl_n3, acl_n4]),
    ("react_native_js", [rn1, rn2, rn3, rn4, rn5, rn6], [rn_n1, rn_n2, rn_n3, rn_n4]),
]
