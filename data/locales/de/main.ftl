# Wegweiser UI strings, German (the reference language: every key lives here first).

site-name = Wegweiser
site-district = Kreis Unna
skip-to-content = Zum Inhalt springen
language-switch = Sprache wählen
footer-about = Wegweiser sammelt Angebote für Neuzugewanderte im Kreis Unna: Sprachkurse, Beratung, Arbeit, Schule, Freizeit.
footer-data = Ortsdaten: GeoNames (CC BY 4.0) und Statistisches Bundesamt (dl-de/by-2-0).

home-title = Angebote für Neuzugewanderte
home-heading = Angebote für Neuzugewanderte im Kreis Unna
home-lead = { $count ->
    [one] Ein Angebot in zehn Städten – in Ihrer Sprache suchen.
   *[other] { $count } Angebote in zehn Städten – in Ihrer Sprache suchen.
}
search-label = Was suchen Sie?
search-placeholder = z. B. Deutschkurs, Beratung, Arbeit
where-label = Wo? (Postleitzahl oder Ort)
where-placeholder = z. B. 59423 oder Unna
search-button = Suchen
shortcuts-heading = Oft gesucht
shortcut-integration-course = Integrationskurs
shortcut-migration-counseling = Migrationsberatung
shortcut-recognition = Anerkennung von Abschlüssen
categories-heading = Alle Themen
offer-count = { $count ->
    [one] ein Angebot
   *[other] { $count } Angebote
}

results-title = Suche
results-count = { $count ->
    [0] Keine Angebote
    [one] Ein Angebot
   *[other] { $count } Angebote
}
searched-in = Gesucht auf: { $languages }
relaxed = Nicht alle Wörter wurden gefunden. Ergebnisse ohne: { $words }
did-you-mean = Meinten Sie:
found-via = Gefunden über:
filters = Filter
filters-count = { $count ->
    [0] Filter
   *[other] Filter ({ $count })
}
remove-filter = Filter entfernen: { $filter }
clear-all = Alle Filter entfernen
facet-category = Thema
facet-city = Ort
facet-language = Sprache des Angebots
facet-group = Für wen
in-language = auf { $language }
distance-km = { $km } km
badge-free = Kostenlos
badge-childcare = Mit Kinderbetreuung
badge-outdated = Evtl. veraltet
pagination = Seiten
previous-page = Vorherige Seite
next-page = Nächste Seite
no-results = Dazu haben wir leider nichts gefunden.
no-results-try = Versuchen Sie:
suggest-counseling = Beratungsstellen, die weiterhelfen
suggest-all = Alle Angebote ansehen
suggest-without-filters = Dieselbe Suche ohne Filter

offer-also-in = Auch auf:
offer-description = Beschreibung
offer-contact = Kontakt
offer-ended = Dieses Angebot ist beendet.
offer-outdated = Diese Angaben wurden länger nicht bestätigt und sind vielleicht veraltet.
show-german-original = Deutschen Originaltext zeigen
fact-when = Wann
fact-where = Wo
fact-cost = Kosten
fact-languages = Sprachen
fact-who = Für wen
fact-level = Niveau
fact-childcare = Kinderbetreuung
fact-online = Online
starts-on = Beginn: { $date }
map-link = Auf der Karte zeigen (OpenStreetMap)
calendar-add = Zum Kalender hinzufügen
calendar-subscribe = Alle Termine von { $provider } abonnieren
calendar-starts = Beginn: { $title }
calendar-ends = Ende: { $title }
level-alpha = Alphabetisierung
yes = Ja
no = Nein
action-call = Anrufen
action-write = E-Mail schreiben
action-website = Webseite öffnen
last-confirmed = Zuletzt bestätigt am { $date }

not-found-heading = Seite nicht gefunden
not-found-text = Diese Seite gibt es nicht (mehr). Vielleicht wurde das Angebot beendet.
error-heading = Etwas ist schiefgegangen
error-text = Bitte versuchen Sie es gleich noch einmal.
back-home = Zur Startseite

category-language_course = Sprachkurse
category-integration_course = Integrationskurse
category-counseling = Beratung
category-training = Weiterbildung und Qualifizierung
category-recognition = Anerkennung von Abschlüssen
category-school = Schule und Bildung
category-childcare = Kinderbetreuung
category-work = Arbeit und Ausbildung
category-leisure = Freizeit und Begegnung
category-mobility = Mobilität
category-health = Gesundheit
category-housing = Wohnen
category-other = Sonstiges

group-women = Frauen
group-men = Männer
group-youth = Jugendliche
group-children = Kinder
group-parents = Eltern
group-seniors = Ältere Menschen
group-refugees = Geflüchtete
group-eu_citizens = EU-Bürgerinnen und -Bürger
group-all = Alle

forbidden-heading = Kein Zugriff
forbidden-text = Diese Seite oder Aktion ist für Ihr Konto nicht erlaubt.

provider-area = Bereich für Anbieter
provider-login-heading = Anmelden für Anbieter
provider-login-intro = Hier pflegen Träger und Vereine ihre Angebote selbst.
provider-login-failed = E-Mail-Adresse oder Passwort stimmen nicht.
provider-login-too-many = Zu viele Versuche. Bitte warten Sie 15 Minuten.
provider-email = E-Mail-Adresse
provider-password = Passwort
provider-sign-in = Anmelden
provider-sign-out = Abmelden
provider-my-offers = Meine Angebote
provider-new-offer = Neues Angebot
provider-edit-offer = Angebot bearbeiten
provider-moderation = Freigaben
provider-accounts = Konten
provider-no-offers = Noch keine Angebote.
provider-outdated-heading = Bitte prüfen
provider-outdated-intro = Diese Angebote wurden seit über einem halben Jahr nicht bestätigt.
provider-still-current = Noch aktuell
provider-column-offer = Angebot
provider-column-provider = Anbieter
provider-column-state = Stand
provider-column-actions = Aktionen
provider-state-published = veröffentlicht
provider-state-pending = wartet auf Freigabe
provider-state-outdated = evtl. veraltet
provider-state-ended = beendet
provider-state-withdrawn = zurückgezogen
provider-duplicate = Kopieren
provider-history = Verlauf
provider-withdraw = Zurückziehen
provider-done-saved = Gespeichert. Das Angebot ist jetzt in der Suche.
provider-done-pending = Gespeichert. Die Änderung wartet auf Freigabe; bis dahin bleibt die alte Fassung sichtbar.
provider-done-withdrawn = Das Angebot wurde zurückgezogen.
provider-done-confirmed = Danke, das Angebot ist als aktuell bestätigt.
provider-pending-notice = Eine Änderung wartet auf Freigabe. Das Formular zeigt die wartende Fassung.
provider-form-has-problems = Bitte korrigieren Sie die markierten Felder.
provider-section-what = Was
provider-section-who = Für wen
provider-section-when = Wann
provider-section-where = Wo
provider-section-cost = Kosten
provider-section-contact = Kontakt
provider-offer-id = Kennung (Kleinbuchstaben, Ziffern und Bindestriche)
provider-provider-id = Kennung des Anbieters
provider-provider-name = Name des Anbieters
provider-field-title = Titel
provider-field-summary = Kurzbeschreibung
provider-field-description = Beschreibung
provider-translation-missing = fehlt
provider-tags = Stichwörter (durch Komma getrennt)
provider-languages = Sprachen des Angebots (Kürzel, z. B. de, ar, uk)
provider-not-stated = keine Angabe
provider-start = Beginn
provider-end = Ende
provider-times = Zeiten
provider-location-n = Ort { $n }
provider-location-name = Name des Ortes
provider-street = Straße und Hausnummer
provider-postcode = Postleitzahl
provider-city = Stadt
provider-lat = Breitengrad
provider-lon = Längengrad
provider-phone = Telefon
provider-website = Webseite
provider-save = Speichern
provider-preview = Vorschau
provider-preview-notice = Vorschau: So sieht die öffentliche Seite aus. Noch nicht gespeichert.
provider-back-to-form = Weiter bearbeiten
provider-id-taken = Diese Kennung ist schon vergeben.
provider-diff-field = Feld
provider-diff-before = vorher
provider-diff-after = nachher
provider-restore = Diese Fassung wiederherstellen
provider-queue-empty = Keine Änderungen warten auf Freigabe.
provider-wants-withdrawal = Der Anbieter möchte das Angebot zurückziehen.
provider-reason = Begründung (bei Ablehnung)
provider-approve = Freigeben
provider-reject = Ablehnen
provider-providers = Anbieter
provider-users = Benutzerinnen und Benutzer
provider-admin = Kreis-Administration
provider-add-provider = Anbieter anlegen
provider-add-user = Konto anlegen
provider-account-saved = Gespeichert.
provider-account-invalid = Bitte prüfen Sie die Angaben: gültige E-Mail, Passwort mit mindestens 10 Zeichen, Anbieter oder Administration.

# The public site: filters, distance, shortlist, print, privacy.
footer-links = Weitere Seiten
footer-providers = Für Anbieter: Anmelden
facet-features = Nur zeigen
feature-starts-soon = Beginn in den nächsten 4 Wochen
starts-within-days = { $days ->
    [one] Beginn innerhalb eines Tages
   *[other] Beginn in den nächsten { $days } Tagen
}
badge-evening-or-weekend = Abends oder am Wochenende
badge-starts = Beginn:
near-heading = Entfernung
near-place = In der Nähe von { $place }
near-enter-place = Geben Sie oben eine Postleitzahl oder einen Ort ein, um Entfernungen zu sehen.
near-unknown-place = Diesen Ort kennen wir nicht. Bitte geben Sie eine Postleitzahl oder einen Ort im Kreis Unna ein.
radius-label = Umkreis
radius-any = Beliebig weit
radius-km = { $km } km
radius-within = Umkreis { $km } km
sort-label = Sortieren nach
sort-distance = Entfernung
sort-relevance = Passt am besten
apply-filters = Anwenden
my-list = Meine Liste ({ $count })
list-add = Auf meine Liste
list-remove = Von der Liste nehmen
list-intro = Diese Liste steht nur in ihrem Link: kein Konto, nichts wird gespeichert. Bewahren Sie den Link auf oder teilen Sie ihn.
list-missing = { $count ->
    [one] Ein Angebot dieser Liste gibt es nicht mehr.
   *[other] { $count } Angebote dieser Liste gibt es nicht mehr.
}
list-empty = Ihre Liste ist leer. In den Suchergebnissen fügen Sie Angebote mit „Auf meine Liste“ hinzu.
list-share-heading = Liste teilen
list-share-label = Link zu dieser Liste (zum Kopieren)
list-copy-link = Link öffnen oder kopieren
list-share-languages = Der Link funktioniert in jeder Sprache: Wählen Sie oben eine andere Sprache, die Liste bleibt erhalten.
list-print-heading = Für die Person drucken, die Sie begleiten
list-client-language = Sprache der Person
list-print = Druckansicht öffnen
list-continue = Weiter suchen
offer-tools = Merken, drucken, teilen
action-print = Drucken
action-link = Link zu diesem Angebot
print-heading = Angebote für Sie
print-hint = Drucken Sie diese Seite mit der Druckfunktion Ihres Browsers.
print-back = Zurück
fact-phone = Telefon
fact-email = E-Mail
privacy-title = Datenschutz
privacy-intro = Wegweiser speichert so wenig wie möglich über die Menschen, die hier suchen.
privacy-tracking-heading = Keine Verfolgung
privacy-tracking = Es gibt keine Statistik- oder Werbedienste, keine Zählpixel und keine Profile. Wir wissen nicht, wer Sie sind.
privacy-requests-heading = Keine fremden Server
privacy-requests = Seiten, Bilder und Schriften kommen nur von diesem Server; Ihr Browser fragt keine anderen Dienste an. Erst wenn Sie selbst einen Link öffnen, etwa die Karte bei OpenStreetMap oder die Webseite eines Anbieters, gelten deren Regeln.
privacy-cookies-heading = Ein Cookie für die Sprache
privacy-cookies = Die gewählte Sprache merken wir uns in einem Cookie namens „lang“, damit die Startseite wieder in Ihrer Sprache erscheint. Es enthält nur das Sprachkürzel und läuft nach einem Jahr ab.
privacy-searches-heading = Suchbegriffe
privacy-searches = Was Sie suchen, wird nicht mit Ihrer IP-Adresse oder anderen persönlichen Daten gespeichert. Unser Protokoll nennt nur die aufgerufene Seite, nicht die Suchbegriffe.
privacy-list-heading = Ihre Merkliste
privacy-list = Die Merkliste steht nur in der Adresse der Seite. Wir speichern sie nicht; wer den Link hat, sieht die Liste.
privacy-providers-heading = Anbieter
privacy-providers = Wer sich als Anbieter anmeldet, erhält ein Sitzungs-Cookie, das nach 12 Stunden oder beim Abmelden ungültig wird. Gespeichert werden die E-Mail-Adresse, das Passwort nur als Hash und wer wann welches Angebot geändert hat. Fehlgeschlagene Anmeldungen zählen wir 15 Minuten lang im Arbeitsspeicher, um Passwort-Raten zu verhindern.
translation-outdated = Diese Übersetzung ist vielleicht veraltet: Der deutsche Text darüber ist aktuell.
translation-last-confirmed = Diese Übersetzung zuletzt bestätigt am { $date }
translation-not-confirmed = Diese Übersetzung wurde nicht bestätigt, seit sich der deutsche Text geändert hat.
provider-translation-outdated = vielleicht veraltet: der deutsche Text hat sich geändert
provider-translations-heading = Übersetzungen prüfen
provider-translations-intro = Der deutsche Text hat sich geändert, nachdem diese Übersetzungen geschrieben wurden. Aktualisieren Sie sie oder bestätigen Sie, dass sie noch stimmen.
provider-translation-confirm = Stimmt noch mit dem Deutschen überein
provider-state-translation-outdated = Übersetzung evtl. veraltet: { $languages }
provider-done-translation = Danke, die Übersetzung ist als aktuell bestätigt.
weekday-mo = Montag
weekday-tu = Dienstag
weekday-we = Mittwoch
weekday-th = Donnerstag
weekday-fr = Freitag
weekday-sa = Samstag
weekday-su = Sonntag
fact-hours = Öffnungszeiten
badge-open-now = Jetzt geöffnet
fact-by-appointment = Nur mit Termin
provider-hours-hint = Tage und Uhrzeiten, z. B. Mo–Fr 09:00–12:00; Do 14:00–18:00
provider-hours-proposed = Aus dem Zeiten-Text vorgeschlagen: bitte prüfen und speichern.
facet-time-of-day = Tageszeit
time-of-day-morning = vormittags
time-of-day-afternoon = nachmittags
time-of-day-evening = abends
time-of-day-weekend = am Wochenende
offer-next-steps = Nächste Schritte
fact-how-to-apply = So melden Sie sich an
fact-documents = Das bringen Sie mit
fact-eligibility = Wer kommen kann
fact-accessibility = Barrierefreiheit
fact-wheelchair = Mit dem Rollstuhl zugänglich
wheelchair-yes = Mit dem Rollstuhl zugänglich
wheelchair-no = Nicht mit dem Rollstuhl zugänglich
