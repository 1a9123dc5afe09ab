# Wegweiser UI strings, Tigrinya (Ge'ez script). CLDR plural "one" covers 0 and 1.

site-name = Wegweiser
site-district = Kreis Unna
skip-to-content = ናብቲ ቀንዲ ትሕዝቶ ሕለፉ
language-switch = ቋንቋ ምረጹ
footer-about = Wegweiser ኣብ Kreis Unna (ዞባ ኡና) ንሓደሽቲ መጻእቲ ዝኸውን ኣገልግሎታት ይእክብ: ኮርሳት ቋንቋ፣ ምኽሪ፣ ስራሕ፣ ቤት ትምህርቲ፣ ናጻ ግዜ።
footer-data = ሓበሬታ ቦታታት: GeoNames (CC BY 4.0) ከምኡ’ውን ፌደራላዊ ቤት ጽሕፈት ስታቲስቲክስ (dl-de/by-2-0)።

home-title = ኣገልግሎታት ንሓደሽቲ መጻእቲ
home-heading = ኣብ Kreis Unna ንሓደሽቲ መጻእቲ ዝኸውን ኣገልግሎታት
home-lead = { $count ->
    [one] { $count } ኣገልግሎት ኣብ ዓሰርተ ከተማታት – ብቋንቋኹም ድለዩ።
   *[other] { $count } ኣገልግሎታት ኣብ ዓሰርተ ከተማታት – ብቋንቋኹም ድለዩ።
}
search-label = እንታይ ትደልዩ?
search-placeholder = ንኣብነት: ኮርስ ጀርመንኛ፣ ምኽሪ፣ ስራሕ
where-label = ኣበይ? (ቁጽሪ ፖስታ ወይ ከተማ)
where-placeholder = ንኣብነት: 59423 ወይ Unna
search-button = ድለዩ
shortcuts-heading = ብዙሕ ዝድለዩ
shortcut-integration-course = ኮርስ ምውህሃድ
shortcut-migration-counseling = ምኽሪ ንስደተኛታት
shortcut-recognition = ኣፍልጦ ምስክር ወረቐት
categories-heading = ኩሉ ኣርእስትታት
offer-count = { $count ->
    [one] { $count } ኣገልግሎት
   *[other] { $count } ኣገልግሎታት
}

results-title = ምድላይ
results-count = { $count ->
    [0] ዋላ ሓደ ኣገልግሎት የለን
    [one] ሓደ ኣገልግሎት
   *[other] { $count } ኣገልግሎታት
}
searched-in = ዝተደለየሉ ቋንቋታት: { $languages }
relaxed = ኩሎም ቃላት ኣይተረኽቡን። ውጽኢት ብዘይ: { $words }
did-you-mean = እዚ ማለትኩም ድዩ:
found-via = ብዚ ቃል ተረኺቡ:
filters = ምርጫታት
filters-count = { $count ->
    [0] ምርጫታት
   *[other] ምርጫታት ({ $count })
}
remove-filter = ምርጫ ኣልግሱ: { $filter }
clear-all = ኩሎም ምርጫታት ኣልግሱ
facet-category = ኣርእስቲ
facet-city = ከተማ
facet-language = ቋንቋ ናይቲ ኣገልግሎት
facet-group = ንመን
in-language = ብቋንቋ { $language }
distance-km = { $km } ኪ.ሜ.
badge-free = ብነጻ
badge-childcare = ክንክን ቆልዑ ኣሎ
badge-outdated = ኣረጊቱ ክኸውን ይኽእል
pagination = ገጻት
previous-page = ዝሓለፈ ገጽ
next-page = ዝቕጽል ገጽ
no-results = ይቕሬታ፣ ነዚ ዝኸውን ዋላ ሓንቲ ኣይረኸብናን።
no-results-try = ነዚ ፈትኑ:
suggest-counseling = ክሕግዙ ዝኽእሉ ማእከላት ምኽሪ
suggest-all = ኩሉ ኣገልግሎታት ርአዩ
suggest-without-filters = ተመሳሳሊ ምድላይ ብዘይ ምርጫታት

offer-also-in = ብዚ ቋንቋታት እውን:
offer-description = መግለጺ
offer-contact = ርክብ
offer-ended = እዚ ኣገልግሎት ተወዲኡ እዩ።
offer-outdated = እዚ ሓበሬታ ንነዊሕ እዋን ኣይተረጋገጸን፣ ኣረጊቱ ክኸውን ይኽእል።
show-german-original = ናይ ጀርመንኛ መበቆላዊ ጽሑፍ ርአዩ
fact-when = መዓስ
fact-where = ኣበይ
fact-cost = ዋጋ
fact-languages = ቋንቋታት
fact-who = ንመን
fact-level = ደረጃ
fact-childcare = ክንክን ቆልዑ
fact-online = ብኢንተርነት
starts-on = ዝጅምረሉ ዕለት: { $date }
map-link = ኣብ ካርታ ርአዩ (OpenStreetMap)
calendar-add = ናብ ዓውደ ኣዋርሕ ወስኹ
calendar-subscribe = ኩሉ ዕለታት { $provider } ኣብ ዓውደ ኣዋርሕኩም ተኸታተሉ
calendar-starts = ምጅማር: { $title }
calendar-ends = መወዳእታ: { $title }
level-alpha = ምንባብን ምጽሓፍን ምምሃር
yes = እወ
no = ኣይፋል
action-call = ደውሉ
action-write = ኢመይል ጽሓፉ
action-website = ወብሳይት ክፈቱ
last-confirmed = ናይ መወዳእታ ዝተረጋገጸሉ: { $date }

not-found-heading = ገጽ ኣይተረኽበን
not-found-text = እዚ ገጽ የለን፣ ወይ ድማ ደጊም የለን። እቲ ኣገልግሎት ተወዲኡ ክኸውን ይኽእል።
error-heading = ገለ ጌጋ ተፈጺሙ
error-text = በጃኹም ድሕሪ ቁሩብ ደጊምኩም ፈትኑ።
back-home = ናብ ቀንዲ ገጽ ተመለሱ

category-language_course = ኮርሳት ቋንቋ
category-integration_course = ኮርሳት ምውህሃድ
category-counseling = ምኽሪ
category-training = ስልጠናን ምዕባለ ክእለትን
category-recognition = ኣፍልጦ ምስክር ወረቐት
category-school = ቤት ትምህርትን ትምህርትን
category-childcare = ክንክን ቆልዑ
category-work = ስራሕን ሞያዊ ስልጠናን
category-leisure = ናጻ ግዜን ቦታታት ርክብን
category-mobility = መጓዓዝያ
category-health = ጥዕና
category-housing = መንበሪ ገዛ
category-other = ካልእ

group-women = ደቀንስትዮ
group-men = ደቂ ተባዕትዮ
group-youth = መንእሰያት
group-children = ቆልዑ
group-parents = ወለዲ
group-seniors = ኣረጋውያን
group-refugees = ስደተኛታት
group-eu_citizens = ዜጋታት ሕብረት ኤውሮጳ
group-all = ኩሉ ሰብ

forbidden-heading = ፍቓድ የብልኩምን
forbidden-text = እዚ ገጽ ወይ እዚ ስጉምቲ ንሕሳብኩም ኣይፍቀድን እዩ።

provider-area = ክፍሊ ትካላት
provider-login-heading = ምእታው ንትካላት
provider-login-intro = ኣብዚ ትካላትን ማሕበራትን ኣገልግሎታቶም ባዕሎም የሐድሱ።
provider-login-failed = ኣድራሻ ኢመይል ወይ መሕለፊ ቃል ጌጋ እዩ።
provider-login-too-many = ብዙሕ ፈተነታት። በጃኹም 15 ደቒቕ ተጸበዩ።
provider-email = ኣድራሻ ኢመይል
provider-password = መሕለፊ ቃል
provider-sign-in = እተዉ
provider-sign-out = ውጹ
provider-my-offers = ኣገልግሎታተይ
provider-new-offer = ሓድሽ ኣገልግሎት
provider-edit-offer = ኣገልግሎት ቀይሩ
provider-moderation = ምጽዳቕ
provider-accounts = ሕሳባት
provider-no-offers = ክሳብ ሕጂ ኣገልግሎት የለን።
provider-outdated-heading = በጃኹም ኣረጋግጹ
provider-outdated-intro = እዞም ኣገልግሎታት ልዕሊ ሽዱሽተ ወርሒ ኣይተረጋገጹን።
provider-still-current = ሕጂ’ውን ቅኑዕ እዩ
provider-column-offer = ኣገልግሎት
provider-column-provider = ትካል
provider-column-state = ኩነታት
provider-column-actions = ስጉምትታት
provider-state-published = ተዘርጊሑ
provider-state-pending = ምጽዳቕ ይጽበ ኣሎ
provider-state-outdated = ኣረጊቱ ክኸውን ይኽእል
provider-state-ended = ተወዲኡ
provider-state-withdrawn = ተቋሪጹ
provider-duplicate = ቅዳሕ ግበሩ
provider-history = ታሪኽ ለውጥታት
provider-withdraw = ኣቋርጹ
provider-done-saved = ተዓቂቡ። እቲ ኣገልግሎት ሕጂ ኣብ ምድላይ ይርከብ።
provider-done-pending = ተዓቂቡ። እቲ ለውጢ ምጽዳቕ ይጽበ ኣሎ፤ ክሳብ ሽዑ እቲ ናይ ቀደም ስሪት ይርአ።
provider-done-withdrawn = እቲ ኣገልግሎት ተቋሪጹ።
provider-done-confirmed = የቐንየልና፣ እቲ ኣገልግሎት ሕጂ’ውን ቅኑዕ ምዃኑ ተረጋጊጹ።
provider-pending-notice = ሓደ ለውጢ ምጽዳቕ ይጽበ ኣሎ። እቲ ፎርም ነቲ ዝጽበ ዘሎ ስሪት የርኢ።
provider-form-has-problems = በጃኹም ነቶም ምልክት ዝተገብረሎም ክፋላት ኣርምዎም።
provider-section-what = እንታይ
provider-section-who = ንመን
provider-section-when = መዓስ
provider-section-where = ኣበይ
provider-section-cost = ዋጋ
provider-section-contact = ርክብ
provider-offer-id = መለለዪ (ንኣሽቱ ላቲን ፊደላት፣ ቁጽርታትን ሰረዝን ጥራይ)
provider-provider-id = መለለዪ ትካል
provider-provider-name = ስም ትካል
provider-field-title = ኣርእስቲ
provider-field-summary = ሓጺር መግለጺ
provider-field-description = መግለጺ
provider-translation-missing = የለን
provider-tags = ቀንዲ ቃላት (ብኮማ ፈልዩ)
provider-languages = ቋንቋታት ናይቲ ኣገልግሎት (ኮድ፣ ንኣብነት de, ar, uk)
provider-not-stated = ኣይተገልጸን
provider-start = መጀመርታ
provider-end = መወዳእታ
provider-times = ሰዓታት
provider-location-n = ቦታ { $n }
provider-location-name = ስም ቦታ
provider-street = ጎደናን ቁጽሪ ገዛን
provider-postcode = ቁጽሪ ፖስታ
provider-city = ከተማ
provider-lat = ኬክሮስ
provider-lon = ኬንትሮስ
provider-phone = ተሌፎን
provider-website = ወብሳይት
provider-save = ዓቅቡ
provider-preview = ቅድመ-ርእይቶ
provider-preview-notice = ቅድመ-ርእይቶ: እቲ ህዝባዊ ገጽ ከምዚ ይመስል። ገና ኣይተዓቀበን።
provider-back-to-form = ምቕያር ቀጽሉ
provider-id-taken = እዚ መለለዪ ድሮ ተታሒዙ እዩ።
provider-diff-field = ክፋል
provider-diff-before = ቅድሚ
provider-diff-after = ድሕሪ
provider-restore = ነዚ ስሪት ምለስዎ
provider-queue-empty = ምጽዳቕ ዝጽበ ለውጢ የለን።
provider-wants-withdrawal = እቲ ትካል ነቲ ኣገልግሎት ከቋርጾ ይደሊ።
provider-reason = ምኽንያት (ምስ ዝንጸግ)
provider-approve = ኣጽድቑ
provider-reject = ንጸጉ
provider-providers = ትካላት
provider-users = ተጠቀምቲ
provider-admin = ምምሕዳር ዞባ
provider-add-provider = ትካል ወስኹ
provider-add-user = ሕሳብ ወስኹ
provider-account-saved = ተዓቂቡ።
provider-account-invalid = በጃኹም ኣረጋግጹ: ቅኑዕ ኢመይል፣ እንተወሓደ 10 ፊደላት ዘለዎ መሕለፊ ቃል፣ ትካል ወይ ምምሕዳር።

# The public site: filters, distance, shortlist, print, privacy.
footer-links = ካልኦት ገጻት
footer-providers = ንትካላት: እተዉ
facet-features = እዚ ጥራይ ኣርእዩ
feature-starts-soon = ኣብ ዝመጽእ 4 ሰሙን ዝጅምር
starts-within-days = { $days ->
    [one] ኣብ ውሽጢ { $days } መዓልቲ ዝጅምር
   *[other] ኣብ ዝመጽእ { $days } መዓልታት ዝጅምር
}
badge-evening-or-weekend = ምሸት ወይ ቀዳመ ሰንበት
badge-starts = ዝጅምረሉ:
near-heading = ርሕቀት
near-place = ጥቓ { $place }
near-enter-place = ርሕቀት ንምርኣይ፣ ኣብ ላዕሊ ቁጽሪ ፖስታ ወይ ከተማ ጽሓፉ።
near-unknown-place = ነዚ ቦታ ኣይንፈልጦን። በጃኹም ቁጽሪ ፖስታ ወይ ከተማ ኣብ Kreis Unna ጽሓፉ።
radius-label = ኣብ ውሽጢ
radius-any = ዝኾነ ርሕቀት
radius-km = { $km } ኪ.ሜ.
radius-within = ኣብ ውሽጢ { $km } ኪ.ሜ.
sort-label = ኣሰርዑ ብ
sort-distance = ርሕቀት
sort-relevance = ዝበለጸ ዝሰማማዕ
apply-filters = ተግብሩ
my-list = ዝርዝረይ ({ $count })
list-add = ናብ ዝርዝረይ ወስኹ
list-remove = ካብ ዝርዝር ኣልግሱ
list-intro = እዚ ዝርዝር ኣብቲ ሊንኩ ጥራይ እዩ ዘሎ: ሕሳብ ኣየድልን፣ ዋላ ሓንቲ ኣይዕቀብን። ነቲ ሊንክ ዓቅብዎ ወይ ኣካፍልዎ።
list-missing = { $count ->
    [one] ካብዚ ዝርዝር { $count } ኣገልግሎት ደጊም የለን።
   *[other] ካብዚ ዝርዝር { $count } ኣገልግሎታት ደጊም የለዉን።
}
list-empty = ዝርዝርኩም ባዶ እዩ። ኣብ ውጽኢት ምድላይ ብ «ናብ ዝርዝረይ ወስኹ» ኣገልግሎታት ወስኹ።
list-share-heading = ዝርዝር ኣካፍሉ
list-share-label = ሊንክ ናይዚ ዝርዝር (ንምቕዳሕ)
list-copy-link = ሊንክ ክፈቱ ወይ ቅድሑ
list-share-languages = እቲ ሊንክ ብኹሉ ቋንቋ ይሰርሕ: ኣብ ላዕሊ ካልእ ቋንቋ ምረጹ፣ እቲ ዝርዝር ይጸንሕ።
list-print-heading = ነቲ እትሕግዝዎ ሰብ ሕተሙ
list-client-language = ቋንቋ ናይቲ ሰብ
list-print = ገጽ ሕትመት ክፈቱ
list-continue = ምድላይ ቀጽሉ
offer-tools = ዓቅቡ፣ ሕተሙ፣ ኣካፍሉ
action-print = ሕተሙ
action-link = ሊንክ ናይዚ ኣገልግሎት
print-heading = ኣገልግሎታት ንዓኹም
print-hint = ነዚ ገጽ ብናይ ሕትመት ተግባር ናይ ብራውዘርኩም ሕተምዎ።
print-back = ተመለሱ
fact-phone = ተሌፎን
fact-email = ኢመይል
privacy-title = ምሕላው ውልቃዊ ሓበሬታ
privacy-intro = Wegweiser ብዛዕባ እቶም ኣብዚ ዝደልዩ ሰባት ክሳብ ዝከኣል ውሑድ ሓበሬታ ይዕቅብ።
privacy-tracking-heading = ምክትታል የለን
privacy-tracking = ኣገልግሎታት ስታቲስቲክስ ወይ ረኽላም የለን፣ ናይ ምክትታል ፒክሰል የለን፣ ፕሮፋይል እውን የለን። መን ምዃንኩም ኣይንፈልጥን።
privacy-requests-heading = ናይ ካልኦት ሰርቨር የለን
privacy-requests = ገጻት፣ ስእልታትን ፊደላትን ካብዚ ሰርቨር ጥራይ እዮም ዝመጹ፤ ብራውዘርኩም ምስ ካልእ ኣገልግሎት ኣይራኸብን። ባዕልኹም ሊንክ ምስ እትኸፍቱ ጥራይ፣ ንኣብነት ካርታ ኣብ OpenStreetMap ወይ ወብሳይት ናይ ሓደ ትካል፣ ሕግታቶም ይምልከተኩም።
privacy-cookies-heading = ሓንቲ ኩኪ ንቋንቋ
privacy-cookies = ዝመረጽኩምዎ ቋንቋ ኣብ «lang» ዝበሃል ኩኪ ንዝክሮ፣ እቲ ቀንዲ ገጽ ከም ብሓድሽ ብቋንቋኹም ምእንቲ ክኽፈት። ኮድ ቋንቋ ጥራይ ይሕዝ፣ ድሕሪ ሓደ ዓመት ድማ ግዜኡ ይሓልፍ።
privacy-searches-heading = ቃላት ምድላይ
privacy-searches = እትደልይዎ ነገር ምስ ኣይ.ፒ. ኣድራሻኹም ወይ ካልእ ውልቃዊ ሓበሬታ ኣይዕቀብን። መዝገብና ነቲ ዝተኸፍተ ገጽ ጥራይ እዩ ዝሕዝ፣ ቃላት ምድላይ ኣይኮነን።
privacy-list-heading = ዝርዝርኩም
privacy-list = እቲ ዝርዝር ኣብ ኣድራሻ ናይቲ ገጽ ጥራይ እዩ ዘሎ። ንሕና ኣይንዕቅቦን፤ ነቲ ሊንክ ዘለዎ ዝኾነ ሰብ ነቲ ዝርዝር ክርእዮ ይኽእል።
privacy-providers-heading = ትካላት
privacy-providers = ዝኣትዉ ትካላት ድሕሪ 12 ሰዓት ወይ ምስ ወጹ ዝውዳእ ኩኪ ክፍለ-ግዜ ይረኽቡ። ኣድራሻ ኢመይሎም፣ መሕለፊ ቃሎም ከም ሃሽ ጥራይ፣ ከምኡ’ውን መን መዓስ ኣየናይ ኣገልግሎት ከም ዝቐየረ ንዕቅብ። ዘይተዓወቱ ፈተነታት ምእታው፣ ምግማት መሕለፊ ቃል ንምክልካል፣ ን 15 ደቒቕ ኣብ ዝኽሪ ይቑጸሩ።
translation-outdated = እዚ ትርጉም ኣረጊቱ ክኸውን ይኽእል: ኣብ ላዕሊ ዘሎ ናይ ጀርመን ጽሑፍ እዩ ህሉው።
translation-last-confirmed = እዚ ትርጉም ናይ መወዳእታ ግዜ ብ { $date } ተረጋጊጹ
translation-not-confirmed = እዚ ትርጉም ናይ ጀርመን ጽሑፍ ካብ ዝቕየር ኣይተረጋገጸን።
provider-translation-outdated = ኣረጊቱ ክኸውን ይኽእል: ናይ ጀርመን ጽሑፍ ተቐይሩ
provider-translations-heading = ክረጋገጹ ዘለዎም ትርጉማት
provider-translations-intro = እዞም ትርጉማት ድሕሪ ምጽሓፎም ናይ ጀርመን ጽሑፍ ተቐይሩ። ኣሐድስዎም ወይ ገና ከም ዝሰማምዑ ኣረጋግጹ።
provider-translation-confirm = ገና ምስ ጀርመን ይሰማማዕ
provider-state-translation-outdated = ትርጉም ኣረጊቱ ክኸውን ይኽእል: { $languages }
provider-done-translation = የቐንየልና፡ ትርጉም ህሉው ምዃኑ ተረጋጊጹ።
weekday-mo = ሰኑይ
weekday-tu = ሰሉስ
weekday-we = ረቡዕ
weekday-th = ሓሙስ
weekday-fr = ዓርቢ
weekday-sa = ቀዳም
weekday-su = ሰንበት
fact-hours = ሰዓታት ስራሕ
badge-open-now = ሕጂ ክፉት እዩ
fact-by-appointment = ብቆጸራ ጥራይ
provider-hours-hint = መዓልትታትን ሰዓታትን ብጀርመን ኣጸሓሕፋ፡ ንኣብነት Mo–Fr 09:00–12:00; Do 14:00–18:00
provider-hours-proposed = ካብ ጽሑፍ ሰዓታት ዝቐረበ፡ በጃኹም ኣረጋጊጽኩም ዓቕቡ።
facet-time-of-day = ግዜ መዓልቲ
time-of-day-morning = ንግሆ
time-of-day-afternoon = ድሕሪ ቀትሪ
time-of-day-evening = ምሸት
time-of-day-weekend = ቀዳመ-ሰንበት
offer-next-steps = ዝቕጽሉ ስጉምትታት
fact-how-to-apply = ከመይ ጌርኩም ትምዝገቡ
fact-documents = እንታይ ሒዝኩም ትመጹ
fact-eligibility = መን ክመጽእ ይኽእል
fact-accessibility = ተበጻሕነት
fact-wheelchair = ብዓረብያ ስንኩላን ዝበጽሕ
wheelchair-yes = ብዓረብያ ስንኩላን ይበጻሕ
wheelchair-no = ብዓረብያ ስንኩላን ኣይበጻሕን
