//! The provider's edit form as flat name/value pairs, to and from the offer format. Every field
//! of the format has a place, texts in languages beyond ours included, so saving a form never
//! drops what the form did not show.

use std::collections::BTreeMap;

use serde_json::{Map, Value, json};

use crate::domain::{FieldError, Lang, Offer, hours_text, parse_offer, propose_hours};

/// The localised fields, as the form names them (`title.de`, `cost_text.ar`).
pub const LOCAL_FIELDS: [&str; 9] = [
    "title",
    "summary",
    "description",
    "cost_text",
    "schedule_text",
    "how_to_apply",
    "documents",
    "eligibility",
    "accessibility_text",
];

/// Raw form values; a name may repeat (checkboxes).
#[derive(Clone, Debug, Default)]
pub struct OfferForm {
    pairs: Vec<(String, String)>,
}

impl OfferForm {
    pub fn new(pairs: Vec<(String, String)>) -> Self {
        OfferForm { pairs }
    }

    pub fn get(&self, name: &str) -> &str {
        self.pairs.iter().rev().find(|(k, _)| k == name).map_or("", |(_, v)| v.as_str())
    }

    /// The values with `name` set to `value`, for a form that differs in one field.
    pub fn pairs_with(&self, name: &str, value: &str) -> Vec<(String, String)> {
        let mut pairs: Vec<(String, String)> = self.pairs.iter().filter(|(k, _)| k != name).cloned().collect();
        pairs.push((name.to_owned(), value.to_owned()));
        pairs
    }

    pub fn all(&self, name: &str) -> Vec<&str> {
        self.pairs.iter().filter(|(k, _)| k == name).map(|(_, v)| v.as_str()).collect()
    }

    /// Every language a localised field has a value in, ours first.
    pub fn text_languages(&self) -> Vec<String> {
        let mut langs: Vec<String> = Lang::ALL.iter().map(|l| l.code().to_owned()).collect();
        for (key, value) in &self.pairs {
            if let Some((field, code)) = key.split_once('.')
                && LOCAL_FIELDS.contains(&field)
                && !value.trim().is_empty()
                && !langs.iter().any(|l| l == code)
            {
                langs.push(code.to_owned());
            }
        }
        langs
    }

    /// How many location blocks the form has filled.
    pub fn location_count(&self) -> usize {
        (0..)
            .take_while(|i| self.pairs.iter().any(|(k, v)| k.starts_with(&format!("loc{i}_")) && !v.is_empty()))
            .count()
    }

    /// The form filled in from an offer.
    pub fn from_offer(offer: &Offer) -> OfferForm {
        let mut pairs = Vec::new();
        let mut push = |k: String, v: String| pairs.push((k, v));
        push("id".into(), offer.id.to_string());
        push("provider_id".into(), offer.provider.id.to_string());
        push("provider_name".into(), offer.provider.name.clone());
        push("category".into(), offer.category.code().into());
        let texts = [
            ("title", Some(&offer.title)),
            ("summary", offer.summary.as_ref()),
            ("description", offer.description.as_ref()),
            ("cost_text", offer.cost.as_ref().and_then(|c| c.text.as_ref())),
            ("schedule_text", offer.schedule.as_ref().and_then(|s| s.text.as_ref())),
            ("how_to_apply", offer.how_to_apply.as_ref()),
            ("documents", offer.documents.as_ref()),
            ("eligibility", offer.eligibility.as_ref()),
            ("accessibility_text", offer.accessibility.as_ref().and_then(|a| a.text.as_ref())),
        ];
        for (field, text) in texts {
            for (code, value) in text.into_iter().flat_map(|t| t.iter()) {
                push(format!("{field}.{code}"), value.to_owned());
            }
        }
        for language in &offer.languages {
            push("languages".into(), language.as_str().to_owned());
        }
        for group in &offer.target_groups {
            push("target_groups".into(), group.code().into());
        }
        push("level".into(), offer.level.map(|l| l.code().to_owned()).unwrap_or_default());
        let flag = |value: Option<bool>| match value {
            Some(true) => "yes",
            Some(false) => "no",
            None => "",
        };
        push("cost_free".into(), flag(offer.cost.as_ref().and_then(|c| c.free)).into());
        push("childcare".into(), flag(offer.childcare).into());
        push("online".into(), flag(offer.online).into());
        for (i, location) in offer.locations.iter().enumerate() {
            let number = |n: Option<f64>| n.map(|v| v.to_string()).unwrap_or_default();
            push(format!("loc{i}_name"), location.name.clone().unwrap_or_default());
            push(format!("loc{i}_street"), location.street.clone().unwrap_or_default());
            push(format!("loc{i}_postcode"), location.postcode.clone().unwrap_or_default());
            push(format!("loc{i}_city"), location.city.clone());
            push(format!("loc{i}_lat"), number(location.lat));
            push(format!("loc{i}_lon"), number(location.lon));
        }
        let schedule = offer.schedule.as_ref();
        push("schedule_start".into(), schedule.and_then(|s| s.start).map(|d| d.to_string()).unwrap_or_default());
        push("schedule_end".into(), schedule.and_then(|s| s.end).map(|d| d.to_string()).unwrap_or_default());
        push("hours".into(), hours_text(&offer.hours));
        push("by_appointment".into(), flag(offer.by_appointment).into());
        let contact = offer.contact.as_ref();
        push("contact_phone".into(), contact.and_then(|c| c.phone.clone()).unwrap_or_default());
        push("contact_email".into(), contact.and_then(|c| c.email.clone()).unwrap_or_default());
        push("contact_website".into(), contact.and_then(|c| c.website.clone()).unwrap_or_default());
        push("accessibility_wheelchair".into(), flag(offer.accessibility.as_ref().and_then(|a| a.wheelchair)).into());
        push("tags".into(), offer.tags.join(", "));
        push("updated".into(), offer.updated.map(|d| d.to_string()).unwrap_or_default());
        OfferForm { pairs }
    }

    /// The offer the form describes, checked like an import; problems are keyed by form field.
    pub fn to_offer(&self) -> Result<Offer, BTreeMap<String, Vec<String>>> {
        let mut problems: BTreeMap<String, Vec<String>> = BTreeMap::new();
        let value = self.to_json(&mut problems);
        if !problems.is_empty() {
            return Err(problems);
        }
        parse_offer(value).map_err(|errors| by_form_field(&errors))
    }

    fn to_json(&self, problems: &mut BTreeMap<String, Vec<String>>) -> Value {
        let mut offer = Map::new();
        let text = |s: &str| s.trim().to_owned();
        offer.insert("id".into(), json!(text(self.get("id"))));
        offer.insert(
            "provider".into(),
            json!({"id": text(self.get("provider_id")), "name": text(self.get("provider_name"))}),
        );
        offer.insert("category".into(), json!(self.get("category")));
        let local = |field: &str| -> Option<Value> {
            let texts: Map<String, Value> = self
                .pairs
                .iter()
                .filter_map(|(k, v)| k.strip_prefix(&format!("{field}.")).map(|code| (code, v)))
                .filter(|(_, v)| !v.trim().is_empty())
                .map(|(code, v)| (code.to_owned(), json!(v.trim().replace("\r\n", "\n"))))
                .collect();
            (!texts.is_empty()).then_some(Value::Object(texts))
        };
        offer.insert("title".into(), local("title").unwrap_or_else(|| json!({})));
        for field in ["summary", "description"] {
            if let Some(texts) = local(field) {
                offer.insert(field.into(), texts);
            }
        }
        let list = |name: &str| -> Vec<String> {
            self.get(name).split([',', ';']).map(str::trim).filter(|s| !s.is_empty()).map(str::to_owned).collect()
        };
        // Checkboxes send one code each; a list typed with commas reads the same.
        let languages: Vec<&str> = self
            .all("languages")
            .into_iter()
            .flat_map(|v| v.split([',', ';']))
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .collect();
        insert_nonempty(&mut offer, "languages", json!(languages));
        insert_nonempty(&mut offer, "target_groups", json!(self.all("target_groups")));
        if !self.get("level").is_empty() {
            offer.insert("level".into(), json!(self.get("level")));
        }
        let flag = |name: &str| match self.get(name) {
            "yes" => Some(true),
            "no" => Some(false),
            _ => None,
        };
        let mut cost = Map::new();
        if let Some(free) = flag("cost_free") {
            cost.insert("free".into(), json!(free));
        }
        if let Some(texts) = local("cost_text") {
            cost.insert("text".into(), texts);
        }
        insert_nonempty(&mut offer, "cost", Value::Object(cost));
        for name in ["childcare", "online"] {
            if let Some(value) = flag(name) {
                offer.insert(name.into(), json!(value));
            }
        }
        let locations: Vec<Value> = (0..self.location_count()).map(|i| self.location(i, problems)).collect();
        insert_nonempty(&mut offer, "locations", json!(locations));
        let mut schedule = Map::new();
        for (key, name) in [("start", "schedule_start"), ("end", "schedule_end")] {
            if !self.get(name).trim().is_empty() {
                schedule.insert(key.into(), json!(text(self.get(name))));
            }
        }
        if let Some(texts) = local("schedule_text") {
            schedule.insert("text".into(), texts);
        }
        insert_nonempty(&mut offer, "schedule", Value::Object(schedule));
        let hours = text(self.get("hours"));
        if !hours.is_empty() {
            match propose_hours(&hours) {
                slots if slots.is_empty() => problems.entry("hours".into()).or_default().push(format!(
                    "`{hours}` names no days with times; write e.g. `Mo–Fr 09:00–12:00; Do 14:00–18:00`"
                )),
                slots => {
                    offer.insert("hours".into(), json!(slots));
                }
            }
        }
        if let Some(value) = flag("by_appointment") {
            offer.insert("by_appointment".into(), json!(value));
        }
        let mut contact = Map::new();
        for key in ["phone", "email", "website"] {
            let value = text(self.get(&format!("contact_{key}")));
            if !value.is_empty() {
                contact.insert(key.into(), json!(value));
            }
        }
        insert_nonempty(&mut offer, "contact", Value::Object(contact));
        for field in ["how_to_apply", "documents", "eligibility"] {
            if let Some(texts) = local(field) {
                offer.insert(field.into(), texts);
            }
        }
        let mut accessibility = Map::new();
        if let Some(wheelchair) = flag("accessibility_wheelchair") {
            accessibility.insert("wheelchair".into(), json!(wheelchair));
        }
        if let Some(texts) = local("accessibility_text") {
            accessibility.insert("text".into(), texts);
        }
        insert_nonempty(&mut offer, "accessibility", Value::Object(accessibility));
        insert_nonempty(&mut offer, "tags", json!(list("tags")));
        if !self.get("updated").is_empty() {
            offer.insert("updated".into(), json!(self.get("updated")));
        }
        Value::Object(offer)
    }

    fn location(&self, i: usize, problems: &mut BTreeMap<String, Vec<String>>) -> Value {
        let mut location = Map::new();
        for key in ["name", "street", "postcode", "city"] {
            let value = self.get(&format!("loc{i}_{key}")).trim();
            if !value.is_empty() || key == "city" {
                location.insert(key.into(), json!(value));
            }
        }
        for key in ["lat", "lon"] {
            let name = format!("loc{i}_{key}");
            let value = self.get(&name).trim().replace(',', ".");
            if value.is_empty() {
                continue;
            }
            match value.parse::<f64>() {
                Ok(number) => {
                    location.insert(key.into(), json!(number));
                }
                Err(_) => problems.entry(name).or_default().push(format!("`{value}` is not a number")),
            }
        }
        Value::Object(location)
    }
}

/// An offer id made from a title: "Integrationskurs für Mütter" → `integrationskurs-fuer-muetter`.
/// Letters outside a-z are spelled the German way where there is one and dropped otherwise; a
/// title with no Latin letters gives `angebot`. At most 60 characters, cut between words.
pub fn id_from_title(title: &str) -> String {
    let mut id = String::new();
    for letter in title.chars().flat_map(char::to_lowercase) {
        let spelled = match letter {
            'a'..='z' | '0'..='9' => letter.to_string(),
            'ä' | 'æ' => "ae".into(),
            'ö' | 'ø' | 'œ' => "oe".into(),
            'ü' => "ue".into(),
            'ß' => "ss".into(),
            'à' | 'á' | 'â' | 'ã' | 'å' | 'ą' | 'ă' => "a".into(),
            'ç' | 'ć' | 'č' => "c".into(),
            'è' | 'é' | 'ê' | 'ë' | 'ę' | 'ė' => "e".into(),
            'ì' | 'í' | 'î' | 'ï' | 'ı' => "i".into(),
            'ñ' | 'ń' => "n".into(),
            'ò' | 'ó' | 'ô' | 'õ' => "o".into(),
            'ù' | 'ú' | 'û' => "u".into(),
            'ş' | 'ś' | 'š' | 'ș' => "s".into(),
            'ğ' => "g".into(),
            'ł' => "l".into(),
            'ž' | 'ź' | 'ż' => "z".into(),
            'ț' => "t".into(),
            _ => "-".into(),
        };
        id.push_str(&spelled);
    }
    let words: Vec<&str> = id.split('-').filter(|word| !word.is_empty()).collect();
    let mut id = String::new();
    for word in words {
        if !id.is_empty() && id.len() + 1 + word.len() > 60 {
            break;
        }
        if !id.is_empty() {
            id.push('-');
        }
        id.push_str(&word[..word.len().min(60)]);
    }
    if id.is_empty() { "angebot".to_owned() } else { id }
}

fn insert_nonempty(offer: &mut Map<String, Value>, key: &str, value: Value) {
    let empty = match &value {
        Value::Array(items) => items.is_empty(),
        Value::Object(map) => map.is_empty(),
        _ => false,
    };
    if !empty {
        offer.insert(key.into(), value);
    }
}

/// Validation problems keyed by the form field they belong to.
fn by_form_field(errors: &[FieldError]) -> BTreeMap<String, Vec<String>> {
    let mut problems: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for error in errors {
        problems.entry(form_field(&error.field)).or_default().push(error.message.clone());
    }
    problems
}

/// The form field an offer-format path belongs to: `locations[0].postcode` → `loc0_postcode`.
pub fn form_field(path: &str) -> String {
    if let Some(rest) = path.strip_prefix("locations[")
        && let Some((index, key)) = rest.split_once("].")
    {
        return format!("loc{index}_{key}");
    }
    let without_index = path.split('[').next().unwrap_or(path);
    match without_index {
        "provider.name" => "provider_name".into(),
        "provider.id" => "provider_id".into(),
        "cost.text" => "cost_text".into(),
        "cost.free" => "cost_free".into(),
        "schedule.text" => "schedule_text".into(),
        other => other.replace('.', "_"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::directory::seed_offers;

    #[test]
    fn every_seed_offer_survives_the_form_unchanged() {
        for offer in seed_offers().offers {
            let form = OfferForm::from_offer(&offer);
            assert_eq!(form.to_offer().unwrap(), offer, "{}", offer.id);
        }
    }

    #[test]
    fn problems_are_reported_at_the_form_field() {
        let mut form = OfferForm::from_offer(&seed_offers().offers[0]);
        form.pairs.push(("loc0_postcode".into(), "123".into()));
        form.pairs.push(("contact_email".into(), "nope".into()));
        let problems = form.to_offer().unwrap_err();
        assert!(problems.contains_key("loc0_postcode") && problems.contains_key("contact_email"), "{problems:?}");
        form.pairs.push(("loc0_lat".into(), "north".into()));
        assert!(form.to_offer().unwrap_err().contains_key("loc0_lat"));
    }

    #[test]
    fn hours_go_through_the_form_as_text_and_unreadable_hours_are_a_problem() {
        let mut form = OfferForm::from_offer(&seed_offers().offers[0]);
        form.pairs.push(("hours".into(), "Mo–Fr 9:00–12:00; Do 14–18 Uhr".into()));
        form.pairs.push(("by_appointment".into(), "yes".into()));
        let offer = form.to_offer().unwrap();
        assert_eq!(hours_text(&offer.hours), "Mo, Di, Mi, Do, Fr 09:00–12:00; Do 14:00–18:00");
        assert_eq!(offer.by_appointment, Some(true));
        assert_eq!(OfferForm::from_offer(&offer).to_offer().unwrap(), offer);
        form.pairs.push(("hours".into(), "vormittags".into()));
        assert!(form.to_offer().unwrap_err().contains_key("hours"));
    }

    #[test]
    fn the_next_steps_survive_the_form() {
        let mut value = serde_json::to_value(&seed_offers().offers[0]).unwrap();
        value["how_to_apply"] = json!({"de": "Anmeldung im Büro", "ar": "التسجيل في المكتب"});
        value["documents"] = json!({"de": "Ausweis"});
        value["eligibility"] = json!({"de": "Ab 16 Jahren"});
        value["accessibility"] = json!({"wheelchair": false, "text": {"de": "Stufe am Eingang"}});
        let offer = parse_offer(value).unwrap();
        assert_eq!(OfferForm::from_offer(&offer).to_offer().unwrap(), offer);
    }

    #[test]
    fn ids_are_made_from_titles() {
        assert_eq!(
            id_from_title("Integrationskurs für Mütter – mit Kinderbetreuung"),
            "integrationskurs-fuer-muetter-mit-kinderbetreuung"
        );
        assert_eq!(id_from_title("Café „Begegnung“ 2027"), "cafe-begegnung-2027");
        assert_eq!(id_from_title("دورة اندماج"), "angebot");
        let long = id_from_title(&"Sprachkurs ".repeat(20));
        assert!(long.len() <= 60 && long.ends_with("sprachkurs"), "{long}");
        for title in ["Ünterricht", "a--b", "  - ", "Straße"] {
            assert!(id_from_title(title).parse::<crate::domain::OfferId>().is_ok(), "{title}");
        }
    }

    #[test]
    fn paths_map_to_form_fields() {
        assert_eq!(form_field("locations[2].city"), "loc2_city");
        assert_eq!(form_field("languages[1]"), "languages");
        assert_eq!(form_field("schedule.end"), "schedule_end");
        assert_eq!(form_field("title"), "title");
    }
}
