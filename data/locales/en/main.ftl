# Wegweiser UI strings, English.

site-name = Wegweiser
site-district = Kreis Unna
skip-to-content = Skip to content
language-switch = Choose language
footer-about = Wegweiser collects offers for newcomers in the district of Unna: language courses, counselling, work, school, leisure.
footer-data = Place data: GeoNames (CC BY 4.0) and the Federal Statistical Office (dl-de/by-2-0).

home-title = Offers for newcomers
home-heading = Offers for newcomers in the district of Unna
home-lead = { $count ->
    [one] One offer in ten towns – search in your language.
   *[other] { $count } offers in ten towns – search in your language.
}
search-label = What are you looking for?
search-placeholder = e.g. German course, counselling, job
where-label = Where? (postcode or town)
where-placeholder = e.g. 59423 or Unna
search-button = Search
shortcuts-heading = Often searched
shortcut-integration-course = Integration course
shortcut-migration-counseling = Migration counselling
shortcut-recognition = Recognition of degrees
categories-heading = All topics
offer-count = { $count ->
    [one] one offer
   *[other] { $count } offers
}

results-title = Search
results-count = { $count ->
    [0] No offers
    [one] One offer
   *[other] { $count } offers
}
searched-in = Searched in: { $languages }
relaxed = Not all words were found. Results without: { $words }
did-you-mean = Did you mean:
found-via = Found via:
filters = Filters
filters-count = { $count ->
    [0] Filters
   *[other] Filters ({ $count })
}
remove-filter = Remove filter: { $filter }
clear-all = Clear all filters
facet-category = Topic
facet-city = Town
facet-language = Language of the offer
facet-group = For whom
in-language = in { $language }
distance-km = { $km } km
badge-free = Free
badge-childcare = With childcare
badge-outdated = May be outdated
pagination = Pages
previous-page = Previous page
next-page = Next page
no-results = Sorry, we found nothing for this.
no-results-try = Try:
suggest-counseling = Counselling services that can help
suggest-all = See all offers
suggest-without-filters = The same search without filters

offer-also-in = Also in:
offer-description = Description
offer-contact = Contact
offer-ended = This offer has ended.
offer-outdated = This information has not been confirmed for a long time and may be outdated.
show-german-original = Show the German original
fact-when = When
fact-where = Where
fact-cost = Cost
fact-languages = Languages
fact-who = For whom
fact-level = Level
fact-childcare = Childcare
fact-online = Online
starts-on = Starts: { $date }
map-link = Show on the map (OpenStreetMap)
calendar-add = Add to calendar
calendar-subscribe = Subscribe to all dates from { $provider }
calendar-starts = Starts: { $title }
calendar-ends = Ends: { $title }
level-alpha = Literacy
yes = Yes
no = No
action-call = Call
action-write = Write an e-mail
action-website = Open website
last-confirmed = Last confirmed on { $date }

not-found-heading = Page not found
not-found-text = This page does not exist (any more). Perhaps the offer has ended.
error-heading = Something went wrong
error-text = Please try again in a moment.
back-home = Back to the start page

category-language_course = Language courses
category-integration_course = Integration courses
category-counseling = Counselling
category-training = Training and qualification
category-recognition = Recognition of degrees
category-school = School and education
category-childcare = Childcare
category-work = Work and apprenticeships
category-leisure = Leisure and meeting places
category-mobility = Getting around
category-health = Health
category-housing = Housing
category-other = Other

group-women = Women
group-men = Men
group-youth = Young people
group-children = Children
group-parents = Parents
group-seniors = Older people
group-refugees = Refugees
group-eu_citizens = EU citizens
group-all = Everyone

forbidden-heading = No access
forbidden-text = This page or action is not allowed for your account.

provider-area = Provider area
provider-login-heading = Sign in for providers
provider-login-intro = Organisations and clubs keep their own offers up to date here.
provider-login-failed = E-mail address or password is wrong.
provider-login-too-many = Too many attempts. Please wait 15 minutes.
provider-email = E-mail address
provider-password = Password
provider-sign-in = Sign in
provider-sign-out = Sign out
provider-my-offers = My offers
provider-new-offer = New offer
provider-edit-offer = Edit offer
provider-moderation = Approvals
provider-accounts = Accounts
provider-no-offers = No offers yet.
provider-outdated-heading = Please check
provider-outdated-intro = These offers have not been confirmed for more than half a year.
provider-still-current = Still current
provider-column-offer = Offer
provider-column-provider = Provider
provider-column-state = State
provider-column-actions = Actions
provider-state-published = published
provider-state-pending = waiting for approval
provider-state-outdated = may be outdated
provider-state-ended = ended
provider-state-withdrawn = withdrawn
provider-duplicate = Duplicate
provider-history = History
provider-withdraw = Withdraw
provider-done-saved = Saved. The offer is now in search.
provider-done-pending = Saved. The change waits for approval; until then the old version stays visible.
provider-done-withdrawn = The offer was withdrawn.
provider-done-confirmed = Thank you, the offer is confirmed as current.
provider-pending-notice = A change is waiting for approval. The form shows the waiting version.
provider-form-has-problems = Please correct the marked fields.
provider-section-what = What
provider-section-who = For whom
provider-section-when = When
provider-section-where = Where
provider-section-cost = Cost
provider-section-contact = Contact
provider-offer-id = Identifier (lowercase letters, digits and hyphens)
provider-provider-id = Provider identifier
provider-provider-name = Provider name
provider-field-title = Title
provider-field-summary = Short description
provider-field-description = Description
provider-translation-missing = missing
provider-tags = Keywords (separated by commas)
provider-languages = Languages of the offer (codes, e.g. de, ar, uk)
provider-not-stated = not stated
provider-start = Start
provider-end = End
provider-times = Times
provider-location-n = Place { $n }
provider-location-name = Name of the place
provider-street = Street and number
provider-postcode = Postcode
provider-city = Town
provider-lat = Latitude
provider-lon = Longitude
provider-phone = Phone
provider-website = Website
provider-save = Save
provider-preview = Preview
provider-preview-notice = Preview: this is how the public page looks. Not saved yet.
provider-back-to-form = Continue editing
provider-id-taken = This identifier is taken.
provider-diff-field = Field
provider-diff-before = before
provider-diff-after = after
provider-restore = Restore this version
provider-queue-empty = No changes are waiting for approval.
provider-wants-withdrawal = The provider wants to withdraw the offer.
provider-reason = Reason (when rejecting)
provider-approve = Approve
provider-reject = Reject
provider-providers = Providers
provider-users = Users
provider-admin = District admin
provider-add-provider = Add provider
provider-add-user = Add account
provider-account-saved = Saved.
provider-account-invalid = Please check: a valid e-mail, a password of at least 10 characters, a provider or admin.

# The public site: filters, distance, shortlist, print, privacy.
footer-links = More pages
footer-providers = For providers: sign in
facet-features = Show only
feature-starts-soon = Starts within the next 4 weeks
starts-within-days = { $days ->
    [one] Starts within a day
   *[other] Starts within the next { $days } days
}
badge-evening-or-weekend = Evenings or weekends
badge-starts = Starts:
near-heading = Distance
near-place = Near { $place }
near-enter-place = Enter a postcode or town above to see distances.
near-unknown-place = We do not know this place. Please enter a postcode or a town in the district of Unna.
radius-label = Within
radius-any = Any distance
radius-km = { $km } km
radius-within = Within { $km } km
sort-label = Sort by
sort-distance = Distance
sort-relevance = Best match
apply-filters = Apply
my-list = My list ({ $count })
list-add = Add to my list
list-remove = Remove from list
list-intro = This list lives only in its link: no account, nothing is stored. Keep the link or share it.
list-missing = { $count ->
    [one] One offer on this list is no longer available.
   *[other] { $count } offers on this list are no longer available.
}
list-empty = Your list is empty. Add offers from the search results with “Add to my list”.
list-share-heading = Share the list
list-share-label = Link to this list (to copy)
list-copy-link = Open or copy the link
list-share-languages = The link works in every language: choose another language at the top and the list stays.
list-print-heading = Print for the person you are helping
list-client-language = Their language
list-print = Open the print view
list-continue = Continue searching
offer-tools = Keep, print, share
action-print = Print
action-link = Link to this offer
print-heading = Offers for you
print-hint = Print this page with your browser's print function.
print-back = Back
fact-phone = Phone
fact-email = E-mail
privacy-title = Privacy
privacy-intro = Wegweiser stores as little as possible about the people who search here.
privacy-tracking-heading = No tracking
privacy-tracking = There are no analytics or advertising services, no tracking pixels and no profiles. We do not know who you are.
privacy-requests-heading = No third-party servers
privacy-requests = Pages, images and fonts come only from this server; your browser contacts no other service. Only when you open a link yourself, such as the map on OpenStreetMap or a provider's website, do their rules apply.
privacy-cookies-heading = One cookie for the language
privacy-cookies = We remember the language you chose in a cookie called “lang”, so the home page opens in your language again. It holds only the language code and expires after one year.
privacy-searches-heading = Search terms
privacy-searches = What you search for is not stored with your IP address or any other personal data. Our log names only the page that was opened, not the search terms.
privacy-list-heading = Your list
privacy-list = The list exists only in the address of the page. We do not store it; whoever has the link can see the list.
privacy-providers-heading = Providers
privacy-providers = Providers who sign in get a session cookie that ends after 12 hours or when they sign out. We store their e-mail address, their password only as a hash, and who changed which offer when. Failed sign-ins are counted in memory for 15 minutes to stop password guessing.
translation-outdated = This translation may be outdated: the German text above is current.
translation-last-confirmed = This translation last confirmed on { $date }
translation-not-confirmed = This translation has not been confirmed since the German text changed.
provider-translation-outdated = may be outdated: the German text changed
provider-translations-heading = Translations to check
provider-translations-intro = The German text changed after these translations were written. Update them, or confirm that they still match.
provider-translation-confirm = Still matches the German
provider-state-translation-outdated = Translation may be outdated: { $languages }
provider-done-translation = Thank you, the translation is confirmed as current.
weekday-mo = Monday
weekday-tu = Tuesday
weekday-we = Wednesday
weekday-th = Thursday
weekday-fr = Friday
weekday-sa = Saturday
weekday-su = Sunday
fact-hours = Opening hours
badge-open-now = Open now
fact-by-appointment = By appointment only
provider-hours-hint = Days and times in German notation, e.g. Mo–Fr 09:00–12:00; Do 14:00–18:00
provider-hours-proposed = Proposed from the times text: please check and save.
facet-time-of-day = Time of day
time-of-day-morning = Mornings
time-of-day-afternoon = Afternoons
time-of-day-evening = Evenings
time-of-day-weekend = Weekends
offer-next-steps = Next steps
fact-how-to-apply = How to apply
fact-documents = What to bring
fact-eligibility = Who may come
fact-accessibility = Accessibility
fact-wheelchair = Wheelchair accessible
wheelchair-yes = Accessible by wheelchair
wheelchair-no = Not accessible by wheelchair
