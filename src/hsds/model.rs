//! The HSDS 3.0 objects Wegweiser writes and reads, with the `x-wegweiser-*` extension fields.
//! Reading is lenient where HSDS data in the wild is (`null` lists, missing optional parts);
//! fields Wegweiser has no use for are ignored.

use std::collections::BTreeMap;

use serde::{Deserialize, Deserializer, Serialize};

use crate::domain::{LangCode, OutdatedTranslations};

/// Texts of one field by language: the languages its HSDS field does not hold.
pub type Texts = BTreeMap<LangCode, String>;

/// A service with everything that belongs to it, as `/services/{id}` and the export give it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Service {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization_id: Option<String>,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    pub status: Status,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fees_description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub eligibility_description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub application_process: Option<String>,
    #[serde(default, deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub required_documents: Vec<RequiredDocument>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assured_date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_modified: Option<String>,
    #[serde(default, deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub phones: Vec<Phone>,
    #[serde(default, deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub schedules: Vec<Schedule>,
    #[serde(default, deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub service_at_locations: Vec<ServiceAtLocation>,
    #[serde(default, deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub languages: Vec<Language>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization: Option<Organization>,
    #[serde(default, deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub cost_options: Vec<CostOption>,
    #[serde(default, deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub contacts: Vec<Contact>,
    #[serde(default, deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub attributes: Vec<Attribute>,
    /// The Wegweiser offer id, so an id survives the round trip through a UUID.
    #[serde(rename = "x-wegweiser-id", default, skip_serializing_if = "Option::is_none")]
    pub wegweiser_id: Option<String>,
    #[serde(rename = "x-wegweiser-translations", default, skip_serializing_if = "Option::is_none")]
    pub translations: Option<Translations>,
    /// The language of `name` when the offer has no German title.
    #[serde(rename = "x-wegweiser-name-language", default, skip_serializing_if = "Option::is_none")]
    pub name_language: Option<LangCode>,
    /// Translations whose German changed since, as the offer format's `outdated_translations`.
    #[serde(rename = "x-wegweiser-outdated-translations", default, skip_serializing_if = "BTreeMap::is_empty")]
    pub outdated_translations: OutdatedTranslations,
}

impl Service {
    /// The service as list endpoints give it: one-to-one fields only.
    pub fn one_to_one(&self) -> Service {
        Service {
            phones: Vec::new(),
            schedules: Vec::new(),
            service_at_locations: Vec::new(),
            languages: Vec::new(),
            cost_options: Vec::new(),
            contacts: Vec::new(),
            attributes: Vec::new(),
            ..self.clone()
        }
    }
}

/// Texts in languages other than the one in the HSDS field they belong to, by HSDS field name.
/// `summary` has no HSDS field, so it carries the summary in every language.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Translations {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<Texts>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<Texts>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Texts>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fees_description: Option<Texts>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub application_process: Option<Texts>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub eligibility_description: Option<Texts>,
    /// On a required document.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<Texts>,
    /// The offer's accessibility text in every language, German too: HSDS keeps it per location.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accessibility: Option<Texts>,
}

impl Translations {
    pub fn is_empty(&self) -> bool {
        self == &Translations::default()
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Active,
    Inactive,
    Defunct,
    #[serde(rename = "temporarily closed")]
    TemporarilyClosed,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Organization {
    pub id: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The Wegweiser provider id.
    #[serde(rename = "x-wegweiser-id", default, skip_serializing_if = "Option::is_none")]
    pub wegweiser_id: Option<String>,
}

/// An organization with its services, as `/organizations/{id}` gives it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct OrganizationWithServices {
    #[serde(flatten)]
    pub organization: Organization,
    pub services: Vec<Service>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Phone {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_id: Option<String>,
    pub number: String,
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Schedule {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_from: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_to: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(rename = "x-wegweiser-translations", default, skip_serializing_if = "Option::is_none")]
    pub translations: Option<Translations>,
    /// `WEEKLY` for opening hours.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub freq: Option<String>,
    /// iCal weekdays, `MO,TU`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub byday: Option<String>,
    /// `HH:MM`, German local time in what Wegweiser writes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opens_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closes_at: Option<String>,
}

impl Schedule {
    /// Weekly hours and nothing else: what opening hours are written as.
    pub fn is_hours_only(&self) -> bool {
        self.opens_at.is_some()
            && self.valid_from.is_none()
            && self.valid_to.is_none()
            && self.description.is_none()
            && self.translations.is_none()
    }
}

/// What to bring, as one document whose text lists it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct RequiredDocument {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<String>,
    #[serde(rename = "x-wegweiser-translations", default, skip_serializing_if = "Option::is_none")]
    pub translations: Option<Translations>,
}

/// Access for people with disabilities to a location.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Accessibility {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ServiceAtLocation {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<Location>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LocationType {
    Physical,
    Postal,
    Virtual,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Location {
    pub id: String,
    pub location_type: LocationType,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub latitude: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub longitude: Option<f64>,
    #[serde(default, deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub addresses: Vec<Address>,
    #[serde(default, deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub accessibility: Vec<Accessibility>,
}

/// HSDS requires every text field of an address; Wegweiser writes `""` for a part it does not
/// know and reads a missing part as unknown.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Address {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location_id: Option<String>,
    #[serde(default)]
    pub address_1: String,
    #[serde(default)]
    pub city: String,
    #[serde(default)]
    pub state_province: String,
    #[serde(default)]
    pub postal_code: String,
    #[serde(default)]
    pub country: String,
    pub address_type: LocationType,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Language {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CostOption {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<f64>,
    #[serde(default, deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub attributes: Vec<Attribute>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Contact {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, deserialize_with = "list", skip_serializing_if = "Vec::is_empty")]
    pub phones: Vec<Phone>,
}

/// A taxonomy term applied to an entity, with a value for terms that carry one.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Attribute {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link_entity: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub taxonomy_term_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub taxonomy_term: Option<TaxonomyTerm>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TaxonomyTerm {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub description: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub taxonomy: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub taxonomy_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub taxonomy_detail: Option<Taxonomy>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Taxonomy {
    pub id: String,
    pub name: String,
    pub description: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uri: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
}

/// The paging wrapper of every HSDS list endpoint.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Page<T> {
    pub total_items: usize,
    pub total_pages: usize,
    pub page_number: usize,
    pub size: usize,
    pub first_page: bool,
    pub last_page: bool,
    pub empty: bool,
    pub contents: Vec<T>,
}

impl<T> Page<T> {
    /// Page `page_number` (from 1) of `total_items` split into pages of `per_page`.
    pub fn new(contents: Vec<T>, total_items: usize, page_number: usize, per_page: usize) -> Page<T> {
        let total_pages = total_items.div_ceil(per_page.max(1));
        Page {
            total_items,
            total_pages,
            page_number,
            size: contents.len(),
            first_page: page_number == 1,
            last_page: page_number >= total_pages,
            empty: contents.is_empty(),
            contents,
        }
    }
}

/// A list that may also be written as `null`, as database exports often do.
fn list<'de, D, T>(deserializer: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    Ok(Option::<Vec<T>>::deserialize(deserializer)?.unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_know_where_they_are() {
        let page = Page::new(vec![1, 2], 12, 3, 5);
        assert_eq!(
            (page.total_pages, page.size, page.first_page, page.last_page, page.empty),
            (3, 2, false, true, false)
        );
        let beyond = Page::<u8>::new(Vec::new(), 12, 9, 5);
        assert!(beyond.last_page && beyond.empty);
        let nothing = Page::<u8>::new(Vec::new(), 0, 1, 5);
        assert_eq!((nothing.total_pages, nothing.first_page, nothing.last_page), (0, true, true));
    }

    #[test]
    fn null_lists_read_as_empty() {
        let service: Service =
            serde_json::from_str(r#"{"id": "s", "name": "N", "status": "active", "phones": null}"#).unwrap();
        assert!(service.phones.is_empty());
    }
}
