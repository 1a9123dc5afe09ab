use std::fmt;

use serde::Serialize;

use super::hours::check_hours;
use super::text::forbidden_char;
use super::translations::check_outdated;
use super::{Contact, Location, Offer};

/// One problem with one field of an offer, e.g. `locations[0].postcode: ...`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FieldError {
    pub field: String,
    pub message: String,
}

impl FieldError {
    fn new(field: impl Into<String>, message: impl Into<String>) -> Self {
        FieldError { field: field.into(), message: message.into() }
    }
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.message)
    }
}

/// Parses and checks one offer. The first shape error stops parsing; once the shape is right,
/// every rule that spans fields is checked and all of their problems are returned together.
pub fn parse_offer(value: serde_json::Value) -> Result<Offer, Vec<FieldError>> {
    let offer: Offer = serde_path_to_error::deserialize(value).map_err(|e| vec![shape_error(&e)])?;
    let problems = check(&offer);
    if problems.is_empty() { Ok(offer) } else { Err(problems) }
}

/// Names the field serde stumbled on, including the unknown or missing one.
pub(crate) fn shape_error(error: &serde_path_to_error::Error<serde_json::Error>) -> FieldError {
    let path = error.path().to_string();
    let message = error.inner().to_string();
    let named = ["unknown field `", "missing field `"]
        .iter()
        .find_map(|prefix| message.strip_prefix(prefix))
        .and_then(|rest| rest.split('`').next());
    let field = match (path.as_str(), named) {
        (".", Some(name)) => name.to_owned(),
        (".", None) => "offer".to_owned(),
        (path, Some(name)) if path.ends_with(name) => path.to_owned(),
        (path, Some(name)) => format!("{path}.{name}"),
        (path, None) => path.to_owned(),
    };
    let message = message.split(" at line ").next().unwrap_or_default().to_owned();
    FieldError::new(field, message)
}

fn check(offer: &Offer) -> Vec<FieldError> {
    let mut problems = Vec::new();
    for (field, text) in plain_texts(offer) {
        if let Some(bad) = forbidden_char(text) {
            problems.push(FieldError::new(field, format!("contains the control character U+{:04X}", u32::from(bad))));
        }
    }
    let name = offer.provider.name.trim();
    if name.is_empty() || name.chars().count() > 200 {
        problems.push(FieldError::new("provider.name", "must be 1 to 200 characters"));
    }
    let mut seen = Vec::new();
    for (i, code) in offer.languages.iter().enumerate() {
        if seen.contains(&code) {
            problems.push(FieldError::new(format!("languages[{i}]"), format!("`{code}` is listed twice")));
        }
        seen.push(code);
    }
    for (i, location) in offer.locations.iter().enumerate() {
        check_location(&format!("locations[{i}]"), location, &mut problems);
    }
    if let Some(schedule) = &offer.schedule
        && let (Some(start), Some(end)) = (schedule.start, schedule.end)
        && end < start
    {
        problems.push(FieldError::new("schedule.end", format!("ends on {end}, before it starts on {start}")));
    }
    if let Some(contact) = &offer.contact {
        check_contact(contact, &mut problems);
    }
    problems.extend(check_hours(&offer.hours).into_iter().map(|(field, message)| FieldError::new(field, message)));
    problems.extend(check_outdated(offer).into_iter().map(|(field, message)| FieldError::new(field, message)));
    for (i, tag) in offer.tags.iter().enumerate() {
        if tag.trim().is_empty() || tag.chars().count() > 100 {
            problems.push(FieldError::new(format!("tags[{i}]"), "a tag has 1 to 100 characters"));
        }
    }
    problems
}

/// Every free-text field that is not a localised text, with its name.
fn plain_texts(offer: &Offer) -> Vec<(String, &str)> {
    let mut texts = vec![("provider.name".to_owned(), offer.provider.name.as_str())];
    texts.extend(offer.tags.iter().enumerate().map(|(i, t)| (format!("tags[{i}]"), t.as_str())));
    for (i, location) in offer.locations.iter().enumerate() {
        let parts = [
            ("name", location.name.as_deref()),
            ("street", location.street.as_deref()),
            ("city", Some(location.city.as_str())),
        ];
        texts.extend(parts.into_iter().filter_map(|(key, text)| text.map(|t| (format!("locations[{i}].{key}"), t))));
    }
    texts
}

fn check_location(field: &str, location: &Location, problems: &mut Vec<FieldError>) {
    if location.city.trim().is_empty() {
        problems.push(FieldError::new(format!("{field}.city"), "must not be empty"));
    }
    if let Some(postcode) = &location.postcode
        && !(postcode.len() == 5 && postcode.bytes().all(|b| b.is_ascii_digit()))
    {
        problems.push(FieldError::new(
            format!("{field}.postcode"),
            format!("`{postcode}` is not a German postcode of five digits"),
        ));
    }
    match (location.lat, location.lon) {
        (Some(lat), _) if !(-90.0..=90.0).contains(&lat) => {
            problems.push(FieldError::new(format!("{field}.lat"), format!("{lat} is outside -90 to 90")));
        }
        (_, Some(lon)) if !(-180.0..=180.0).contains(&lon) => {
            problems.push(FieldError::new(format!("{field}.lon"), format!("{lon} is outside -180 to 180")));
        }
        (Some(_), None) => problems.push(FieldError::new(format!("{field}.lon"), "is needed when lat is given")),
        (None, Some(_)) => problems.push(FieldError::new(format!("{field}.lat"), "is needed when lon is given")),
        _ => {}
    }
}

fn check_contact(contact: &Contact, problems: &mut Vec<FieldError>) {
    if let Some(phone) = &contact.phone {
        let allowed = |c: char| c.is_ascii_digit() || " +-/()".contains(c);
        let digits = phone.chars().filter(char::is_ascii_digit).count();
        if !phone.chars().all(allowed) || !(3..=20).contains(&digits) {
            problems.push(FieldError::new(
                "contact.phone",
                format!("`{phone}` is not a phone number (digits, spaces and + - / ( ) only)"),
            ));
        }
    }
    if let Some(email) = &contact.email
        && !email_address::EmailAddress::is_valid(email)
    {
        problems.push(FieldError::new("contact.email", format!("`{email}` is not an e-mail address")));
    }
    if let Some(website) = &contact.website {
        let web_url = url::Url::parse(website)
            .ok()
            .filter(|url| matches!(url.scheme(), "http" | "https") && url.host().is_some());
        if web_url.is_none() {
            problems.push(FieldError::new(
                "contact.website",
                format!("`{website}` is not a web address starting with https://"),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::{Value, json};

    use super::*;

    fn valid() -> Value {
        json!({
            "id": "vhs-unna-integrationskurs-frauen-2026",
            "provider": {"id": "vhs-unna", "name": "VHS Unna Fröndenberg Holzwickede"},
            "category": "integration_course",
            "title": {"de": "Integrationskurs für Frauen", "ar": "دورة اندماج للنساء"},
            "languages": ["de", "ar"],
            "target_groups": ["women"],
            "level": "A1",
            "cost": {"free": true},
            "locations": [{"city": "Unna", "postcode": "59423", "lat": 51.537, "lon": 7.689}],
            "schedule": {"start": "2026-01-12", "end": "2026-07-10"},
            "contact": {"phone": "+49 2303 12345-0", "email": "kurse@vhs-unna.de", "website": "https://vhs-unna.de"},
            "updated": "2026-11-01"
        })
    }

    fn field_of_error(edit: impl FnOnce(&mut Value)) -> String {
        let mut offer = valid();
        edit(&mut offer);
        let errors = parse_offer(offer).expect_err("the edit makes the offer invalid");
        errors[0].field.clone()
    }

    #[test]
    fn accepts_a_complete_offer() {
        let offer = parse_offer(valid()).unwrap();
        assert!(offer.is_free());
        assert_eq!(offer.cities().collect::<Vec<_>>(), ["Unna"]);
    }

    #[test]
    fn each_rule_names_its_field() {
        assert_eq!(field_of_error(|o| o["colour"] = json!("red")), "colour");
        assert_eq!(field_of_error(|o| o["locations"][0]["floor"] = json!(2)), "locations[0].floor");
        assert_eq!(field_of_error(|o| o["id"] = json!("Bad Id")), "id");
        assert_eq!(field_of_error(|o| o["category"] = json!("cooking")), "category");
        assert_eq!(field_of_error(|o| o["target_groups"] = json!(["aliens"])), "target_groups[0]");
        assert_eq!(field_of_error(|o| o["languages"] = json!(["de", "xx"])), "languages[1]");
        assert_eq!(field_of_error(|o| o["level"] = json!("D1")), "level");
        assert_eq!(field_of_error(|o| o["updated"] = json!("01.11.2026")), "updated");
        assert_eq!(field_of_error(|o| o["schedule"]["end"] = json!("2025-12-31")), "schedule.end");
        assert_eq!(field_of_error(|o| o["locations"][0]["postcode"] = json!("5942")), "locations[0].postcode");
        assert_eq!(field_of_error(|o| o["locations"][0]["lat"] = json!(95.0)), "locations[0].lat");
        assert_eq!(field_of_error(|o| o["locations"][0]["lon"] = json!(-181.0)), "locations[0].lon");
        assert_eq!(field_of_error(|o| o["contact"]["email"] = json!("kurse at vhs")), "contact.email");
        assert_eq!(field_of_error(|o| o["contact"]["website"] = json!("vhs-unna")), "contact.website");
        assert_eq!(field_of_error(|o| o["title"] = json!({})), "title");
        assert_eq!(field_of_error(|o| o["title"] = json!({"de": ""})), "title");
        assert_eq!(field_of_error(|o| o["provider"]["name"] = json!(" ")), "provider.name");
        assert_eq!(field_of_error(|o| o["provider"]["name"] = json!("VHS\u{202E}")), "provider.name");
        assert_eq!(field_of_error(|o| o["locations"][0]["street"] = json!("Markt\u{0007}")), "locations[0].street");
        assert_eq!(field_of_error(|o| o.as_object_mut().unwrap().remove("title").map(drop).unwrap()), "title");
    }

    #[test]
    fn reports_every_cross_field_problem_at_once() {
        let mut offer = valid();
        offer["locations"][0]["postcode"] = json!("ABCDE");
        offer["contact"]["email"] = json!("nope");
        assert_eq!(parse_offer(offer).unwrap_err().len(), 2);
    }
}
