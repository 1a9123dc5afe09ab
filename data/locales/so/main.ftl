# Wegweiser UI strings, Somali.

site-name = Wegweiser
site-district = Kreis Unna
skip-to-content = U gudub qoraalka bogga
language-switch = Dooro luqadda
footer-about = Wegweiser wuxuu isku keenaa adeegyada loogu talagalay dadka cusub ee yimid Kreis Unna (degmada Unna): koorsooyin luqadeed, la-talin, shaqo, dugsi, waqtiga firaaqada.
footer-data = Xogta meelaha: GeoNames (CC BY 4.0) iyo Xafiiska Tirakoobka Federaalka (dl-de/by-2-0).

home-title = Adeegyo loogu talagalay dadka cusub
home-heading = Adeegyo loogu talagalay dadka cusub ee Kreis Unna
home-lead = { $count ->
    [one] Hal adeeg oo ku yaal toban magaalo – ku raadi luqaddaada.
   *[other] { $count } adeeg oo ku yaal toban magaalo – ku raadi luqaddaada.
}
search-label = Maxaad raadinaysaa?
search-placeholder = tusaale: koorsada Jarmalka, la-talin, shaqo
where-label = Halkee? (lambarka boostada ama magaalada)
where-placeholder = tusaale: 59423 ama Unna
search-button = Raadi
shortcuts-heading = Inta badan la raadiyo
shortcut-integration-course = Koorsada isdhexgalka
shortcut-migration-counseling = La-talinta soo-galootiga
shortcut-recognition = Aqoonsiga shahaadooyinka
categories-heading = Dhammaan mawduucyada
offer-count = { $count ->
    [one] hal adeeg
   *[other] { $count } adeeg
}

results-title = Raadin
results-count = { $count ->
    [0] Adeeg lama helin
    [one] Hal adeeg
   *[other] { $count } adeeg
}
searched-in = Waxaa lagu raadiyay: { $languages }
relaxed = Dhammaan erayada lama helin. Natiijooyin aan lahayn: { $words }
did-you-mean = Ma waxaad ula jeeddaa:
found-via = Waxaa lagu helay:
filters = Shaandhayn
filters-count = { $count ->
    [0] Shaandhayn
   *[other] Shaandhayn ({ $count })
}
remove-filter = Ka saar shaandhaynta: { $filter }
clear-all = Ka saar dhammaan shaandhaynta
facet-category = Mawduuc
facet-city = Magaalo
facet-language = Luqadda adeegga
facet-group = Yaa loogu talagalay
in-language = ku { $language }
distance-km = { $km } km
badge-free = Bilaash
badge-childcare = Daryeel carruureed waa jiraa
badge-outdated = Waxaa laga yaabaa inuu duugoobay
pagination = Bogag
previous-page = Boggii hore
next-page = Bogga xiga
no-results = Waan ka xunnahay, wax ku habboon ma aanan helin.
no-results-try = Isku day:
suggest-counseling = Xarumaha la-talinta ee ku caawin kara
suggest-all = Eeg dhammaan adeegyada
suggest-without-filters = Isla raadintaas oo aan shaandhayn lahayn

offer-also-in = Sidoo kale luqadahan:
offer-description = Sharaxaad
offer-contact = Xiriir
offer-ended = Adeeggan wuu dhammaaday.
offer-outdated = Macluumaadkan muddo dheer lama xaqiijin, waxaana laga yaabaa inuu duugoobay.
show-german-original = Muuji qoraalka asalka ah ee Jarmalka
fact-when = Goorma
fact-where = Halkee
fact-cost = Qiimaha
fact-languages = Luqadaha
fact-who = Yaa loogu talagalay
fact-level = Heerka
fact-childcare = Daryeelka carruurta
fact-online = Onlayn
starts-on = Wuxuu bilaabanayaa: { $date }
map-link = Ka eeg khariidadda (OpenStreetMap)
calendar-add = Ku dar kalandarka
calendar-subscribe = Ku xir kalandarkaaga dhammaan taariikhaha { $provider }
calendar-starts = Bilow: { $title }
calendar-ends = Dhammaad: { $title }
level-alpha = Barashada akhriska iyo qoraalka
yes = Haa
no = Maya
action-call = Wac
action-write = Qor iimayl
action-website = Fur bogga internetka
last-confirmed = Markii ugu dambeysay la xaqiijiyay: { $date }

not-found-heading = Bogga lama helin
not-found-text = Boggani ma jiro, ama hadda ma jiro. Waxaa laga yaabaa in adeeggu dhammaaday.
error-heading = Wax baa qaldamay
error-text = Fadlan mar kale isku day wax yar kadib.
back-home = Ku noqo bogga koowaad

category-language_course = Koorsooyinka luqadda
category-integration_course = Koorsooyinka isdhexgalka
category-counseling = La-talin
category-training = Tababar iyo xirfad-barasho
category-recognition = Aqoonsiga shahaadooyinka
category-school = Dugsi iyo waxbarasho
category-childcare = Daryeelka carruurta
category-work = Shaqo iyo barasho xirfadeed
category-leisure = Waqtiga firaaqada iyo kulanno
category-mobility = Gaadiidka iyo socodka
category-health = Caafimaad
category-housing = Guri
category-other = Kuwo kale

group-women = Haween
group-men = Rag
group-youth = Dhallinyaro
group-children = Carruur
group-parents = Waalidiin
group-seniors = Dadka waayeelka ah
group-refugees = Qaxooti
group-eu_citizens = Muwaadiniinta Midowga Yurub (EU)
group-all = Qof walba

forbidden-heading = Ogolaansho ma lihid
forbidden-text = Boggan ama ficilkan looma oggola akoonkaaga.

provider-area = Qaybta hay'adaha
provider-login-heading = Gelitaanka hay'adaha
provider-login-intro = Halkan hay'adaha iyo ururadu waxay iyagu cusboonaysiiyaan adeegyadooda.
provider-login-failed = Cinwaanka iimaylka ama furaha sirta waa khalad.
provider-login-too-many = Isku day aad u badan. Fadlan sug 15 daqiiqo.
provider-email = Cinwaanka iimaylka
provider-password = Furaha sirta
provider-sign-in = Gal
provider-sign-out = Ka bax
provider-my-offers = Adeegyadayda
provider-new-offer = Adeeg cusub
provider-edit-offer = Wax ka beddel adeegga
provider-moderation = Ansixinta
provider-accounts = Akoonnada
provider-no-offers = Weli adeeg ma jiro.
provider-outdated-heading = Fadlan hubi
provider-outdated-intro = Adeegyadan lama xaqiijin in ka badan lix bilood.
provider-still-current = Weli waa jiraa
provider-column-offer = Adeeg
provider-column-provider = Hay'ad
provider-column-state = Xaalad
provider-column-actions = Ficillo
provider-state-published = la daabacay
provider-state-pending = wuxuu sugayaa ansixin
provider-state-outdated = waxaa laga yaabaa inuu duugoobay
provider-state-ended = wuu dhammaaday
provider-state-withdrawn = la joojiyay
provider-duplicate = Koobiyee
provider-history = Taariikhda isbeddellada
provider-withdraw = Jooji
provider-done-saved = Waa la keydiyay. Adeeggu hadda wuxuu ka muuqdaa raadinta.
provider-done-pending = Waa la keydiyay. Isbeddelku wuxuu sugayaa ansixin; ilaa inta, nuqulkii hore ayaa muuqanaya.
provider-done-withdrawn = Adeegga waa la joojiyay.
provider-done-confirmed = Mahadsanid, waxaa la xaqiijiyay in adeeggu weli jiro.
provider-pending-notice = Isbeddel ayaa sugaya ansixin. Foomku wuxuu muujinayaa nuqulka sugaya.
provider-form-has-problems = Fadlan sax meelaha la calaamadeeyay.
provider-section-what = Maxaa
provider-section-who = Yaa loogu talagalay
provider-section-when = Goorma
provider-section-where = Halkee
provider-section-cost = Qiimaha
provider-section-contact = Xiriir
provider-offer-id = Aqoonsi (xarfo yaryar, tirooyin iyo xarriiq)
provider-provider-id = Aqoonsiga hay'adda
provider-provider-name = Magaca hay'adda
provider-field-title = Cinwaan
provider-field-summary = Sharaxaad gaaban
provider-field-description = Sharaxaad
provider-translation-missing = waa maqan
provider-tags = Erayo muhiim ah (ku kala saar hakad)
provider-languages = Luqadaha adeegga (koodh, tusaale: de, ar, uk)
provider-not-stated = lama sheegin
provider-start = Bilow
provider-end = Dhammaad
provider-times = Waqtiyada
provider-location-n = Goob { $n }
provider-location-name = Magaca goobta
provider-street = Waddada iyo lambarka guriga
provider-postcode = Lambarka boostada
provider-city = Magaalo
provider-lat = Loolka (latitude)
provider-lon = Dhererka (longitude)
provider-phone = Telefoon
provider-website = Bogga internetka
provider-save = Keydi
provider-preview = Horu-eeg
provider-preview-notice = Horu-eeg: sidan ayuu u muuqanayaa bogga dadweynaha. Weli lama keydin.
provider-back-to-form = Sii wad wax-ka-beddelka
provider-id-taken = Aqoonsigan horey ayaa loo qaatay.
provider-diff-field = Qayb
provider-diff-before = kahor
provider-diff-after = kadib
provider-restore = Soo celi nuqulkan
provider-queue-empty = Ma jiro isbeddel sugaya ansixin.
provider-wants-withdrawal = Hay'addu waxay rabtaa inay joojiso adeegga.
provider-reason = Sababta (marka la diido)
provider-approve = Ansixi
provider-reject = Diid
provider-providers = Hay'adaha
provider-users = Isticmaalayaasha
provider-admin = Maamulka degmada
provider-add-provider = Ku dar hay'ad
provider-add-user = Ku dar akoon
provider-account-saved = Waa la keydiyay.
provider-account-invalid = Fadlan hubi: iimayl sax ah, furaha sirta oo ugu yaraan 10 xaraf ah, hay'ad ama maamul.

# The public site: filters, distance, shortlist, print, privacy.
footer-links = Bogag kale
footer-providers = Hay'adaha: halkan ka gal
facet-features = Kaliya muuji
feature-starts-soon = Wuxuu bilaabanayaa 4-ta toddobaad ee soo socda
starts-within-days = { $days ->
    [one] Wuxuu bilaabanayaa hal maalin gudaheed
   *[other] Wuxuu bilaabanayaa { $days } maalmood gudahood
}
badge-evening-or-weekend = Fiidkii ama dhammaadka toddobaadka
badge-starts = Bilow:
near-heading = Masaafo
near-place = U dhow { $place }
near-enter-place = Kor ku qor lambarka boostada ama magaalo si aad u aragto masaafada.
near-unknown-place = Meeshan ma aqoonno. Fadlan qor lambarka boostada ama magaalo ku taal Kreis Unna.
radius-label = Gudaha
radius-any = Masaafo kasta
radius-km = { $km } km
radius-within = { $km } km gudahood
sort-label = Kala saar sida
sort-distance = Masaafada
sort-relevance = Kan ugu habboon
apply-filters = Isticmaal
my-list = Liiskayga ({ $count })
list-add = Ku dar liiskayga
list-remove = Ka saar liiska
list-intro = Liiskani wuxuu ku jiraa oo keliya linkigiisa: akoon looma baahna, waxba lama keydiyo. Linkiga hay ama la wadaag.
list-missing = { $count ->
    [one] Hal adeeg oo liiskan ku jiray hadda ma jiro.
   *[other] { $count } adeeg oo liiskan ku jiray hadda ma jiraan.
}
list-empty = Liiskaagu waa madhan yahay. Natiijooyinka raadinta, adeegyada ku dar adigoo riixaya “Ku dar liiskayga”.
list-share-heading = La wadaag liiska
list-share-label = Linkiga liiskan (si aad u koobiyeyso)
list-copy-link = Fur ama koobiyee linkiga
list-share-languages = Linkigu wuxuu ku shaqeeyaa luqad kasta: kor ka dooro luqad kale, liiskuna wuu sii jirayaa.
list-print-heading = U daabac qofka aad caawinayso
list-client-language = Luqadda qofkaas
list-print = Fur bogga daabacaadda
list-continue = Sii wad raadinta
offer-tools = Keydi, daabac, la wadaag
action-print = Daabac
action-link = Linkiga adeeggan
print-heading = Adeegyo adiga kuu ah
print-hint = Boggan ku daabac qaybta daabacaadda ee browser-kaaga.
print-back = Dib u noqo
fact-phone = Telefoon
fact-email = Iimayl
privacy-title = Ilaalinta xogta
privacy-intro = Wegweiser wuxuu keydiyaa xog aad u yar oo ku saabsan dadka halkan wax ka raadiya.
privacy-tracking-heading = Raadraac ma jiro
privacy-tracking = Ma jiraan adeegyo tirakoob ama xayaysiis, ma jiraan pixel raadraac ah, mana jiraan profile-yo. Ma naqaanno cidda aad tahay.
privacy-requests-heading = Server-yo shisheeye ma jiraan
privacy-requests = Bogagga, sawirrada iyo farta qoraalka waxay ka yimaadaan oo keliya server-kan; browser-kaagu lama xiriiro adeeg kale. Kaliya marka aad adigu furto link, sida khariidadda OpenStreetMap ama bogga internetka ee hay'ad, waxaa khuseeya xeerarkooda.
privacy-cookies-heading = Hal cookie oo luqadda ah
privacy-cookies = Luqadda aad dooratay waxaan ku xasuusannaa cookie la yiraahdo “lang”, si bogga koowaad mar kale ugu furmo luqaddaada. Wuxuu hayaa oo keliya koodhka luqadda, wuxuuna dhacayaa hal sano kadib.
privacy-searches-heading = Erayada raadinta
privacy-searches = Waxa aad raadiso laguma keydiyo cinwaankaaga IP ama xog kale oo shakhsi ah. Diiwaankayagu wuxuu sheegaa oo keliya bogga la furay, ma aha erayada raadinta.
privacy-list-heading = Liiskaaga
privacy-list = Liisku wuxuu ku jiraa oo keliya cinwaanka bogga. Ma keydinno; qof kasta oo haya linkiga wuu arki karaa liiska.
privacy-providers-heading = Hay'adaha
privacy-providers = Hay'adaha soo gala waxay helaan cookie fadhi (session) oo dhaca 12 saacadood kadib ama marka ay ka baxaan. Waxaan keydinnaa cinwaankooda iimaylka, furahooda sirta oo keliya qaab hash ah, iyo cidda wax ka beddeshay adeeg kasta iyo goorta. Gelitaannada fashilmay waxaa lagu tiriyaa xusuusta 15 daqiiqo, si looga hortago in furaha sirta la qiyaaso.
translation-outdated = Turjumaaddan waxaa laga yaabaa inay duugowday: qoraalka Jarmalka ee kore ayaa sax ah.
translation-last-confirmed = Turjumaaddan waxaa ugu dambeysay la xaqiijiyay { $date }
translation-not-confirmed = Turjumaaddan lama xaqiijin tan iyo markii qoraalka Jarmalka la beddelay.
provider-translation-outdated = waxaa laga yaabaa inay duugowday: qoraalka Jarmalka waa la beddelay
provider-translations-heading = Turjumaadaha la hubinayo
provider-translations-intro = Qoraalka Jarmalka ayaa la beddelay kadib markii turjumaadahan la qoray. Cusbooneysii ama xaqiiji inay weli waafaqsan yihiin.
provider-translation-confirm = Weli waa la mid Jarmalka
provider-state-translation-outdated = Turjumaaddu waxay noqon kartaa mid duugowday: { $languages }
provider-done-translation = Mahadsanid, waxaa la xaqiijiyay in turjumaaddu sax tahay.
weekday-mo = Isniin
weekday-tu = Talaado
weekday-we = Arbaco
weekday-th = Khamiis
weekday-fr = Jimce
weekday-sa = Sabti
weekday-su = Axad
fact-hours = Saacadaha furitaanka
badge-open-now = Hadda waa furan yahay
fact-by-appointment = Ballan keliya
provider-hours-hint = Maalmaha iyo saacadaha qoraalka Jarmalka, tusaale Mo–Fr 09:00–12:00; Do 14:00–18:00
provider-hours-proposed = Waxaa laga soo jeediyay qoraalka waqtiyada: fadlan hubi oo kaydi.
facet-time-of-day = Waqtiga maalinta
time-of-day-morning = Subaxdii
time-of-day-afternoon = Galabtii
time-of-day-evening = Fiidkii
time-of-day-weekend = Dhammaadka toddobaadka
offer-next-steps = Tallaabooyinka xiga
fact-how-to-apply = Sida loo diiwaangeliyo
fact-documents = Waxa la keenayo
fact-eligibility = Cidda iman karta
fact-accessibility = Helitaanka
fact-wheelchair = Kursiga curyaamiinta waa la geli karaa
wheelchair-yes = Waa la geli karaa kursiga curyaamiinta
wheelchair-no = Lama geli karo kursiga curyaamiinta
