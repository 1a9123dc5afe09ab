use std::collections::BTreeMap;

use serde::Serialize;

pub use crate::domain::GeoPoint;
use crate::domain::{Category, Lang, LangCode, Level, TargetGroup, TimeOfDay};

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
    /// The moment that decides what is open now; now when not set.
    pub now: Option<time::OffsetDateTime>,
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
    /// Only offers whose schedule starts between today and this many days from today.
    pub starts_within_days: Option<u32>,
    /// Only offers whose schedule names evening hours or the weekend.
    pub evening_or_weekend: bool,
    /// Only offers open at the request's moment, by their weekly hours in German time.
    pub open_now: bool,
    /// Only offers whose weekly hours fall in this part of the week.
    pub time_of_day: Option<TimeOfDay>,
}

/// "Starts soon" means within four weeks, unless a request says otherwise.
pub const STARTS_SOON_DAYS: u32 = 28;

impl Filters {
    pub fn active(&self) -> usize {
        let set = [self.category.is_some(), self.city.is_some(), self.language.is_some(), self.target_group.is_some()];
        let features = Feature::ALL.map(|feature| self.wants(feature));
        let more = [self.level.is_some(), self.time_of_day.is_some()];
        set.into_iter().chain(more).chain(features).filter(|on| *on).count()
    }

    /// Whether the filters ask for `feature`.
    pub fn wants(&self, feature: Feature) -> bool {
        match feature {
            Feature::Free => self.free,
            Feature::Childcare => self.childcare,
            Feature::Online => self.online,
            Feature::StartsSoon => self.starts_within_days.is_some(),
            Feature::EveningOrWeekend => self.evening_or_weekend,
            Feature::OpenNow => self.open_now,
        }
    }
}

/// A yes-or-no property an offer has or not, each a filter with its own count.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Feature {
    Free,
    Childcare,
    Online,
    StartsSoon,
    EveningOrWeekend,
    OpenNow,
}

impl Feature {
    pub const ALL: [Feature; 6] = [
        Feature::Free,
        Feature::Childcare,
        Feature::Online,
        Feature::StartsSoon,
        Feature::EveningOrWeekend,
        Feature::OpenNow,
    ];

    /// The name of its parameter in the API and in page URLs, and its key in the facets.
    pub fn code(self) -> &'static str {
        match self {
            Feature::Free => "free",
            Feature::Childcare => "childcare",
            Feature::Online => "online",
            Feature::StartsSoon => "starts_within_days",
            Feature::EveningOrWeekend => "evening_or_weekend",
            Feature::OpenNow => "open_now",
        }
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Sort {
    #[default]
    Relevance,
    Distance,
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
    pub level: BTreeMap<String, usize>,
    /// Per part of the week (`morning`, `afternoon`, `evening`, `weekend`).
    pub time_of_day: BTreeMap<String, usize>,
    /// Per [`Feature`] code, how many offers have it among those that pass every other filter
    /// (starting soon counts the requested days, else four weeks).
    pub features: BTreeMap<String, usize>,
}
