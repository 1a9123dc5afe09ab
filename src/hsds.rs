//! Open Referral HSDS 3.0 exchange: offers as services of organizations with Wegweiser
//! taxonomy terms, and services from other directories as offers. Imports no web or SQL code.
//! May import: domain, i18n, import.
//!
//! HSDS wants UUIDs; ours are derived, so they never change: version 5 UUIDs in the URL
//! namespace of `urn:wegweiser:offer:{offer id}`, `urn:wegweiser:provider:{provider id}`, ...

pub mod export;
pub mod import;
mod mapping;
pub mod model;
pub mod taxonomy;

use uuid::Uuid;

/// The UUID of `urn:{name}`, the same for the same name everywhere.
pub fn derived_id(name: &str) -> String {
    Uuid::new_v5(&Uuid::NAMESPACE_URL, format!("urn:{name}").as_bytes()).to_string()
}

/// Who may come as the export says it when the offer has no eligibility text of its own:
/// `Für: Frauen, Eltern`; none without target groups.
pub fn target_groups_sentence<'a>(codes: impl IntoIterator<Item = &'a str>) -> Option<String> {
    let german = crate::i18n::Translator::new(crate::domain::Lang::De);
    let groups: Vec<String> = codes.into_iter().map(|code| german.t(&format!("group-{code}"))).collect();
    (!groups.is_empty()).then(|| format!("Für: {}", groups.join(", ")))
}

/// The HSDS service id of an offer.
pub fn service_id(offer_id: &str) -> String {
    derived_id(&format!("wegweiser:offer:{offer_id}"))
}

/// The HSDS organization id of a provider.
pub fn organization_id(provider_id: &str) -> String {
    derived_id(&format!("wegweiser:provider:{provider_id}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_version_5_uuids_of_the_urn() {
        // Anyone can recompute it: uuid5(NAMESPACE_URL, "urn:wegweiser:offer:a").
        assert_eq!(service_id("a"), Uuid::new_v5(&Uuid::NAMESPACE_URL, b"urn:wegweiser:offer:a").to_string());
        assert_ne!(service_id("a"), organization_id("a"));
        assert_eq!(service_id("a").parse::<Uuid>().map(|u| u.get_version_num()), Ok(5));
    }
}
