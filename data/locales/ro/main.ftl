# Wegweiser UI strings, Romanian.

site-name = Wegweiser
site-district = Kreis Unna
skip-to-content = Salt la conținut
language-switch = Alegeți limba
footer-about = Wegweiser adună oferte pentru persoanele nou-venite în Kreis Unna: cursuri de limbă, consiliere, muncă, școală, timp liber.
footer-data = Date despre localități: GeoNames (CC BY 4.0) și Oficiul Federal de Statistică (dl-de/by-2-0).

home-title = Oferte pentru persoanele nou-venite
home-heading = Oferte pentru persoanele nou-venite în Kreis Unna
home-lead = { PLURAL($count) ->
    [one] O ofertă în zece orașe – căutați în limba dumneavoastră.
    [few] { $count } oferte în zece orașe – căutați în limba dumneavoastră.
   *[other] { $count } de oferte în zece orașe – căutați în limba dumneavoastră.
}
search-label = Ce căutați?
search-placeholder = de ex. curs de germană, consiliere, loc de muncă
where-label = Unde? (cod poștal sau localitate)
where-placeholder = de ex. 59423 sau Unna
search-button = Căutați
shortcuts-heading = Căutate des
shortcut-integration-course = Curs de integrare
shortcut-migration-counseling = Consiliere pentru migranți
shortcut-recognition = Recunoașterea diplomelor
categories-heading = Toate temele
offer-count = { PLURAL($count) ->
    [one] o ofertă
    [few] { $count } oferte
   *[other] { $count } de oferte
}

results-title = Căutare
results-count = { PLURAL($count) ->
    [0] Nicio ofertă
    [one] O ofertă
    [few] { $count } oferte
   *[other] { $count } de oferte
}
searched-in = Limbi căutate: { $languages }
relaxed = Nu am găsit toate cuvintele. Rezultate fără: { $words }
did-you-mean = Poate căutați:
found-via = Găsit prin:
filters = Filtre
filters-count = { PLURAL($count) ->
    [0] Filtre
   *[other] Filtre ({ $count })
}
remove-filter = Ștergeți filtrul: { $filter }
clear-all = Ștergeți toate filtrele
facet-category = Temă
facet-city = Localitate
facet-language = Limba ofertei
facet-group = Pentru cine
in-language = Limba: { $language }
text-in-german = Acest text este în limba germană.
offered-in = Oferit în:
distance-km = { $km } km
badge-free = Gratuit
badge-childcare = Cu îngrijire pentru copii
badge-outdated = Poate nu mai este actual
pagination = Pagini
previous-page = Pagina anterioară
next-page = Pagina următoare
no-results = Ne pare rău, nu am găsit nimic.
no-results-try = Încercați:
no-results-categories = Sau răsfoiți un domeniu:
query-only-stopwords = Căutarea conține doar cuvinte mici uzuale. Scrieți ce căutați, de exemplu curs de germană sau consiliere.
query-no-words = Căutarea nu conține cuvinte după care putem căuta, așa că sunt afișate toate ofertele.
suggest-counseling = Servicii de consiliere care vă pot ajuta
suggest-all = Vedeți toate ofertele
suggest-without-filters = Aceeași căutare fără filtre

offer-also-in = Și în:
offer-description = Descriere
offer-contact = Contact
offer-ended = Această ofertă s-a încheiat.
offer-outdated = Aceste informații nu au mai fost confirmate de mult timp. Poate nu mai sunt actuale.
show-german-original = Arătați textul original în germană
fact-when = Când
fact-where = Unde
fact-cost = Cost
fact-languages = Limbi
fact-who = Pentru cine
fact-level = Nivel
fact-childcare = Îngrijirea copiilor
fact-online = Online
starts-on = Începe: { $date }
map-link = Arătați pe hartă (OpenStreetMap)
calendar-add = Adăugați în calendar
calendar-subscribe = Abonați-vă la toate datele de la { $provider }
calendar-starts = Început: { $title }
calendar-ends = Sfârșit: { $title }
level-alpha = Alfabetizare
yes = Da
no = Nu
action-call = Sunați
action-write = Scrieți un e-mail
action-website = Deschideți site-ul
last-confirmed = Confirmat ultima dată pe { $date }

not-found-heading = Pagina nu a fost găsită
not-found-text = Această pagină nu există (sau nu mai există). Poate oferta s-a încheiat.
offer-gone-replacements = Această ofertă nu mai există. Poate vi se potrivește una dintre acestea:
offline-heading = Nicio conexiune
offline-text = Această pagină nu este salvată pe dispozitivul dumneavoastră. Ofertele și listele deschise înainte funcționează și fără internet.
error-heading = Ceva nu a funcționat
error-text = Vă rugăm să încercați din nou peste puțin timp.
back-home = Înapoi la pagina de start

category-language_course = Cursuri de limbă
category-integration_course = Cursuri de integrare
category-counseling = Consiliere
category-training = Formare și calificare
category-recognition = Recunoașterea diplomelor
category-school = Școală și educație
category-childcare = Îngrijirea copiilor
category-work = Muncă și ucenicie (Ausbildung)
category-leisure = Timp liber și întâlniri
category-mobility = Transport
category-health = Sănătate
category-housing = Locuință
category-other = Altele

group-women = Femei
group-men = Bărbați
group-youth = Tineri
group-children = Copii
group-parents = Părinți
group-seniors = Persoane în vârstă
group-refugees = Refugiați
group-eu_citizens = Cetățeni UE
group-all = Toată lumea

forbidden-heading = Acces interzis
forbidden-text = Această pagină sau acțiune nu este permisă pentru contul dumneavoastră.

provider-area = Zona pentru organizații
provider-login-heading = Autentificare pentru organizații
provider-login-intro = Aici, organizațiile și asociațiile își actualizează singure ofertele.
provider-login-failed = Adresa de e-mail sau parola este greșită.
provider-login-too-many = Prea multe încercări. Vă rugăm să așteptați 15 minute.
provider-email = Adresa de e-mail
provider-password = Parola
provider-sign-in = Autentificare
provider-sign-out = Deconectare
provider-my-offers = Ofertele mele
provider-new-offer = Ofertă nouă
provider-edit-offer = Editați oferta
provider-moderation = Aprobări
provider-accounts = Conturi
provider-no-offers = Încă nu există oferte.
provider-outdated-heading = Vă rugăm să verificați
provider-outdated-intro = Aceste oferte nu au mai fost confirmate de peste șase luni.
provider-still-current = Încă actuală
provider-column-offer = Ofertă
provider-column-provider = Organizație
provider-column-state = Stare
provider-column-actions = Acțiuni
provider-state-published = publicată
provider-state-pending = așteaptă aprobarea
provider-state-outdated = poate nu mai este actuală
provider-state-ended = încheiată
provider-state-withdrawn = retrasă
provider-duplicate = Copiați
provider-history = Istoric
provider-withdraw = Retrageți
provider-done-saved = Salvat. Oferta apare acum în căutare.
provider-done-pending = Salvat. Modificarea așteaptă aprobarea; până atunci rămâne vizibilă versiunea veche.
provider-done-withdrawn = Oferta a fost retrasă.
provider-done-confirmed = Mulțumim, oferta este confirmată ca actuală.
provider-pending-notice = O modificare așteaptă aprobarea. Formularul arată versiunea care așteaptă.
provider-form-has-problems = Vă rugăm să corectați câmpurile marcate.
provider-section-what = Ce
provider-section-who = Pentru cine
provider-section-when = Când
provider-section-where = Unde
provider-section-cost = Cost
provider-section-contact = Contact
provider-offer-id = Identificator (litere mici, cifre și cratime)
provider-provider-id = Identificatorul organizației
provider-provider-name = Numele organizației
provider-field-title = Titlu
provider-field-summary = Descriere scurtă
provider-field-description = Descriere
provider-translation-missing = lipsește
provider-tags = Cuvinte-cheie (separate prin virgulă)
provider-languages = Limbile ofertei (coduri, de ex. de, ar, uk)
provider-not-stated = nespecificat
provider-start = Început
provider-end = Sfârșit
provider-times = Orar
provider-location-n = Locul { $n }
provider-location-name = Numele locului
provider-street = Strada și numărul
provider-postcode = Cod poștal
provider-city = Oraș
provider-lat = Latitudine
provider-lon = Longitudine
provider-phone = Telefon
provider-website = Site web
provider-save = Salvați
provider-preview = Previzualizare
provider-preview-notice = Previzualizare: așa arată pagina publică. Încă nu este salvată.
provider-back-to-form = Continuați editarea
provider-id-taken = Acest identificator este deja folosit.
provider-diff-field = Câmp
provider-diff-before = înainte
provider-diff-after = după
provider-restore = Restaurați această versiune
provider-queue-empty = Nicio modificare nu așteaptă aprobarea.
provider-wants-withdrawal = Organizația vrea să retragă oferta.
provider-reason = Motivul (în caz de respingere)
provider-approve = Aprobați
provider-reject = Respingeți
provider-providers = Organizații
provider-users = Utilizatori
provider-admin = Administrația Kreis
provider-add-provider = Adăugați o organizație
provider-add-user = Adăugați un cont
provider-account-saved = Salvat.
provider-account-invalid = Vă rugăm să verificați: un e-mail valid, o parolă de cel puțin 10 caractere, o organizație sau administrația.

# The public site: filters, distance, shortlist, print, privacy.
footer-links = Alte pagini
footer-providers = Pentru organizații: autentificare
facet-features = Arătați doar
feature-starts-soon = Începe în următoarele 4 săptămâni
starts-within-days = { PLURAL($days) ->
    [one] Începe în decurs de o zi
    [few] Începe în următoarele { $days } zile
   *[other] Începe în următoarele { $days } de zile
}
badge-evening-or-weekend = Seara sau în weekend
badge-starts = Începe:
near-heading = Distanță
near-place = Lângă { $place }
near-enter-place = Scrieți sus un cod poștal sau o localitate ca să vedeți distanțele.
near-unknown-place = Nu cunoaștem acest loc. Vă rugăm să scrieți un cod poștal sau o localitate din Kreis Unna.
radius-label = Pe o rază de
radius-any = Orice distanță
radius-km = { $km } km
radius-within = Pe o rază de { $km } km
sort-label = Sortare după
sort-distance = Distanță
sort-relevance = Cele mai potrivite
apply-filters = Aplicați
my-list = Lista mea ({ $count })
list-add = Adăugați în lista mea
list-remove = Scoateți din listă
list-intro = Această listă există doar în linkul ei: fără cont, nu se salvează nimic. Păstrați linkul sau trimiteți-l mai departe.
list-missing = { PLURAL($count) ->
    [one] O ofertă din această listă nu mai există.
    [few] { $count } oferte din această listă nu mai există.
   *[other] { $count } de oferte din această listă nu mai există.
}
list-empty = Lista dumneavoastră este goală. În rezultatele căutării, adăugați oferte cu „Adăugați în lista mea”.
list-share-heading = Trimiteți lista
list-share-label = Linkul către această listă (de copiat)
list-copy-link = Deschideți sau copiați linkul
list-client-heading = Pentru persoana pe care o însoțiți
list-client-language = Limba persoanei
list-client-choose = Folosiți această limbă
share-sms = SMS
list-print = Deschideți varianta de tipărit
list-continue = Continuați căutarea
offer-tools = Păstrați, tipăriți, trimiteți
action-print = Tipăriți
action-link = Link către această ofertă
read-aloud = Citește cu voce tare
print-heading = Oferte pentru dumneavoastră
print-hint = Tipăriți această pagină cu funcția de tipărire a browserului.
print-back = Înapoi
print-date = Tipărit la { $date }
print-notes = Notițe
fact-phone = Telefon
fact-email = E-mail
privacy-title = Protecția datelor
privacy-intro = Wegweiser păstrează cât mai puține date despre persoanele care caută aici.
privacy-tracking-heading = Fără urmărire
privacy-tracking = Nu există servicii de statistică sau de reclamă, nici pixeli de urmărire, nici profiluri. Nu știm cine sunteți.
privacy-requests-heading = Fără servere externe
privacy-requests = Paginile, imaginile și fonturile vin doar de pe acest server; browserul dumneavoastră nu contactează alte servicii. Doar când deschideți chiar dumneavoastră un link, de exemplu harta de pe OpenStreetMap sau site-ul unei organizații, se aplică regulile acestora.
privacy-cookies-heading = Un cookie pentru limbă
privacy-cookies = Limba aleasă o păstrăm într-un cookie numit „lang”, ca pagina de start să se deschidă din nou în limba dumneavoastră. Cookie-ul conține doar codul limbii și expiră după un an.
privacy-searches-heading = Cuvinte căutate
privacy-searches = Ce căutați nu se salvează împreună cu adresa IP sau cu alte date personale. Jurnalul nostru arată doar pagina deschisă, nu și cuvintele căutate.
privacy-list-heading = Lista dumneavoastră
privacy-list = Lista există doar în adresa paginii. Noi nu o salvăm; oricine are linkul poate vedea lista.
privacy-providers-heading = Organizații
privacy-providers = Organizațiile care se autentifică primesc un cookie de sesiune. Acesta expiră după 12 ore sau la deconectare. Salvăm adresa lor de e-mail, parola doar ca hash (cod criptat) și cine a modificat ce ofertă și când. Autentificările eșuate sunt numărate în memorie timp de 15 minute, ca parolele să nu poată fi ghicite.
translation-outdated = Această traducere poate nu mai este actuală: textul german de mai sus este cel valabil.
translation-last-confirmed = Traducere confirmată ultima dată la { $date }
translation-not-confirmed = Această traducere nu a fost confirmată de când s-a schimbat textul german.
provider-translation-outdated = poate nu mai este actuală: textul german s-a schimbat
provider-translations-heading = Traduceri de verificat
provider-translations-intro = Textul german s-a schimbat după ce au fost scrise aceste traduceri. Actualizați-le sau confirmați că încă se potrivesc.
provider-translation-confirm = Încă se potrivește cu germana
provider-state-translation-outdated = Traducerea poate nu mai este actuală: { $languages }
provider-done-translation = Mulțumim, traducerea este confirmată ca actuală.
weekday-mo = luni
weekday-tu = marți
weekday-we = miercuri
weekday-th = joi
weekday-fr = vineri
weekday-sa = sâmbătă
weekday-su = duminică
fact-hours = Program
badge-open-now = Deschis acum
fact-by-appointment = Doar cu programare
provider-hours-hint = Zile și ore în notația germană, de ex. Mo–Fr 09:00–12:00; Do 14:00–18:00
provider-hours-proposed = Propus din textul cu orele: verificați și salvați.
facet-time-of-day = Momentul zilei
time-of-day-morning = Dimineața
time-of-day-afternoon = După-amiaza
time-of-day-evening = Seara
time-of-day-weekend = În weekend
offer-next-steps = Pașii următori
fact-how-to-apply = Cum vă înscrieți
fact-documents = Ce aduceți
fact-eligibility = Cine poate veni
fact-accessibility = Accesibilitate
fact-wheelchair = Accesibil cu scaunul cu rotile
wheelchair-yes = Accesibil cu scaunul cu rotile
wheelchair-no = Nu este accesibil cu scaunul cu rotile
report-heading = Semnalați o problemă
report-intro = Ceva este greșit sau depășit? Spuneți-i furnizorului. Vă rugăm să nu scrieți numele sau datele de contact.
report-reason = Ce nu este corect?
report-reason-times = Ore sau date
report-reason-place = Loc sau adresă
report-reason-contact = Telefon, e-mail sau site web
report-reason-cost = Cost
report-reason-ended = Oferta nu mai există
report-reason-other = Altceva
report-message = Ce anume? (opțional)
report-leave-empty = Lăsați acest câmp gol
report-send = Trimiteți
report-thanks-heading = Mulțumim
report-thanks-text = Furnizorul va verifica informațiile.
report-back = Înapoi la ofertă
report-invalid-heading = Semnalarea nu a fost trimisă
report-invalid-text = Alegeți ce nu este corect și scrieți cel mult 1000 de caractere.
report-limit-heading = Prea multe semnalări
report-limit-text = Vă rugăm să încercați mai târziu.
provider-reports-heading = Semnalări de la vizitatori
provider-report-resolve = Corectat
provider-report-dismiss = Respingeți
provider-done-report = Semnalarea este închisă.
privacy-reports = O semnalare despre o ofertă păstrează doar ce nu este corect, textul dvs. și limba paginii, fără adresă IP. Pentru a limita abuzurile, semnalările sunt numărate pe adresă timp de 15 minute în memorie.
searches-heading = Căutat, negăsit
searches-intro = Căutări care n-au găsit nimic sau puțin (până la 2 oferte), pe săptămână și limbă după cuvintele lor, de îndată ce cel puțin 5 căutări au fost la fel. Fără adrese, fără ore, cel mult 13 săptămâni.
searches-none = Nicio căutare nu a apărut încă de cinci ori fără rezultate.
searches-week = Săptămâna
searches-language = Limba
searches-words = Cuvinte
searches-nothing = nimic găsit
searches-few = puțin găsit
searches-chart = Căutările afișate fără sau cu puține rezultate pe săptămână
privacy-gaps-heading = Ce caută oamenii și nu găsesc
privacy-gaps = Când cineva caută și nu găsește nimic sau puțin, numărăm cuvintele căutării (cu litere mici, fără cuvinte de umplutură și cifre) pe săptămână și limbă, fără adresă IP, oră sau căutarea așa cum a fost tastată. Districtul vede doar cuvintele căutate de cel puțin cinci ori, iar numărătorile se șterg după 13 săptămâni.
