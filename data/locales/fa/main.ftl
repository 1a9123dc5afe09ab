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
