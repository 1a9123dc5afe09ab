use maud::{Markup, PreEscaped, html};
use serde_json::{Map, Value, json};

use super::labels::category_name;
use crate::domain::{Category, Lang, Location, Offer, TextField, WeeklySlot};
use crate::i18n::Translator;

/// Provider ids of public bodies begin like this: the job centre, the employment agency, the
/// district and its integration centre and integration management.
const PUBLIC_BODY_PREFIXES: &[&str] = &["jobcenter-", "agentur-fuer-arbeit-", "kreis-", "ki-kreis-", "kim-kreis-"];
/// … or name a town's office in one of their parts (`luenen-stadt-jugendamt`).
const PUBLIC_BODY_PARTS: &[&str] = &["stadt", "jugendamt"];

/// The offer as schema.org JSON-LD, in a `<script>` that no text of the offer can end early.
pub fn json_ld(offer: &Offer, lang: Lang, page_url: &str) -> Markup {
    let json = structured_data(offer, lang, page_url).to_string();
    // `<`, `>` and `&` only occur inside JSON strings, where their escapes mean the same, so
    // `</script>` or `<!--` in a title cannot leave the element.
    let safe = json.replace('<', "\\u003c").replace('>', "\\u003e").replace('&', "\\u0026");
    html! { script type="application/ld+json" { (PreEscaped(safe)) } }
}

/// `Course` for courses and training, `GovernmentService` for offers of public bodies,
/// `Service` for everything else; texts in the page language where the offer has it.
pub fn structured_data(offer: &Offer, lang: Lang, page_url: &str) -> Value {
    let (name_lang, name) = offer.current_title(lang);
    let about =
        offer.current_text(TextField::Summary, lang).or_else(|| offer.current_text(TextField::Description, lang));
    let public = is_public_body(offer.provider.id.as_str());
    let kind = match offer.category {
        Category::LanguageCourse | Category::IntegrationCourse | Category::Training => "Course",
        _ if public => "GovernmentService",
        _ => "Service",
    };
    let mut data = Map::new();
    data.insert("@context".into(), json!("https://schema.org"));
    data.insert("@type".into(), json!(kind));
    data.insert("@id".into(), json!(page_url));
    data.insert("url".into(), json!(page_url));
    data.insert("name".into(), json!(name));
    data.insert("inLanguage".into(), json!(name_lang.as_str()));
    if let Some((_, text)) = about {
        data.insert("description".into(), json!(text));
    }
    let organization = if public { "GovernmentOrganization" } else { "Organization" };
    data.insert("provider".into(), json!({"@type": organization, "name": offer.provider.name}));
    data.insert("availableLanguage".into(), json!(offer.languages.iter().map(|l| l.as_str()).collect::<Vec<_>>()));
    if kind == "Course" {
        course(offer, &mut data);
    } else {
        service(offer, lang, &mut data);
    }
    next_steps(offer, lang, kind == "Course", &mut data);
    Value::Object(data)
}

/// How to apply as a `RegisterAction`, who may come as the `audience`, and for a course what to
/// bring as its prerequisites; each in the text a reader of `lang` can rely on.
fn next_steps(offer: &Offer, lang: Lang, is_course: bool, data: &mut Map<String, Value>) {
    let text = |field| offer.current_text(field, lang).map(|(_, text)| text.to_owned());
    if let Some(how) = text(TextField::HowToApply) {
        data.insert("potentialAction".into(), json!({"@type": "RegisterAction", "description": how}));
    }
    if let Some(who) = text(TextField::Eligibility) {
        data.insert("audience".into(), json!({"@type": "Audience", "description": who}));
    }
    if let (true, Some(documents)) = (is_course, text(TextField::Documents)) {
        data.insert("coursePrerequisites".into(), json!(documents));
    }
}

fn is_public_body(provider_id: &str) -> bool {
    PUBLIC_BODY_PREFIXES.iter().any(|prefix| provider_id.starts_with(prefix))
        || provider_id.split('-').any(|part| PUBLIC_BODY_PARTS.contains(&part))
}

fn course(offer: &Offer, data: &mut Map<String, Value>) {
    if let Some(level) = offer.level {
        data.insert("educationalLevel".into(), json!(level.code()));
    }
    if offer.is_free() {
        data.insert("isAccessibleForFree".into(), json!(true));
    }
    // A course has no areaServed of its own; its offer has.
    let mut sale = price(offer);
    sale.insert("areaServed".into(), area_served(offer));
    data.insert("offers".into(), Value::Object(sale));
    let mode = match (offer.online == Some(true), offer.locations.is_empty()) {
        (true, true) => "online",
        (true, false) => "blended",
        (false, _) => "onsite",
    };
    let mut instance = Map::new();
    instance.insert("@type".into(), json!("CourseInstance"));
    instance.insert("courseMode".into(), json!(mode));
    if !offer.locations.is_empty() {
        instance.insert("location".into(), one_or_many(places(offer)));
    }
    if let Some(schedule) = &offer.schedule {
        let (start, end) = (schedule.start.map(|d| d.to_string()), schedule.end.map(|d| d.to_string()));
        if let Some(start) = &start {
            instance.insert("startDate".into(), json!(start));
        }
        if let Some(end) = &end {
            instance.insert("endDate".into(), json!(end));
        }
        let weekly: Vec<Value> = schedule
            .weekly_slots()
            .iter()
            .filter(|slot| !slot.days.is_empty())
            .map(|slot| weekly_schedule(slot, start.as_deref(), end.as_deref()))
            .collect();
        if !weekly.is_empty() {
            instance.insert("courseSchedule".into(), one_or_many(weekly));
        }
    }
    data.insert("hasCourseInstance".into(), json!([instance]));
}

fn service(offer: &Offer, lang: Lang, data: &mut Map<String, Value>) {
    data.insert("serviceType".into(), json!(category_name(Translator::new(lang), offer.category)));
    data.insert("areaServed".into(), area_served(offer));
    if offer.is_free() {
        data.insert("offers".into(), Value::Object(price(offer)));
    }
    let mut channel = Map::new();
    channel.insert("@type".into(), json!("ServiceChannel"));
    if !offer.locations.is_empty() {
        channel.insert("serviceLocation".into(), one_or_many(places(offer)));
    }
    if let Some(contact) = &offer.contact {
        if let Some(phone) = &contact.phone {
            channel.insert("servicePhone".into(), json!({"@type": "ContactPoint", "telephone": phone}));
        }
        if let Some(website) = &contact.website {
            channel.insert("serviceUrl".into(), json!(website));
        }
    }
    if channel.len() > 1 {
        data.insert("availableChannel".into(), Value::Object(channel));
    }
}

/// Free offers cost 0 EUR; for others the price is not known, only the cost text.
fn price(offer: &Offer) -> Map<String, Value> {
    let mut sale = Map::new();
    sale.insert("@type".into(), json!("Offer"));
    match offer.cost.as_ref().and_then(|cost| cost.free) {
        Some(true) => {
            sale.insert("price".into(), json!(0));
            sale.insert("priceCurrency".into(), json!("EUR"));
            sale.insert("category".into(), json!("Free"));
        }
        Some(false) => {
            sale.insert("category".into(), json!("Paid"));
        }
        None => {}
    }
    sale
}

/// The towns of the offer's places, or the whole district for offers without a place.
fn area_served(offer: &Offer) -> Value {
    let mut towns: Vec<&str> = Vec::new();
    for town in offer.cities() {
        if !towns.contains(&town) {
            towns.push(town);
        }
    }
    if towns.is_empty() {
        return json!({"@type": "AdministrativeArea", "name": "Kreis Unna"});
    }
    one_or_many(towns.into_iter().map(|town| json!({"@type": "City", "name": town})).collect())
}

/// The offer's places, each saying whether a wheelchair gets in when the offer says so.
fn places(offer: &Offer) -> Vec<Value> {
    let wheelchair = offer.accessibility.as_ref().and_then(|a| a.wheelchair);
    offer
        .locations
        .iter()
        .map(|location| {
            let mut place = place(location);
            if let (Some(yes), Some(object)) = (wheelchair, place.as_object_mut()) {
                let feature =
                    json!({"@type": "LocationFeatureSpecification", "name": "wheelchair accessible", "value": yes});
                object.insert("amenityFeature".into(), feature);
            }
            place
        })
        .collect()
}

fn place(location: &Location) -> Value {
    let mut address = Map::new();
    address.insert("@type".into(), json!("PostalAddress"));
    if let Some(street) = &location.street {
        address.insert("streetAddress".into(), json!(street));
    }
    if let Some(postcode) = &location.postcode {
        address.insert("postalCode".into(), json!(postcode));
    }
    address.insert("addressLocality".into(), json!(location.city));
    address.insert("addressCountry".into(), json!("DE"));
    let mut place = Map::new();
    place.insert("@type".into(), json!("Place"));
    if let Some(name) = &location.name {
        place.insert("name".into(), json!(name));
    }
    place.insert("address".into(), Value::Object(address));
    if let Some((lat, lon)) = location.coordinates() {
        place.insert("geo".into(), json!({"@type": "GeoCoordinates", "latitude": lat, "longitude": lon}));
    }
    Value::Object(place)
}

fn weekly_schedule(slot: &WeeklySlot, start: Option<&str>, end: Option<&str>) -> Value {
    let days: Vec<String> = slot.days.iter().map(|day| format!("https://schema.org/{day}")).collect();
    let clock = |t: time::Time| format!("{:02}:{:02}", t.hour(), t.minute());
    let mut schedule = json!({
        "@type": "Schedule",
        "repeatFrequency": "P1W",
        "byDay": days,
        "startTime": clock(slot.start),
        "endTime": clock(slot.end),
        "scheduleTimezone": "Europe/Berlin",
    });
    if let Some(start) = start {
        schedule["startDate"] = json!(start);
    }
    if let Some(end) = end {
        schedule["endDate"] = json!(end);
    }
    schedule
}

fn one_or_many(mut values: Vec<Value>) -> Value {
    if values.len() == 1 { values.remove(0) } else { Value::Array(values) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn public_bodies_are_known_by_their_provider_id() {
        for id in
            ["jobcenter-kreis-unna", "agentur-fuer-arbeit-hamm", "kreis-unna-abh", "ki-kreis-unna", "kim-kreis-unna"]
        {
            assert!(is_public_body(id), "{id}");
        }
        assert!(is_public_body("luenen-stadt-jugendamt") && is_public_body("schwerte-jugendamt"));
        for id in ["caritas-kreis-unna", "vhs-unna", "bergkamen-stadtbibliothek", "kim-beratung"] {
            assert!(!is_public_body(id), "{id}");
        }
    }
}
