# Wegweiser UI strings, Ukrainian.

site-name = Wegweiser
site-district = Округ Унна
skip-to-content = Перейти до основного вмісту
language-switch = Вибрати мову
footer-about = Wegweiser збирає пропозиції для новоприбулих в окрузі Унна: мовні курси, консультації, робота, школа, дозвілля.
footer-data = Дані про населені пункти: GeoNames (CC BY 4.0) і Федеральне статистичне відомство (dl-de/by-2-0).

home-title = Пропозиції для новоприбулих
home-heading = Пропозиції для новоприбулих в окрузі Унна
home-lead = { PLURAL($count) ->
    [one] { $count } пропозиція в десяти містах – шукайте своєю мовою.
    [few] { $count } пропозиції в десяти містах – шукайте своєю мовою.
    [many] { $count } пропозицій у десяти містах – шукайте своєю мовою.
   *[other] { $count } пропозиції в десяти містах – шукайте своєю мовою.
}
search-label = Що ви шукаєте?
search-placeholder = напр. курс німецької, консультація, робота
where-label = Де? (поштовий індекс або місто)
where-placeholder = напр. 59423 або Unna
search-button = Шукати
shortcuts-heading = Часто шукають
shortcut-integration-course = Інтеграційний курс
shortcut-migration-counseling = Консультація для мігрантів
shortcut-recognition = Визнання дипломів
categories-heading = Усі теми
offer-count = { PLURAL($count) ->
    [one] { $count } пропозиція
    [few] { $count } пропозиції
    [many] { $count } пропозицій
   *[other] { $count } пропозиції
}

results-title = Пошук
results-count = { PLURAL($count) ->
    [0] Немає пропозицій
    [one] { $count } пропозиція
    [few] { $count } пропозиції
    [many] { $count } пропозицій
   *[other] { $count } пропозиції
}
searched-in = Шукали мовами: { $languages }
relaxed = Знайдено не всі слова. Результати без: { $words }
did-you-mean = Можливо, ви мали на увазі:
found-via = Знайдено за:
filters = Фільтри
filters-count = { PLURAL($count) ->
    [0] Фільтри
    [one] Фільтри ({ $count })
    [few] Фільтри ({ $count })
    [many] Фільтри ({ $count })
   *[other] Фільтри ({ $count })
}
remove-filter = Видалити фільтр: { $filter }
clear-all = Скинути всі фільтри
facet-category = Тема
facet-city = Місто
facet-language = Мова пропозиції
facet-group = Для кого
in-language = мовою: { $language }
text-in-german = Цей текст німецькою мовою.
offered-in = Проводиться мовами:
distance-km = { $km } км
badge-free = Безкоштовно
badge-childcare = З доглядом за дітьми
badge-outdated = Можливо, застаріло
pagination = Сторінки
previous-page = Попередня сторінка
next-page = Наступна сторінка
no-results = На жаль, ми нічого не знайшли.
no-results-try = Спробуйте:
no-results-categories = Або перегляньте одну з тем:
query-only-stopwords = Ваш запит містить лише службові слова. Напишіть, що ви шукаєте, наприклад курс німецької або консультація.
query-no-words = У вашому запиті немає слів, за якими можна шукати, тому показано всі пропозиції.
suggest-counseling = Консультаційні служби, які можуть допомогти
suggest-all = Переглянути всі пропозиції
suggest-without-filters = Той самий пошук без фільтрів

offer-also-in = Також мовами:
offer-description = Опис
offer-contact = Контакти
offer-ended = Ця пропозиція вже завершилася.
offer-outdated = Ці дані давно не підтверджувалися і, можливо, застаріли.
show-german-original = Показати оригінал німецькою
fact-when = Коли
fact-where = Де
fact-cost = Вартість
fact-languages = Мови
fact-who = Для кого
fact-level = Рівень
fact-childcare = Догляд за дітьми
fact-online = Онлайн
starts-on = Початок: { $date }
map-link = Показати на карті (OpenStreetMap)
calendar-add = Додати до календаря
calendar-subscribe = Підписатися на всі дати: { $provider }
calendar-starts = Початок: { $title }
calendar-ends = Завершення: { $title }
level-alpha = Навчання грамоти
yes = Так
no = Ні
action-call = Зателефонувати
action-write = Написати e-mail
action-website = Відкрити вебсайт
last-confirmed = Востаннє підтверджено: { $date }

not-found-heading = Сторінку не знайдено
not-found-text = Такої сторінки немає (або вже немає). Можливо, пропозиція завершилася.
offer-gone-replacements = Цієї пропозиції більше немає. Можливо, підійде одна з цих:
offline-heading = Немає з’єднання
offline-text = Ця сторінка не збережена на вашому пристрої. Пропозиції та списки, які ви вже відкривали, працюють і без інтернету.
error-heading = Щось пішло не так
error-text = Будь ласка, спробуйте ще раз трохи пізніше.
back-home = На головну сторінку

category-language_course = Мовні курси
category-integration_course = Інтеграційні курси
category-counseling = Консультації
category-training = Навчання та підвищення кваліфікації
category-recognition = Визнання дипломів
category-school = Школа та освіта
category-childcare = Догляд за дітьми
category-work = Робота та професійне навчання
category-leisure = Дозвілля та зустрічі
category-mobility = Транспорт і пересування
category-health = Здоров’я
category-housing = Житло
category-other = Інше

group-women = Жінки
group-men = Чоловіки
group-youth = Молодь
group-children = Діти
group-parents = Батьки
group-seniors = Люди похилого віку
group-refugees = Біженці
group-eu_citizens = Громадяни ЄС
group-all = Усі

forbidden-heading = Немає доступу
forbidden-text = Ця сторінка або дія недоступна для вашого облікового запису.

provider-area = Розділ для організаторів
provider-login-heading = Вхід для організаторів
provider-login-intro = Тут організації та об’єднання самостійно оновлюють свої пропозиції.
provider-login-failed = Неправильна адреса e-mail або пароль.
provider-login-too-many = Забагато спроб. Будь ласка, зачекайте 15 хвилин.
provider-email = Адреса e-mail
provider-password = Пароль
provider-sign-in = Увійти
provider-sign-out = Вийти
provider-my-offers = Мої пропозиції
provider-new-offer = Нова пропозиція
provider-edit-offer = Редагувати пропозицію
provider-moderation = Модерація
provider-accounts = Облікові записи
provider-no-offers = Пропозицій ще немає.
provider-outdated-heading = Будь ласка, перевірте
provider-outdated-intro = Ці пропозиції не підтверджувалися понад пів року.
provider-still-current = Ще актуально
provider-column-offer = Пропозиція
provider-column-provider = Організатор
provider-column-state = Стан
provider-column-actions = Дії
provider-state-published = опубліковано
provider-state-pending = очікує на схвалення
provider-state-outdated = можливо, застаріло
provider-state-ended = завершено
provider-state-withdrawn = відкликано
provider-duplicate = Копіювати
provider-history = Історія змін
provider-withdraw = Відкликати
provider-done-saved = Збережено. Пропозиція тепер доступна в пошуку.
provider-done-pending = Збережено. Зміна очікує на схвалення; доти видно попередню версію.
provider-done-withdrawn = Пропозицію відкликано.
provider-done-confirmed = Дякуємо, пропозицію підтверджено як актуальну.
provider-pending-notice = Зміна очікує на схвалення. У формі показано версію, що очікує.
provider-form-has-problems = Будь ласка, виправте позначені поля.
provider-section-what = Що
provider-section-who = Для кого
provider-section-when = Коли
provider-section-where = Де
provider-section-cost = Вартість
provider-section-contact = Контакти
provider-provider-id = Ідентифікатор організатора
provider-provider-name = Назва організатора
provider-field-title = Заголовок
provider-field-summary = Короткий опис
provider-field-description = Опис
provider-translation-missing = немає
provider-tags = Ключові слова (через кому)
provider-not-stated = не вказано
provider-start = Початок
provider-end = Завершення
provider-times = Час
provider-location-n = Місце { $n }
provider-location-name = Назва місця
provider-street = Вулиця та номер будинку
provider-postcode = Поштовий індекс
provider-city = Місто
provider-lat = Широта
provider-lon = Довгота
provider-phone = Телефон
provider-website = Вебсайт
provider-save = Зберегти
provider-preview = Попередній перегляд
provider-preview-notice = Попередній перегляд: так виглядає публічна сторінка. Ще не збережено.
provider-back-to-form = Продовжити редагування
provider-id-taken = Цей ідентифікатор уже зайнятий.
provider-diff-field = Поле
provider-diff-before = було
provider-diff-after = стало
provider-restore = Відновити цю версію
provider-queue-empty = Немає змін, що очікують на схвалення.
provider-wants-withdrawal = Організатор хоче відкликати пропозицію.
provider-reason = Причина (у разі відхилення)
provider-approve = Схвалити
provider-reject = Відхилити
provider-providers = Організатори
provider-users = Користувачі
provider-admin = Адміністрація округу
provider-add-provider = Додати організатора
provider-add-user = Створити обліковий запис
provider-account-saved = Збережено.
provider-account-invalid = Будь ласка, перевірте дані: дійсна адреса e-mail, пароль щонайменше з 10 символів, організатор або адміністрація.

# The public site: filters, distance, shortlist, print, privacy.
footer-links = Інші сторінки
footer-providers = Для організаторів: увійти
facet-features = Показати лише
feature-starts-soon = Початок протягом наступних 4 тижнів
starts-within-days = { PLURAL($days) ->
    [one] Початок протягом { $days } дня
    [few] Початок протягом { $days } днів
    [many] Початок протягом { $days } днів
   *[other] Початок протягом { $days } дня
}
badge-evening-or-weekend = Увечері або у вихідні
badge-starts = Початок:
near-heading = Відстань
near-place = Поблизу { $place }
near-enter-place = Введіть угорі поштовий індекс або місто, щоб побачити відстані.
near-unknown-place = Ми не знаємо цього місця. Введіть, будь ласка, поштовий індекс або місто в окрузі Унна.
radius-label = У радіусі
radius-any = Будь-яка відстань
radius-km = { $km } км
radius-within = У радіусі { $km } км
sort-label = Сортувати за
sort-distance = Відстанню
sort-relevance = Найкращим збігом
apply-filters = Застосувати
my-list = Мій список ({ $count })
list-add = Додати до мого списку
list-remove = Прибрати зі списку
list-intro = Цей список існує лише в його посиланні: без облікового запису, нічого не зберігається. Збережіть посилання або поділіться ним.
list-missing = { PLURAL($count) ->
    [one] { $count } пропозиція з цього списку більше недоступна.
    [few] { $count } пропозиції з цього списку більше недоступні.
    [many] { $count } пропозицій з цього списку більше недоступні.
   *[other] { $count } пропозиції з цього списку більше недоступні.
}
list-empty = Ваш список порожній. Додавайте пропозиції з результатів пошуку кнопкою «Додати до мого списку».
list-share-heading = Поділитися списком
list-share-label = Посилання на цей список (для копіювання)
list-copy-link = Відкрити або скопіювати посилання
list-client-heading = Для людини, яку ви супроводжуєте
list-client-language = Мова цієї людини
list-client-choose = Обрати цю мову
share-sms = SMS
list-print = Відкрити версію для друку
list-continue = Шукати далі
offer-tools = Зберегти, надрукувати, поділитися
action-print = Надрукувати
action-link = Посилання на цю пропозицію
read-aloud = Прочитати вголос
print-heading = Пропозиції для вас
print-hint = Надрукуйте цю сторінку за допомогою функції друку у вашому браузері.
print-back = Назад
print-date = Надруковано { $date }
print-notes = Нотатки
fact-phone = Телефон
fact-email = Електронна пошта
privacy-title = Захист даних
privacy-intro = Wegweiser зберігає якомога менше даних про людей, які тут шукають.
privacy-tracking-heading = Без стеження
privacy-tracking = Тут немає сервісів статистики чи реклами, пікселів відстеження та профілів. Ми не знаємо, хто ви.
privacy-requests-heading = Без сторонніх серверів
privacy-requests = Сторінки, зображення та шрифти надходять лише з цього сервера; ваш браузер не звертається до інших сервісів. Лише коли ви самі відкриваєте посилання, наприклад карту на OpenStreetMap або сайт організатора, діють їхні правила.
privacy-cookies-heading = Один файл cookie для мови
privacy-cookies = Вибрану мову ми запам’ятовуємо у файлі cookie під назвою «lang», щоб головна сторінка знову відкривалася вашою мовою. Він містить лише код мови і діє один рік.
privacy-searches-heading = Пошукові запити
privacy-searches = Те, що ви шукаєте, не зберігається разом з вашою IP-адресою чи іншими особистими даними. Наш журнал містить лише відкриту сторінку, а не пошукові слова.
privacy-list-heading = Ваш список
privacy-list = Список існує лише в адресі сторінки. Ми його не зберігаємо; хто має посилання, той бачить список.
privacy-providers-heading = Організатори
privacy-providers = Організатори, які входять у систему, отримують сесійний файл cookie, що діє 12 годин або до виходу. Ми зберігаємо адресу електронної пошти, пароль лише у вигляді хешу, а також хто і коли змінив яку пропозицію. Невдалі спроби входу ми рахуємо в пам’яті протягом 15 хвилин, щоб запобігти підбору паролів.
translation-outdated = Цей переклад може бути застарілим: актуальним є німецький текст вище.
translation-last-confirmed = Цей переклад востаннє підтверджено { $date }
translation-not-confirmed = Цей переклад не підтверджено після зміни німецького тексту.
provider-translation-outdated = може бути застарілим: німецький текст змінився
provider-translations-heading = Переклади для перевірки
provider-translations-intro = Німецький текст змінився після того, як ці переклади було написано. Оновіть їх або підтвердьте, що вони досі відповідають.
provider-translation-confirm = Досі відповідає німецькому
provider-state-translation-outdated = Переклад може бути застарілим: { $languages }
provider-done-translation = Дякуємо, переклад підтверджено як актуальний.
weekday-mo = понеділок
weekday-tu = вівторок
weekday-we = середа
weekday-th = четвер
weekday-fr = пʼятниця
weekday-sa = субота
weekday-su = неділя
fact-hours = Години роботи
badge-open-now = Зараз відчинено
fact-by-appointment = Лише за записом
provider-hours-hint = Дні та години в німецькому записі, напр. Mo–Fr 09:00–12:00; Do 14:00–18:00
provider-hours-proposed = Запропоновано з тексту про час: перевірте та збережіть.
facet-time-of-day = Час доби
time-of-day-morning = Зранку
time-of-day-afternoon = Удень
time-of-day-evening = Увечері
time-of-day-weekend = У вихідні
offer-next-steps = Наступні кроки
fact-how-to-apply = Як записатися
fact-documents = Що взяти з собою
fact-eligibility = Хто може прийти
fact-accessibility = Доступність
fact-wheelchair = Доступно для візка
wheelchair-yes = Доступно на візку
wheelchair-no = Недоступно на візку
report-heading = Повідомити про проблему
report-intro = Щось неправильно або застаріло? Повідомте надавача. Будь ласка, не пишіть свого імені чи контактів.
report-reason = Що неправильно?
report-reason-times = Час або дати
report-reason-place = Місце або адреса
report-reason-contact = Телефон, e-mail або вебсайт
report-reason-cost = Вартість
report-reason-ended = Цієї пропозиції більше немає
report-reason-other = Інше
report-message = Що саме? (необов’язково)
report-leave-empty = Залиште це поле порожнім
report-send = Надіслати
report-thanks-heading = Дякуємо
report-thanks-text = Надавач перевірить дані.
report-back = Назад до пропозиції
report-invalid-heading = Повідомлення не надіслано
report-invalid-text = Будь ласка, виберіть, що неправильно, і напишіть не більше 1000 символів.
report-limit-heading = Забагато повідомлень
report-limit-text = Будь ласка, спробуйте пізніше.
provider-reports-heading = Повідомлення від відвідувачів
provider-report-resolve = Виправлено
provider-report-dismiss = Відхилити
provider-done-report = Повідомлення закрито.
privacy-reports = Повідомлення про пропозицію зберігає лише те, що неправильно, ваш текст і мову сторінки, без IP-адреси. Щоб стримати зловживання, повідомлення з однієї адреси рахуються 15 хвилин у пам’яті.
searches-heading = Шукали, але не знайшли
searches-intro = Пошуки, які нічого або мало (до 2 пропозицій) знайшли, за тижнями й мовами за їхніми словами, щойно щонайменше 5 пошуків були однакові. Без адрес, без часу, щонайбільше 13 тижнів.
searches-none = Жоден пошук ще не траплявся п’ять разів без результатів.
searches-week = Тиждень
searches-language = Мова
searches-words = Слова
searches-nothing = нічого не знайдено
searches-few = знайдено мало
searches-chart = Показані пошуки без результатів або з малою кількістю за тижнями
privacy-gaps-heading = Що шукають і не знаходять
privacy-gaps = Коли хтось шукає й нічого або мало знаходить, ми рахуємо слова пошуку (малими літерами, без службових слів і чисел) за тижнем і мовою, без IP-адреси, часу чи тексту пошуку. Район бачить лише слова, які шукали щонайменше п’ять разів, а лічильники видаляються через 13 тижнів.
provider-field-id = Ідентифікатор
provider-field-languages = Мови пропозиції
provider-field-tags = Ключові слова
provider-field-updated = Останнє підтвердження
provider-action-save = Збережено
provider-action-approve = Схвалено
provider-action-confirm = Підтверджено як актуальне
provider-action-restore = Відновлено попередню версію
provider-action-withdraw = Відкликано
provider-action-undo = Відкликання скасовано
provider-withdraw-heading = Відкликати цю пропозицію?
provider-withdraw-explain = Пропозиція більше не з’являтиметься в пошуку. Це можна скасувати в розділі «Мої пропозиції».
provider-withdraw-yes = Так, відкликати
provider-cancel = Скасувати
provider-undo-withdraw = Скасувати відкликання
provider-done-undone = Пропозиція знову в пошуку, така, як була.
provider-place-unknown = Ми не знаємо цього місця. Введіть, будь ласка, німецький поштовий індекс або назву міста.
provider-place-hint = Достатньо індексу або назви міста: місце на мапі визначається за ними.
provider-id-from-title = Ідентифікатор створюється з назви під час збереження.
provider-tabs-intro = Німецька показана завжди; поруч форма показує одну мову. Виберіть мову:
provider-tab-other = Інші мови
language-de = німецька
language-en = англійська
language-ar = арабська
language-uk = українська
language-ru = російська
language-tr = турецька
language-fa = перська (фарсі/дарі)
language-fr = французька
language-ku = курдська
language-ps = пушту
language-ti = тигринья
language-so = сомалі
language-ro = румунська
language-bg = болгарська
language-pl = польська
language-sq = албанська
provider-reset-heading = Новий пароль
provider-reset-intro = Встановіть новий пароль для
provider-new-password = Новий пароль (щонайменше 10 символів)
provider-set-password = Зберегти пароль
provider-link-invalid = Це посилання більше не діє: його вже використано, строк минув або воно хибне. Попросіть у адміністрації нове.
provider-password-set = Новий пароль збережено. Тепер можна увійти.
provider-password-too-short = Пароль має містити щонайменше 10 символів.
provider-link-issued = Одноразове посилання для входу для { $email }, дійсне 24 години: { $link }
provider-issue-link = Посилання для скидання пароля
provider-colleagues = Колеги
provider-provider-admin = Керує обліковими записами організації
provider-add-colleague = Додати колегу
provider-colleague-intro = Новий обліковий запис вашої організації: входить із цією адресою та паролем і веде ті самі пропозиції.
