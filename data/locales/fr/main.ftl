# Wegweiser UI strings, French.

site-name = Wegweiser
site-district = Kreis Unna
skip-to-content = Aller au contenu
language-switch = Choisir la langue
footer-about = Wegweiser rassemble les offres pour les nouveaux arrivants dans le Kreis Unna : cours de langue, conseil, travail, école, loisirs.
footer-data = Données sur les lieux : GeoNames (CC BY 4.0) et Office fédéral de la statistique (dl-de/by-2-0).

home-title = Offres pour les nouveaux arrivants
home-heading = Offres pour les nouveaux arrivants dans le Kreis Unna
home-lead = { $count ->
    [one] { $count } offre dans dix villes – cherchez dans votre langue.
   *[other] { $count } offres dans dix villes – cherchez dans votre langue.
}
search-label = Que cherchez-vous ?
search-placeholder = par ex. cours d’allemand, conseil, travail
where-label = Où ? (code postal ou ville)
where-placeholder = par ex. 59423 ou Unna
search-button = Chercher
shortcuts-heading = Recherches fréquentes
shortcut-integration-course = Cours d’intégration
shortcut-migration-counseling = Conseil pour migrants
shortcut-recognition = Reconnaissance des diplômes
categories-heading = Tous les thèmes
offer-count = { $count ->
    [one] { $count } offre
   *[other] { $count } offres
}

results-title = Recherche
results-count = { $count ->
    [0] Aucune offre
    [one] Une offre
   *[other] { $count } offres
}
searched-in = Recherche en : { $languages }
relaxed = Certains mots n’ont pas été trouvés. Résultats sans : { $words }
did-you-mean = Vouliez-vous dire :
found-via = Trouvé avec :
filters = Filtres
filters-count = { $count ->
    [0] Filtres
   *[other] Filtres ({ $count })
}
remove-filter = Retirer le filtre : { $filter }
clear-all = Retirer tous les filtres
facet-category = Thème
facet-city = Ville
facet-language = Langue de l’offre
facet-group = Pour qui
in-language = Langue : { $language }
distance-km = { $km } km
badge-free = Gratuit
badge-childcare = Avec garde d’enfants
badge-outdated = Peut-être plus à jour
pagination = Pages
previous-page = Page précédente
next-page = Page suivante
no-results = Désolé, nous n’avons rien trouvé.
no-results-try = Essayez :
suggest-counseling = Des services de conseil qui peuvent vous aider
suggest-all = Voir toutes les offres
suggest-without-filters = La même recherche sans filtres

offer-also-in = Aussi en :
offer-description = Description
offer-contact = Contact
offer-ended = Cette offre est terminée.
offer-outdated = Ces informations n’ont pas été confirmées depuis longtemps. Elles ne sont peut-être plus à jour.
show-german-original = Voir le texte original en allemand
fact-when = Quand
fact-where = Où
fact-cost = Prix
fact-languages = Langues
fact-who = Pour qui
fact-level = Niveau
fact-childcare = Garde d’enfants
fact-online = En ligne
starts-on = Début : { $date }
map-link = Voir sur la carte (OpenStreetMap)
calendar-add = Ajouter au calendrier
calendar-subscribe = S’abonner à toutes les dates ({ $provider })
calendar-starts = Début : { $title }
calendar-ends = Fin : { $title }
level-alpha = Alphabétisation
yes = Oui
no = Non
action-call = Appeler
action-write = Écrire un e-mail
action-website = Ouvrir le site web
last-confirmed = Dernière confirmation le { $date }

not-found-heading = Page introuvable
not-found-text = Cette page n’existe pas (ou plus). L’offre est peut-être terminée.
error-heading = Un problème est survenu
error-text = Veuillez réessayer dans un instant.
back-home = Retour à l’accueil

category-language_course = Cours de langue
category-integration_course = Cours d’intégration
category-counseling = Conseil
category-training = Formation et qualification
category-recognition = Reconnaissance des diplômes
category-school = École et éducation
category-childcare = Garde d’enfants
category-work = Travail et apprentissage
category-leisure = Loisirs et rencontres
category-mobility = Se déplacer
category-health = Santé
category-housing = Logement
category-other = Autres

group-women = Femmes
group-men = Hommes
group-youth = Jeunes
group-children = Enfants
group-parents = Parents
group-seniors = Personnes âgées
group-refugees = Réfugiés
group-eu_citizens = Citoyens de l’UE
group-all = Tout le monde

forbidden-heading = Accès refusé
forbidden-text = Cette page ou cette action n’est pas autorisée pour votre compte.

provider-area = Espace organismes
provider-login-heading = Connexion pour les organismes
provider-login-intro = Ici, les organismes et les associations mettent à jour eux-mêmes leurs offres.
provider-login-failed = Adresse e-mail ou mot de passe incorrect.
provider-login-too-many = Trop de tentatives. Veuillez attendre 15 minutes.
provider-email = Adresse e-mail
provider-password = Mot de passe
provider-sign-in = Se connecter
provider-sign-out = Se déconnecter
provider-my-offers = Mes offres
provider-new-offer = Nouvelle offre
provider-edit-offer = Modifier l’offre
provider-moderation = Validations
provider-accounts = Comptes
provider-no-offers = Pas encore d’offres.
provider-outdated-heading = À vérifier
provider-outdated-intro = Ces offres n’ont pas été confirmées depuis plus de six mois.
provider-still-current = Toujours d’actualité
provider-column-offer = Offre
provider-column-provider = Organisme
provider-column-state = État
provider-column-actions = Actions
provider-state-published = publiée
provider-state-pending = en attente de validation
provider-state-outdated = peut-être plus à jour
provider-state-ended = terminée
provider-state-withdrawn = retirée
provider-duplicate = Dupliquer
provider-history = Historique
provider-withdraw = Retirer
provider-done-saved = Enregistré. L’offre apparaît maintenant dans la recherche.
provider-done-pending = Enregistré. La modification attend une validation ; en attendant, l’ancienne version reste visible.
provider-done-withdrawn = L’offre a été retirée.
provider-done-confirmed = Merci, l’offre est confirmée comme étant à jour.
provider-pending-notice = Une modification attend une validation. Le formulaire montre la version en attente.
provider-form-has-problems = Veuillez corriger les champs marqués.
provider-section-what = Quoi
provider-section-who = Pour qui
provider-section-when = Quand
provider-section-where = Où
provider-section-cost = Prix
provider-section-contact = Contact
provider-offer-id = Identifiant (lettres minuscules, chiffres et tirets)
provider-provider-id = Identifiant de l’organisme
provider-provider-name = Nom de l’organisme
provider-field-title = Titre
provider-field-summary = Description courte
provider-field-description = Description
provider-translation-missing = manquant
provider-tags = Mots-clés (séparés par des virgules)
provider-languages = Langues de l’offre (codes, par ex. de, ar, uk)
provider-not-stated = non indiqué
provider-start = Début
provider-end = Fin
provider-times = Horaires
provider-location-n = Lieu { $n }
provider-location-name = Nom du lieu
provider-street = Rue et numéro
provider-postcode = Code postal
provider-city = Ville
provider-lat = Latitude
provider-lon = Longitude
provider-phone = Téléphone
provider-website = Site web
provider-save = Enregistrer
provider-preview = Aperçu
provider-preview-notice = Aperçu : voici la page publique. Pas encore enregistré.
provider-back-to-form = Continuer à modifier
provider-id-taken = Cet identifiant est déjà pris.
provider-diff-field = Champ
provider-diff-before = avant
provider-diff-after = après
provider-restore = Restaurer cette version
provider-queue-empty = Aucune modification n’attend de validation.
provider-wants-withdrawal = L’organisme souhaite retirer l’offre.
provider-reason = Motif (en cas de refus)
provider-approve = Valider
provider-reject = Refuser
provider-providers = Organismes
provider-users = Utilisateurs
provider-admin = Administration du Kreis
provider-add-provider = Ajouter un organisme
provider-add-user = Ajouter un compte
provider-account-saved = Enregistré.
provider-account-invalid = Veuillez vérifier : une adresse e-mail valide, un mot de passe d’au moins 10 caractères, un organisme ou l’administration.

# The public site: filters, distance, shortlist, print, privacy.
footer-links = Autres pages
footer-providers = Pour les organismes : connexion
facet-features = Afficher seulement
feature-starts-soon = Commence dans les 4 prochaines semaines
starts-within-days = { $days ->
    [one] Commence d’ici { $days } jour
   *[other] Commence dans les { $days } prochains jours
}
badge-evening-or-weekend = Le soir ou le week-end
badge-starts = Début :
near-heading = Distance
near-place = Près de { $place }
near-enter-place = Entrez un code postal ou une ville en haut pour voir les distances.
near-unknown-place = Nous ne connaissons pas ce lieu. Veuillez entrer un code postal ou une ville du Kreis Unna.
radius-label = Dans un rayon de
radius-any = Toutes distances
radius-km = { $km } km
radius-within = Dans un rayon de { $km } km
sort-label = Trier par
sort-distance = Distance
sort-relevance = Le plus adapté
apply-filters = Appliquer
my-list = Ma liste ({ $count })
list-add = Ajouter à ma liste
list-remove = Retirer de la liste
list-intro = Cette liste existe seulement dans son lien : pas de compte, rien n’est enregistré. Gardez le lien ou partagez-le.
list-missing = { $count ->
    [one] { $count } offre de cette liste n’existe plus.
   *[other] { $count } offres de cette liste n’existent plus.
}
list-empty = Votre liste est vide. Dans les résultats de recherche, ajoutez des offres avec « Ajouter à ma liste ».
list-share-heading = Partager la liste
list-share-label = Lien vers cette liste (à copier)
list-copy-link = Ouvrir ou copier le lien
list-share-languages = Le lien marche dans toutes les langues : choisissez une autre langue en haut, la liste reste la même.
list-print-heading = Imprimer pour la personne que vous accompagnez
list-client-language = Langue de la personne
list-print = Ouvrir la version à imprimer
list-continue = Continuer la recherche
offer-tools = Garder, imprimer, partager
action-print = Imprimer
action-link = Lien vers cette offre
print-heading = Des offres pour vous
print-hint = Imprimez cette page avec la fonction d’impression de votre navigateur.
print-back = Retour
fact-phone = Téléphone
fact-email = E-mail
privacy-title = Protection des données
privacy-intro = Wegweiser enregistre le moins possible sur les personnes qui font des recherches ici.
privacy-tracking-heading = Pas de suivi
privacy-tracking = Il n’y a pas de services de statistiques ou de publicité, pas de pixels espions et pas de profils. Nous ne savons pas qui vous êtes.
privacy-requests-heading = Pas de serveurs extérieurs
privacy-requests = Les pages, les images et les polices viennent seulement de ce serveur ; votre navigateur ne contacte aucun autre service. Leurs règles s’appliquent seulement quand vous ouvrez vous-même un lien, par exemple la carte sur OpenStreetMap ou le site web d’un organisme.
privacy-cookies-heading = Un cookie pour la langue
privacy-cookies = Nous gardons la langue choisie dans un cookie appelé « lang », pour que la page d’accueil s’ouvre de nouveau dans votre langue. Il contient seulement le code de la langue et expire après un an.
privacy-searches-heading = Mots recherchés
privacy-searches = Ce que vous cherchez n’est pas enregistré avec votre adresse IP ni avec d’autres données personnelles. Notre journal indique seulement la page ouverte, pas les mots recherchés.
privacy-list-heading = Votre liste
privacy-list = La liste existe seulement dans l’adresse de la page. Nous ne l’enregistrons pas ; toute personne qui a le lien peut voir la liste.
privacy-providers-heading = Organismes
privacy-providers = Les organismes qui se connectent reçoivent un cookie de session. Il expire après 12 heures ou à la déconnexion. Nous enregistrons leur adresse e-mail, leur mot de passe seulement sous forme de hash (empreinte), et qui a modifié quelle offre et quand. Les connexions échouées sont comptées en mémoire pendant 15 minutes, pour empêcher de deviner les mots de passe.
translation-outdated = Cette traduction n’est peut-être plus à jour : le texte allemand ci-dessus fait foi.
translation-last-confirmed = Traduction confirmée pour la dernière fois le { $date }
translation-not-confirmed = Cette traduction n’a pas été confirmée depuis la modification du texte allemand.
provider-translation-outdated = peut-être plus à jour : le texte allemand a changé
provider-translations-heading = Traductions à vérifier
provider-translations-intro = Le texte allemand a changé après la rédaction de ces traductions. Mettez-les à jour ou confirmez qu’elles correspondent toujours.
provider-translation-confirm = Correspond toujours à l’allemand
provider-state-translation-outdated = Traduction peut-être plus à jour : { $languages }
provider-done-translation = Merci, la traduction est confirmée comme étant à jour.
weekday-mo = lundi
weekday-tu = mardi
weekday-we = mercredi
weekday-th = jeudi
weekday-fr = vendredi
weekday-sa = samedi
weekday-su = dimanche
fact-hours = Horaires d’ouverture
badge-open-now = Ouvert maintenant
fact-by-appointment = Sur rendez-vous uniquement
provider-hours-hint = Jours et heures en notation allemande, p. ex. Mo–Fr 09:00–12:00; Do 14:00–18:00
provider-hours-proposed = Proposé à partir du texte des horaires : vérifiez et enregistrez.
facet-time-of-day = Moment de la journée
time-of-day-morning = Le matin
time-of-day-afternoon = L’après-midi
time-of-day-evening = Le soir
time-of-day-weekend = Le week-end
offer-next-steps = Prochaines étapes
fact-how-to-apply = Comment s’inscrire
fact-documents = À apporter
fact-eligibility = Qui peut venir
fact-accessibility = Accessibilité
fact-wheelchair = Accessible en fauteuil roulant
wheelchair-yes = Accessible en fauteuil roulant
wheelchair-no = Non accessible en fauteuil roulant
