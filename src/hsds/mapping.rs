//! The mapping of one HSDS service to an offer, field by field, remembering which HSDS field
//! each offer field came from so that problems can be named the way the sender knows them.

use serde_json::{Map, Value, json};

use super::model::{Attribute, LocationType, Service, Status, Texts};
use super::target_groups_sentence;
use super::taxonomy::{NO, Term, YES};
use crate::domain::{Category, Day, FieldError, Lang, LangCode};

/// The offer being built: problems found on the way, and which HSDS field each offer field
/// came from, so the offer's own validation can name the HSDS field.
#[derive(Default)]
pub(super) struct Mapping {
    /// What cannot be mapped, by HSDS field.
    pub problems: Vec<FieldError>,
    sources: Vec<(String, String)>,
}

impl Mapping {
    fn problem(&mut self, field: impl Into<String>, message: impl Into<String>) {
        self.problems.push(FieldError { field: field.into(), message: message.into() });
    }

    fn source(&mut self, offer_field: impl Into<String>, hsds_field: impl Into<String>) {
        self.sources.push((offer_field.into(), hsds_field.into()));
    }

    /// The offer field's error named by the HSDS field it came from, when that is known.
    pub fn hsds_field(&self, error: FieldError) -> FieldError {
        let field = &error.field;
        let source = self
            .sources
            .iter()
            .filter(|(offer, _)| {
                field == offer || (field.starts_with(offer.as_str()) && field[offer.len()..].starts_with(['.', '[']))
            })
            .max_by_key(|(offer, _)| offer.len());
        match source {
            Some((offer, hsds)) => FieldError { field: format!("{hsds}{}", &field[offer.len()..]), ..error },
            None => error,
        }
    }

    /// The offer in the offer format, for its validation to judge.
    pub fn offer(&mut self, service: &Service, today: Day) -> Value {
        let mut offer = Map::new();
        offer.insert("id".into(), self.id(service).into());
        offer.insert("provider".into(), self.provider(service));
        self.terms(service, &mut offer);
        self.texts(service, &mut offer);
        self.next_steps(service, &mut offer);
        self.languages(service, &mut offer);
        self.cost(service, &mut offer);
        self.locations(service, &mut offer);
        self.schedule(service, &mut offer);
        self.contact(service, &mut offer);
        if !service.outdated_translations.is_empty() {
            self.source("outdated_translations", "x-wegweiser-outdated-translations");
            offer.insert("outdated_translations".into(), json!(service.outdated_translations));
        }
        let updated = service.assured_date.as_deref().or(service.last_modified.as_deref());
        if let Some(updated) = updated {
            let field = if service.assured_date.is_some() { "assured_date" } else { "last_modified" };
            self.source("updated", field);
            offer.insert("updated".into(), date_part(updated).into());
        }
        self.status(service.status, &offer, today);
        Value::Object(offer)
    }

    fn id(&mut self, service: &Service) -> String {
        if let Some(id) = &service.wegweiser_id {
            self.source("id", "x-wegweiser-id");
            return id.clone();
        }
        self.source("id", "id");
        let id = slug(&service.id);
        if id.is_empty() {
            self.problem("id", format!("`{}` has no letters or digits to make an offer id of", service.id));
        }
        id
    }

    fn provider(&mut self, service: &Service) -> Value {
        let Some(organization) = &service.organization else {
            self.problem("organization", "missing: an offer needs its provider, and the service names none");
            return Value::Null;
        };
        self.source("provider.name", "organization.name");
        let id = match &organization.wegweiser_id {
            Some(id) => {
                self.source("provider.id", "organization.x-wegweiser-id");
                id.clone()
            }
            None => {
                self.source("provider.id", "organization.id");
                Some(slug(&organization.id)).filter(|id| !id.is_empty()).unwrap_or_else(|| slug(&organization.name))
            }
        };
        json!({"id": id, "name": organization.name})
    }

    /// Category, target groups, level, childcare, online and tags from Wegweiser terms; terms
    /// of other taxonomies are left alone. The first category or level given counts.
    fn terms(&mut self, service: &Service, offer: &mut Map<String, Value>) {
        let mut groups: Vec<&str> = Vec::new();
        let mut tags: Vec<&str> = Vec::new();
        for (i, attribute) in service.attributes.iter().enumerate() {
            let field = format!("attributes[{i}]");
            let Some(term) = Term::of(attribute) else {
                self.check_foreign(attribute, &field);
                continue;
            };
            match term {
                Term::Category(first) if !offer.contains_key("category") => {
                    offer.insert("category".into(), first.code().into());
                }
                Term::Level(first) if !offer.contains_key("level") => {
                    offer.insert("level".into(), first.code().into());
                }
                Term::Category(_) | Term::Level(_) => {}
                Term::TargetGroup(group) if !groups.contains(&group.code()) => groups.push(group.code()),
                Term::TargetGroup(_) => {}
                Term::Childcare | Term::Online | Term::ByAppointment => {
                    if let Some(yes) = self.yes_no(attribute, &field) {
                        offer.insert(term.kind().into(), yes.into());
                    }
                }
                Term::Wheelchair => {
                    if let Some(yes) = self.yes_no(attribute, &field) {
                        let accessibility = offer.entry("accessibility").or_insert_with(|| json!({}));
                        accessibility["wheelchair"] = yes.into();
                    }
                }
                Term::Free => self.problem(field, "`wegweiser:free` belongs on a cost option, not on the service"),
                Term::Tag => match attribute.value.as_deref() {
                    Some(tag) => {
                        self.source(format!("tags[{}]", tags.len()), format!("{field}.value"));
                        tags.push(tag);
                    }
                    None => self.problem(format!("{field}.value"), "missing: a tag attribute carries the tag"),
                },
            }
        }
        offer.entry("category").or_insert_with(|| Category::Other.code().into());
        if !groups.is_empty() {
            offer.insert("target_groups".into(), groups.into());
        }
        if !tags.is_empty() {
            offer.insert("tags".into(), tags.into());
        }
    }

    /// A term that claims to be ours but is not is a mistake worth reporting.
    fn check_foreign(&mut self, attribute: &Attribute, field: &str) {
        let code = attribute.taxonomy_term.as_ref().and_then(|term| term.code.as_deref());
        if let Some(code) = code.filter(|code| code.starts_with("wegweiser:")) {
            self.problem(
                format!("{field}.taxonomy_term.code"),
                format!("`{code}` is not a term of the Wegweiser taxonomy"),
            );
        }
    }

    fn yes_no(&mut self, attribute: &Attribute, field: &str) -> Option<bool> {
        match attribute.value.as_deref() {
            Some(YES) => Some(true),
            Some(NO) => Some(false),
            other => {
                let shown = other.unwrap_or("nothing");
                self.problem(format!("{field}.value"), format!("`{shown}` is not `{YES}` or `{NO}`"));
                None
            }
        }
    }

    fn texts(&mut self, service: &Service, offer: &mut Map<String, Value>) {
        let translations = service.translations.clone().unwrap_or_default();
        let mut title = translations.name.unwrap_or_default();
        title.insert(service.name_language.clone().unwrap_or_else(german), service.name.clone());
        self.source("title", "name");
        offer.insert("title".into(), json!(title));
        let summary = translations.summary.unwrap_or_default();
        let mut description = translations.description.unwrap_or_default();
        let german_summary = summary.get(&german()).map(String::as_str);
        if let Some(text) = service.description.as_deref().and_then(|text| without_summary(text, german_summary)) {
            description.insert(german(), text.to_owned());
        }
        self.source("summary", "x-wegweiser-translations.summary");
        self.source("description", "description");
        insert_texts(offer, "summary", summary);
        insert_texts(offer, "description", description);
    }

    /// How to apply, what to bring, who may come and access: German from the HSDS fields, the
    /// other languages from the extension. An eligibility that only names the target groups
    /// (what the export writes without a text) is no text of the offer's.
    fn next_steps(&mut self, service: &Service, offer: &mut Map<String, Value>) {
        let translations = service.translations.clone().unwrap_or_default();
        let with_german = |others: Option<Texts>, in_german: Option<String>| {
            let mut texts = others.unwrap_or_default();
            if let Some(text) = in_german.filter(|g| !g.trim().is_empty()) {
                texts.insert(german(), text);
            }
            texts
        };
        self.source("how_to_apply", "application_process");
        insert_texts(
            offer,
            "how_to_apply",
            with_german(translations.application_process, service.application_process.clone()),
        );
        let groups: Vec<&str> = offer
            .get("target_groups")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .collect();
        let generated = target_groups_sentence(groups);
        let eligibility = service.eligibility_description.clone().filter(|text| Some(text) != generated.as_ref());
        self.source("eligibility", "eligibility_description");
        insert_texts(offer, "eligibility", with_german(translations.eligibility_description, eligibility));
        let documents: Vec<&str> = service.required_documents.iter().filter_map(|d| d.document.as_deref()).collect();
        let others = service.required_documents.first().and_then(|d| d.translations.clone()).and_then(|t| t.document);
        self.source("documents", "required_documents[0].document");
        insert_texts(offer, "documents", with_german(others, (!documents.is_empty()).then(|| documents.join("\n"))));
        let at_places: Vec<&str> = service
            .service_at_locations
            .iter()
            .filter_map(|at| at.location.as_ref())
            .flat_map(|location| location.accessibility.iter().filter_map(|a| a.description.as_deref()))
            .collect();
        let first_place = at_places.first().map(|text| (*text).to_owned());
        let access = translations.accessibility.unwrap_or_else(|| with_german(None, first_place));
        if !access.is_empty() {
            self.source("accessibility.text", "x-wegweiser-translations.accessibility");
            let accessibility = offer.entry("accessibility").or_insert_with(|| json!({}));
            accessibility["text"] = json!(access);
        }
    }

    fn languages(&mut self, service: &Service, offer: &mut Map<String, Value>) {
        let mut codes: Vec<LangCode> = Vec::new();
        for (i, language) in service.languages.iter().enumerate() {
            let field = format!("languages[{i}].code");
            match language.code.as_deref().map(str::parse::<LangCode>) {
                Some(Ok(code)) if !codes.contains(&code) => codes.push(code),
                Some(Ok(_)) => {}
                Some(Err(message)) => self.problem(field, message),
                None => self.problem(field, "missing: Wegweiser knows languages by their ISO 639-1 code"),
            }
        }
        if !codes.is_empty() {
            offer.insert("languages".into(), json!(codes));
        }
    }

    /// Free when the `wegweiser:free` term says so, else when an option costs nothing.
    fn cost(&mut self, service: &Service, offer: &mut Map<String, Value>) {
        let mut text = service.translations.as_ref().and_then(|t| t.fees_description.clone()).unwrap_or_default();
        if let Some(fees) = &service.fees_description {
            text.insert(german(), fees.clone());
        }
        if service.cost_options.is_empty() && text.is_empty() {
            return;
        }
        let mut free = None;
        for (i, option) in service.cost_options.iter().enumerate() {
            for (j, attribute) in option.attributes.iter().enumerate() {
                if Term::of(attribute) == Some(Term::Free) {
                    free = free.or(self.yes_no(attribute, &format!("cost_options[{i}].attributes[{j}]")));
                }
            }
        }
        let free = free.or_else(|| service.cost_options.iter().find_map(|option| option.amount).map(|a| a == 0.0));
        let mut cost = Map::new();
        if let Some(free) = free {
            cost.insert("free".into(), free.into());
        }
        self.source("cost.text", "fees_description");
        insert_texts(&mut cost, "text", text);
        offer.insert("cost".into(), cost.into());
    }

    /// Physical and postal locations become offer locations; a virtual one makes it online.
    fn locations(&mut self, service: &Service, offer: &mut Map<String, Value>) {
        let mut locations = Vec::new();
        for (i, at) in service.service_at_locations.iter().enumerate() {
            let field = format!("service_at_locations[{i}].location");
            let Some(location) = &at.location else {
                self.problem(field, "missing: only its id is given, and Wegweiser needs the place itself");
                continue;
            };
            if location.location_type == LocationType::Virtual {
                offer.entry("online").or_insert(true.into());
                continue;
            }
            let physical = location.addresses.iter().position(|a| a.address_type == LocationType::Physical);
            let Some(a) = physical.or((!location.addresses.is_empty()).then_some(0)) else {
                self.problem(format!("{field}.addresses"), "missing: an offer's location needs at least its town");
                continue;
            };
            let address = &location.addresses[a];
            let here = format!("locations[{}]", locations.len());
            self.source(&here, &field);
            for (ours, theirs) in [("city", "city"), ("street", "address_1"), ("postcode", "postal_code")] {
                self.source(format!("{here}.{ours}"), format!("{field}.addresses[{a}].{theirs}"));
            }
            self.source(format!("{here}.lat"), format!("{field}.latitude"));
            self.source(format!("{here}.lon"), format!("{field}.longitude"));
            let mut place = Map::new();
            place.insert("city".into(), address.city.trim().into());
            let parts = [("name", location.name.as_deref()), ("street", Some(address.address_1.as_str()))];
            for (key, text) in parts.into_iter().chain([("postcode", Some(address.postal_code.as_str()))]) {
                if let Some(text) = text.map(str::trim).filter(|t| !t.is_empty()) {
                    place.insert(key.into(), text.into());
                }
            }
            for (key, number) in [("lat", location.latitude), ("lon", location.longitude)] {
                if let Some(number) = number {
                    place.insert(key.into(), number.into());
                }
            }
            locations.push(Value::Object(place));
        }
        if !locations.is_empty() {
            offer.insert("locations".into(), locations.into());
        }
    }

    /// The first schedule's dates (of those that are more than opening hours); the descriptions
    /// of all of them, one per line.
    fn schedule(&mut self, service: &Service, offer: &mut Map<String, Value>) {
        self.hours(service, offer);
        let Some(first) = service.schedules.iter().find(|s| !s.is_hours_only()) else { return };
        let mut schedule = Map::new();
        for (key, day, theirs) in [("start", &first.valid_from, "valid_from"), ("end", &first.valid_to, "valid_to")] {
            if let Some(day) = day {
                self.source(format!("schedule.{key}"), format!("schedules[0].{theirs}"));
                schedule.insert(key.into(), date_part(day).into());
            }
        }
        let mut text = first.translations.as_ref().and_then(|t| t.description.clone()).unwrap_or_default();
        let descriptions: Vec<&str> = service.schedules.iter().filter_map(|s| s.description.as_deref()).collect();
        if !descriptions.is_empty() {
            text.insert(german(), descriptions.join("\n"));
        }
        self.source("schedule.text", "schedules[0].description");
        insert_texts(&mut schedule, "text", text);
        offer.insert("schedule".into(), schedule.into());
    }

    /// Opening hours from the weekly schedules with days and times; times are taken as German
    /// local time, an offset after them is left aside.
    fn hours(&mut self, service: &Service, offer: &mut Map<String, Value>) {
        let mut hours = Vec::new();
        for (i, schedule) in service.schedules.iter().enumerate() {
            let (Some(byday), Some(opens), Some(closes)) = (&schedule.byday, &schedule.opens_at, &schedule.closes_at)
            else {
                continue;
            };
            if schedule.freq.as_deref().is_some_and(|freq| freq != "WEEKLY") {
                continue;
            }
            let days: Option<Vec<String>> = byday.split(',').map(|day| hsds_day(day.trim())).collect();
            let Some(days) = days else {
                self.problem(
                    format!("schedules[{i}].byday"),
                    format!("`{byday}` is not a list of weekdays `MO` … `SU`"),
                );
                continue;
            };
            self.source(format!("hours[{}]", hours.len()), format!("schedules[{i}]"));
            hours.push(json!({"days": days, "opens": clock_part(opens), "closes": clock_part(closes)}));
        }
        if !hours.is_empty() {
            offer.insert("hours".into(), hours.into());
        }
    }

    /// The service's own phone, e-mail and web address, else those of its first contacts.
    fn contact(&mut self, service: &Service, offer: &mut Map<String, Value>) {
        let phone =
            service.phones.first().map(|phone| ("phones[0].number".to_owned(), phone.number.clone())).or_else(|| {
                service.contacts.iter().enumerate().find_map(|(i, contact)| {
                    contact
                        .phones
                        .first()
                        .map(|phone| (format!("contacts[{i}].phones[0].number"), phone.number.clone()))
                })
            });
        let email = service.email.clone().map(|email| ("email".to_owned(), email)).or_else(|| {
            service
                .contacts
                .iter()
                .enumerate()
                .find_map(|(i, c)| c.email.clone().map(|e| (format!("contacts[{i}].email"), e)))
        });
        let website = service.url.clone().map(|url| ("url".to_owned(), url));
        let mut contact = Map::new();
        for (key, found) in [("phone", phone), ("email", email), ("website", website)] {
            if let Some((field, text)) = found {
                self.source(format!("contact.{key}"), field);
                contact.insert(key.into(), text.trim().into());
            }
        }
        if !contact.is_empty() {
            offer.insert("contact".into(), contact.into());
        }
    }

    /// Wegweiser shows what is on offer: a service that is closed for good or for now is not.
    fn status(&mut self, status: Status, offer: &Map<String, Value>, today: Day) {
        let ended = offer
            .get("schedule")
            .and_then(|s| s.get("end"))
            .and_then(Value::as_str)
            .and_then(|end| end.parse::<Day>().ok())
            .is_some_and(|end| end < today);
        let why = match status {
            Status::Active => return,
            Status::Inactive if ended => return,
            Status::Inactive => "`inactive`, but no schedule says it has ended: Wegweiser would list it as current",
            Status::Defunct => "`defunct`: the service no longer exists",
            Status::TemporarilyClosed => "`temporarily closed`: Wegweiser cannot mark an offer as closed",
        };
        self.problem("status", why);
    }
}

fn german() -> LangCode {
    LangCode::from(Lang::De)
}

fn insert_texts(object: &mut Map<String, Value>, key: &str, texts: Texts) {
    if !texts.is_empty() {
        object.insert(key.into(), json!(texts));
    }
}

/// The export writes the German summary and description into `description`, a blank line
/// between them; the summary comes back from the extension, the rest is the description.
fn without_summary<'a>(text: &'a str, summary: Option<&str>) -> Option<&'a str> {
    let rest = match summary.and_then(|summary| text.strip_prefix(summary)) {
        Some("") => return None,
        Some(rest) => rest.strip_prefix("\n\n").unwrap_or(text),
        None => text,
    };
    Some(rest)
}

/// `2026-01-12` from `2026-01-12T08:00:00Z`; anything else is left for validation to judge.
/// `MO` → `mo`; a day with an occurrence (`2MO`, monthly) is no weekly day.
fn hsds_day(day: &str) -> Option<String> {
    let code = day.to_lowercase();
    ["mo", "tu", "we", "th", "fr", "sa", "su"].contains(&code.as_str()).then_some(code)
}

/// `09:00`, `09:00:00` and `09:00+01:00` are all `09:00`; anything else is left for the offer's
/// own check to name.
fn clock_part(text: &str) -> &str {
    text.get(..5).filter(|part| part.as_bytes().get(2) == Some(&b':')).unwrap_or(text)
}

fn date_part(text: &str) -> &str {
    match text.split_once('T') {
        Some((day, _)) if day.len() == 10 => day,
        _ => text,
    }
}

/// An offer id from any text: lowercase ASCII letters and digits, single `-` between words.
fn slug(text: &str) -> String {
    let mut slug = String::new();
    for c in text.to_lowercase().chars() {
        let spelled = match c {
            'ä' => "ae",
            'ö' => "oe",
            'ü' => "ue",
            'ß' => "ss",
            c if c.is_ascii_alphanumeric() => {
                slug.push(c);
                continue;
            }
            _ => "-",
        };
        if spelled != "-" || !(slug.is_empty() || slug.ends_with('-')) {
            slug.push_str(spelled);
        }
    }
    slug.truncate(100);
    slug.trim_end_matches('-').to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_keep_letters_and_digits() {
        assert_eq!(slug("Familienzentrum Süd – Büro 2"), "familienzentrum-sued-buero-2");
        assert_eq!(slug("--"), "");
        assert_eq!(slug(&"abc ".repeat(30)).len(), 99, "cut at 100 characters, without a trailing `-`");
    }

    #[test]
    fn the_summary_is_split_off_the_description_again() {
        assert_eq!(without_summary("Kurz.\n\nLang.", Some("Kurz.")), Some("Lang."));
        assert_eq!(without_summary("Kurz.", Some("Kurz.")), None);
        assert_eq!(without_summary("Kurzweilig.", Some("Kurz")), Some("Kurzweilig."));
        assert_eq!(without_summary("Lang.", None), Some("Lang."));
    }
}
