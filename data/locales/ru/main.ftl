# Wegweiser UI strings, Russian.

site-name = Wegweiser
site-district = Район Унна
skip-to-content = Перейти к основному содержанию
language-switch = Выбрать язык
footer-about = Wegweiser собирает предложения для новоприбывших в районе Унна: языковые курсы, консультации, работа, школа, досуг.
footer-data = Данные о населённых пунктах: GeoNames (CC BY 4.0) и Федеральное статистическое ведомство (dl-de/by-2-0).

home-title = Предложения для новоприбывших
home-heading = Предложения для новоприбывших в районе Унна
home-lead = { $count ->
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
offer-count = { $count ->
    [one] { $count } предложение
    [few] { $count } предложения
    [many] { $count } предложений
   *[other] { $count } предложения
}

results-title = Поиск
results-count = { $count ->
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
filters-count = { $count ->
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
distance-km = { $km } км
badge-free = Бесплатно
badge-childcare = С присмотром за детьми
badge-outdated = Возможно, устарело
pagination = Страницы
previous-page = Предыдущая страница
next-page = Следующая страница
no-results = К сожалению, мы ничего не нашли.
no-results-try = Попробуйте:
suggest-counseling = Консультационные службы, которые могут помочь
suggest-all = Посмотреть все предложения
suggest-without-filters = Тот же поиск без фильтров

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
