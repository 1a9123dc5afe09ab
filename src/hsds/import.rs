//! HSDS services from other directories as offers: every record mapped on its own, every one
//! that cannot be mapped reported with the HSDS field at fault.

use std::path::Path;

use serde::Deserialize;
use serde_json::Value;
use serde_json::value::RawValue;

use super::mapping::Mapping;
use super::model::Service;
use crate::domain::{Day, FieldError, Offer, parse_offer, shape_error};
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

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::domain::{Category, Lang, TargetGroup};
    use crate::hsds::model::Attribute;
    use crate::hsds::taxonomy::{Term, YES};

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
            (
                json!({"attributes": [{"id": "a", "taxonomy_term": {"id": "t", "code": "wegweiser:category:cooking"}}]}),
                "attributes[0].taxonomy_term.code",
            ),
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
            Term::TargetGroup(TargetGroup::Parents).attribute("service", "s", None, 0),
            Term::Childcare.attribute("service", "s", Some(YES), 0),
            Term::Tag.attribute("service", "s", Some("Familie"), 0),
        ];
        let parsed =
            parse(&service(json!({"attributes": attributes, "languages": [{"id": "l", "code": "tr"}]})), today());
        let offer = &parsed.offers[0];
        assert_eq!(offer.category, Category::Counseling);
        assert_eq!(offer.target_groups.len(), 1);
        assert_eq!((offer.childcare, offer.tags.as_slice()), (Some(true), ["Familie".to_owned()].as_slice()));
        assert_eq!(offer.languages[0].as_str(), "tr");
    }

    #[test]
    fn weekly_schedules_with_days_and_times_become_opening_hours() {
        let weekly = json!({"schedules": [
            {"id": "a", "freq": "WEEKLY", "byday": "MO, WE", "opens_at": "09:00:00", "closes_at": "12:30+01:00"},
            {"id": "b", "freq": "MONTHLY", "byday": "2TU", "opens_at": "10:00", "closes_at": "11:00"},
        ]});
        let parsed = parse(&service(weekly), today());
        let hours = &parsed.offers[0].hours;
        assert_eq!(crate::domain::hours_text(hours), "Mo, Mi 09:00–12:30");
        assert!(parsed.offers[0].schedule.is_none(), "opening hours alone are no dated schedule");
        let bad = json!({"schedules": [{"id": "a", "byday": "montags", "opens_at": "09:00", "closes_at": "12:00"}]});
        assert_eq!(parse(&service(bad), today()).rejected[0].errors[0].field, "schedules[0].byday");
    }

    #[test]
    fn next_steps_come_from_their_hsds_fields() {
        let location = json!({"id": "l", "location_type": "physical", "addresses": [{"id": "a", "city": "Unna", "address_type": "physical"}],
            "accessibility": [{"id": "x", "description": "Rampe am Eingang"}]});
        let fields = json!({
            "application_process": "Anruf genügt", "eligibility_description": "Ab 18 Jahren",
            "required_documents": [{"id": "d1", "document": "Pass"}, {"id": "d2", "document": "Meldebescheinigung"}],
            "service_at_locations": [{"id": "s", "location": location}],
        });
        let parsed = parse(&service(fields), today());
        assert!(
            parsed.rejected.is_empty(),
            "{:?}",
            parsed.rejected.iter().map(ToString::to_string).collect::<Vec<_>>()
        );
        let offer = &parsed.offers[0];
        let german =
            |text: &Option<crate::domain::LocalText>| text.as_ref().and_then(|t| t.get(Lang::De)).map(str::to_owned);
        assert_eq!(german(&offer.how_to_apply).as_deref(), Some("Anruf genügt"));
        assert_eq!(german(&offer.eligibility).as_deref(), Some("Ab 18 Jahren"));
        assert_eq!(german(&offer.documents).as_deref(), Some("Pass\nMeldebescheinigung"));
        let access = offer.accessibility.as_ref().and_then(|a| a.text.as_ref()).and_then(|t| t.get(Lang::De));
        assert_eq!(access, Some("Rampe am Eingang"));
    }

    #[test]
    fn a_virtual_location_makes_an_offer_online() {
        let virtual_place =
            json!({"service_at_locations": [{"id": "s", "location": {"id": "l", "location_type": "virtual"}}]});
        let parsed = parse(&service(virtual_place), today());
        assert_eq!(parsed.offers[0].online, Some(true));
        assert!(parsed.offers[0].locations.is_empty());
    }

    #[test]
    fn unusual_offers_survive_the_round_trip_too() {
        let offers = [
            json!({"title": {"en": "Course", "uk": "Курс"}, "summary": {"ar": "ملخص"}, "description": {"en": "Long"}}),
            json!({"title": {"de": "Café", "en": "Café"}, "summary": {"de": "Gleich"}, "description": {"de": "Gleich"}}),
            json!({"title": {"de": "Kurs"}, "cost": {}, "schedule": {}, "tags": ["A", "A"], "childcare": false}),
            json!({"title": {"de": "Kurs"}, "cost": {"free": false, "text": {"tr": "Ücretli"}}, "online": true}),
            json!({"title": {"de": "Kurs"}, "schedule": {"text": {"de": "Mo", "fa": "دوشنبه"}}, "level": "alpha"}),
            json!({"title": {"de": "Kurs", "en": "Course"}, "cost": {"text": {"de": "5 €", "en": "€4"}},
                "outdated_translations": {"en": {"fields": ["cost.text"], "confirmed": "2026-01-05"}}}),
            json!({"title": {"de": "Beratung"}, "target_groups": ["women"], "eligibility": {"de": "Ab 18", "ar": "من 18"},
                "how_to_apply": {"en": "Call first"}, "documents": {"de": "Pass", "uk": "Паспорт"},
                "accessibility": {"wheelchair": true, "text": {"de": "Aufzug", "en": "Lift"}},
                "locations": [{"city": "Unna"}]}),
            json!({"title": {"de": "Beratung"}, "target_groups": ["women"], "accessibility": {"wheelchair": false}}),
            json!({"title": {"de": "Beratung"}, "accessibility": {"text": {"de": "Rampe"}}}),
            json!({"title": {"de": "Sprechstunde"}, "by_appointment": false,
                "hours": [{"days": ["sa", "mo"], "opens": "08:00", "closes": "09:30"}]}),
        ];
        for mut value in offers {
            value["id"] = "kurs".into();
            value["provider"] = json!({"id": "verein", "name": "Verein"});
            value["category"] = "leisure".into();
            let offer = crate::domain::parse_offer(value.clone()).expect("a valid offer");
            let text = serde_json::to_string(&crate::hsds::export::service(&offer, today())).unwrap();
            let parsed = parse(&text, today());
            assert_eq!(parsed.offers, [offer], "{value}: {:?}", parsed.rejected);
        }
    }
}
