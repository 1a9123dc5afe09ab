# Wegweiser UI strings, Arabic (Modern Standard Arabic).

site-name = Wegweiser
site-district = منطقة أونا
skip-to-content = الانتقال إلى المحتوى
language-switch = اختيار اللغة
footer-about = يجمع Wegweiser العروض المتاحة للقادمين الجدد في منطقة أونا: دورات اللغة، والاستشارات، والعمل، والمدرسة، وأوقات الفراغ.
footer-data = بيانات الأماكن: GeoNames (CC BY 4.0) والمكتب الاتحادي للإحصاء (dl-de/by-2-0).

home-title = عروض للقادمين الجدد
home-heading = عروض للقادمين الجدد في منطقة أونا
home-lead = { PLURAL($count) ->
    [zero] لا توجد عروض حاليًا في المدن العشر – ابحثوا بلغتكم.
    [one] عرض واحد في عشر مدن – ابحثوا بلغتكم.
    [two] عرضان في عشر مدن – ابحثوا بلغتكم.
    [few] { $count } عروض في عشر مدن – ابحثوا بلغتكم.
    [many] { $count } عرضًا في عشر مدن – ابحثوا بلغتكم.
   *[other] { $count } عرض في عشر مدن – ابحثوا بلغتكم.
}
search-label = عمّ تبحثون؟
search-placeholder = مثلًا: دورة لغة ألمانية، استشارة، عمل
where-label = أين؟ (الرمز البريدي أو اسم المدينة)
where-placeholder = مثلًا: 59423 أو Unna
search-button = بحث
shortcuts-heading = الأكثر بحثًا
shortcut-integration-course = دورة الاندماج
shortcut-migration-counseling = استشارات الهجرة
shortcut-recognition = الاعتراف بالشهادات
categories-heading = جميع المواضيع
offer-count = { PLURAL($count) ->
    [zero] لا توجد عروض
    [one] عرض واحد
    [two] عرضان
    [few] { $count } عروض
    [many] { $count } عرضًا
   *[other] { $count } عرض
}

results-title = بحث
results-count = { PLURAL($count) ->
    [0] لا توجد عروض
    [zero] لا توجد عروض
    [one] عرض واحد
    [two] عرضان
    [few] { $count } عروض
    [many] { $count } عرضًا
   *[other] { $count } عرض
}
searched-in = تم البحث باللغات: { $languages }
relaxed = لم يتم العثور على كل الكلمات. النتائج بدون: { $words }
did-you-mean = هل تقصد:
found-via = وُجد عبر:
filters = عوامل التصفية
filters-count = { PLURAL($count) ->
    [0] عوامل التصفية
    [zero] عوامل التصفية
    [one] عوامل التصفية ({ $count })
    [two] عوامل التصفية ({ $count })
    [few] عوامل التصفية ({ $count })
    [many] عوامل التصفية ({ $count })
   *[other] عوامل التصفية ({ $count })
}
remove-filter = إزالة عامل التصفية: { $filter }
clear-all = إزالة كل عوامل التصفية
facet-category = الموضوع
facet-city = المدينة
facet-language = لغة العرض
facet-group = لمن
in-language = باللغة: { $language }
text-in-german = هذا النص باللغة الألمانية.
offered-in = لغات العرض:
distance-km = { $km } كم
badge-free = مجاني
badge-childcare = مع رعاية الأطفال
badge-outdated = قد يكون قديمًا
pagination = الصفحات
previous-page = الصفحة السابقة
next-page = الصفحة التالية
no-results = للأسف لم نجد شيئًا لهذا البحث.
no-results-try = جرّبوا:
no-results-categories = أو تصفحوا أحد المجالات:
query-only-stopwords = بحثكم يحتوي فقط على كلمات صغيرة شائعة. أضيفوا ما تبحثون عنه، مثل دورة لغة ألمانية أو استشارة.
query-no-words = بحثكم لا يحتوي على كلمات يمكننا البحث عنها، لذلك تُعرض جميع العروض.
suggest-counseling = مراكز استشارة يمكنها المساعدة
suggest-all = مشاهدة جميع العروض
suggest-without-filters = البحث نفسه بدون عوامل تصفية

offer-also-in = متوفر أيضًا بـ:
offer-description = الوصف
offer-contact = التواصل
offer-ended = انتهى هذا العرض.
offer-outdated = لم يتم تأكيد هذه المعلومات منذ مدة طويلة، وقد تكون قديمة.
show-german-original = عرض النص الألماني الأصلي
fact-when = متى
fact-where = أين
fact-cost = التكلفة
fact-languages = اللغات
fact-who = لمن
fact-level = المستوى
fact-childcare = رعاية الأطفال
fact-online = عبر الإنترنت
starts-on = البداية: { $date }
map-link = العرض على الخريطة (OpenStreetMap)
calendar-add = أضف إلى التقويم
calendar-subscribe = الاشتراك في كل مواعيد { $provider }
calendar-starts = البداية: { $title }
calendar-ends = النهاية: { $title }
level-alpha = محو الأمية
yes = نعم
no = لا
action-call = اتصال
action-write = كتابة بريد إلكتروني
action-website = فتح الموقع الإلكتروني
last-confirmed = آخر تأكيد: { $date }

not-found-heading = الصفحة غير موجودة
not-found-text = هذه الصفحة غير موجودة (أو لم تعد موجودة). ربما انتهى العرض.
offer-gone-replacements = هذا العرض لم يعد موجودًا. ربما يناسبكم أحد هذه العروض:
offline-heading = لا يوجد اتصال
offline-text = هذه الصفحة غير محفوظة على جهازكم. العروض والقوائم التي فتحتموها من قبل تعمل أيضًا بدون إنترنت.
error-heading = حدث خطأ ما
error-text = يُرجى المحاولة مرة أخرى بعد قليل.
back-home = العودة إلى الصفحة الرئيسية

category-language_course = دورات اللغة
category-integration_course = دورات الاندماج
category-counseling = الاستشارات
category-training = التدريب والتأهيل
category-recognition = الاعتراف بالشهادات
category-school = المدرسة والتعليم
category-childcare = رعاية الأطفال
category-work = العمل والتدريب المهني
category-leisure = أوقات الفراغ واللقاءات
category-mobility = التنقل والمواصلات
category-health = الصحة
category-housing = السكن
category-other = أخرى

group-women = النساء
group-men = الرجال
group-youth = الشباب
group-children = الأطفال
group-parents = الآباء والأمهات
group-seniors = كبار السن
group-refugees = اللاجئون
group-eu_citizens = مواطنو الاتحاد الأوروبي
group-all = الجميع

forbidden-heading = لا يوجد إذن بالوصول
forbidden-text = هذه الصفحة أو هذا الإجراء غير مسموح به لحسابكم.

provider-area = قسم مقدّمي العروض
provider-login-heading = تسجيل الدخول لمقدّمي العروض
provider-login-intro = هنا تقوم الجهات والجمعيات بتحديث عروضها بنفسها.
provider-login-failed = البريد الإلكتروني أو كلمة المرور غير صحيحة.
provider-login-too-many = محاولات كثيرة جدًا. يُرجى الانتظار 15 دقيقة.
provider-email = البريد الإلكتروني
provider-password = كلمة المرور
provider-sign-in = تسجيل الدخول
provider-sign-out = تسجيل الخروج
provider-my-offers = عروضي
provider-new-offer = عرض جديد
provider-edit-offer = تعديل العرض
provider-moderation = الموافقات
provider-accounts = الحسابات
provider-no-offers = لا توجد عروض بعد.
provider-outdated-heading = يُرجى المراجعة
provider-outdated-intro = لم يتم تأكيد هذه العروض منذ أكثر من نصف سنة.
provider-still-current = لا يزال ساريًا
provider-column-offer = العرض
provider-column-provider = مقدّم العرض
provider-column-state = الحالة
provider-column-actions = الإجراءات
provider-state-published = منشور
provider-state-pending = بانتظار الموافقة
provider-state-outdated = قد يكون قديمًا
provider-state-ended = منتهٍ
provider-state-withdrawn = مسحوب
provider-duplicate = إنشاء نسخة
provider-history = السجل
provider-withdraw = سحب
provider-done-saved = تم الحفظ. العرض يظهر الآن في البحث.
provider-done-pending = تم الحفظ. التعديل بانتظار الموافقة، وحتى ذلك الحين تبقى النسخة السابقة ظاهرة.
provider-done-withdrawn = تم سحب العرض.
provider-done-confirmed = شكرًا، تم تأكيد أن العرض لا يزال ساريًا.
provider-pending-notice = يوجد تعديل بانتظار الموافقة. يعرض النموذج النسخة المنتظرة.
provider-form-has-problems = يُرجى تصحيح الحقول المحدّدة.
provider-section-what = ماذا
provider-section-who = لمن
provider-section-when = متى
provider-section-where = أين
provider-section-cost = التكلفة
provider-section-contact = التواصل
provider-provider-id = معرّف مقدّم العرض
provider-provider-name = اسم مقدّم العرض
provider-field-title = العنوان
provider-field-summary = وصف مختصر
provider-field-description = الوصف
provider-translation-missing = غير متوفر
provider-tags = الكلمات المفتاحية (مفصولة بفواصل)
provider-not-stated = غير محدد
provider-start = البداية
provider-end = النهاية
provider-times = الأوقات
provider-location-n = المكان { $n }
provider-location-name = اسم المكان
provider-street = الشارع ورقم المبنى
provider-postcode = الرمز البريدي
provider-city = المدينة
provider-lat = خط العرض
provider-lon = خط الطول
provider-phone = الهاتف
provider-website = الموقع الإلكتروني
provider-save = حفظ
provider-preview = معاينة
provider-preview-notice = معاينة: هكذا تبدو الصفحة العامة. لم يتم الحفظ بعد.
provider-back-to-form = متابعة التعديل
provider-id-taken = هذا المعرّف مستخدم بالفعل.
provider-diff-field = الحقل
provider-diff-before = قبل
provider-diff-after = بعد
provider-restore = استعادة هذه النسخة
provider-queue-empty = لا توجد تعديلات بانتظار الموافقة.
provider-wants-withdrawal = يرغب مقدّم العرض في سحب العرض.
provider-reason = السبب (عند الرفض)
provider-approve = موافقة
provider-reject = رفض
provider-providers = مقدّمو العروض
provider-users = المستخدمون
provider-admin = إدارة المنطقة
provider-add-provider = إضافة مقدّم عرض
provider-add-user = إنشاء حساب
provider-account-saved = تم الحفظ.
provider-account-invalid = يُرجى التحقق من البيانات: بريد إلكتروني صالح، وكلمة مرور من 10 أحرف على الأقل، ومقدّم عرض أو إدارة.

# The public site: filters, distance, shortlist, print, privacy.
footer-links = صفحات أخرى
footer-providers = لمقدّمي العروض: تسجيل الدخول
facet-features = عرض فقط
feature-starts-soon = يبدأ خلال الأسابيع الأربعة القادمة
starts-within-days = { PLURAL($days) ->
    [zero] يبدأ اليوم
    [one] يبدأ خلال يوم واحد
    [two] يبدأ خلال يومين
    [few] يبدأ خلال { $days } أيام
    [many] يبدأ خلال { $days } يومًا
   *[other] يبدأ خلال { $days } يوم
}
badge-evening-or-weekend = مساءً أو في عطلة نهاية الأسبوع
badge-starts = يبدأ:
near-heading = المسافة
near-place = بالقرب من { $place }
near-enter-place = أدخلوا رمزًا بريديًا أو اسم مدينة في الأعلى لرؤية المسافات.
near-unknown-place = لا نعرف هذا المكان. يرجى إدخال رمز بريدي أو اسم مدينة في منطقة أونا.
radius-label = في نطاق
radius-any = أي مسافة
radius-km = { $km } كم
radius-within = في نطاق { $km } كم
sort-label = الترتيب حسب
sort-distance = المسافة
sort-relevance = الأنسب
apply-filters = تطبيق
my-list = قائمتي ({ $count })
list-add = إضافة إلى قائمتي
list-remove = إزالة من القائمة
list-intro = هذه القائمة موجودة في رابطها فقط: لا حساب ولا يُحفظ أي شيء. احتفظوا بالرابط أو شاركوه.
list-missing = { PLURAL($count) ->
    [zero] كل العروض في هذه القائمة ما زالت متاحة.
    [one] عرض واحد في هذه القائمة لم يعد متاحًا.
    [two] عرضان في هذه القائمة لم يعودا متاحين.
    [few] { $count } عروض في هذه القائمة لم تعد متاحة.
    [many] { $count } عرضًا في هذه القائمة لم تعد متاحة.
   *[other] { $count } عرض في هذه القائمة لم تعد متاحة.
}
list-empty = قائمتكم فارغة. أضيفوا العروض من نتائج البحث عبر «إضافة إلى قائمتي».
list-share-heading = مشاركة القائمة
list-share-label = رابط هذه القائمة (للنسخ)
list-copy-link = فتح الرابط أو نسخه
list-client-heading = للشخص الذي ترافقونه
list-client-language = لغة الشخص
list-client-choose = استخدام هذه اللغة
share-sms = رسالة نصية (SMS)
list-print = فتح نسخة الطباعة
list-continue = متابعة البحث
offer-tools = حفظ وطباعة ومشاركة
action-print = طباعة
action-link = رابط هذا العرض
read-aloud = قراءة بصوت عالٍ
print-heading = عروض لكم
print-hint = اطبعوا هذه الصفحة بوظيفة الطباعة في متصفحكم.
print-back = رجوع
print-date = طُبع في { $date }
print-notes = ملاحظات
fact-phone = الهاتف
fact-email = البريد الإلكتروني
privacy-title = حماية البيانات
privacy-intro = يحفظ Wegweiser أقل قدر ممكن من المعلومات عن الأشخاص الذين يبحثون هنا.
privacy-tracking-heading = لا تتبّع
privacy-tracking = لا توجد خدمات إحصاء أو إعلانات، ولا بكسلات تتبّع، ولا ملفات شخصية. نحن لا نعرف من أنتم.
privacy-requests-heading = لا خوادم خارجية
privacy-requests = الصفحات والصور والخطوط تأتي من هذا الخادم فقط، ولا يتصل متصفحكم بأي خدمة أخرى. فقط عندما تفتحون رابطًا بأنفسكم، مثل الخريطة على OpenStreetMap أو موقع أحد مقدّمي العروض، تسري قواعدهم.
privacy-cookies-heading = ملف تعريف ارتباط واحد للغة
privacy-cookies = نتذكّر اللغة التي اخترتموها في ملف تعريف ارتباط اسمه «lang»، لكي تظهر الصفحة الرئيسية بلغتكم مرة أخرى. لا يحتوي إلا على رمز اللغة وينتهي بعد سنة.
privacy-searches-heading = كلمات البحث
privacy-searches = ما تبحثون عنه لا يُحفظ مع عنوان IP الخاص بكم ولا مع أي بيانات شخصية أخرى. سجلّنا يذكر الصفحة التي فُتحت فقط، وليس كلمات البحث.
privacy-list-heading = قائمتكم
privacy-list = القائمة موجودة فقط في عنوان الصفحة. نحن لا نحفظها؛ من لديه الرابط يرى القائمة.
privacy-providers-heading = مقدّمو العروض
privacy-providers = يحصل مقدّمو العروض عند تسجيل الدخول على ملف تعريف ارتباط للجلسة ينتهي بعد 12 ساعة أو عند تسجيل الخروج. نحفظ عنوان البريد الإلكتروني، وكلمة المرور فقط بصيغة مشفّرة أحادية الاتجاه (hash)، ومن غيّر أي عرض ومتى. نعدّ محاولات تسجيل الدخول الفاشلة في الذاكرة لمدة 15 دقيقة لمنع تخمين كلمات المرور.
translation-outdated = قد تكون هذه الترجمة قديمة: النص الألماني أعلاه هو الساري.
translation-last-confirmed = آخر تأكيد لهذه الترجمة في { $date }
translation-not-confirmed = لم يتم تأكيد هذه الترجمة منذ تغيّر النص الألماني.
provider-translation-outdated = قد تكون قديمة: تغيّر النص الألماني
provider-translations-heading = ترجمات يجب مراجعتها
provider-translations-intro = تغيّر النص الألماني بعد كتابة هذه الترجمات. حدّثها أو أكّد أنها لا تزال مطابقة.
provider-translation-confirm = لا تزال مطابقة للنص الألماني
provider-state-translation-outdated = قد تكون الترجمة قديمة: { $languages }
provider-done-translation = شكرًا، تم تأكيد أن الترجمة سارية.
weekday-mo = الاثنين
weekday-tu = الثلاثاء
weekday-we = الأربعاء
weekday-th = الخميس
weekday-fr = الجمعة
weekday-sa = السبت
weekday-su = الأحد
fact-hours = أوقات العمل
badge-open-now = مفتوح الآن
fact-by-appointment = بموعد مسبق فقط
provider-hours-hint = الأيام والأوقات بالصيغة الألمانية، مثل Mo–Fr 09:00–12:00; Do 14:00–18:00
provider-hours-proposed = مقترحة من نص الأوقات: يرجى المراجعة والحفظ.
facet-time-of-day = وقت اليوم
time-of-day-morning = صباحًا
time-of-day-afternoon = بعد الظهر
time-of-day-evening = مساءً
time-of-day-weekend = في عطلة نهاية الأسبوع
offer-next-steps = الخطوات التالية
fact-how-to-apply = طريقة التسجيل
fact-documents = ما يجب إحضاره
fact-eligibility = من يمكنه الحضور
fact-accessibility = إمكانية الوصول
fact-wheelchair = مناسب للكراسي المتحركة
wheelchair-yes = يمكن الوصول بالكرسي المتحرك
wheelchair-no = لا يمكن الوصول بالكرسي المتحرك
report-heading = الإبلاغ عن مشكلة
report-intro = هل هناك خطأ أو معلومة قديمة؟ أخبر مقدّم الخدمة. من فضلك لا تكتب اسمك أو بيانات الاتصال بك.
report-reason = ما الخطأ؟
report-reason-times = الأوقات أو المواعيد
report-reason-place = المكان أو العنوان
report-reason-contact = الهاتف أو البريد الإلكتروني أو الموقع
report-reason-cost = التكلفة
report-reason-ended = العرض لم يعد موجودًا
report-reason-other = شيء آخر
report-message = ما هو بالضبط؟ (اختياري)
report-leave-empty = اترك هذا الحقل فارغًا
report-send = إرسال
report-thanks-heading = شكرًا
report-thanks-text = سيتحقق مقدّم الخدمة من المعلومات.
report-back = العودة إلى العرض
report-invalid-heading = لم يتم إرسال البلاغ
report-invalid-text = من فضلك اختر ما هو الخطأ واكتب 1000 حرف على الأكثر.
report-limit-heading = بلاغات كثيرة جدًا
report-limit-text = من فضلك حاول مرة أخرى لاحقًا.
provider-reports-heading = بلاغات من الزوار
provider-report-resolve = تم التصحيح
provider-report-dismiss = تجاهل
provider-done-report = تم إغلاق البلاغ.
privacy-reports = البلاغ عن عرض يحفظ فقط ما هو الخطأ ونصك ولغة الصفحة، دون عنوان IP. للحد من إساءة الاستخدام نعدّ البلاغات لكل عنوان لمدة 15 دقيقة في الذاكرة.
searches-heading = بُحث عنه ولم يوجد
searches-intro = عمليات البحث التي لم تجد شيئًا أو وجدت القليل (حتى عرضين)، لكل أسبوع ولغة حسب كلماتها، بعد تكرار البحث نفسه 5 مرات على الأقل. بلا عناوين وبلا أوقات، لمدة 13 أسبوعًا على الأكثر.
searches-none = لم يتكرر أي بحث خمس مرات بلا نتائج بعد.
searches-week = الأسبوع
searches-language = اللغة
searches-words = الكلمات
searches-nothing = لم يُعثر على شيء
searches-few = عُثر على القليل
searches-chart = عمليات البحث المعروضة بلا نتائج أو بنتائج قليلة لكل أسبوع
privacy-gaps-heading = ما يبحث عنه الناس ولا يجدونه
privacy-gaps = عندما يبحث شخص ما ولا يجد شيئًا أو يجد القليل، نعدّ كلمات البحث (بأحرف صغيرة، دون كلمات الحشو والأرقام) لكل أسبوع ولغة، دون عنوان IP أو وقت أو نص البحث كما كُتب. لا ترى الدائرة إلا الكلمات التي بُحث عنها خمس مرات على الأقل، وتُحذف الأعداد بعد 13 أسبوعًا.
provider-field-id = المعرّف
provider-field-languages = لغات العرض
provider-field-tags = كلمات مفتاحية
provider-field-updated = آخر تأكيد
provider-action-save = تم الحفظ
provider-action-approve = تمت الموافقة
provider-action-confirm = تم التأكيد أنه ساري
provider-action-restore = تمت استعادة نسخة سابقة
provider-action-withdraw = تم السحب
provider-action-undo = تم التراجع عن السحب
provider-withdraw-heading = سحب هذا العرض؟
provider-withdraw-explain = لن يظهر العرض بعد ذلك في البحث. يمكنك التراجع عن ذلك في «عروضي».
provider-withdraw-yes = نعم، اسحبه
provider-cancel = إلغاء
provider-undo-withdraw = تراجع
provider-done-undone = عاد العرض إلى البحث كما كان.
provider-place-unknown = لا نعرف هذا المكان. يرجى إدخال رمز بريدي ألماني أو اسم مدينة.
provider-place-hint = يكفي الرمز البريدي أو اسم المدينة: يُحدَّد الموقع على الخريطة منه.
provider-id-from-title = يُنشأ المعرّف من العنوان عند الحفظ.
provider-tabs-intro = الألمانية ظاهرة دائمًا؛ وبجانبها يعرض النموذج لغة واحدة. اختر اللغة:
provider-tab-other = لغات أخرى
language-de = الألمانية
language-en = الإنجليزية
language-ar = العربية
language-uk = الأوكرانية
language-ru = الروسية
language-tr = التركية
language-fa = الفارسية (فارسي/دري)
language-fr = الفرنسية
language-ku = الكردية
language-ps = البشتوية
language-ti = التغرينية
language-so = الصومالية
language-ro = الرومانية
language-bg = البلغارية
language-pl = البولندية
language-sq = الألبانية
provider-reset-heading = كلمة مرور جديدة
provider-reset-intro = عيّن كلمة مرور جديدة لـ
provider-new-password = كلمة المرور الجديدة (10 أحرف على الأقل)
provider-set-password = حفظ كلمة المرور
provider-link-invalid = هذا الرابط لم يعد صالحًا: استُخدم من قبل أو انتهت صلاحيته أو هو خاطئ. اطلب رابطًا جديدًا من الإدارة.
provider-password-set = تم حفظ كلمة المرور الجديدة. يمكنك تسجيل الدخول الآن.
provider-password-too-short = تحتاج كلمة المرور إلى 10 أحرف على الأقل.
provider-link-issued = رابط دخول لمرة واحدة لـ { $email }، صالح لمدة 24 ساعة: { $link }
provider-issue-link = رابط لإعادة تعيين كلمة المرور
provider-colleagues = الزملاء
provider-provider-admin = يدير حسابات الجهة المقدِّمة
provider-add-colleague = إضافة زميل أو زميلة
provider-colleague-intro = حساب جديد لجهتك: يسجّل الدخول بهذا البريد الإلكتروني وكلمة المرور ويدير العروض نفسها.
