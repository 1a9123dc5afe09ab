# Wegweiser UI strings, Polish.

site-name = Wegweiser
site-district = Kreis Unna
skip-to-content = Przejdź do treści
language-switch = Wybierz język
footer-about = Wegweiser zbiera oferty dla osób nowo przybyłych w Kreis Unna: kursy językowe, doradztwo, praca, szkoła, czas wolny.
footer-data = Dane o miejscowościach: GeoNames (CC BY 4.0) i Federalny Urząd Statystyczny (dl-de/by-2-0).

home-title = Oferty dla osób nowo przybyłych
home-heading = Oferty dla osób nowo przybyłych w Kreis Unna
home-lead = { PLURAL($count) ->
    [one] Jedna oferta w dziesięciu miastach – można szukać we własnym języku.
    [few] { $count } oferty w dziesięciu miastach – można szukać we własnym języku.
    [many] { $count } ofert w dziesięciu miastach – można szukać we własnym języku.
   *[other] { $count } oferty w dziesięciu miastach – można szukać we własnym języku.
}
search-label = Czego Pan/Pani szuka?
search-placeholder = np. kurs niemieckiego, doradztwo, praca
where-label = Gdzie? (kod pocztowy lub miejscowość)
where-placeholder = np. 59423 lub Unna
search-button = Szukaj
shortcuts-heading = Często wyszukiwane
shortcut-integration-course = Kurs integracyjny
shortcut-migration-counseling = Doradztwo dla migrantów
shortcut-recognition = Uznawanie dyplomów
categories-heading = Wszystkie tematy
offer-count = { PLURAL($count) ->
    [one] jedna oferta
    [few] { $count } oferty
    [many] { $count } ofert
   *[other] { $count } oferty
}

results-title = Wyszukiwanie
results-count = { PLURAL($count) ->
    [0] Brak ofert
    [one] Jedna oferta
    [few] { $count } oferty
    [many] { $count } ofert
   *[other] { $count } oferty
}
searched-in = Szukano w językach: { $languages }
relaxed = Nie znaleziono wszystkich słów. Wyniki bez: { $words }
did-you-mean = Czy chodziło o:
found-via = Znaleziono dzięki:
filters = Filtry
filters-count = { PLURAL($count) ->
    [0] Filtry
   *[other] Filtry ({ $count })
}
remove-filter = Usuń filtr: { $filter }
clear-all = Usuń wszystkie filtry
facet-category = Temat
facet-city = Miejscowość
facet-language = Język oferty
facet-group = Dla kogo
in-language = Język: { $language }
text-in-german = Ten tekst jest po niemiecku.
offered-in = Prowadzone w językach:
distance-km = { $km } km
badge-free = Bezpłatnie
badge-childcare = Z opieką nad dziećmi
badge-outdated = Może być nieaktualne
pagination = Strony
previous-page = Poprzednia strona
next-page = Następna strona
no-results = Niestety nic nie znaleźliśmy.
no-results-try = Proszę spróbować:
no-results-categories = Albo proszę przejrzeć jedną z dziedzin:
query-only-stopwords = Wyszukiwanie zawiera tylko krótkie słowa pomocnicze. Proszę wpisać, czego Państwo szukają, np. kurs niemieckiego albo doradztwo.
query-no-words = Wyszukiwanie nie zawiera słów, których możemy szukać, dlatego widać wszystkie oferty.
suggest-counseling = Poradnie, które mogą pomóc
suggest-all = Zobacz wszystkie oferty
suggest-without-filters = To samo wyszukiwanie bez filtrów

offer-also-in = Także w językach:
offer-description = Opis
offer-contact = Kontakt
offer-ended = Ta oferta się zakończyła.
offer-outdated = Te informacje od dawna nie były potwierdzane i mogą być nieaktualne.
show-german-original = Pokaż oryginalny tekst po niemiecku
fact-when = Kiedy
fact-where = Gdzie
fact-cost = Koszt
fact-languages = Języki
fact-who = Dla kogo
fact-level = Poziom
fact-childcare = Opieka nad dziećmi
fact-online = Online
starts-on = Początek: { $date }
map-link = Pokaż na mapie (OpenStreetMap)
calendar-add = Dodaj do kalendarza
calendar-subscribe = Subskrybuj wszystkie terminy: { $provider }
calendar-starts = Początek: { $title }
calendar-ends = Koniec: { $title }
level-alpha = Nauka czytania i pisania
yes = Tak
no = Nie
action-call = Zadzwoń
action-write = Napisz e-mail
action-website = Otwórz stronę internetową
last-confirmed = Ostatnio potwierdzono { $date }

not-found-heading = Nie znaleziono strony
not-found-text = Ta strona nie istnieje (lub już nie istnieje). Być może oferta się zakończyła.
offer-gone-replacements = Ta oferta już nie istnieje. Może pasuje jedna z tych:
offline-heading = Brak połączenia
offline-text = Ta strona nie jest zapisana na urządzeniu. Oferty i listy otwarte wcześniej działają także bez internetu.
error-heading = Coś poszło nie tak
error-text = Proszę spróbować ponownie za chwilę.
back-home = Powrót do strony głównej

category-language_course = Kursy językowe
category-integration_course = Kursy integracyjne
category-counseling = Doradztwo
category-training = Dokształcanie i kwalifikacje
category-recognition = Uznawanie dyplomów
category-school = Szkoła i edukacja
category-childcare = Opieka nad dziećmi
category-work = Praca i nauka zawodu (Ausbildung)
category-leisure = Czas wolny i spotkania
category-mobility = Dojazdy i transport
category-health = Zdrowie
category-housing = Mieszkanie
category-other = Inne

group-women = Kobiety
group-men = Mężczyźni
group-youth = Młodzież
group-children = Dzieci
group-parents = Rodzice
group-seniors = Osoby starsze
group-refugees = Uchodźcy
group-eu_citizens = Obywatele UE
group-all = Wszyscy

forbidden-heading = Brak dostępu
forbidden-text = Ta strona lub czynność jest niedostępna dla tego konta.

provider-area = Strefa dla organizacji
provider-login-heading = Logowanie dla organizacji
provider-login-intro = Tutaj organizacje i stowarzyszenia same aktualizują swoje oferty.
provider-login-failed = Nieprawidłowy adres e-mail lub hasło.
provider-login-too-many = Zbyt wiele prób. Proszę odczekać 15 minut.
provider-email = Adres e-mail
provider-password = Hasło
provider-sign-in = Zaloguj się
provider-sign-out = Wyloguj się
provider-my-offers = Moje oferty
provider-new-offer = Nowa oferta
provider-edit-offer = Edytuj ofertę
provider-moderation = Zatwierdzanie
provider-accounts = Konta
provider-no-offers = Na razie brak ofert.
provider-outdated-heading = Proszę sprawdzić
provider-outdated-intro = Te oferty nie były potwierdzane od ponad pół roku.
provider-still-current = Nadal aktualna
provider-column-offer = Oferta
provider-column-provider = Organizacja
provider-column-state = Status
provider-column-actions = Działania
provider-state-published = opublikowana
provider-state-pending = czeka na zatwierdzenie
provider-state-outdated = może być nieaktualna
provider-state-ended = zakończona
provider-state-withdrawn = wycofana
provider-duplicate = Kopiuj
provider-history = Historia
provider-withdraw = Wycofaj
provider-done-saved = Zapisano. Oferta jest teraz widoczna w wyszukiwarce.
provider-done-pending = Zapisano. Zmiana czeka na zatwierdzenie; do tego czasu widoczna jest stara wersja.
provider-done-withdrawn = Oferta została wycofana.
provider-done-confirmed = Dziękujemy, oferta została potwierdzona jako aktualna.
provider-pending-notice = Zmiana czeka na zatwierdzenie. Formularz pokazuje oczekującą wersję.
provider-form-has-problems = Proszę poprawić zaznaczone pola.
provider-section-what = Co
provider-section-who = Dla kogo
provider-section-when = Kiedy
provider-section-where = Gdzie
provider-section-cost = Koszt
provider-section-contact = Kontakt
provider-provider-id = Identyfikator organizacji
provider-provider-name = Nazwa organizacji
provider-field-title = Tytuł
provider-field-summary = Krótki opis
provider-field-description = Opis
provider-translation-missing = brak
provider-tags = Słowa kluczowe (oddzielone przecinkami)
provider-not-stated = nie podano
provider-start = Początek
provider-end = Koniec
provider-times = Godziny
provider-location-n = Miejsce { $n }
provider-location-name = Nazwa miejsca
provider-street = Ulica i numer domu
provider-postcode = Kod pocztowy
provider-city = Miejscowość
provider-lat = Szerokość geograficzna
provider-lon = Długość geograficzna
provider-phone = Telefon
provider-website = Strona internetowa
provider-save = Zapisz
provider-preview = Podgląd
provider-preview-notice = Podgląd: tak wygląda strona publiczna. Jeszcze nie zapisano.
provider-back-to-form = Edytuj dalej
provider-id-taken = Ten identyfikator jest już zajęty.
provider-diff-field = Pole
provider-diff-before = przed
provider-diff-after = po
provider-restore = Przywróć tę wersję
provider-queue-empty = Żadne zmiany nie czekają na zatwierdzenie.
provider-wants-withdrawal = Organizacja chce wycofać ofertę.
provider-reason = Uzasadnienie (przy odrzuceniu)
provider-approve = Zatwierdź
provider-reject = Odrzuć
provider-providers = Organizacje
provider-users = Użytkownicy
provider-admin = Administracja powiatu (Kreis)
provider-add-provider = Dodaj organizację
provider-add-user = Dodaj konto
provider-account-saved = Zapisano.
provider-account-invalid = Proszę sprawdzić dane: prawidłowy e-mail, hasło z co najmniej 10 znaków, organizacja lub administracja.

# The public site: filters, distance, shortlist, print, privacy.
footer-links = Inne strony
footer-providers = Dla organizacji: logowanie
facet-features = Pokaż tylko
feature-starts-soon = Początek w ciągu najbliższych 4 tygodni
starts-within-days = { PLURAL($days) ->
    [one] Początek w ciągu { $days } dnia
    [few] Początek w ciągu najbliższych { $days } dni
    [many] Początek w ciągu najbliższych { $days } dni
   *[other] Początek w ciągu najbliższych { $days } dnia
}
badge-evening-or-weekend = Wieczorem lub w weekend
badge-starts = Początek:
near-heading = Odległość
near-place = W pobliżu: { $place }
near-enter-place = Proszę wpisać u góry kod pocztowy lub miejscowość, aby zobaczyć odległości.
near-unknown-place = Nie znamy tego miejsca. Proszę wpisać kod pocztowy lub miejscowość w Kreis Unna.
radius-label = W promieniu
radius-any = Dowolna odległość
radius-km = { $km } km
radius-within = W promieniu { $km } km
sort-label = Sortuj według
sort-distance = Odległość
sort-relevance = Najlepiej pasujące
apply-filters = Zastosuj
my-list = Moja lista ({ $count })
list-add = Dodaj do mojej listy
list-remove = Usuń z listy
list-intro = Ta lista istnieje tylko w swoim linku: bez konta, nic nie jest zapisywane. Proszę zachować link albo go udostępnić.
list-missing = { PLURAL($count) ->
    [one] Jedna oferta z tej listy jest już niedostępna.
    [few] { $count } oferty z tej listy są już niedostępne.
    [many] { $count } ofert z tej listy jest już niedostępnych.
   *[other] { $count } oferty z tej listy są już niedostępne.
}
list-empty = Lista jest pusta. Oferty można dodać w wynikach wyszukiwania przyciskiem „Dodaj do mojej listy”.
list-share-heading = Udostępnij listę
list-share-label = Link do tej listy (do skopiowania)
list-copy-link = Otwórz lub skopiuj link
list-client-heading = Dla osoby, której Państwo pomagają
list-client-language = Język tej osoby
list-client-choose = Użyj tego języka
share-sms = SMS
list-print = Otwórz widok do druku
list-continue = Szukaj dalej
offer-tools = Zapamiętaj, wydrukuj, udostępnij
action-print = Drukuj
action-link = Link do tej oferty
read-aloud = Czytaj na głos
print-heading = Oferty dla Pana/Pani
print-hint = Proszę wydrukować tę stronę za pomocą funkcji drukowania w przeglądarce.
print-back = Wstecz
print-date = Wydrukowano { $date }
print-notes = Notatki
fact-phone = Telefon
fact-email = E-mail
privacy-title = Ochrona danych
privacy-intro = Wegweiser zapisuje jak najmniej informacji o osobach, które tu szukają.
privacy-tracking-heading = Bez śledzenia
privacy-tracking = Nie ma tu usług statystycznych ani reklamowych, pikseli śledzących ani profili. Nie wiemy, kim Pan/Pani jest.
privacy-requests-heading = Bez obcych serwerów
privacy-requests = Strony, obrazy i czcionki pochodzą tylko z tego serwera; przeglądarka nie łączy się z żadnymi innymi usługami. Dopiero po samodzielnym otwarciu linku, np. mapy w OpenStreetMap lub strony organizacji, obowiązują ich zasady.
privacy-cookies-heading = Jeden plik cookie dla języka
privacy-cookies = Wybrany język zapamiętujemy w pliku cookie o nazwie „lang”, aby strona główna znowu otworzyła się w tym języku. Plik zawiera tylko kod języka i wygasa po roku.
privacy-searches-heading = Wyszukiwane słowa
privacy-searches = Wyszukiwane słowa nie są zapisywane razem z adresem IP ani innymi danymi osobowymi. Nasz dziennik zapisuje tylko otwartą stronę, a nie wyszukiwane słowa.
privacy-list-heading = Lista zapisanych ofert
privacy-list = Lista istnieje tylko w adresie strony. Nie zapisujemy jej; każdy, kto ma link, może zobaczyć listę.
privacy-providers-heading = Organizacje
privacy-providers = Organizacje, które się logują, dostają plik cookie sesji. Wygasa on po 12 godzinach lub po wylogowaniu. Zapisujemy ich adres e-mail, hasło tylko w postaci skrótu (hash) oraz to, kto i kiedy zmienił daną ofertę. Nieudane logowania liczymy w pamięci przez 15 minut, aby uniemożliwić zgadywanie haseł.
translation-outdated = To tłumaczenie może być nieaktualne: aktualny jest niemiecki tekst powyżej.
translation-last-confirmed = To tłumaczenie ostatnio potwierdzono { $date }
translation-not-confirmed = To tłumaczenie nie zostało potwierdzone od zmiany niemieckiego tekstu.
provider-translation-outdated = może być nieaktualne: niemiecki tekst się zmienił
provider-translations-heading = Tłumaczenia do sprawdzenia
provider-translations-intro = Niemiecki tekst zmienił się po napisaniu tych tłumaczeń. Zaktualizuj je lub potwierdź, że nadal są zgodne.
provider-translation-confirm = Nadal zgodne z niemieckim
provider-state-translation-outdated = Tłumaczenie może być nieaktualne: { $languages }
provider-done-translation = Dziękujemy, tłumaczenie zostało potwierdzone jako aktualne.
weekday-mo = poniedziałek
weekday-tu = wtorek
weekday-we = środa
weekday-th = czwartek
weekday-fr = piątek
weekday-sa = sobota
weekday-su = niedziela
fact-hours = Godziny otwarcia
badge-open-now = Teraz otwarte
fact-by-appointment = Tylko po umówieniu
provider-hours-hint = Dni i godziny w zapisie niemieckim, np. Mo–Fr 09:00–12:00; Do 14:00–18:00
provider-hours-proposed = Zaproponowano na podstawie tekstu o godzinach: sprawdź i zapisz.
facet-time-of-day = Pora dnia
time-of-day-morning = Rano
time-of-day-afternoon = Po południu
time-of-day-evening = Wieczorem
time-of-day-weekend = W weekendy
offer-next-steps = Kolejne kroki
fact-how-to-apply = Jak się zapisać
fact-documents = Co zabrać ze sobą
fact-eligibility = Kto może przyjść
fact-accessibility = Dostępność
fact-wheelchair = Dostępne dla wózków
wheelchair-yes = Dostępne na wózku inwalidzkim
wheelchair-no = Niedostępne na wózku inwalidzkim
report-heading = Zgłoś problem
report-intro = Coś jest błędne lub nieaktualne? Powiedz o tym oferentowi. Nie podawaj swojego imienia ani danych kontaktowych.
report-reason = Co jest nie tak?
report-reason-times = Godziny lub terminy
report-reason-place = Miejsce lub adres
report-reason-contact = Telefon, e-mail lub strona
report-reason-cost = Koszt
report-reason-ended = Oferta już nie istnieje
report-reason-other = Coś innego
report-message = Co dokładnie? (opcjonalnie)
report-leave-empty = Pozostaw to pole puste
report-send = Wyślij
report-thanks-heading = Dziękujemy
report-thanks-text = Oferent sprawdzi informacje.
report-back = Powrót do oferty
report-invalid-heading = Zgłoszenie nie zostało wysłane
report-invalid-text = Wybierz, co jest nie tak, i napisz najwyżej 1000 znaków.
report-limit-heading = Zbyt wiele zgłoszeń
report-limit-text = Spróbuj ponownie później.
provider-reports-heading = Zgłoszenia od odwiedzających
provider-report-resolve = Poprawione
provider-report-dismiss = Odrzuć
provider-done-report = Zgłoszenie zostało zamknięte.
privacy-reports = Zgłoszenie dotyczące oferty przechowuje tylko to, co jest nie tak, Twój tekst i język strony, bez adresu IP. Aby ograniczyć nadużycia, zgłoszenia są liczone dla każdego adresu przez 15 minut w pamięci.
searches-heading = Szukano, nie znaleziono
searches-intro = Wyszukiwania, które nie znalazły nic lub niewiele (do 2 ofert), tygodniowo i według języka po ich słowach, gdy co najmniej 5 wyszukiwań było takich samych. Bez adresów, bez godzin, najwyżej 13 tygodni.
searches-none = Żadne wyszukiwanie nie wystąpiło jeszcze pięć razy bez wyników.
searches-week = Tydzień
searches-language = Język
searches-words = Słowa
searches-nothing = nic nie znaleziono
searches-few = znaleziono niewiele
searches-chart = Pokazane wyszukiwania bez wyników lub z niewieloma wynikami w tygodniu
privacy-gaps-heading = Czego ludzie szukają i nie znajdują
privacy-gaps = Gdy ktoś szuka i nie znajduje nic lub niewiele, liczymy słowa wyszukiwania (małymi literami, bez słów wypełniających i liczb) na tydzień i język, bez adresu IP, godziny i treści wyszukiwania w wpisanej formie. Powiat widzi tylko słowa wyszukiwane co najmniej pięć razy, a liczniki są usuwane po 13 tygodniach.
provider-field-id = Identyfikator
provider-field-languages = Języki oferty
provider-field-tags = Słowa kluczowe
provider-field-updated = Ostatnie potwierdzenie
provider-action-save = Zapisano
provider-action-approve = Zatwierdzono
provider-action-confirm = Potwierdzono jako aktualne
provider-action-restore = Przywrócono wcześniejszą wersję
provider-action-withdraw = Wycofano
provider-action-undo = Cofnięto wycofanie
provider-withdraw-heading = Wycofać tę ofertę?
provider-withdraw-explain = Oferta nie będzie już widoczna w wyszukiwaniu. Możesz to cofnąć w „Moich ofertach”.
provider-withdraw-yes = Tak, wycofaj
provider-cancel = Anuluj
provider-undo-withdraw = Cofnij
provider-done-undone = Oferta znów jest w wyszukiwaniu, taka jak była.
provider-place-unknown = Nie znamy tego miejsca. Wpisz niemiecki kod pocztowy lub miejscowość.
provider-place-hint = Wystarczy kod pocztowy lub miejscowość: położenie na mapie ustalamy na ich podstawie.
provider-id-from-title = Identyfikator powstaje z tytułu przy zapisywaniu.
provider-tabs-intro = Niemiecki jest zawsze widoczny; obok formularz pokazuje jeden język. Wybierz język:
provider-tab-other = Inne języki
language-de = niemiecki
language-en = angielski
language-ar = arabski
language-uk = ukraiński
language-ru = rosyjski
language-tr = turecki
language-fa = perski (farsi/dari)
language-fr = francuski
language-ku = kurdyjski
language-ps = paszto
language-ti = tigrinia
language-so = somalijski
language-ro = rumuński
language-bg = bułgarski
language-pl = polski
language-sq = albański
provider-reset-heading = Nowe hasło
provider-reset-intro = Ustaw nowe hasło dla
provider-new-password = Nowe hasło (co najmniej 10 znaków)
provider-set-password = Zapisz hasło
provider-link-invalid = Ten link już nie działa: został użyty, wygasł lub jest błędny. Poproś administrację o nowy.
provider-password-set = Nowe hasło zostało zapisane. Możesz się teraz zalogować.
provider-password-too-short = Hasło musi mieć co najmniej 10 znaków.
provider-link-issued = Jednorazowy link do logowania dla { $email }, ważny 24 godziny: { $link }
provider-issue-link = Link do zresetowania hasła
provider-colleagues = Współpracownicy
provider-provider-admin = Zarządza kontami organizacji
provider-add-colleague = Dodaj współpracownika
provider-colleague-intro = Nowe konto Twojej organizacji: loguje się tym adresem i hasłem i prowadzi te same oferty.
