//! Offers as HSDS services: German texts in the HSDS fields, the other languages and what HSDS
//! has no field for in `x-wegweiser-*` extensions, so that reading them back loses nothing.

use super::model::{
    Accessibility, Address, Attribute, CostOption, Language, Location, LocationType, Organization, Phone,
    RequiredDocument, Schedule, Service, ServiceAtLocation, Status, Texts, Translations,
};
use super::taxonomy::{NO, Term, YES};
use super::{derived_id, organization_id, service_id, target_groups_sentence};
use crate::domain::{Day, Lang, LangCode, LocalText, Location as OfferLocation, Offer, ProviderRef};

/// HSDS wants a country code on every address; the offer format only takes German postcodes.
const COUNTRY: &str = "DE";
const CURRENCY: &str = "EUR";

/// Every offer as a fully nested service; `today` decides which have ended (`inactive`).
pub fn services(offers: &[Offer], today: Day) -> Vec<Service> {
    offers.iter().map(|offer| service(offer, today)).collect()
}

/// One offer as a fully nested HSDS service.
pub fn service(offer: &Offer, today: Day) -> Service {
    let id = service_id(offer.id.as_str());
    let key = format!("wegweiser:offer:{}", offer.id);
    let (name, name_language, other_titles) = name(&offer.title);
    let (german_summary, _) = offer.summary.as_ref().map(split_german).unwrap_or_default();
    let (german_description, other_descriptions) = offer.description.as_ref().map(split_german).unwrap_or_default();
    let cost_text = offer.cost.as_ref().and_then(|cost| cost.text.as_ref());
    let (fees_description, other_fees) = cost_text.map(split_german).unwrap_or_default();
    let (application_process, other_steps) = offer.how_to_apply.as_ref().map(split_german).unwrap_or_default();
    let (german_eligibility, other_eligibility) = offer.eligibility.as_ref().map(split_german).unwrap_or_default();
    let accessibility = offer.accessibility.as_ref().and_then(|a| a.text.clone());
    let german_accessibility = accessibility.as_ref().and_then(|t| t.get(Lang::De)).map(str::to_owned);
    let translations = Translations {
        name: other_titles,
        summary: offer.summary.clone().map(Texts::from),
        description: other_descriptions,
        fees_description: other_fees,
        application_process: other_steps,
        eligibility_description: other_eligibility,
        accessibility: accessibility.map(Texts::from),
        ..Translations::default()
    };
    let contact = offer.contact.as_ref();
    Service {
        organization_id: Some(organization_id(offer.provider.id.as_str())),
        name,
        description: joined([german_summary, german_description]),
        url: contact.and_then(|c| c.website.clone()),
        email: contact.and_then(|c| c.email.clone()),
        status: if offer.has_ended(today) { Status::Inactive } else { Status::Active },
        fees_description,
        // Without a text of its own, the target groups say who may come.
        eligibility_description: if offer.eligibility.is_some() { german_eligibility } else { eligibility(offer) },
        application_process,
        required_documents: required_documents(offer, &key, &id).into_iter().collect(),
        assured_date: offer.updated.map(|day| day.to_string()),
        last_modified: None,
        phones: contact
            .and_then(|c| c.phone.clone())
            .map(|number| Phone {
                id: derived_id(&format!("{key}:phone")),
                service_id: Some(id.clone()),
                number,
                kind: Some("voice".to_owned()),
            })
            .into_iter()
            .collect(),
        schedules: schedule(offer, &key, &id).into_iter().chain(opening_hours(offer, &key, &id)).collect(),
        service_at_locations: offer
            .locations
            .iter()
            .enumerate()
            .map(|(i, location)| {
                service_at_location(location, &format!("{key}:location:{i}"), &id, german_accessibility.as_deref())
            })
            .collect(),
        languages: offer
            .languages
            .iter()
            .map(|code| Language {
                id: derived_id(&format!("{key}:language:{code}")),
                service_id: Some(id.clone()),
                code: Some(code.to_string()),
                name: None,
            })
            .collect(),
        organization: Some(organization(&offer.provider)),
        cost_options: cost_option(offer, &key, &id).into_iter().collect(),
        contacts: Vec::new(),
        attributes: attributes(offer, &id),
        wegweiser_id: Some(offer.id.to_string()),
        translations: (!translations.is_empty()).then_some(translations),
        name_language,
        outdated_translations: offer.outdated_translations.clone(),
        id,
    }
}

/// A provider as an HSDS organization.
pub fn organization(provider: &ProviderRef) -> Organization {
    Organization {
        id: organization_id(provider.id.as_str()),
        name: provider.name.clone(),
        description: Some(format!("{}: Anbieter von Angeboten im Wegweiser", provider.name)),
        wegweiser_id: Some(provider.id.to_string()),
    }
}

/// The German text, and the texts in the other languages when there are any.
fn split_german(text: &LocalText) -> (Option<String>, Option<Texts>) {
    let mut others = Texts::from(text.clone());
    let german = others.remove(&LangCode::from(Lang::De));
    (german, (!others.is_empty()).then_some(others))
}

/// `name` is required: without a German title it holds the first language's, and says which.
fn name(title: &LocalText) -> (String, Option<LangCode>, Option<Texts>) {
    let (german, others) = split_german(title);
    if let Some(german) = german {
        return (german, None, others);
    }
    let mut others = others.unwrap_or_default();
    match others.pop_first() {
        Some((code, text)) => (text, Some(code), (!others.is_empty()).then_some(others)),
        None => (String::new(), None, None),
    }
}

/// The present parts separated by a blank line; reading splits them again at the first one.
fn joined(parts: [Option<String>; 2]) -> Option<String> {
    let present: Vec<String> = parts.into_iter().flatten().collect();
    (!present.is_empty()).then(|| present.join("\n\n"))
}

fn eligibility(offer: &Offer) -> Option<String> {
    target_groups_sentence(offer.target_groups.iter().map(|g| g.code()))
}

fn schedule(offer: &Offer, key: &str, service: &str) -> Option<Schedule> {
    let schedule = offer.schedule.as_ref()?;
    let (description, others) = schedule.text.as_ref().map(split_german).unwrap_or_default();
    Some(Schedule {
        id: derived_id(&format!("{key}:schedule")),
        service_id: Some(service.to_owned()),
        valid_from: schedule.start.map(|day| day.to_string()),
        valid_to: schedule.end.map(|day| day.to_string()),
        description,
        translations: others.map(|texts| Translations { description: Some(texts), ..Translations::default() }),
        ..Schedule::default()
    })
}

/// Each slot of the opening hours as a weekly schedule, times in German local time.
fn opening_hours(offer: &Offer, key: &str, service: &str) -> Vec<Schedule> {
    offer
        .hours
        .iter()
        .enumerate()
        .map(|(i, slot)| Schedule {
            id: derived_id(&format!("{key}:hours:{i}")),
            service_id: Some(service.to_owned()),
            freq: Some("WEEKLY".to_owned()),
            byday: Some(slot.days.iter().map(|d| d.code().to_uppercase()).collect::<Vec<_>>().join(",")),
            opens_at: Some(slot.opens.to_string()),
            closes_at: Some(slot.closes.to_string()),
            ..Schedule::default()
        })
        .collect()
}

/// What to bring as one required document, German in `document`.
fn required_documents(offer: &Offer, key: &str, service: &str) -> Option<RequiredDocument> {
    let (document, others) = split_german(offer.documents.as_ref()?);
    Some(RequiredDocument {
        id: derived_id(&format!("{key}:documents")),
        service_id: Some(service.to_owned()),
        document,
        translations: others.map(|texts| Translations { document: Some(texts), ..Translations::default() }),
    })
}

fn service_at_location(
    location: &OfferLocation,
    key: &str,
    service: &str,
    accessibility: Option<&str>,
) -> ServiceAtLocation {
    let location_id = derived_id(key);
    let access = accessibility.map(|text| Accessibility {
        id: derived_id(&format!("{key}:accessibility")),
        location_id: Some(location_id.clone()),
        description: Some(text.to_owned()),
    });
    let address = Address {
        id: derived_id(&format!("{key}:address")),
        location_id: Some(location_id.clone()),
        address_1: location.street.clone().unwrap_or_default(),
        city: location.city.clone(),
        state_province: String::new(),
        postal_code: location.postcode.clone().unwrap_or_default(),
        country: COUNTRY.to_owned(),
        address_type: LocationType::Physical,
    };
    ServiceAtLocation {
        id: derived_id(&format!("{key}:service_at_location")),
        service_id: Some(service.to_owned()),
        location_id: Some(location_id.clone()),
        location: Some(Location {
            id: location_id,
            location_type: LocationType::Physical,
            name: location.name.clone(),
            latitude: location.lat,
            longitude: location.lon,
            addresses: vec![address],
            accessibility: access.into_iter().collect(),
        }),
    }
}

/// Free offers cost 0 EUR; the `wegweiser:free` term says it (or the opposite) in any case.
fn cost_option(offer: &Offer, key: &str, service: &str) -> Option<CostOption> {
    let free = offer.cost.as_ref()?.free;
    let id = derived_id(&format!("{key}:cost_option"));
    let attributes = free.map(|free| Term::Free.attribute("cost_option", &id, Some(yes_no(free)), 0));
    Some(CostOption {
        service_id: Some(service.to_owned()),
        currency: (free == Some(true)).then(|| CURRENCY.to_owned()),
        amount: (free == Some(true)).then_some(0.0),
        attributes: attributes.into_iter().collect(),
        id,
    })
}

fn attributes(offer: &Offer, service: &str) -> Vec<Attribute> {
    let mut terms = vec![(Term::Category(offer.category), None)];
    terms.extend(offer.target_groups.iter().map(|&group| (Term::TargetGroup(group), None)));
    terms.extend(offer.level.map(|level| (Term::Level(level), None)));
    terms.extend(offer.childcare.map(|yes| (Term::Childcare, Some(yes_no(yes)))));
    terms.extend(offer.online.map(|yes| (Term::Online, Some(yes_no(yes)))));
    terms.extend(offer.by_appointment.map(|yes| (Term::ByAppointment, Some(yes_no(yes)))));
    let wheelchair = offer.accessibility.as_ref().and_then(|a| a.wheelchair);
    terms.extend(wheelchair.map(|yes| (Term::Wheelchair, Some(yes_no(yes)))));
    terms.extend(offer.tags.iter().map(|tag| (Term::Tag, Some(tag.as_str()))));
    let mut attributes: Vec<Attribute> = Vec::with_capacity(terms.len());
    for (i, (term, value)) in terms.iter().enumerate() {
        // A term given twice (a repeated tag) still needs an id of its own.
        let earlier = terms[..i].iter().filter(|(other, _)| other == term).count();
        attributes.push(term.attribute("service", service, *value, earlier));
    }
    attributes
}

fn yes_no(yes: bool) -> &'static str {
    if yes { YES } else { NO }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::domain::parse_offer;

    fn offer(edit: impl FnOnce(&mut serde_json::Value)) -> Offer {
        let mut value = json!({
            "id": "vhs-unna-kurs",
            "provider": {"id": "vhs-unna", "name": "VHS Unna"},
            "category": "language_course",
            "title": {"de": "Deutschkurs", "ar": "دورة"},
            "summary": {"de": "Kurz.", "uk": "Коротко."},
            "description": {"de": "Lang."},
            "schedule": {"end": "2026-03-01"},
            "tags": ["A", "A"],
        });
        edit(&mut value);
        parse_offer(value).expect("a valid offer")
    }

    fn day(text: &str) -> Day {
        text.parse().unwrap()
    }

    #[test]
    fn german_goes_into_the_hsds_fields_and_other_languages_into_the_extension() {
        let service = service(&offer(|_| {}), day("2026-01-01"));
        assert_eq!(service.name, "Deutschkurs");
        assert_eq!(service.description.as_deref(), Some("Kurz.\n\nLang."));
        let translations = service.translations.unwrap();
        assert_eq!(translations.name.unwrap().len(), 1);
        assert_eq!(translations.summary.unwrap().len(), 2, "the summary has no HSDS field: all of it");
        assert_eq!(service.name_language, None);
    }

    #[test]
    fn a_title_without_german_names_its_language() {
        let service = service(&offer(|o| o["title"] = json!({"en": "Course", "uk": "Курс"})), day("2026-01-01"));
        assert_eq!(service.name, "Course");
        assert_eq!(service.name_language.map(String::from).as_deref(), Some("en"));
        assert_eq!(
            service.translations.unwrap().name.unwrap().keys().map(LangCode::as_str).collect::<Vec<_>>(),
            ["uk"]
        );
    }

    #[test]
    fn ended_offers_are_inactive_and_ids_are_stable_uuids() {
        let offer = offer(|_| {});
        assert_eq!(service(&offer, day("2026-03-02")).status, Status::Inactive);
        assert_eq!(service(&offer, day("2026-03-01")).status, Status::Active);
        let id = service(&offer, day("2026-01-01")).id;
        assert_eq!(id, service_id("vhs-unna-kurs"));
        assert_eq!(id.len(), 36);
        assert_eq!(&id[14..15], "5", "a version 5 UUID");
    }

    #[test]
    fn a_repeated_tag_gets_an_attribute_id_of_its_own() {
        let service = service(&offer(|_| {}), day("2026-01-01"));
        let tags: Vec<&Attribute> =
            service.attributes.iter().filter(|a| a.link_type.as_deref() == Some("tag")).collect();
        assert_eq!(tags.len(), 2);
        assert_ne!(tags[0].id, tags[1].id);
    }
}
