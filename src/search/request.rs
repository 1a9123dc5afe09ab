use std::collections::BTreeMap;

use serde::Serialize;

use crate::domain::{Category, Lang, LangCode, Level, TargetGroup};

/// What someone asks for: text, filters, place and page.
#[derive(Clone, Debug, Default)]
pub struct SearchRequest {
    pub text: String,
    /// The UI language or the API's `lang`: a prior for detecting the query's language.
    pub lang_hint: Option<Lang>,
    pub filters: Filters,
    pub near: Option<GeoPoint>,
    pub radius_km: Option<f64>,
    pub sort: Sort,
    pub limit: usize,
    pub offset: usize,
    /// Offers whose schedule has ended are left out unless asked for.
    pub include_ended: bool,
    /// The day that decides what has ended or is outdated; today when not set.
    pub today: Option<crate::domain::Day>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Filters {
    pub category: Option<Category>,
    pub city: Option<String>,
    pub language: Option<LangCode>,
    pub target_group: Option<TargetGroup>,
    pub level: Option<Level>,
    pub free: bool,
    pub childcare: bool,
    pub online: bool,
}

impl Filters {
    pub fn active(&self) -> usize {
        let set = [self.category.is_some(), self.city.is_some(), self.language.is_some(), self.target_group.is_some()];
        let flags = [self.level.is_some(), self.free, self.childcare, self.online];
        set.into_iter().chain(flags).filter(|on| *on).count()
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Sort {
    #[default]
    Relevance,
    Distance,
}

#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct GeoPoint {
    pub lat: f64,
    pub lon: f64,
}

impl GeoPoint {
    /// Great-circle distance in kilometres.
    pub fn distance_km(self, other: GeoPoint) -> f64 {
        const EARTH_RADIUS_KM: f64 = 6371.0;
        let (lat1, lat2) = (self.lat.to_radians(), other.lat.to_radians());
        let d_lat = lat2 - lat1;
        let d_lon = (other.lon - self.lon).to_radians();
        let a = (d_lat / 2.0).sin().powi(2) + lat1.cos() * lat2.cos() * (d_lon / 2.0).sin().powi(2);
        2.0 * EARTH_RADIUS_KM * a.sqrt().asin()
    }
}

/// One ranked hit; display data comes from the store by `id`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Hit {
    #[serde(skip)]
    pub(crate) address: tantivy::DocAddress,
    pub id: String,
    pub score: f32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub distance_km: Option<f64>,
}

/// Counts per value of each facet; each facet ignores its own filter.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Facets {
    pub category: BTreeMap<String, usize>,
    pub city: BTreeMap<String, usize>,
    pub language: BTreeMap<String, usize>,
    pub target_group: BTreeMap<String, usize>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distance_between_unna_and_luenen_is_about_fourteen_km() {
        let unna = GeoPoint { lat: 51.5349, lon: 7.6899 };
        let luenen = GeoPoint { lat: 51.6143, lon: 7.5235 };
        let km = unna.distance_km(luenen);
        assert!((14.0..15.0).contains(&km), "{km}");
        assert_eq!(unna.distance_km(unna), 0.0);
    }
}
