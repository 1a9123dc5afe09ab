# Wegweiser UI strings, Pashto.

site-name = Wegweiser
site-district = Kreis Unna
skip-to-content = اصلي برخې ته لاړ شئ
language-switch = ژبه وټاکئ
footer-about = Wegweiser په Kreis Unna (د اونا ولسوالۍ) کې د نویو راغلو کسانو لپاره خدمتونه راټولوي: د ژبې کورسونه، مشوره، کار، ښوونځی، تفریح.
footer-data = د ځایونو معلومات: GeoNames (CC BY 4.0) او د آلمان د احصایې فدرالي اداره (dl-de/by-2-0).

home-title = د نویو راغلو کسانو لپاره خدمتونه
home-heading = په Kreis Unna کې د نویو راغلو کسانو لپاره خدمتونه
home-lead = { $count ->
    [one] په لسو ښارونو کې یو خدمت – په خپله ژبه یې ولټوئ.
   *[other] په لسو ښارونو کې { $count } خدمتونه – په خپله ژبه یې ولټوئ.
}
search-label = تاسو څه لټوئ؟
search-placeholder = لکه: د آلماني ژبې کورس، مشوره، کار
where-label = چېرته؟ (پوستي کوډ یا ښار)
where-placeholder = لکه: 59423 یا Unna
search-button = ولټوئ
shortcuts-heading = ډېر لټول شوي
shortcut-integration-course = د ادغام کورس
shortcut-migration-counseling = د مهاجرت مشوره
shortcut-recognition = د تحصیلي سندونو منل
categories-heading = ټولې موضوعګانې
offer-count = { $count ->
    [one] یو خدمت
   *[other] { $count } خدمتونه
}

results-title = لټون
results-count = { $count ->
    [0] هېڅ خدمت نشته
    [one] یو خدمت
   *[other] { $count } خدمتونه
}
searched-in = په دې ژبو کې ولټول شول: { $languages }
relaxed = ټولې کلمې پیدا نه شوې. پایلې پرته له دې کلمو: { $words }
did-you-mean = آیا ستاسو مطلب دا و:
found-via = د دې له لارې پیدا شو:
filters = فلټرونه
filters-count = { $count ->
    [0] فلټرونه
   *[other] فلټرونه ({ $count })
}
remove-filter = فلټر لرې کړئ: { $filter }
clear-all = ټول فلټرونه لرې کړئ
facet-category = موضوع
facet-city = ښار
facet-language = د خدمت ژبه
facet-group = د چا لپاره
in-language = په { $language } ژبه
distance-km = { $km } کیلومتره
badge-free = وړیا
badge-childcare = د ماشومانو ساتنه شته
badge-outdated = ښايي زوړ شوی وي
pagination = پاڼې
previous-page = مخکینۍ پاڼه
next-page = بله پاڼه
no-results = بښنه غواړو، د دې لپاره مو هېڅ ونه موندل.
no-results-try = دا وازمویئ:
suggest-counseling = د مشورې ځایونه چې مرسته کولی شي
suggest-all = ټول خدمتونه وګورئ
suggest-without-filters = همدا لټون پرته له فلټرونو

offer-also-in = په دې ژبو هم:
offer-description = تشریح
offer-contact = اړیکه
offer-ended = دا خدمت پای ته رسېدلی دی.
offer-outdated = دا معلومات له ډېرې مودې راهیسې نه دي تایید شوي او ښايي زاړه وي.
show-german-original = اصلي آلماني متن وښایاست
fact-when = کله
fact-where = چېرته
fact-cost = لګښت
fact-languages = ژبې
fact-who = د چا لپاره
fact-level = کچه
fact-childcare = د ماشومانو ساتنه
fact-online = آنلاین
starts-on = پیل: { $date }
map-link = په نقشه کې یې وګورئ (OpenStreetMap)
calendar-add = خپلې جنترۍ ته یې ور زیات کړئ
calendar-subscribe = د { $provider } ټولې نېټې په خپله جنترۍ کې تعقیب کړئ
calendar-starts = پیل: { $title }
calendar-ends = پای: { $title }
level-alpha = لیک لوست زده کول
yes = هو
no = نه
action-call = زنګ ووهئ
action-write = ایمیل ولیکئ
action-website = ویب پاڼه پرانیزئ
last-confirmed = وروستی تایید: { $date }

not-found-heading = پاڼه ونه موندل شوه
not-found-text = دا پاڼه نشته، یا نور نشته. ښايي خدمت پای ته رسېدلی وي.
error-heading = یوه ستونزه پېښه شوه
error-text = مهرباني وکړئ، یوه شېبه وروسته بیا هڅه وکړئ.
back-home = بېرته لومړۍ پاڼې ته

category-language_course = د ژبې کورسونه
category-integration_course = د ادغام کورسونه
category-counseling = مشوره
category-training = روزنه او د وړتیا لوړول
category-recognition = د تحصیلي سندونو منل
category-school = ښوونځی او زده کړه
category-childcare = د ماشومانو ساتنه
category-work = کار او مسلکي زده کړه
category-leisure = تفریح او د لیدو کتو ځایونه
category-mobility = تګ راتګ
category-health = روغتیا
category-housing = استوګنه
category-other = نور

group-women = ښځې
group-men = نارینه
group-youth = ځوانان
group-children = ماشومان
group-parents = مور او پلار
group-seniors = زاړه خلک
group-refugees = کډوال
group-eu_citizens = د اروپايي اتحادیې اتباع
group-all = ټول

forbidden-heading = لاسرسی نشته
forbidden-text = ستاسو حساب ته د دې پاڼې یا کار اجازه نشته.

provider-area = د ادارو برخه
provider-login-heading = د ادارو لپاره ننوتل
provider-login-intro = دلته ادارې او ټولنې خپل خدمتونه پخپله تازه ساتي.
provider-login-failed = د ایمیل پته یا پټنوم سم نه دی.
provider-login-too-many = ډېرې هڅې. مهرباني وکړئ 15 دقیقې صبر وکړئ.
provider-email = د ایمیل پته
provider-password = پټنوم
provider-sign-in = ننوځئ
provider-sign-out = ووځئ
provider-my-offers = زما خدمتونه
provider-new-offer = نوی خدمت
provider-edit-offer = خدمت بدل کړئ
provider-moderation = تاییدونه
provider-accounts = حسابونه
provider-no-offers = تر اوسه هېڅ خدمت نشته.
provider-outdated-heading = مهرباني وکړئ وګورئ
provider-outdated-intro = دا خدمتونه له شپږو میاشتو زیات وخت راهیسې نه دي تایید شوي.
provider-still-current = لا هم روان دی
provider-column-offer = خدمت
provider-column-provider = اداره
provider-column-state = حالت
provider-column-actions = کړنې
provider-state-published = خپور شوی
provider-state-pending = د تایید په تمه
provider-state-outdated = ښايي زوړ شوی وي
provider-state-ended = پای ته رسېدلی
provider-state-withdrawn = بېرته اخیستل شوی
provider-duplicate = کاپي کړئ
provider-history = د بدلونونو تاریخچه
provider-withdraw = بېرته یې واخلئ
provider-done-saved = خوندي شو. خدمت اوس په لټون کې ښکاري.
provider-done-pending = خوندي شو. بدلون د تایید په تمه دی؛ تر هغه وخته زړه نسخه ښکاري.
provider-done-withdrawn = خدمت بېرته واخیستل شو.
provider-done-confirmed = مننه، تایید شوه چې خدمت لا هم روان دی.
provider-pending-notice = یو بدلون د تایید په تمه دی. فورمه هغه نسخه ښيي چې د تایید په تمه ده.
provider-form-has-problems = مهرباني وکړئ نښه شوې برخې سمې کړئ.
provider-section-what = څه
provider-section-who = د چا لپاره
provider-section-when = کله
provider-section-where = چېرته
provider-section-cost = لګښت
provider-section-contact = اړیکه
provider-offer-id = د پېژندنې کوډ (کوچني لاتیني توري، شمېرې او لنډې کرښې)
provider-provider-id = د ادارې د پېژندنې کوډ
provider-provider-name = د ادارې نوم
provider-field-title = سرلیک
provider-field-summary = لنډه تشریح
provider-field-description = تشریح
provider-translation-missing = نشته
provider-tags = مهمې کلمې (په کامه یې سره جلا کړئ)
provider-languages = د خدمت ژبې (کوډونه، لکه de, ar, uk)
provider-not-stated = نه دی ویل شوی
provider-start = پیل
provider-end = پای
provider-times = وختونه
provider-location-n = ځای { $n }
provider-location-name = د ځای نوم
provider-street = کوڅه او د کور شمېره
provider-postcode = پوستي کوډ
provider-city = ښار
provider-lat = عرض البلد
provider-lon = طول البلد
provider-phone = ټیلیفون
provider-website = ویب پاڼه
provider-save = خوندي کړئ
provider-preview = مخکتنه
provider-preview-notice = مخکتنه: عامه پاڼه به داسې ښکاري. تر اوسه نه ده خوندي شوې.
provider-back-to-form = بدلون ته دوام ورکړئ
provider-id-taken = دا کوډ مخکې نیول شوی دی.
provider-diff-field = برخه
provider-diff-before = مخکې
provider-diff-after = وروسته
provider-restore = دا نسخه بېرته راوګرځوئ
provider-queue-empty = هېڅ بدلون د تایید په تمه نه دی.
provider-wants-withdrawal = اداره غواړي خدمت بېرته واخلي.
provider-reason = دلیل (کله چې رد کېږي)
provider-approve = تایید کړئ
provider-reject = رد کړئ
provider-providers = ادارې
provider-users = کاروونکي
provider-admin = د ولسوالۍ مدیریت
provider-add-provider = اداره زیاته کړئ
provider-add-user = حساب جوړ کړئ
provider-account-saved = خوندي شو.
provider-account-invalid = مهرباني وکړئ وګورئ: سم ایمیل، لږ تر لږه 10 توري پټنوم، اداره یا مدیریت.

# The public site: filters, distance, shortlist, print, privacy.
footer-links = نورې پاڼې
footer-providers = د ادارو لپاره: ننوتل
facet-features = یوازې دا وښایاست
feature-starts-soon = په راتلونکو 4 اونیو کې پیلېږي
starts-within-days = { $days ->
    [one] په یوه ورځ کې پیلېږي
   *[other] په راتلونکو { $days } ورځو کې پیلېږي
}
badge-evening-or-weekend = ماښامونه یا د اونۍ پای
badge-starts = پیل:
near-heading = واټن
near-place = { $place } ته نږدې
near-enter-place = د واټن لیدو لپاره، پورته پوستي کوډ یا ښار ولیکئ.
near-unknown-place = دا ځای نه پېژنو. مهرباني وکړئ په Kreis Unna کې پوستي کوډ یا ښار ولیکئ.
radius-label = تر
radius-any = هر واټن
radius-km = { $km } کیلومتره
radius-within = تر { $km } کیلومترو پورې
sort-label = ترتیب د
sort-distance = واټن
sort-relevance = تر ټولو مناسب
apply-filters = پلي کړئ
my-list = زما لېست ({ $count })
list-add = زما لېست ته یې ور زیات کړئ
list-remove = له لېست څخه یې لرې کړئ
list-intro = دا لېست یوازې په خپل لینک کې دی: حساب ته اړتیا نشته، هېڅ شی نه خوندي کېږي. لینک وساتئ یا یې له نورو سره شریک کړئ.
list-missing = { $count ->
    [one] په دې لېست کې یو خدمت نور نشته.
   *[other] په دې لېست کې { $count } خدمتونه نور نشته.
}
list-empty = ستاسو لېست خالي دی. د لټون په پایلو کې د «زما لېست ته یې ور زیات کړئ» په وسیله خدمتونه ور زیات کړئ.
list-share-heading = لېست شریک کړئ
list-share-label = د دې لېست لینک (د کاپي کولو لپاره)
list-copy-link = لینک پرانیزئ یا یې کاپي کړئ
list-share-languages = لینک په هره ژبه کار کوي: پورته بله ژبه وټاکئ، لېست پر ځای پاتې کېږي.
list-print-heading = د هغه چا لپاره چاپ کړئ چې تاسو ورسره مرسته کوئ
list-client-language = د هغه کس ژبه
list-print = د چاپ پاڼه پرانیزئ
list-continue = لټون ته دوام ورکړئ
offer-tools = ساتل، چاپ، شریکول
action-print = چاپ کړئ
action-link = د دې خدمت لینک
print-heading = ستاسو لپاره خدمتونه
print-hint = دا پاڼه د خپل براوزر د چاپ په برخه چاپ کړئ.
print-back = بېرته
fact-phone = ټیلیفون
fact-email = ایمیل
privacy-title = د معلوماتو ساتنه
privacy-intro = Wegweiser د هغو کسانو په اړه چې دلته لټون کوي، تر ټولو لږ معلومات ساتي.
privacy-tracking-heading = هېڅ څارنه نشته
privacy-tracking = د احصایې یا اعلاناتو هېڅ خدمتونه، د څارنې پېکسلونه او پروفایلونه نشته. موږ نه پوهېږو چې تاسو څوک یاست.
privacy-requests-heading = د نورو سرورونه نشته
privacy-requests = پاڼې، انځورونه او لیکبڼې یوازې له همدې سرور څخه راځي؛ ستاسو براوزر له بل هېڅ خدمت سره اړیکه نه نیسي. یوازې کله چې تاسو پخپله یو لینک پرانیزئ، لکه په OpenStreetMap کې نقشه یا د یوې ادارې ویب پاڼه، د هغوی قوانین پلي کېږي.
privacy-cookies-heading = د ژبې لپاره یوه کوکي
privacy-cookies = هغه ژبه چې تاسو ټاکلې، موږ یې د «lang» په نوم په یوه کوکي کې ساتو، څو لومړۍ پاڼه بیا ستاسو په ژبه پرانیستل شي. یوازې د ژبې کوډ لري او له یو کال وروسته پای ته رسېږي.
privacy-searches-heading = د لټون کلمې
privacy-searches = هغه څه چې تاسو یې لټوئ، د ستاسو د آی پي پتې یا نورو شخصي معلوماتو سره نه ساتل کېږي. زموږ په ثبت کې یوازې د پرانیستل شوې پاڼې نوم دی، نه د لټون کلمې.
privacy-list-heading = ستاسو لېست
privacy-list = لېست یوازې د پاڼې په پته کې دی. موږ یې نه ساتو؛ هر څوک چې لینک لري، لېست لیدلی شي.
privacy-providers-heading = ادارې
privacy-providers = هغه ادارې چې ننوځي یوه د ناستې کوکي ترلاسه کوي چې له 12 ساعتونو وروسته یا د وتلو پر وخت پای ته رسېږي. موږ د هغوی د ایمیل پته، پټنوم یوازې د هش په بڼه، او دا چې چا کله کوم خدمت بدل کړی، ساتو. ناکامې ننوتنې 15 دقیقې په حافظه کې شمېرل کېږي، څو د پټنوم د اټکل مخه ونیول شي.
translation-outdated = ښايي دا ژباړه زړه وي: پورته الماني متن اعتبار لري.
translation-last-confirmed = دا ژباړه وروستی ځل په { $date } تایید شوې
translation-not-confirmed = دا ژباړه د الماني متن له بدلون راهیسې نه ده تایید شوې.
provider-translation-outdated = ښايي زړه وي: الماني متن بدل شوی
provider-translations-heading = هغه ژباړې چې باید وکتل شي
provider-translations-intro = د دې ژباړو له لیکلو وروسته الماني متن بدل شوی. هغه تازه کړئ یا تایید کړئ چې لا هم سمې دي.
provider-translation-confirm = لا هم له الماني سره سمون لري
provider-state-translation-outdated = ښايي ژباړه زړه وي: { $languages }
provider-done-translation = مننه، تایید شوه چې ژباړه اعتبار لري.
weekday-mo = دوشنبه
weekday-tu = سه‌شنبه
weekday-we = چهارشنبه
weekday-th = پنجشنبه
weekday-fr = جمعه
weekday-sa = شنبه
weekday-su = یکشنبه
fact-hours = د کار وختونه
badge-open-now = اوس خلاص دی
fact-by-appointment = یوازې د وخت په ټاکلو
provider-hours-hint = ورځې او وختونه په الماني بڼه، لکه Mo–Fr 09:00–12:00; Do 14:00–18:00
provider-hours-proposed = د وختونو له متن څخه وړاندیز شوی: مهرباني وکړئ وګورئ او خوندي یې کړئ.
facet-time-of-day = د ورځې وخت
time-of-day-morning = سهار
time-of-day-afternoon = له غرمې وروسته
time-of-day-evening = ماښام
time-of-day-weekend = د اونۍ په پای کې
offer-next-steps = راتلونکي ګامونه
fact-how-to-apply = د نوم لیکنې لاره
fact-documents = څه له ځان سره راوړئ
fact-eligibility = څوک راتلای شي
fact-accessibility = لاسرسی
fact-wheelchair = د معلولیت د څوکۍ لپاره د لاسرسي وړ
wheelchair-yes = د معلولیت په څوکۍ د لاسرسي وړ دی
wheelchair-no = د معلولیت په څوکۍ د لاسرسي وړ نه دی
