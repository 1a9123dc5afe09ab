# Wegweiser UI strings, Arabic (Modern Standard Arabic).

site-name = Wegweiser
site-district = منطقة أونا
skip-to-content = الانتقال إلى المحتوى
language-switch = اختيار اللغة
footer-about = يجمع Wegweiser العروض المتاحة للقادمين الجدد في منطقة أونا: دورات اللغة، والاستشارات، والعمل، والمدرسة، وأوقات الفراغ.
footer-data = بيانات الأماكن: GeoNames (CC BY 4.0) والمكتب الاتحادي للإحصاء (dl-de/by-2-0).

home-title = عروض للقادمين الجدد
home-heading = عروض للقادمين الجدد في منطقة أونا
home-lead = { $count ->
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
offer-count = { $count ->
    [zero] لا توجد عروض
    [one] عرض واحد
    [two] عرضان
    [few] { $count } عروض
    [many] { $count } عرضًا
   *[other] { $count } عرض
}

results-title = بحث
results-count = { $count ->
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
filters-count = { $count ->
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
distance-km = { $km } كم
badge-free = مجاني
badge-childcare = مع رعاية الأطفال
badge-outdated = قد يكون قديمًا
pagination = الصفحات
previous-page = الصفحة السابقة
next-page = الصفحة التالية
no-results = للأسف لم نجد شيئًا لهذا البحث.
no-results-try = جرّبوا:
suggest-counseling = مراكز استشارة يمكنها المساعدة
suggest-all = مشاهدة جميع العروض
suggest-without-filters = البحث نفسه بدون عوامل تصفية

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
