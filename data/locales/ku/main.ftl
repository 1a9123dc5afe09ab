# Wegweiser UI strings, Kurdish (Kurmanji, Latin script).

site-name = Wegweiser
site-district = Kreis Unna
skip-to-content = Herin naverokê
language-switch = Zimên hilbijêrin
footer-about = Wegweiser pêşniyarên ji bo kesên ku nû hatine Kreis Unna (herêma Unna) li hev dicivîne: kursên zimên, şêwirmendî, kar, dibistan, dema vala.
footer-data = Daneyên cihan: GeoNames (CC BY 4.0) û Ofîsa Federal a Statîstîkê (dl-de/by-2-0).

home-title = Pêşniyar ji bo kesên ku nû hatine
home-heading = Pêşniyar ji bo kesên ku nû hatine Kreis Unna
home-lead = { $count ->
    [one] Pêşniyarek li deh bajaran – bi zimanê xwe bigerin.
   *[other] { $count } pêşniyar li deh bajaran – bi zimanê xwe bigerin.
}
search-label = Hûn li çi digerin?
search-placeholder = mînak: kursa almanî, şêwirmendî, kar
where-label = Li ku? (koda posteyê an bajar)
where-placeholder = mînak: 59423 an Unna
search-button = Bigerin
shortcuts-heading = Pir tên lêgerîn
shortcut-integration-course = Kursa entegrasyonê
shortcut-migration-counseling = Şêwirmendiya koçberiyê
shortcut-recognition = Pejirandina bawernameyan
categories-heading = Hemû mijar
offer-count = { $count ->
    [one] pêşniyarek
   *[other] { $count } pêşniyar
}

results-title = Lêgerîn
results-count = { $count ->
    [0] Tu pêşniyar tune
    [one] Pêşniyarek
   *[other] { $count } pêşniyar
}
searched-in = Bi van zimanan hat lêgerîn: { $languages }
relaxed = Hemû peyv nehatin dîtin. Encam bêyî: { $words }
did-you-mean = Belkî mebesta we ev e:
found-via = Hat dîtin bi rêya:
filters = Fîltre
filters-count = { $count ->
    [0] Fîltre
   *[other] Fîltre ({ $count })
}
remove-filter = Fîltreyê rakin: { $filter }
clear-all = Hemû fîltreyan rakin
facet-category = Mijar
facet-city = Bajar
facet-language = Zimanê pêşniyarê
facet-group = Ji bo kê
in-language = bi zimanê { $language }
distance-km = { $km } km
badge-free = Belaş
badge-childcare = Bi lênêrîna zarokan
badge-outdated = Dibe ku kevn bûbe
pagination = Rûpel
previous-page = Rûpela berê
next-page = Rûpela din
no-results = Mixabin, me ji bo vê tiştek nedît.
no-results-try = Van biceribînin:
suggest-counseling = Cihên şêwirmendiyê yên ku dikarin alîkariyê bikin
suggest-all = Hemû pêşniyaran bibînin
suggest-without-filters = Heman lêgerîn bêyî fîltreyan

offer-also-in = Bi van zimanan jî:
offer-description = Danasîn
offer-contact = Têkilî
offer-ended = Ev pêşniyar qediya.
offer-outdated = Ev agahî demeke dirêj e nehatiye piştrastkirin û dibe ku kevn bûbe.
show-german-original = Nivîsa esil a almanî nîşan bidin
fact-when = Kengî
fact-where = Li ku
fact-cost = Biha
fact-languages = Ziman
fact-who = Ji bo kê
fact-level = Ast
fact-childcare = Lênêrîna zarokan
fact-online = Bi înternetê
starts-on = Dest pê dike: { $date }
map-link = Li ser nexşeyê nîşan bidin (OpenStreetMap)
calendar-add = Li salnameyê zêde bikin
calendar-subscribe = Hemû dîrokên { $provider } li salnameya xwe bişopînin
calendar-starts = Destpêk: { $title }
calendar-ends = Dawî: { $title }
level-alpha = Fêrbûna xwendin û nivîsandinê
yes = Erê
no = Na
action-call = Telefon bikin
action-write = E-mail binivîsin
action-website = Malperê vekin
last-confirmed = Cara dawî hat piştrastkirin: { $date }

not-found-heading = Rûpel nehat dîtin
not-found-text = Ev rûpel tune ye, an êdî tune ye. Dibe ku pêşniyar qediya be.
error-heading = Tiştek xelet çû
error-text = Ji kerema xwe piştî kêliyekê dîsa biceribînin.
back-home = Vegerin rûpela destpêkê

category-language_course = Kursên zimên
category-integration_course = Kursên entegrasyonê
category-counseling = Şêwirmendî
category-training = Perwerde û jêhatîbûn
category-recognition = Pejirandina bawernameyan
category-school = Dibistan û xwendin
category-childcare = Lênêrîna zarokan
category-work = Kar û perwerdeya pîşeyî
category-leisure = Dema vala û hevdîtin
category-mobility = Hatin û çûn
category-health = Tenduristî
category-housing = Xanî
category-other = Yên din

group-women = Jin
group-men = Mêr
group-youth = Ciwan
group-children = Zarok
group-parents = Dê û bav
group-seniors = Kesên temenmezin
group-refugees = Penaber
group-eu_citizens = Hemwelatiyên Yekîtiya Ewropayê (YE)
group-all = Her kes

forbidden-heading = Destûr tune
forbidden-text = Hesabê we destûra vê rûpelê an vî karî nîne.

provider-area = Beşa saziyan
provider-login-heading = Têketin ji bo saziyan
provider-login-intro = Li vir sazî û komele pêşniyarên xwe bi xwe nû dikin.
provider-login-failed = Navnîşana e-mailê an şîfre şaş e.
provider-login-too-many = Gelek hewldan. Ji kerema xwe 15 deqeyan bisekinin.
provider-email = Navnîşana e-mailê
provider-password = Şîfre
provider-sign-in = Têkevin
provider-sign-out = Derkevin
provider-my-offers = Pêşniyarên min
provider-new-offer = Pêşniyara nû
provider-edit-offer = Pêşniyarê biguherînin
provider-moderation = Pejirandin
provider-accounts = Hesab
provider-no-offers = Hêj tu pêşniyar tune.
provider-outdated-heading = Ji kerema xwe kontrol bikin
provider-outdated-intro = Ev pêşniyar ji nîv salî zêdetir e nehatine piştrastkirin.
provider-still-current = Hêj derbasdar e
provider-column-offer = Pêşniyar
provider-column-provider = Sazî
provider-column-state = Rewş
provider-column-actions = Çalakî
provider-state-published = hat weşandin
provider-state-pending = li benda pejirandinê ye
provider-state-outdated = dibe ku kevn bûbe
provider-state-ended = qediya
provider-state-withdrawn = hat vekişandin
provider-duplicate = Kopî bikin
provider-history = Dîroka guhertinan
provider-withdraw = Vekişînin
provider-done-saved = Hat tomarkirin. Pêşniyar niha di lêgerînê de xuya dike.
provider-done-pending = Hat tomarkirin. Guhertin li benda pejirandinê ye; heta wê demê guhertoya kevn xuya dike.
provider-done-withdrawn = Pêşniyar hat vekişandin.
provider-done-confirmed = Spas, hat piştrastkirin ku pêşniyar hêj derbasdar e.
provider-pending-notice = Guhertinek li benda pejirandinê ye. Form guhertoya ku li bendê ye nîşan dide.
provider-form-has-problems = Ji kerema xwe qadên nîşankirî rast bikin.
provider-section-what = Çi
provider-section-who = Ji bo kê
provider-section-when = Kengî
provider-section-where = Li ku
provider-section-cost = Biha
provider-section-contact = Têkilî
provider-offer-id = Koda naskirinê (tîpên biçûk, hejmar û xêzik)
provider-provider-id = Koda naskirinê ya saziyê
provider-provider-name = Navê saziyê
provider-field-title = Sernav
provider-field-summary = Danasîna kurt
provider-field-description = Danasîn
provider-translation-missing = tune ye
provider-tags = Peyvên sereke (bi bêhnokê ji hev veqetînin)
provider-languages = Zimanên pêşniyarê (kod, mînak: de, ar, uk)
provider-not-stated = nehatiye gotin
provider-start = Destpêk
provider-end = Dawî
provider-times = Dem
provider-location-n = Cih { $n }
provider-location-name = Navê cihê
provider-street = Kolan û hejmara xaniyê
provider-postcode = Koda posteyê
provider-city = Bajar
provider-lat = Hêlîpan
provider-lon = Hêlîdirêj
provider-phone = Telefon
provider-website = Malper
provider-save = Tomar bikin
provider-preview = Pêşdîtin
provider-preview-notice = Pêşdîtin: rûpela giştî wê wiha xuya bike. Hêj nehatiye tomarkirin.
provider-back-to-form = Guhertinê bidomînin
provider-id-taken = Ev kod berê hatiye girtin.
provider-diff-field = Qad
provider-diff-before = berê
provider-diff-after = paşê
provider-restore = Vê guhertoyê vegerînin
provider-queue-empty = Tu guhertin li benda pejirandinê nîne.
provider-wants-withdrawal = Sazî dixwaze pêşniyarê vekişîne.
provider-reason = Sedem (dema ku tê redkirin)
provider-approve = Bipejirînin
provider-reject = Red bikin
provider-providers = Sazî
provider-users = Bikarhêner
provider-admin = Rêveberiya herêmê
provider-add-provider = Saziyek zêde bikin
provider-add-user = Hesabek zêde bikin
provider-account-saved = Hat tomarkirin.
provider-account-invalid = Ji kerema xwe kontrol bikin: e-mailek derbasdar, şîfreyek bi kêmanî 10 tîpan, saziyek an rêveberî.

# The public site: filters, distance, shortlist, print, privacy.
footer-links = Rûpelên din
footer-providers = Ji bo saziyan: têkevin
facet-features = Tenê van nîşan bidin
feature-starts-soon = Di 4 hefteyên bê de dest pê dike
starts-within-days = { $days ->
    [one] Di nav rojekê de dest pê dike
   *[other] Di { $days } rojên bê de dest pê dike
}
badge-evening-or-weekend = Êvaran an dawiya hefteyê
badge-starts = Destpêk:
near-heading = Dûrahî
near-place = Nêzîkî { $place }
near-enter-place = Ji bo ku hûn dûrahiyê bibînin, li jor koda posteyê an bajarekî binivîsin.
near-unknown-place = Em vî cihî nas nakin. Ji kerema xwe koda posteyê an bajarekî li Kreis Unna binivîsin.
radius-label = Di nav
radius-any = Dûrahî ne girîng e
radius-km = { $km } km
radius-within = Di nav { $km } km de
sort-label = Rêz bikin li gorî
sort-distance = Dûrahî
sort-relevance = Ya herî guncav
apply-filters = Bikar bînin
my-list = Lîsteya min ({ $count })
list-add = Li lîsteya min zêde bikin
list-remove = Ji lîsteyê derxînin
list-intro = Ev lîste tenê di lînka xwe de heye: hesab ne lazim e, tiştek nayê tomarkirin. Lînkê biparêzin an parve bikin.
list-missing = { $count ->
    [one] Pêşniyarek ji vê lîsteyê êdî tune ye.
   *[other] { $count } pêşniyar ji vê lîsteyê êdî tune ne.
}
list-empty = Lîsteya we vala ye. Di encamên lêgerînê de bi “Li lîsteya min zêde bikin” pêşniyaran lê zêde bikin.
list-share-heading = Lîsteyê parve bikin
list-share-label = Lînka vê lîsteyê (ji bo kopîkirinê)
list-copy-link = Lînkê vekin an kopî bikin
list-share-languages = Lînk bi her zimanî dixebite: li jor zimanekî din hilbijêrin, lîste dimîne.
list-print-heading = Ji bo kesê ku hûn alîkariyê didinê çap bikin
list-client-language = Zimanê wî kesî
list-print = Rûpela çapê vekin
list-continue = Lêgerînê bidomînin
offer-tools = Biparêzin, çap bikin, parve bikin
action-print = Çap bikin
action-link = Lînka vê pêşniyarê
print-heading = Pêşniyar ji bo we
print-hint = Vê rûpelê bi fermana çapê ya geroka xwe (browser) çap bikin.
print-back = Vegerin
fact-phone = Telefon
fact-email = E-mail
privacy-title = Parastina daneyan
privacy-intro = Wegweiser li ser kesên ku li vir digerin, tiştên herî kêm tomar dike.
privacy-tracking-heading = Şopandin tune
privacy-tracking = Tu xizmetên statîstîkê an reklamê, tu pîkselên şopandinê û tu profîl tune ne. Em nizanin hûn kî ne.
privacy-requests-heading = Serverên kesên din tune
privacy-requests = Rûpel, wêne û tîpnivîs tenê ji vê serverê tên; geroka we ji tu xizmetên din tiştekî naxwaze. Tenê dema ku hûn bi xwe lînkekê vekin, wek nexşeya li OpenStreetMap an malpera saziyekê, qaîdeyên wan derbas dibin.
privacy-cookies-heading = Cookieyek ji bo ziman
privacy-cookies = Em zimanê ku we hilbijartiye di cookieyekê de bi navê “lang” bi bîr tînin, da ku rûpela destpêkê dîsa bi zimanê we vebe. Tenê koda zimên tê de ye û piştî salekê betal dibe.
privacy-searches-heading = Peyvên lêgerînê
privacy-searches = Tiştê ku hûn lê digerin bi navnîşana IP ya we an daneyên din ên kesane re nayê tomarkirin. Di qeyda me de tenê rûpela vekirî heye, ne peyvên lêgerînê.
privacy-list-heading = Lîsteya we
privacy-list = Lîste tenê di navnîşana rûpelê de heye. Em wê tomar nakin; kî lînk hebe, dikare lîsteyê bibîne.
privacy-providers-heading = Sazî
privacy-providers = Saziyên ku têkevin cookieyek danişînê distînin, ku piştî 12 saetan an dema derketinê diqede. Em navnîşana e-maila wan, şîfreya wan tenê wekî hash, û kê kengî kîjan pêşniyar guhertiye tomar dikin. Têketinên têkçûyî 15 deqeyan di bîra serverê de tên jimartin, da ku kes nikaribe şîfreyan texmîn bike.
translation-outdated = Dibe ku ev werger kevn bûbe: nivîsa almanî ya li jor derbasdar e.
translation-last-confirmed = Ev werger herî dawî di { $date } de hat piştrastkirin
translation-not-confirmed = Ev werger ji dema ku nivîsa almanî hat guhertin ve nehatiye piştrastkirin.
provider-translation-outdated = dibe ku kevn bûbe: nivîsa almanî hat guhertin
provider-translations-heading = Wergerên ku divê werin kontrolkirin
provider-translations-intro = Piştî ku ev werger hatin nivîsandin, nivîsa almanî hat guhertin. Wan nû bikin an piştrast bikin ku ew hêj li hev tên.
provider-translation-confirm = Hêj bi almanî re li hev tê
provider-state-translation-outdated = Dibe ku werger kevn bûbe: { $languages }
provider-done-translation = Spas, hat piştrastkirin ku werger derbasdar e.
weekday-mo = Duşem
weekday-tu = Sêşem
weekday-we = Çarşem
weekday-th = Pêncşem
weekday-fr = În
weekday-sa = Şemî
weekday-su = Yekşem
fact-hours = Demjimêrên vekirinê
badge-open-now = Niha vekirî ye
fact-by-appointment = Tenê bi randevû
provider-hours-hint = Roj û dem bi nivîsandina almanî, mînak Mo–Fr 09:00–12:00; Do 14:00–18:00
provider-hours-proposed = Ji nivîsa deman hat pêşniyarkirin: ji kerema xwe kontrol bikin û tomar bikin.
facet-time-of-day = Dema rojê
time-of-day-morning = Sibehan
time-of-day-afternoon = Piştî nîvro
time-of-day-evening = Êvaran
time-of-day-weekend = Dawiya hefteyê
offer-next-steps = Gavên pêş
fact-how-to-apply = Çawa tomar bibin
fact-documents = Çi bi xwe re bînin
fact-eligibility = Kî dikare were
fact-accessibility = Gihîştinbarî
fact-wheelchair = Bi kursiya bi teker gihîştbar
wheelchair-yes = Bi kursiya bi teker gihîştbar e
wheelchair-no = Bi kursiya bi teker ne gihîştbar e
