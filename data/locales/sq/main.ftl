# Wegweiser UI strings, Albanian.

site-name = Wegweiser
site-district = Kreis Unna
skip-to-content = Kalo te përmbajtja
language-switch = Zgjidhni gjuhën
footer-about = Wegweiser mbledh ofertat për të ardhurit e rinj në Kreis Unna: kurse gjuhe, këshillim, punë, shkollë, kohë e lirë.
footer-data = Të dhënat për vendet: GeoNames (CC BY 4.0) dhe Zyra Federale e Statistikave (dl-de/by-2-0).

home-title = Oferta për të ardhurit e rinj
home-heading = Oferta për të ardhurit e rinj në Kreis Unna
home-lead = { $count ->
    [one] Një ofertë në dhjetë qytete – kërkoni në gjuhën tuaj.
   *[other] { $count } oferta në dhjetë qytete – kërkoni në gjuhën tuaj.
}
search-label = Çfarë kërkoni?
search-placeholder = p.sh. kurs gjermanishteje, këshillim, punë
where-label = Ku? (kodi postar ose qyteti)
where-placeholder = p.sh. 59423 ose Unna
search-button = Kërko
shortcuts-heading = Kërkohen shpesh
shortcut-integration-course = Kurs integrimi
shortcut-migration-counseling = Këshillim për migrantët
shortcut-recognition = Njohja e diplomave
categories-heading = Të gjitha temat
offer-count = { $count ->
    [one] një ofertë
   *[other] { $count } oferta
}

results-title = Kërkimi
results-count = { $count ->
    [0] Asnjë ofertë
    [one] Një ofertë
   *[other] { $count } oferta
}
searched-in = Gjuhët e kërkimit: { $languages }
relaxed = Jo të gjitha fjalët u gjetën. Rezultate pa: { $words }
did-you-mean = Mos kishit parasysh:
found-via = U gjet përmes:
filters = Filtrat
filters-count = { $count ->
    [0] Filtrat
   *[other] Filtrat ({ $count })
}
remove-filter = Hiq filtrin: { $filter }
clear-all = Hiqi të gjitha filtrat
facet-category = Tema
facet-city = Qyteti
facet-language = Gjuha e ofertës
facet-group = Për kë
in-language = Gjuha: { $language }
distance-km = { $km } km
badge-free = Falas
badge-childcare = Me kujdes për fëmijët
badge-outdated = Mund të jetë e vjetër
pagination = Faqet
previous-page = Faqja e mëparshme
next-page = Faqja tjetër
no-results = Na vjen keq, nuk gjetëm asgjë.
no-results-try = Provoni:
suggest-counseling = Zyra këshillimi që mund t’ju ndihmojnë
suggest-all = Shikoni të gjitha ofertat
suggest-without-filters = I njëjti kërkim pa filtra

offer-also-in = Edhe në:
offer-description = Përshkrimi
offer-contact = Kontakti
offer-ended = Kjo ofertë ka mbaruar.
offer-outdated = Këto të dhëna nuk janë konfirmuar prej kohësh dhe mund të jenë të vjetra.
show-german-original = Shfaq tekstin origjinal në gjermanisht
fact-when = Kur
fact-where = Ku
fact-cost = Çmimi
fact-languages = Gjuhët
fact-who = Për kë
fact-level = Niveli
fact-childcare = Kujdesi për fëmijët
fact-online = Online
starts-on = Fillon: { $date }
map-link = Shfaq në hartë (OpenStreetMap)
calendar-add = Shto në kalendar
calendar-subscribe = Abonohuni te të gjitha datat nga { $provider }
calendar-starts = Fillimi: { $title }
calendar-ends = Mbarimi: { $title }
level-alpha = Mësim shkrim-leximi
yes = Po
no = Jo
action-call = Telefononi
action-write = Shkruani e-mail
action-website = Hapni faqen e internetit
last-confirmed = Konfirmuar për herë të fundit më { $date }

not-found-heading = Faqja nuk u gjet
not-found-text = Kjo faqe nuk ekziston (më). Ndoshta oferta ka mbaruar.
error-heading = Diçka shkoi keq
error-text = Ju lutemi provoni përsëri pas pak.
back-home = Kthehu te faqja kryesore

category-language_course = Kurse gjuhe
category-integration_course = Kurse integrimi
category-counseling = Këshillim
category-training = Kualifikim dhe trajnim
category-recognition = Njohja e diplomave
category-school = Shkolla dhe arsimi
category-childcare = Kujdesi për fëmijët
category-work = Punë dhe formim profesional (Ausbildung)
category-leisure = Kohë e lirë dhe takime
category-mobility = Lëvizja dhe transporti
category-health = Shëndeti
category-housing = Banimi
category-other = Të tjera

group-women = Gra
group-men = Burra
group-youth = Të rinj
group-children = Fëmijë
group-parents = Prindër
group-seniors = Të moshuar
group-refugees = Refugjatë
group-eu_citizens = Qytetarë të BE-së
group-all = Të gjithë

forbidden-heading = Nuk keni qasje
forbidden-text = Kjo faqe ose ky veprim nuk lejohet për llogarinë tuaj.

provider-area = Zona për organizatat
provider-login-heading = Hyrja për organizatat
provider-login-intro = Këtu organizatat dhe shoqatat i përditësojnë vetë ofertat e tyre.
provider-login-failed = Adresa e e-mailit ose fjalëkalimi është i gabuar.
provider-login-too-many = Shumë përpjekje. Ju lutemi prisni 15 minuta.
provider-email = Adresa e e-mailit
provider-password = Fjalëkalimi
provider-sign-in = Hyni
provider-sign-out = Dilni
provider-my-offers = Ofertat e mia
provider-new-offer = Ofertë e re
provider-edit-offer = Ndrysho ofertën
provider-moderation = Miratimet
provider-accounts = Llogaritë
provider-no-offers = Ende nuk ka oferta.
provider-outdated-heading = Ju lutemi kontrolloni
provider-outdated-intro = Këto oferta nuk janë konfirmuar prej më shumë se gjysmë viti.
provider-still-current = Ende aktuale
provider-column-offer = Oferta
provider-column-provider = Organizata
provider-column-state = Statusi
provider-column-actions = Veprimet
provider-state-published = e publikuar
provider-state-pending = pret miratimin
provider-state-outdated = mund të jetë e vjetër
provider-state-ended = e mbaruar
provider-state-withdrawn = e tërhequr
provider-duplicate = Kopjo
provider-history = Historiku
provider-withdraw = Tërhiq
provider-done-saved = U ruajt. Oferta tani shfaqet në kërkim.
provider-done-pending = U ruajt. Ndryshimi pret miratimin; deri atëherë mbetet i dukshëm versioni i vjetër.
provider-done-withdrawn = Oferta u tërhoq.
provider-done-confirmed = Faleminderit, oferta u konfirmua si aktuale.
provider-pending-notice = Një ndryshim pret miratimin. Formulari tregon versionin që pret.
provider-form-has-problems = Ju lutemi korrigjoni fushat e shënuara.
provider-section-what = Çfarë
provider-section-who = Për kë
provider-section-when = Kur
provider-section-where = Ku
provider-section-cost = Çmimi
provider-section-contact = Kontakti
provider-offer-id = Identifikuesi (shkronja të vogla, shifra dhe viza)
provider-provider-id = Identifikuesi i organizatës
provider-provider-name = Emri i organizatës
provider-field-title = Titulli
provider-field-summary = Përshkrim i shkurtër
provider-field-description = Përshkrimi
provider-translation-missing = mungon
provider-tags = Fjalë kyçe (të ndara me presje)
provider-languages = Gjuhët e ofertës (kode, p.sh. de, ar, uk)
provider-not-stated = pa të dhëna
provider-start = Fillimi
provider-end = Mbarimi
provider-times = Oraret
provider-location-n = Vendi { $n }
provider-location-name = Emri i vendit
provider-street = Rruga dhe numri
provider-postcode = Kodi postar
provider-city = Qyteti
provider-lat = Gjerësia gjeografike
provider-lon = Gjatësia gjeografike
provider-phone = Telefoni
provider-website = Faqja e internetit
provider-save = Ruaj
provider-preview = Parapamje
provider-preview-notice = Parapamje: kështu duket faqja publike. Ende nuk është ruajtur.
provider-back-to-form = Vazhdo ndryshimin
provider-id-taken = Ky identifikues është i zënë.
provider-diff-field = Fusha
provider-diff-before = më parë
provider-diff-after = më pas
provider-restore = Rikthe këtë version
provider-queue-empty = Asnjë ndryshim nuk pret miratim.
provider-wants-withdrawal = Organizata dëshiron ta tërheqë ofertën.
provider-reason = Arsyeja (kur refuzohet)
provider-approve = Mirato
provider-reject = Refuzo
provider-providers = Organizatat
provider-users = Përdoruesit
provider-admin = Administrata e Kreis
provider-add-provider = Shto organizatë
provider-add-user = Shto llogari
provider-account-saved = U ruajt.
provider-account-invalid = Ju lutemi kontrolloni: një e-mail të vlefshëm, një fjalëkalim me të paktën 10 shenja, një organizatë ose administratën.

# The public site: filters, distance, shortlist, print, privacy.
footer-links = Faqe të tjera
footer-providers = Për organizatat: hyrja
facet-features = Shfaq vetëm
feature-starts-soon = Fillon brenda 4 javëve të ardhshme
starts-within-days = { $days ->
    [one] Fillon brenda një dite
   *[other] Fillon brenda { $days } ditëve të ardhshme
}
badge-evening-or-weekend = Në mbrëmje ose në fundjavë
badge-starts = Fillon:
near-heading = Largësia
near-place = Afër { $place }
near-enter-place = Shkruani lart një kod postar ose një qytet për të parë largësitë.
near-unknown-place = Nuk e njohim këtë vend. Ju lutemi shkruani një kod postar ose një qytet në Kreis Unna.
radius-label = Brenda
radius-any = Çdo largësi
radius-km = { $km } km
radius-within = Brenda { $km } km
sort-label = Rendit sipas
sort-distance = Largësia
sort-relevance = Më të përshtatshmet
apply-filters = Zbato
my-list = Lista ime ({ $count })
list-add = Shto në listën time
list-remove = Hiq nga lista
list-intro = Kjo listë ekziston vetëm në linkun e saj: pa llogari, nuk ruhet asgjë. Ruajeni linkun ose ndajeni me të tjerët.
list-missing = { $count ->
    [one] Një ofertë e kësaj liste nuk ekziston më.
   *[other] { $count } oferta të kësaj liste nuk ekzistojnë më.
}
list-empty = Lista juaj është bosh. Te rezultatet e kërkimit shtoni oferta me „Shto në listën time“.
list-share-heading = Ndani listën
list-share-label = Linku i kësaj liste (për ta kopjuar)
list-copy-link = Hapni ose kopjoni linkun
list-share-languages = Linku funksionon në çdo gjuhë: zgjidhni lart një gjuhë tjetër, lista mbetet.
list-print-heading = Printoni për personin që po ndihmoni
list-client-language = Gjuha e personit
list-print = Hapni pamjen për printim
list-continue = Vazhdoni kërkimin
offer-tools = Ruaj, printo, ndaj
action-print = Printo
action-link = Linku i kësaj oferte
print-heading = Oferta për ju
print-hint = Printojeni këtë faqe me funksionin e printimit të shfletuesit tuaj.
print-back = Kthehu
fact-phone = Telefoni
fact-email = E-mail
privacy-title = Mbrojtja e të dhënave
privacy-intro = Wegweiser ruan sa më pak të dhëna për njerëzit që kërkojnë këtu.
privacy-tracking-heading = Pa gjurmim
privacy-tracking = Nuk ka shërbime statistikash apo reklamash, as piksele gjurmuese, as profile. Ne nuk e dimë kush jeni.
privacy-requests-heading = Pa serverë të huaj
privacy-requests = Faqet, imazhet dhe shkronjat vijnë vetëm nga ky server; shfletuesi juaj nuk lidhet me shërbime të tjera. Vetëm kur hapni vetë një link, p.sh. hartën në OpenStreetMap ose faqen e një organizate, vlejnë rregullat e tyre.
privacy-cookies-heading = Një cookie për gjuhën
privacy-cookies = Gjuhën që zgjodhët e mbajmë mend në një cookie me emrin „lang“, që faqja kryesore të hapet përsëri në gjuhën tuaj. Ai përmban vetëm kodin e gjuhës dhe skadon pas një viti.
privacy-searches-heading = Fjalët e kërkimit
privacy-searches = Ajo që kërkoni nuk ruhet bashkë me adresën tuaj IP ose me të dhëna të tjera personale. Regjistri ynë shënon vetëm faqen që u hap, jo fjalët e kërkimit.
privacy-list-heading = Lista juaj
privacy-list = Lista ekziston vetëm në adresën e faqes. Ne nuk e ruajmë; kushdo që ka linkun mund ta shohë listën.
privacy-providers-heading = Organizatat
privacy-providers = Organizatat që hyjnë marrin një cookie sesioni. Ai skadon pas 12 orësh ose kur dalin. Ne ruajmë adresën e tyre të e-mailit, fjalëkalimin vetëm si hash (kod i shifruar), si dhe kush e ndryshoi cilën ofertë dhe kur. Hyrjet e dështuara numërohen në memorie për 15 minuta, që të mos mund të gjenden fjalëkalimet me hamendje.
translation-outdated = Ky përkthim mund të jetë i vjetër: teksti gjermanisht më sipër është i vlefshëm.
translation-last-confirmed = Ky përkthim u konfirmua për herë të fundit më { $date }
translation-not-confirmed = Ky përkthim nuk është konfirmuar që kur ndryshoi teksti gjermanisht.
provider-translation-outdated = mund të jetë i vjetër: teksti gjermanisht ndryshoi
provider-translations-heading = Përkthime për t’u kontrolluar
provider-translations-intro = Teksti gjermanisht ndryshoi pasi u shkruan këto përkthime. Përditësojini ose konfirmoni që përputhen ende.
provider-translation-confirm = Përputhet ende me gjermanishten
provider-state-translation-outdated = Përkthimi mund të jetë i vjetër: { $languages }
provider-done-translation = Faleminderit, përkthimi u konfirmua si aktual.
weekday-mo = e hënë
weekday-tu = e martë
weekday-we = e mërkurë
weekday-th = e enjte
weekday-fr = e premte
weekday-sa = e shtunë
weekday-su = e diel
fact-hours = Orari
badge-open-now = Hapur tani
fact-by-appointment = Vetëm me takim
provider-hours-hint = Ditët dhe oraret sipas shënimit gjerman, p.sh. Mo–Fr 09:00–12:00; Do 14:00–18:00
provider-hours-proposed = Propozuar nga teksti i orarit: ju lutemi kontrolloni dhe ruani.
facet-time-of-day = Koha e ditës
time-of-day-morning = Në mëngjes
time-of-day-afternoon = Pasdite
time-of-day-evening = Në mbrëmje
time-of-day-weekend = Në fundjavë
offer-next-steps = Hapat e ardhshëm
fact-how-to-apply = Si të regjistroheni
fact-documents = Çfarë të sillni
fact-eligibility = Kush mund të vijë
fact-accessibility = Aksesueshmëria
fact-wheelchair = E aksesueshme me karrocë
wheelchair-yes = E aksesueshme me karrocë me rrota
wheelchair-no = Jo e aksesueshme me karrocë me rrota
