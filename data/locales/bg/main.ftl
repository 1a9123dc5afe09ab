# Wegweiser UI strings, Bulgarian.

site-name = Wegweiser
site-district = Kreis Unna
skip-to-content = Към съдържанието
language-switch = Изберете език
footer-about = Wegweiser събира предложения за новодошли в Kreis Unna: езикови курсове, консултации, работа, училище, свободно време.
footer-data = Данни за населените места: GeoNames (CC BY 4.0) и Федералната статистическа служба (dl-de/by-2-0).

home-title = Предложения за новодошли
home-heading = Предложения за новодошли в Kreis Unna
home-lead = { $count ->
    [one] Едно предложение в десет града – търсете на своя език.
   *[other] { $count } предложения в десет града – търсете на своя език.
}
search-label = Какво търсите?
search-placeholder = напр. курс по немски, консултация, работа
where-label = Къде? (пощенски код или град)
where-placeholder = напр. 59423 или Unna
search-button = Търсене
shortcuts-heading = Често търсено
shortcut-integration-course = Интеграционен курс
shortcut-migration-counseling = Консултации за мигранти
shortcut-recognition = Признаване на дипломи
categories-heading = Всички теми
offer-count = { $count ->
    [one] едно предложение
   *[other] { $count } предложения
}

results-title = Търсене
results-count = { $count ->
    [0] Няма предложения
    [one] Едно предложение
   *[other] { $count } предложения
}
searched-in = Търсено на: { $languages }
relaxed = Не всички думи бяха намерени. Резултати без: { $words }
did-you-mean = Може би имахте предвид:
found-via = Намерено чрез:
filters = Филтри
filters-count = { $count ->
    [0] Филтри
   *[other] Филтри ({ $count })
}
remove-filter = Премахване на филтъра: { $filter }
clear-all = Премахване на всички филтри
facet-category = Тема
facet-city = Град
facet-language = Език на предложението
facet-group = За кого
in-language = Език: { $language }
distance-km = { $km } км
badge-free = Безплатно
badge-childcare = С гледане на деца
badge-outdated = Може да е остаряло
pagination = Страници
previous-page = Предишна страница
next-page = Следваща страница
no-results = За съжаление не намерихме нищо.
no-results-try = Опитайте:
suggest-counseling = Консултантски служби, които могат да помогнат
suggest-all = Вижте всички предложения
suggest-without-filters = Същото търсене без филтри

offer-also-in = Също на:
offer-description = Описание
offer-contact = Контакт
offer-ended = Това предложение е приключило.
offer-outdated = Тази информация не е потвърждавана отдавна и може да е остаряла.
show-german-original = Покажи оригиналния текст на немски
fact-when = Кога
fact-where = Къде
fact-cost = Цена
fact-languages = Езици
fact-who = За кого
fact-level = Ниво
fact-childcare = Гледане на деца
fact-online = Онлайн
starts-on = Начало: { $date }
map-link = Покажи на картата (OpenStreetMap)
calendar-add = Добави в календара
calendar-subscribe = Абонирайте се за всички дати на { $provider }
calendar-starts = Начало: { $title }
calendar-ends = Край: { $title }
level-alpha = Ограмотяване
yes = Да
no = Не
action-call = Обадете се
action-write = Напишете имейл
action-website = Отворете уебсайта
last-confirmed = Последно потвърдено на { $date }

not-found-heading = Страницата не е намерена
not-found-text = Тази страница не съществува (вече). Може би предложението е приключило.
error-heading = Нещо се обърка
error-text = Моля, опитайте отново след малко.
back-home = Към началната страница

category-language_course = Езикови курсове
category-integration_course = Интеграционни курсове
category-counseling = Консултации
category-training = Обучение и квалификация
category-recognition = Признаване на дипломи
category-school = Училище и образование
category-childcare = Гледане на деца
category-work = Работа и професионално обучение
category-leisure = Свободно време и срещи
category-mobility = Транспорт
category-health = Здраве
category-housing = Жилище
category-other = Други

group-women = Жени
group-men = Мъже
group-youth = Младежи
group-children = Деца
group-parents = Родители
group-seniors = Възрастни хора
group-refugees = Бежанци
group-eu_citizens = Граждани на ЕС
group-all = Всички

forbidden-heading = Нямате достъп
forbidden-text = Тази страница или действие не е разрешено за Вашия акаунт.

provider-area = Зона за организации
provider-login-heading = Вход за организации
provider-login-intro = Тук организациите и сдруженията сами поддържат своите предложения актуални.
provider-login-failed = Грешен имейл адрес или парола.
provider-login-too-many = Твърде много опити. Моля, изчакайте 15 минути.
provider-email = Имейл адрес
provider-password = Парола
provider-sign-in = Вход
provider-sign-out = Изход
provider-my-offers = Моите предложения
provider-new-offer = Ново предложение
provider-edit-offer = Редактиране на предложението
provider-moderation = Одобрения
provider-accounts = Акаунти
provider-no-offers = Все още няма предложения.
provider-outdated-heading = Моля, проверете
provider-outdated-intro = Тези предложения не са потвърждавани повече от половин година.
provider-still-current = Още е актуално
provider-column-offer = Предложение
provider-column-provider = Организация
provider-column-state = Статус
provider-column-actions = Действия
provider-state-published = публикувано
provider-state-pending = чака одобрение
provider-state-outdated = може да е остаряло
provider-state-ended = приключило
provider-state-withdrawn = оттеглено
provider-duplicate = Копиране
provider-history = История
provider-withdraw = Оттегляне
provider-done-saved = Запазено. Предложението вече се показва в търсенето.
provider-done-pending = Запазено. Промяната чака одобрение; дотогава остава видима старата версия.
provider-done-withdrawn = Предложението беше оттеглено.
provider-done-confirmed = Благодарим, предложението е потвърдено като актуално.
provider-pending-notice = Една промяна чака одобрение. Формулярът показва чакащата версия.
provider-form-has-problems = Моля, поправете отбелязаните полета.
provider-section-what = Какво
provider-section-who = За кого
provider-section-when = Кога
provider-section-where = Къде
provider-section-cost = Цена
provider-section-contact = Контакт
provider-offer-id = Идентификатор (малки латински букви, цифри и тирета)
provider-provider-id = Идентификатор на организацията
provider-provider-name = Име на организацията
provider-field-title = Заглавие
provider-field-summary = Кратко описание
provider-field-description = Описание
provider-translation-missing = липсва
provider-tags = Ключови думи (разделени със запетая)
provider-languages = Езици на предложението (кодове, напр. de, ar, uk)
provider-not-stated = не е посочено
provider-start = Начало
provider-end = Край
provider-times = Часове
provider-location-n = Място { $n }
provider-location-name = Име на мястото
provider-street = Улица и номер
provider-postcode = Пощенски код
provider-city = Град
provider-lat = Географска ширина
provider-lon = Географска дължина
provider-phone = Телефон
provider-website = Уебсайт
provider-save = Запазване
provider-preview = Преглед
provider-preview-notice = Преглед: така изглежда публичната страница. Още не е запазено.
provider-back-to-form = Продължете редактирането
provider-id-taken = Този идентификатор вече е зает.
provider-diff-field = Поле
provider-diff-before = преди
provider-diff-after = след
provider-restore = Възстановяване на тази версия
provider-queue-empty = Няма промени, които чакат одобрение.
provider-wants-withdrawal = Организацията иска да оттегли предложението.
provider-reason = Причина (при отказ)
provider-approve = Одобряване
provider-reject = Отказ
provider-providers = Организации
provider-users = Потребители
provider-admin = Администрация на окръга
provider-add-provider = Добавяне на организация
provider-add-user = Добавяне на акаунт
provider-account-saved = Запазено.
provider-account-invalid = Моля, проверете: валиден имейл, парола с поне 10 знака, организация или администрация.

# The public site: filters, distance, shortlist, print, privacy.
footer-links = Още страници
footer-providers = За организации: вход
facet-features = Покажи само
feature-starts-soon = Започва през следващите 4 седмици
starts-within-days = { $days ->
    [one] Започва в рамките на един ден
   *[other] Започва през следващите { $days } дни
}
badge-evening-or-weekend = Вечер или през уикенда
badge-starts = Начало:
near-heading = Разстояние
near-place = Близо до { $place }
near-enter-place = Въведете горе пощенски код или град, за да видите разстоянията.
near-unknown-place = Не познаваме това място. Моля, въведете пощенски код или град в Kreis Unna.
radius-label = В радиус
radius-any = Без ограничение
radius-km = { $km } км
radius-within = В радиус от { $km } км
sort-label = Подреждане по
sort-distance = Разстояние
sort-relevance = Най-подходящи
apply-filters = Приложи
my-list = Моят списък ({ $count })
list-add = Добави в моя списък
list-remove = Махни от списъка
list-intro = Този списък съществува само в своя линк: без акаунт, нищо не се запазва. Запазете линка или го споделете.
list-missing = { $count ->
    [one] Едно предложение от този списък вече не съществува.
   *[other] { $count } предложения от този списък вече не съществуват.
}
list-empty = Списъкът Ви е празен. В резултатите от търсенето добавете предложения с „Добави в моя списък“.
list-share-heading = Споделете списъка
list-share-label = Линк към този списък (за копиране)
list-copy-link = Отворете или копирайте линка
list-share-languages = Линкът работи на всеки език: изберете горе друг език, списъкът остава.
list-print-heading = Отпечатайте за човека, на когото помагате
list-client-language = Езикът на човека
list-print = Отворете изгледа за печат
list-continue = Търсете още
offer-tools = Запазване, печат, споделяне
action-print = Печат
action-link = Линк към това предложение
print-heading = Предложения за Вас
print-hint = Отпечатайте тази страница с функцията за печат на браузъра.
print-back = Назад
fact-phone = Телефон
fact-email = Имейл
privacy-title = Защита на данните
privacy-intro = Wegweiser пази възможно най-малко данни за хората, които търсят тук.
privacy-tracking-heading = Без проследяване
privacy-tracking = Няма услуги за статистика или реклама, няма пиксели за проследяване и няма профили. Ние не знаем кой сте Вие.
privacy-requests-heading = Без чужди сървъри
privacy-requests = Страниците, изображенията и шрифтовете идват само от този сървър; браузърът Ви не се свързва с други услуги. Само когато сами отворите линк, например картата в OpenStreetMap или уебсайта на организация, важат техните правила.
privacy-cookies-heading = Една бисквитка за езика
privacy-cookies = Запомняме избрания език в бисквитка (cookie) с име „lang“, за да се отваря началната страница отново на Вашия език. Тя съдържа само кода на езика и изтича след една година.
privacy-searches-heading = Думи за търсене
privacy-searches = Това, което търсите, не се запазва заедно с Вашия IP адрес или други лични данни. В нашия дневник се записва само отворената страница, не и думите за търсене.
privacy-list-heading = Вашият списък
privacy-list = Списъкът съществува само в адреса на страницата. Ние не го запазваме; всеки, който има линка, може да види списъка.
privacy-providers-heading = Организации
privacy-providers = Организациите, които влизат в системата, получават сесийна бисквитка. Тя изтича след 12 часа или при изход. Пазим техния имейл адрес, паролата им само като хеш (hash) и кой кога кое предложение е променил. Неуспешните опити за вход се броят в паметта 15 минути, за да не могат да се отгатват пароли.
translation-outdated = Този превод може да е остарял: актуален е немският текст по-горе.
translation-last-confirmed = Този превод е потвърден за последно на { $date }
translation-not-confirmed = Този превод не е потвърден, откакто немският текст се промени.
provider-translation-outdated = може да е остарял: немският текст се промени
provider-translations-heading = Преводи за проверка
provider-translations-intro = Немският текст се промени, след като тези преводи бяха написани. Обновете ги или потвърдете, че още съответстват.
provider-translation-confirm = Още съответства на немския
provider-state-translation-outdated = Преводът може да е остарял: { $languages }
provider-done-translation = Благодарим, преводът е потвърден като актуален.
weekday-mo = понеделник
weekday-tu = вторник
weekday-we = сряда
weekday-th = четвъртък
weekday-fr = петък
weekday-sa = събота
weekday-su = неделя
fact-hours = Работно време
badge-open-now = Отворено сега
fact-by-appointment = Само с уговорен час
provider-hours-hint = Дни и часове в немски запис, напр. Mo–Fr 09:00–12:00; Do 14:00–18:00
provider-hours-proposed = Предложено от текста за часовете: проверете и запазете.
facet-time-of-day = Време от деня
time-of-day-morning = Сутрин
time-of-day-afternoon = Следобед
time-of-day-evening = Вечер
time-of-day-weekend = През уикенда
offer-next-steps = Следващи стъпки
fact-how-to-apply = Как да се запишете
fact-documents = Какво да носите
fact-eligibility = Кой може да дойде
fact-accessibility = Достъпност
fact-wheelchair = Достъпно с инвалидна количка
wheelchair-yes = Достъпно с инвалидна количка
wheelchair-no = Недостъпно с инвалидна количка
