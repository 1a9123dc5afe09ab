# Wegweiser UI strings, Persian (Farsi, also for Dari speakers).

site-name = Wegweiser
site-district = شهرستان اونا
skip-to-content = رفتن به محتوای اصلی
language-switch = انتخاب زبان
footer-about = Wegweiser برنامه‌ها و خدمات برای تازه‌واردان در شهرستان اونا را جمع‌آوری می‌کند: کلاس‌های زبان، مشاوره، کار، مدرسه، اوقات فراغت.
footer-data = داده‌های مکان‌ها: GeoNames (CC BY 4.0) و اداره فدرال آمار (dl-de/by-2-0).

home-title = برنامه‌هایی برای تازه‌واردان
home-heading = برنامه‌هایی برای تازه‌واردان در شهرستان اونا
home-lead = { $count ->
    [one] { $count } برنامه در ده شهر – به زبان خودتان جستجو کنید.
   *[other] { $count } برنامه در ده شهر – به زبان خودتان جستجو کنید.
}
search-label = دنبال چه چیزی هستید؟
search-placeholder = مثلاً کلاس زبان آلمانی، مشاوره، کار
where-label = کجا؟ (کد پستی یا شهر)
where-placeholder = مثلاً 59423 یا Unna
search-button = جستجو
shortcuts-heading = جستجوهای پرتکرار
shortcut-integration-course = دوره ادغام
shortcut-migration-counseling = مشاوره مهاجرت
shortcut-recognition = به رسمیت شناختن مدارک
categories-heading = همه موضوع‌ها
offer-count = { $count ->
    [one] { $count } برنامه
   *[other] { $count } برنامه
}

results-title = جستجو
results-count = { $count ->
    [0] هیچ برنامه‌ای پیدا نشد
    [one] { $count } برنامه
   *[other] { $count } برنامه
}
searched-in = جستجو به زبان‌های: { $languages }
relaxed = همه کلمه‌ها پیدا نشدند. نتایج بدون: { $words }
did-you-mean = آیا منظورتان این بود:
found-via = پیدا شده از طریق:
filters = فیلترها
filters-count = { $count ->
    [0] فیلترها
    [one] فیلترها ({ $count })
   *[other] فیلترها ({ $count })
}
remove-filter = حذف فیلتر: { $filter }
clear-all = حذف همه فیلترها
facet-category = موضوع
facet-city = شهر
facet-language = زبان برنامه
facet-group = برای چه کسانی
in-language = به زبان: { $language }
distance-km = { $km } کیلومتر
badge-free = رایگان
badge-childcare = همراه با نگهداری از کودکان
badge-outdated = شاید قدیمی باشد
pagination = صفحه‌ها
previous-page = صفحه قبلی
next-page = صفحه بعدی
no-results = متأسفانه چیزی پیدا نکردیم.
no-results-try = این موارد را امتحان کنید:
suggest-counseling = مراکز مشاوره‌ای که می‌توانند کمک کنند
suggest-all = دیدن همه برنامه‌ها
suggest-without-filters = همین جستجو بدون فیلتر

offer-also-in = به این زبان‌ها هم هست:
offer-description = توضیحات
offer-contact = تماس
offer-ended = این برنامه به پایان رسیده است.
offer-outdated = این اطلاعات مدت زیادی است که تأیید نشده و شاید قدیمی باشد.
show-german-original = نمایش متن اصلی آلمانی
fact-when = چه زمانی
fact-where = کجا
fact-cost = هزینه
fact-languages = زبان‌ها
fact-who = برای چه کسانی
fact-level = سطح
fact-childcare = نگهداری از کودکان
fact-online = آنلاین
starts-on = شروع: { $date }
map-link = نمایش روی نقشه (OpenStreetMap)
calendar-add = افزودن به تقویم
calendar-subscribe = اشتراک در همهٔ تاریخ‌های { $provider }
calendar-starts = شروع: { $title }
calendar-ends = پایان: { $title }
level-alpha = سوادآموزی
yes = بله
no = خیر
action-call = تماس تلفنی
action-write = نوشتن ایمیل
action-website = باز کردن وب‌سایت
last-confirmed = آخرین تأیید: { $date }

not-found-heading = صفحه پیدا نشد
not-found-text = این صفحه وجود ندارد (یا دیگر وجود ندارد). شاید این برنامه به پایان رسیده باشد.
error-heading = مشکلی پیش آمد
error-text = لطفاً کمی بعد دوباره امتحان کنید.
back-home = بازگشت به صفحه اصلی

category-language_course = کلاس‌های زبان
category-integration_course = دوره‌های ادغام
category-counseling = مشاوره
category-training = آموزش و مهارت‌آموزی
category-recognition = به رسمیت شناختن مدارک
category-school = مدرسه و آموزش
category-childcare = نگهداری از کودکان
category-work = کار و آموزش حرفه‌ای
category-leisure = اوقات فراغت و دیدار با دیگران
category-mobility = رفت‌وآمد
category-health = سلامت
category-housing = مسکن
category-other = سایر موارد

group-women = زنان
group-men = مردان
group-youth = جوانان
group-children = کودکان
group-parents = والدین
group-seniors = سالمندان
group-refugees = پناهجویان
group-eu_citizens = شهروندان اتحادیه اروپا
group-all = همه

forbidden-heading = دسترسی مجاز نیست
forbidden-text = این صفحه یا این کار برای حساب کاربری شما مجاز نیست.

provider-area = بخش ارائه‌دهندگان
provider-login-heading = ورود برای ارائه‌دهندگان
provider-login-intro = سازمان‌ها و انجمن‌ها در اینجا برنامه‌های خود را خودشان به‌روز نگه می‌دارند.
provider-login-failed = نشانی ایمیل یا رمز عبور درست نیست.
provider-login-too-many = تلاش‌ها بیش از حد بود. لطفاً 15 دقیقه صبر کنید.
provider-email = نشانی ایمیل
provider-password = رمز عبور
provider-sign-in = ورود
provider-sign-out = خروج
provider-my-offers = برنامه‌های من
provider-new-offer = برنامه جدید
provider-edit-offer = ویرایش برنامه
provider-moderation = تأییدها
provider-accounts = حساب‌ها
provider-no-offers = هنوز برنامه‌ای وجود ندارد.
provider-outdated-heading = لطفاً بررسی کنید
provider-outdated-intro = این برنامه‌ها بیش از شش ماه است که تأیید نشده‌اند.
provider-still-current = هنوز معتبر است
provider-column-offer = برنامه
provider-column-provider = ارائه‌دهنده
provider-column-state = وضعیت
provider-column-actions = اقدامات
provider-state-published = منتشر شده
provider-state-pending = در انتظار تأیید
provider-state-outdated = شاید قدیمی باشد
provider-state-ended = پایان یافته
provider-state-withdrawn = پس گرفته شده
provider-duplicate = کپی کردن
provider-history = تاریخچه
provider-withdraw = پس گرفتن
provider-done-saved = ذخیره شد. این برنامه اکنون در جستجو دیده می‌شود.
provider-done-pending = ذخیره شد. این تغییر در انتظار تأیید است؛ تا آن زمان نسخه قبلی نمایش داده می‌شود.
provider-done-withdrawn = برنامه پس گرفته شد.
provider-done-confirmed = متشکریم، معتبر بودن این برنامه تأیید شد.
provider-pending-notice = یک تغییر در انتظار تأیید است. فرم، نسخه در انتظار را نشان می‌دهد.
provider-form-has-problems = لطفاً فیلدهای مشخص‌شده را اصلاح کنید.
provider-section-what = چه چیزی
provider-section-who = برای چه کسانی
provider-section-when = چه زمانی
provider-section-where = کجا
provider-section-cost = هزینه
provider-section-contact = تماس
provider-offer-id = شناسه (حروف کوچک لاتین، اعداد و خط تیره)
provider-provider-id = شناسه ارائه‌دهنده
provider-provider-name = نام ارائه‌دهنده
provider-field-title = عنوان
provider-field-summary = توضیح کوتاه
provider-field-description = توضیحات
provider-translation-missing = موجود نیست
provider-tags = کلیدواژه‌ها (با ویرگول جدا کنید)
provider-languages = زبان‌های برنامه (کد زبان، مثلاً de, ar, uk)
provider-not-stated = مشخص نشده
provider-start = شروع
provider-end = پایان
provider-times = زمان‌ها
provider-location-n = مکان { $n }
provider-location-name = نام مکان
provider-street = خیابان و پلاک
provider-postcode = کد پستی
provider-city = شهر
provider-lat = عرض جغرافیایی
provider-lon = طول جغرافیایی
provider-phone = تلفن
provider-website = وب‌سایت
provider-save = ذخیره
provider-preview = پیش‌نمایش
provider-preview-notice = پیش‌نمایش: صفحه عمومی این‌گونه دیده می‌شود. هنوز ذخیره نشده است.
provider-back-to-form = ادامه ویرایش
provider-id-taken = این شناسه قبلاً استفاده شده است.
provider-diff-field = فیلد
provider-diff-before = قبل
provider-diff-after = بعد
provider-restore = بازگرداندن این نسخه
provider-queue-empty = هیچ تغییری در انتظار تأیید نیست.
provider-wants-withdrawal = ارائه‌دهنده می‌خواهد این برنامه را پس بگیرد.
provider-reason = دلیل (در صورت رد)
provider-approve = تأیید
provider-reject = رد کردن
provider-providers = ارائه‌دهندگان
provider-users = کاربران
provider-admin = مدیریت شهرستان
provider-add-provider = افزودن ارائه‌دهنده
provider-add-user = ایجاد حساب
provider-account-saved = ذخیره شد.
provider-account-invalid = لطفاً اطلاعات را بررسی کنید: ایمیل معتبر، رمز عبور با دست‌کم 10 نویسه، ارائه‌دهنده یا مدیریت.

# The public site: filters, distance, shortlist, print, privacy.
footer-links = صفحه‌های دیگر
footer-providers = برای ارائه‌دهندگان: ورود
facet-features = فقط نشان بده
feature-starts-soon = شروع در ۴ هفتهٔ آینده
starts-within-days = { $days ->
    [one] شروع ظرف یک روز
   *[other] شروع در { $days } روز آینده
}
badge-evening-or-weekend = عصرها یا آخر هفته
badge-starts = شروع:
near-heading = فاصله
near-place = نزدیک { $place }
near-enter-place = برای دیدن فاصله‌ها، در بالا یک کد پستی یا نام شهر وارد کنید.
near-unknown-place = این مکان را نمی‌شناسیم. لطفاً یک کد پستی یا شهری در شهرستان اونا وارد کنید.
radius-label = در شعاع
radius-any = هر فاصله‌ای
radius-km = { $km } کیلومتر
radius-within = در شعاع { $km } کیلومتر
sort-label = مرتب‌سازی بر اساس
sort-distance = فاصله
sort-relevance = بهترین تطابق
apply-filters = اعمال
my-list = فهرست من ({ $count })
list-add = افزودن به فهرست من
list-remove = حذف از فهرست
list-intro = این فهرست فقط در پیوند خودش وجود دارد: بدون حساب کاربری، چیزی ذخیره نمی‌شود. پیوند را نگه دارید یا به اشتراک بگذارید.
list-missing = { $count ->
    [one] یک برنامه از این فهرست دیگر در دسترس نیست.
   *[other] { $count } برنامه از این فهرست دیگر در دسترس نیستند.
}
list-empty = فهرست شما خالی است. برنامه‌ها را از نتایج جستجو با «افزودن به فهرست من» اضافه کنید.
list-share-heading = اشتراک‌گذاری فهرست
list-share-label = پیوند این فهرست (برای کپی)
list-copy-link = باز کردن یا کپی کردن پیوند
list-share-languages = پیوند به هر زبانی کار می‌کند: در بالا زبان دیگری انتخاب کنید، فهرست باقی می‌ماند.
list-print-heading = چاپ برای کسی که همراهی‌اش می‌کنید
list-client-language = زبان آن شخص
list-print = باز کردن نسخهٔ چاپی
list-continue = ادامهٔ جستجو
offer-tools = ذخیره، چاپ، اشتراک‌گذاری
action-print = چاپ
action-link = پیوند این برنامه
print-heading = برنامه‌هایی برای شما
print-hint = این صفحه را با امکان چاپ مرورگر خود چاپ کنید.
print-back = بازگشت
fact-phone = تلفن
fact-email = ایمیل
privacy-title = حفاظت از داده‌ها
privacy-intro = Wegweiser تا حد ممکن کمترین اطلاعات را دربارهٔ کسانی که اینجا جستجو می‌کنند نگه می‌دارد.
privacy-tracking-heading = بدون ردیابی
privacy-tracking = هیچ سرویس آمار یا تبلیغات، هیچ پیکسل ردیابی و هیچ پروفایلی وجود ندارد. ما نمی‌دانیم شما چه کسی هستید.
privacy-requests-heading = بدون سرورهای بیگانه
privacy-requests = صفحه‌ها، تصویرها و قلم‌ها فقط از همین سرور می‌آیند؛ مرورگر شما به هیچ سرویس دیگری وصل نمی‌شود. فقط وقتی خودتان پیوندی را باز می‌کنید، مثلاً نقشه در OpenStreetMap یا وب‌سایت یک ارائه‌دهنده، قوانین آن‌ها اعمال می‌شود.
privacy-cookies-heading = یک کوکی برای زبان
privacy-cookies = زبانی را که انتخاب کرده‌اید در کوکی‌ای به نام «lang» به خاطر می‌سپاریم تا صفحهٔ اصلی دوباره به زبان شما باز شود. فقط کد زبان را در خود دارد و پس از یک سال منقضی می‌شود.
privacy-searches-heading = عبارت‌های جستجو
privacy-searches = آنچه جستجو می‌کنید همراه با نشانی IP یا هیچ دادهٔ شخصی دیگری ذخیره نمی‌شود. گزارش ما فقط صفحهٔ باز شده را نام می‌برد، نه عبارت‌های جستجو را.
privacy-list-heading = فهرست شما
privacy-list = فهرست فقط در نشانی صفحه وجود دارد. ما آن را ذخیره نمی‌کنیم؛ هر کس پیوند را داشته باشد فهرست را می‌بیند.
privacy-providers-heading = ارائه‌دهندگان
privacy-providers = ارائه‌دهندگانی که وارد می‌شوند یک کوکی نشست می‌گیرند که پس از ۱۲ ساعت یا با خروج از حساب باطل می‌شود. نشانی ایمیل، گذرواژه فقط به صورت هش، و اینکه چه کسی چه زمانی کدام برنامه را تغییر داده ذخیره می‌شود. ورودهای ناموفق را به مدت ۱۵ دقیقه در حافظه می‌شماریم تا از حدس زدن گذرواژه جلوگیری شود.
translation-outdated = این ترجمه شاید قدیمی باشد: متن آلمانی بالا معتبر است.
translation-last-confirmed = آخرین تأیید این ترجمه در { $date }
translation-not-confirmed = این ترجمه از زمان تغییر متن آلمانی تأیید نشده است.
provider-translation-outdated = شاید قدیمی باشد: متن آلمانی تغییر کرده است
provider-translations-heading = ترجمه‌هایی که باید بررسی شوند
provider-translations-intro = متن آلمانی پس از نوشتن این ترجمه‌ها تغییر کرده است. آن‌ها را به‌روز کنید یا تأیید کنید که هنوز درست هستند.
provider-translation-confirm = هنوز با متن آلمانی مطابقت دارد
provider-state-translation-outdated = ترجمه شاید قدیمی باشد: { $languages }
provider-done-translation = متشکریم، معتبر بودن ترجمه تأیید شد.
weekday-mo = دوشنبه
weekday-tu = سه‌شنبه
weekday-we = چهارشنبه
weekday-th = پنجشنبه
weekday-fr = جمعه
weekday-sa = شنبه
weekday-su = یکشنبه
fact-hours = ساعات کاری
badge-open-now = اکنون باز است
fact-by-appointment = فقط با وقت قبلی
provider-hours-hint = روزها و ساعت‌ها به شیوهٔ آلمانی، مثلاً Mo–Fr 09:00–12:00; Do 14:00–18:00
provider-hours-proposed = از متن زمان‌ها پیشنهاد شده است: لطفاً بررسی و ذخیره کنید.
facet-time-of-day = زمان روز
time-of-day-morning = صبح‌ها
time-of-day-afternoon = بعدازظهرها
time-of-day-evening = عصرها
time-of-day-weekend = آخر هفته
offer-next-steps = گام‌های بعدی
fact-how-to-apply = نحوهٔ ثبت‌نام
fact-documents = چه چیزی همراه بیاورید
fact-eligibility = چه کسانی می‌توانند بیایند
fact-accessibility = دسترسی‌پذیری
fact-wheelchair = قابل دسترسی با ویلچر
wheelchair-yes = با ویلچر قابل دسترسی است
wheelchair-no = با ویلچر قابل دسترسی نیست
