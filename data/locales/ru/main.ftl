# Wegweiser UI strings, Russian.

site-name = Wegweiser
site-district = Район Унна
skip-to-content = Перейти к основному содержанию
language-switch = Выбрать язык
footer-about = Wegweiser собирает предложения для новоприбывших в районе Унна: языковые курсы, консультации, работа, школа, досуг.
footer-data = Данные о населённых пунктах: GeoNames (CC BY 4.0) и Федеральное статистическое ведомство (dl-de/by-2-0).

home-title = Предложения для новоприбывших
home-heading = Предложения для новоприбывших в районе Унна
home-lead = { PLURAL($count) ->
    [one] { $count } предложение в десяти городах – ищите на своём языке.
    [few] { $count } предложения в десяти городах – ищите на своём языке.
    [many] { $count } предложений в десяти городах – ищите на своём языке.
   *[other] { $count } предложения в десяти городах – ищите на своём языке.
}
search-label = Что вы ищете?
search-placeholder = напр. курс немецкого, консультация, работа
where-label = Где? (почтовый индекс или город)
where-placeholder = напр. 59423 или Unna
search-button = Искать
shortcuts-heading = Часто ищут
shortcut-integration-course = Интеграционный курс
shortcut-migration-counseling = Консультация для мигрантов
shortcut-recognition = Признание дипломов
categories-heading = Все темы
offer-count = { PLURAL($count) ->
    [one] { $count } предложение
    [few] { $count } предложения
    [many] { $count } предложений
   *[other] { $count } предложения
}

results-title = Поиск
results-count = { PLURAL($count) ->
    [0] Нет предложений
    [one] { $count } предложение
    [few] { $count } предложения
    [many] { $count } предложений
   *[other] { $count } предложения
}
searched-in = Искали на языках: { $languages }
relaxed = Найдены не все слова. Результаты без: { $words }
did-you-mean = Возможно, вы имели в виду:
found-via = Найдено по:
filters = Фильтры
filters-count = { PLURAL($count) ->
    [0] Фильтры
    [one] Фильтры ({ $count })
    [few] Фильтры ({ $count })
    [many] Фильтры ({ $count })
   *[other] Фильтры ({ $count })
}
remove-filter = Убрать фильтр: { $filter }
clear-all = Сбросить все фильтры
facet-category = Тема
facet-city = Город
facet-language = Язык предложения
facet-group = Для кого
in-language = на языке: { $language }
text-in-german = Этот текст на немецком языке.
offered-in = Проводится на языках:
distance-km = { $km } км
badge-free = Бесплатно
badge-childcare = С присмотром за детьми
badge-outdated = Возможно, устарело
pagination = Страницы
previous-page = Предыдущая страница
next-page = Следующая страница
no-results = К сожалению, мы ничего не нашли.
no-results-try = Попробуйте:
no-results-categories = Или посмотрите одну из тем:
query-only-stopwords = Ваш запрос состоит только из служебных слов. Напишите, что вы ищете, например курс немецкого или консультация.
query-no-words = В вашем запросе нет слов, по которым можно искать, поэтому показаны все предложения.
suggest-counseling = Консультационные службы, которые могут помочь
suggest-all = Посмотреть все предложения
suggest-without-filters = Тот же поиск без фильтров

offer-also-in = Также на языках:
offer-description = Описание
offer-contact = Контакты
offer-ended = Это предложение уже закончилось.
offer-outdated = Эти данные давно не подтверждались и, возможно, устарели.
show-german-original = Показать оригинал на немецком
fact-when = Когда
fact-where = Где
fact-cost = Стоимость
fact-languages = Языки
fact-who = Для кого
fact-level = Уровень
fact-childcare = Присмотр за детьми
fact-online = Онлайн
starts-on = Начало: { $date }
map-link = Показать на карте (OpenStreetMap)
calendar-add = Добавить в календарь
calendar-subscribe = Подписаться на все даты: { $provider }
calendar-starts = Начало: { $title }
calendar-ends = Окончание: { $title }
level-alpha = Обучение грамоте
yes = Да
no = Нет
action-call = Позвонить
action-write = Написать e-mail
action-website = Открыть сайт
last-confirmed = Последнее подтверждение: { $date }

not-found-heading = Страница не найдена
not-found-text = Такой страницы нет (или больше нет). Возможно, предложение закончилось.
offer-gone-replacements = Этого предложения больше нет. Возможно, подойдёт одно из этих:
offline-heading = Нет соединения
offline-text = Эта страница не сохранена на вашем устройстве. Предложения и списки, которые вы уже открывали, работают и без интернета.
error-heading = Что-то пошло не так
error-text = Пожалуйста, попробуйте ещё раз чуть позже.
back-home = На главную страницу

category-language_course = Языковые курсы
category-integration_course = Интеграционные курсы
category-counseling = Консультации
category-training = Обучение и повышение квалификации
category-recognition = Признание дипломов
category-school = Школа и образование
category-childcare = Присмотр за детьми
category-work = Работа и профобучение
category-leisure = Досуг и встречи
category-mobility = Транспорт и передвижение
category-health = Здоровье
category-housing = Жильё
category-other = Другое

group-women = Женщины
group-men = Мужчины
group-youth = Молодёжь
group-children = Дети
group-parents = Родители
group-seniors = Пожилые люди
group-refugees = Беженцы
group-eu_citizens = Граждане ЕС
group-all = Все

forbidden-heading = Нет доступа
forbidden-text = Эта страница или действие недоступны для вашей учётной записи.

provider-area = Раздел для организаторов
provider-login-heading = Вход для организаторов
provider-login-intro = Здесь организации и объединения сами обновляют свои предложения.
provider-login-failed = Неверный адрес e-mail или пароль.
provider-login-too-many = Слишком много попыток. Пожалуйста, подождите 15 минут.
provider-email = Адрес e-mail
provider-password = Пароль
provider-sign-in = Войти
provider-sign-out = Выйти
provider-my-offers = Мои предложения
provider-new-offer = Новое предложение
provider-edit-offer = Редактировать предложение
provider-moderation = Модерация
provider-accounts = Учётные записи
provider-no-offers = Предложений пока нет.
provider-outdated-heading = Пожалуйста, проверьте
provider-outdated-intro = Эти предложения не подтверждались больше полугода.
provider-still-current = Всё ещё актуально
provider-column-offer = Предложение
provider-column-provider = Организатор
provider-column-state = Статус
provider-column-actions = Действия
provider-state-published = опубликовано
provider-state-pending = ожидает одобрения
provider-state-outdated = возможно, устарело
provider-state-ended = завершено
provider-state-withdrawn = отозвано
provider-duplicate = Копировать
provider-history = История изменений
provider-withdraw = Отозвать
provider-done-saved = Сохранено. Предложение теперь доступно в поиске.
provider-done-pending = Сохранено. Изменение ожидает одобрения; до тех пор видна прежняя версия.
provider-done-withdrawn = Предложение отозвано.
provider-done-confirmed = Спасибо, предложение подтверждено как актуальное.
provider-pending-notice = Изменение ожидает одобрения. В форме показана ожидающая версия.
provider-form-has-problems = Пожалуйста, исправьте отмеченные поля.
provider-section-what = Что
provider-section-who = Для кого
provider-section-when = Когда
provider-section-where = Где
provider-section-cost = Стоимость
provider-section-contact = Контакты
provider-provider-id = Идентификатор организатора
provider-provider-name = Название организатора
provider-field-title = Заголовок
provider-field-summary = Краткое описание
provider-field-description = Описание
provider-translation-missing = отсутствует
provider-tags = Ключевые слова (через запятую)
provider-not-stated = не указано
provider-start = Начало
provider-end = Окончание
provider-times = Время
provider-location-n = Место { $n }
provider-location-name = Название места
provider-street = Улица и номер дома
provider-postcode = Почтовый индекс
provider-city = Город
provider-lat = Широта
provider-lon = Долгота
provider-phone = Телефон
provider-website = Сайт
provider-save = Сохранить
provider-preview = Предпросмотр
provider-preview-notice = Предпросмотр: так выглядит публичная страница. Ещё не сохранено.
provider-back-to-form = Продолжить редактирование
provider-id-taken = Этот идентификатор уже занят.
provider-diff-field = Поле
provider-diff-before = было
provider-diff-after = стало
provider-restore = Восстановить эту версию
provider-queue-empty = Нет изменений, ожидающих одобрения.
provider-wants-withdrawal = Организатор хочет отозвать предложение.
provider-reason = Причина (при отклонении)
provider-approve = Одобрить
provider-reject = Отклонить
provider-providers = Организаторы
provider-users = Пользователи
provider-admin = Администрация района
provider-add-provider = Добавить организатора
provider-add-user = Создать учётную запись
provider-account-saved = Сохранено.
provider-account-invalid = Пожалуйста, проверьте данные: действующий адрес e-mail, пароль не короче 10 символов, организатор или администрация.

# The public site: filters, distance, shortlist, print, privacy.
footer-links = Другие страницы
footer-providers = Для организаторов: войти
facet-features = Показать только
feature-starts-soon = Начало в ближайшие 4 недели
starts-within-days = { PLURAL($days) ->
    [one] Начало в течение { $days } дня
    [few] Начало в течение { $days } дней
    [many] Начало в течение { $days } дней
   *[other] Начало в течение { $days } дня
}
badge-evening-or-weekend = Вечером или в выходные
badge-starts = Начало:
near-heading = Расстояние
near-place = Рядом с { $place }
near-enter-place = Введите вверху почтовый индекс или город, чтобы увидеть расстояния.
near-unknown-place = Мы не знаем этого места. Пожалуйста, введите почтовый индекс или город в районе Унна.
radius-label = В радиусе
radius-any = Любое расстояние
radius-km = { $km } км
radius-within = В радиусе { $km } км
sort-label = Сортировать по
sort-distance = Расстоянию
sort-relevance = Лучшему совпадению
apply-filters = Применить
my-list = Мой список ({ $count })
list-add = Добавить в мой список
list-remove = Убрать из списка
list-intro = Этот список существует только в своей ссылке: без учётной записи, ничего не сохраняется. Сохраните ссылку или поделитесь ею.
list-missing = { PLURAL($count) ->
    [one] { $count } предложение из этого списка больше недоступно.
    [few] { $count } предложения из этого списка больше недоступны.
    [many] { $count } предложений из этого списка больше недоступны.
   *[other] { $count } предложения из этого списка больше недоступны.
}
list-empty = Ваш список пуст. Добавляйте предложения из результатов поиска кнопкой «Добавить в мой список».
list-share-heading = Поделиться списком
list-share-label = Ссылка на этот список (для копирования)
list-copy-link = Открыть или скопировать ссылку
list-client-heading = Для человека, которого вы сопровождаете
list-client-language = Язык этого человека
list-client-choose = Выбрать этот язык
share-sms = SMS
list-print = Открыть версию для печати
list-continue = Искать дальше
offer-tools = Сохранить, распечатать, поделиться
action-print = Распечатать
action-link = Ссылка на это предложение
read-aloud = Прочитать вслух
print-heading = Предложения для вас
print-hint = Распечатайте эту страницу с помощью функции печати вашего браузера.
print-back = Назад
print-date = Напечатано { $date }
print-notes = Заметки
fact-phone = Телефон
fact-email = Электронная почта
privacy-title = Защита данных
privacy-intro = Wegweiser хранит как можно меньше данных о людях, которые здесь ищут.
privacy-tracking-heading = Без слежки
privacy-tracking = Здесь нет сервисов статистики или рекламы, пикселей отслеживания и профилей. Мы не знаем, кто вы.
privacy-requests-heading = Без сторонних серверов
privacy-requests = Страницы, изображения и шрифты загружаются только с этого сервера; ваш браузер не обращается к другим сервисам. Только когда вы сами открываете ссылку, например карту на OpenStreetMap или сайт организатора, действуют их правила.
privacy-cookies-heading = Один файл cookie для языка
privacy-cookies = Выбранный язык мы запоминаем в файле cookie под названием «lang», чтобы главная страница снова открывалась на вашем языке. Он содержит только код языка и действует один год.
privacy-searches-heading = Поисковые запросы
privacy-searches = То, что вы ищете, не сохраняется вместе с вашим IP-адресом или другими личными данными. Наш журнал содержит только открытую страницу, но не поисковые слова.
privacy-list-heading = Ваш список
privacy-list = Список существует только в адресе страницы. Мы его не сохраняем; у кого есть ссылка, тот видит список.
privacy-providers-heading = Организаторы
privacy-providers = Организаторы, которые входят в систему, получают сессионный файл cookie, который действует 12 часов или до выхода. Мы храним адрес электронной почты, пароль только в виде хеша, а также кто и когда изменил какое предложение. Неудачные попытки входа мы считаем в памяти в течение 15 минут, чтобы предотвратить подбор паролей.
translation-outdated = Этот перевод, возможно, устарел: актуален немецкий текст выше.
translation-last-confirmed = Этот перевод последний раз подтверждён { $date }
translation-not-confirmed = Этот перевод не подтверждён после изменения немецкого текста.
provider-translation-outdated = возможно, устарел: немецкий текст изменился
provider-translations-heading = Переводы для проверки
provider-translations-intro = Немецкий текст изменился после того, как были написаны эти переводы. Обновите их или подтвердите, что они всё ещё верны.
provider-translation-confirm = Всё ещё соответствует немецкому
provider-state-translation-outdated = Перевод, возможно, устарел: { $languages }
provider-done-translation = Спасибо, перевод подтверждён как актуальный.
weekday-mo = понедельник
weekday-tu = вторник
weekday-we = среда
weekday-th = четверг
weekday-fr = пятница
weekday-sa = суббота
weekday-su = воскресенье
fact-hours = Часы работы
badge-open-now = Сейчас открыто
fact-by-appointment = Только по записи
provider-hours-hint = Дни и часы в немецкой записи, напр. Mo–Fr 09:00–12:00; Do 14:00–18:00
provider-hours-proposed = Предложено из текста о времени: проверьте и сохраните.
facet-time-of-day = Время суток
time-of-day-morning = Утром
time-of-day-afternoon = Днём
time-of-day-evening = Вечером
time-of-day-weekend = В выходные
offer-next-steps = Следующие шаги
fact-how-to-apply = Как записаться
fact-documents = Что взять с собой
fact-eligibility = Кто может прийти
fact-accessibility = Доступность
fact-wheelchair = Доступно для коляски
wheelchair-yes = Доступно на инвалидной коляске
wheelchair-no = Недоступно на инвалидной коляске
report-heading = Сообщить о проблеме
report-intro = Что-то неверно или устарело? Сообщите поставщику. Пожалуйста, не пишите своё имя и контакты.
report-reason = Что неверно?
report-reason-times = Время или даты
report-reason-place = Место или адрес
report-reason-contact = Телефон, e-mail или сайт
report-reason-cost = Стоимость
report-reason-ended = Этого предложения больше нет
report-reason-other = Другое
report-message = Что именно? (необязательно)
report-leave-empty = Оставьте это поле пустым
report-send = Отправить
report-thanks-heading = Спасибо
report-thanks-text = Поставщик проверит данные.
report-back = Назад к предложению
report-invalid-heading = Сообщение не отправлено
report-invalid-text = Пожалуйста, выберите, что неверно, и напишите не более 1000 символов.
report-limit-heading = Слишком много сообщений
report-limit-text = Пожалуйста, попробуйте позже.
provider-reports-heading = Сообщения посетителей
provider-report-resolve = Исправлено
provider-report-dismiss = Отклонить
provider-done-report = Сообщение закрыто.
privacy-reports = Сообщение о предложении сохраняет только то, что неверно, ваш текст и язык страницы, без IP-адреса. Чтобы сдержать злоупотребления, сообщения с одного адреса считаются 15 минут в памяти.
searches-heading = Искали, но не нашли
searches-intro = Поиски, которые ничего или мало (до 2 предложений) нашли, по неделям и языкам по их словам, как только не менее 5 поисков совпали. Без адресов, без времени, не дольше 13 недель.
searches-none = Ни один поиск ещё не встречался пять раз без результатов.
searches-week = Неделя
searches-language = Язык
searches-words = Слова
searches-nothing = ничего не найдено
searches-few = найдено мало
searches-chart = Показанные поиски без результатов или с малым числом по неделям
privacy-gaps-heading = Что ищут и не находят
privacy-gaps = Когда кто-то ищет и ничего или мало находит, мы считаем слова поиска (строчными, без служебных слов и чисел) по неделе и языку, без IP-адреса, времени и текста поиска. Район видит только слова, которые искали не менее пяти раз, а подсчёты удаляются через 13 недель.
provider-field-id = Идентификатор
provider-field-languages = Языки предложения
provider-field-tags = Ключевые слова
provider-field-updated = Последнее подтверждение
provider-action-save = Сохранено
provider-action-approve = Одобрено
provider-action-confirm = Подтверждено как актуальное
provider-action-restore = Восстановлена прежняя версия
provider-action-withdraw = Отозвано
provider-action-undo = Отзыв отменён
provider-withdraw-heading = Отозвать это предложение?
provider-withdraw-explain = Предложение больше не будет показываться в поиске. Это можно отменить в разделе «Мои предложения».
provider-withdraw-yes = Да, отозвать
provider-cancel = Отмена
provider-undo-withdraw = Отменить отзыв
provider-done-undone = Предложение снова в поиске, таким, каким было.
provider-place-unknown = Мы не знаем этого места. Пожалуйста, введите немецкий почтовый индекс или город.
provider-place-hint = Достаточно индекса или города: место на карте определяется по ним.
provider-id-from-title = Идентификатор создаётся из названия при сохранении.
provider-tabs-intro = Немецкий показан всегда; рядом форма показывает один язык. Выберите язык:
provider-tab-other = Другие языки
language-de = немецкий
language-en = английский
language-ar = арабский
language-uk = украинский
language-ru = русский
language-tr = турецкий
language-fa = персидский (фарси/дари)
language-fr = французский
language-ku = курдский
language-ps = пушту
language-ti = тигринья
language-so = сомали
language-ro = румынский
language-bg = болгарский
language-pl = польский
language-sq = албанский
provider-reset-heading = Новый пароль
provider-reset-intro = Задайте новый пароль для
provider-new-password = Новый пароль (не менее 10 символов)
provider-set-password = Сохранить пароль
provider-link-invalid = Эта ссылка больше не действует: она уже использована, истекла или неверна. Попросите у администрации новую.
provider-password-set = Новый пароль сохранён. Теперь можно войти.
provider-password-too-short = Пароль должен содержать не менее 10 символов.
provider-link-issued = Одноразовая ссылка для входа для { $email }, действует 24 часа: { $link }
provider-issue-link = Ссылка для сброса пароля
provider-colleagues = Коллеги
provider-provider-admin = Управляет учётными записями организации
provider-add-colleague = Добавить коллегу
provider-colleague-intro = Новая учётная запись вашей организации: входит с этим адресом и паролем и ведёт те же предложения.
