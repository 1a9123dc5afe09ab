//! HSDS services from other directories as offers: every record mapped on its own, every one
//! that cannot be mapped reported with the HSDS field at fault.

use std::path::Path;

use serde::Deserialize;
use serde_json::value::RawValue;
use serde_json::{Map, Value, json};

use super::model::{Attribute, LocationType, Service, Status, Texts};
use super::taxonomy::{NO, Term, YES};
use crate::domain::{Category, Day, FieldError, Lang, LangCode, Offer, parse_offer, shape_error};
use crate::import::{self, Parsed, Record};
use crate::{Error, Result};

pub fn read_file(path: &Path, today: Day) -> Result<Parsed> {
    let text = std::fs::read_to_string(path).map_err(|source| Error::File { path: path.into(), source })?;
    Ok(parse(&text, today))
}

/// Reads a JSON array of services, a paged list (`{"contents": [...]}`), one service, or one
/// service per line. `today` decides whether an `inactive` service has really ended.
pub fn parse(text: &str, today: Day) -> Parsed {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let records = page_contents(text).unwrap_or_else(|| import::records(text));
    import::collect(records, |value| {
        let label = value.get("id").and_then(Value::as_str).map(str::to_owned);
        (label, offer(value, today))
    })
}

#[derive(Deserialize)]
struct PageContents<'a> {
    #[serde(borrow)]
    contents: Vec<&'a RawValue>,
}

fn page_contents(text: &str) -> Option<Vec<Record<'_>>> {
    if !text.trim_start().starts_with('{') {
        return None;
    }
    let page: PageContents = serde_json::from_str(text).ok()?;
    Some(import::raws_in(text, &page.contents))
}

/// One service as an offer, or every problem found, named by HSDS field.
fn offer(value: Value, today: Day) -> Result<Offer, Vec<FieldError>> {
    let service: Service = serde_path_to_error::deserialize(value).map_err(|e| vec![shape_error(&e)])?;
    let mut mapping = Mapping::default();
    let offer = mapping.offer(&service, today);
    if !mapping.problems.is_empty() {
        return Err(mapping.problems);
    }
    parse_offer(offer).map_err(|errors| errors.into_iter().map(|error| mapping.hsds_field(error)).collect())
}

/// The offer being built: problems found on the way, and which HSDS field each offer field
/// came from, so the offer's own validation can name the HSDS field.
#[derive(Default)]
struct Mapping {
    problems: Vec<FieldError>,
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
    fn hsds_field(&self, error: FieldError) -> FieldError {
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

    fn offer(&mut self, service: &Service, today: Day) -> Value {
        let mut offer = Map::new();
        offer.insert("id".into(), self.id(service).into());
        offer.insert("provider".into(), self.provider(service));
        self.terms(service, &mut offer);
        self.texts(service, &mut offer);
        self.languages(service, &mut offer);
        self.cost(service, &mut offer);
        self.locations(service, &mut offer);
        self.schedule(service, &mut offer);
        self.contact(service, &mut offer);
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
    /// of other taxonomies are left alone.
    fn terms(&mut self, service: &Service, offer: &mut Map<String, Value>) {
        let mut category = None;
        let mut groups = Vec::new();
        for (i, attribute) in service.attributes.iter().enumerate() {
            let field = format!("attributes[{i}]");
            let term = match Term::of(attribute) {
                Some(term) => term,
                None => {
                    self.check_foreign(attribute, &field);
                    continue;
                }
            };
            match term {
                Term::Category(c) => {
                    self.source("category", &field);
                    category.get_or_insert(c);
                }
                Term::TargetGroup(group) if !groups.contains(&group.code()) => groups.push(group.code()),
                Term::TargetGroup(_) => {}
                Term::Level(level) => {
                    offer.entry("level").or_insert_with(|| level.code().into());
                }
                Term::Childcare | Term::Online => {
                    if let Some(yes) = self.yes_no(attribute, &field) {
                        offer.insert(term.kind().into(), yes.into());
                    }
                }
                Term::Free => self.problem(field, "`wegweiser:free` belongs on a cost option, not on the service"),
                Term::Tag => match attribute.value.as_deref() {
                    Some(tag) => {
                        let list = offer.entry("tags").or_insert_with(|| json!([]));
                        self.source(format!("tags[{}]", list.as_array().map_or(0, Vec::len)), format!("{field}.value"));
                        if let Some(tags) = list.as_array_mut() {
                            tags.push(tag.into());
                        }
                    }
                    None => self.problem(format!("{field}.value"), "missing: a tag attribute carries the tag"),
                },
            }
        }
        offer.insert("category".into(), category.unwrap_or(Category::Other).code().into());
        if !groups.is_empty() {
            offer.insert("target_groups".into(), groups.into());
        }
    }

    /// A term that claims to be ours but is not is a mistake worth reporting.
    fn check_foreign(&mut self, attribute: &Attribute, field: &str) {
        let code = attribute.taxonomy_term.as_ref().and_then(|term| term.code.as_deref());
        if let Some(code) = code.filter(|code| code.starts_with("wegweiser:")) {
            self.problem(format!("{field}.taxonomy_term.code"), format!("`{code}` is not a term of the Wegweiser taxonomy"));
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

    /// The first schedule's dates; the descriptions of all of them, one per line.
    fn schedule(&mut self, service: &Service, offer: &mut Map<String, Value>) {
        let Some(first) = service.schedules.first() else { return };
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

    /// The service's own phone, e-mail and web address, else those of its first contacts.
    fn contact(&mut self, service: &Service, offer: &mut Map<String, Value>) {
        let contact_phones = service.contacts.iter().enumerate().flat_map(|(i, contact)| {
            contact.phones.iter().map(move |phone| (format!("contacts[{i}].phones[0].number"), phone))
        });
        let phone = service.phones.first().map(|phone| ("phones[0].number".to_owned(), phone)).or_else(|| {
            let mut phones = contact_phones;
            phones.next()
        });
        let contact_email = service.contacts.iter().position(|c| c.email.is_some());
        let email = match (&service.email, contact_email) {
            (Some(email), _) => Some(("email".to_owned(), email.clone())),
            (None, Some(i)) => service.contacts[i].email.clone().map(|email| (format!("contacts[{i}].email"), email)),
            (None, None) => None,
        };
        let website = service.url.clone().map(|url| ("url".to_owned(), url));
        let mut contact = Map::new();
        for (key, found) in [("phone", phone.map(|(f, p)| (f, p.number.clone()))), ("email", email), ("website", website)] {
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

    fn today() -> Day {
        "2026-06-01".parse().unwrap()
    }

    fn service(extra: Value) -> String {
        let mut service = json!({
            "id": "7F9C8E2A-0000-4000-8000-000000000001",
            "name": "Beratung für Familien",
            "status": "active",
            "organization": {"id": "org-1", "name": "Familienzentrum Süd", "description": "Ein Zentrum"},
        });
        if let (Some(service), Some(extra)) = (service.as_object_mut(), extra.as_object()) {
            service.extend(extra.clone());
        }
        service.to_string()
    }

    #[test]
    fn a_foreign_service_gets_defaults_a_slug_id_and_its_provider() {
        let parsed = parse(&service(json!({})), today());
        let offer = &parsed.offers[0];
        assert_eq!(offer.id.as_str(), "7f9c8e2a-0000-4000-8000-000000000001");
        assert_eq!(offer.category, Category::Other);
        assert_eq!((offer.provider.id.as_str(), offer.provider.name.as_str()), ("org-1", "Familienzentrum Süd"));
        assert_eq!(offer.title.get(Lang::De), Some("Beratung für Familien"));
    }

    #[test]
    fn a_paged_list_is_read_from_its_contents() {
        let text = format!("{{\"total_items\": 1, \"contents\": [\n{}\n]}}", service(json!({})));
        let parsed = parse(&text, today());
        assert_eq!(parsed.offers.len(), 1);
    }

    #[test]
    fn problems_are_named_by_their_hsds_field() {
        let located = json!({"service_at_locations": [{"id": "sal", "location": {"id": "l", "location_type": "physical",
            "latitude": 100.0, "longitude": 7.0,
            "addresses": [{"id": "a", "address_1": "Hauptstr. 1", "city": "Unna", "postal_code": "SW1A 1AA",
                "state_province": "", "country": "GB", "address_type": "physical"}]}}]});
        let parsed = parse(&service(located), today());
        let fields: Vec<&str> = parsed.rejected[0].errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(
            fields,
            ["service_at_locations[0].location.addresses[0].postal_code", "service_at_locations[0].location.latitude"]
        );
    }

    #[test]
    fn unmappable_services_say_why() {
        let cases = [
            (json!({"status": "defunct"}), "status"),
            (json!({"status": "inactive"}), "status"),
            (json!({"organization": null}), "organization"),
            (json!({"languages": [{"id": "l", "code": "eng"}]}), "languages[0].code"),
            (json!({"attributes": [{"id": "a", "taxonomy_term": {"id": "t", "code": "wegweiser:category:cooking"}}]}),
                "attributes[0].taxonomy_term.code"),
            (json!({"service_at_locations": [{"id": "s", "location_id": "l"}]}), "service_at_locations[0].location"),
            (json!({"phones": [{"id": "p", "number": "call us"}]}), "phones[0].number"),
            (json!({"status": "open"}), "status"),
            (json!({"name": ""}), "name"),
        ];
        for (extra, field) in cases {
            let parsed = parse(&service(extra.clone()), today());
            assert!(parsed.offers.is_empty(), "{extra}");
            assert_eq!(parsed.rejected[0].errors[0].field, field, "{extra}: {}", parsed.rejected[0]);
        }
    }

    #[test]
    fn an_inactive_service_whose_schedule_ended_is_kept() {
        let ended = json!({"status": "inactive", "schedules": [{"id": "s", "valid_to": "2026-05-31T00:00:00Z"}]});
        assert_eq!(parse(&service(ended), today()).offers.len(), 1);
    }

    #[test]
    fn wegweiser_terms_set_category_groups_and_flags() {
        let attributes: Vec<Attribute> = vec![
            Term::Category(Category::Counseling).attribute("service", "s", None, 0),
            Term::TargetGroup(crate::domain::TargetGroup::Parents).attribute("service", "s", None, 0),
            Term::Childcare.attribute("service", "s", Some(YES), 0),
            Term::Tag.attribute("service", "s", Some("Familie"), 0),
        ];
        let parsed = parse(&service(json!({"attributes": attributes, "languages": [{"id": "l", "code": "tr"}]})), today());
        let offer = &parsed.offers[0];
        assert_eq!(offer.category, Category::Counseling);
        assert_eq!(offer.target_groups.len(), 1);
        assert_eq!((offer.childcare, offer.tags.as_slice()), (Some(true), ["Familie".to_owned()].as_slice()));
        assert_eq!(offer.languages[0].as_str(), "tr");
    }

    #[test]
    fn a_virtual_location_makes_an_offer_online() {
        let virtual_place = json!({"service_at_locations": [{"id": "s", "location": {"id": "l", "location_type": "virtual"}}]});
        let parsed = parse(&service(virtual_place), today());
        assert_eq!(parsed.offers[0].online, Some(true));
        assert!(parsed.offers[0].locations.is_empty());
    }

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
