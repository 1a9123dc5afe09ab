use std::collections::{BTreeMap, HashSet};

use super::candidates::Candidate;
use super::fields::range_holds;
use super::request::{Facets, Feature, Filters, STARTS_SOON_DAYS};

const FACETS: usize = 6;
const FEATURES: usize = Feature::ALL.len();

/// When a request is judged: the day (what has started) and the minute of the week in German
/// time (what is open).
#[derive(Clone, Copy, Debug)]
pub struct Moment {
    pub today: i64,
    pub week_minute: u16,
}

/// Whether a candidate passes each filter on its own. Counts are disjunctive: a facet's values
/// are counted over the offers that pass every other filter, so choosing one shows its count.
pub struct FilterTests {
    /// Category, city, language, target group, level, time of day: the order of [`facet_values`].
    facets: [bool; FACETS],
    /// Per [`Feature::ALL`]: passes that feature's filter (or none is set).
    features: [bool; FEATURES],
    /// Per [`Feature::ALL`]: has the feature.
    has: [bool; FEATURES],
}

impl FilterTests {
    pub fn of(candidate: &Candidate, filters: &Filters, moment: Moment) -> FilterTests {
        let today = moment.today;
        let has_value = |values: &[String], wanted: Option<&str>| wanted.is_none_or(|w| values.iter().any(|v| v == w));
        let facets = [
            filters.category.is_none_or(|c| candidate.category == c.code()),
            has_value(&candidate.cities, filters.city.as_deref()),
            has_value(&candidate.languages, filters.language.as_ref().map(|l| l.as_str())),
            has_value(&candidate.target_groups, filters.target_group.map(|g| g.code())),
            filters.level.is_none_or(|level| candidate.level.as_deref() == Some(level.code())),
            has_value(&candidate.times_of_day, filters.time_of_day.map(|part| part.code())),
        ];
        let window = i64::from(filters.starts_within_days.unwrap_or(STARTS_SOON_DAYS));
        let has = Feature::ALL.map(|feature| match feature {
            Feature::Free => candidate.free,
            Feature::Childcare => candidate.childcare,
            Feature::Online => candidate.online,
            Feature::StartsSoon => candidate.start_day.is_some_and(|start| (today..=today + window).contains(&start)),
            Feature::EveningOrWeekend => candidate.evening_or_weekend,
            Feature::OpenNow => {
                candidate.start_day.is_none_or(|start| start <= today)
                    && candidate.open_ranges.iter().any(|range| range_holds(*range, moment.week_minute))
            }
        });
        let mut features = [true; FEATURES];
        for (i, feature) in Feature::ALL.into_iter().enumerate() {
            features[i] = !filters.wants(feature) || has[i];
        }
        FilterTests { facets, features, has }
    }

    pub fn all(&self) -> bool {
        self.facets.iter().chain(&self.features).all(|pass| *pass)
    }

    /// Every test but the facet at `skip` and the feature at `skip_feature`.
    fn all_but(&self, skip: Option<usize>, skip_feature: Option<usize>) -> bool {
        let facets = self.facets.iter().enumerate().all(|(i, pass)| *pass || Some(i) == skip);
        facets && self.features.iter().enumerate().all(|(i, pass)| *pass || Some(i) == skip_feature)
    }
}

/// Adds a candidate to the counts of every facet and feature whose other filters it passes.
pub fn count(facets: &mut Facets, candidate: &Candidate, tests: &FilterTests) {
    for (i, values) in facet_values(candidate).into_iter().enumerate() {
        if tests.all_but(Some(i), None) {
            let counts = match i {
                0 => &mut facets.category,
                1 => &mut facets.city,
                2 => &mut facets.language,
                3 => &mut facets.target_group,
                4 => &mut facets.level,
                _ => &mut facets.time_of_day,
            };
            add(counts, values);
        }
    }
    for (i, feature) in Feature::ALL.into_iter().enumerate() {
        if tests.has[i] && tests.all_but(None, Some(i)) {
            *facets.features.entry(feature.code().to_owned()).or_default() += 1;
        }
    }
}

fn facet_values(candidate: &Candidate) -> [&[String]; FACETS] {
    [
        std::slice::from_ref(&candidate.category),
        &candidate.cities,
        &candidate.languages,
        &candidate.target_groups,
        candidate.level.as_slice(),
        &candidate.times_of_day,
    ]
}

fn add(counts: &mut BTreeMap<String, usize>, values: &[String]) {
    let unique: HashSet<&String> = values.iter().collect();
    for value in unique {
        *counts.entry(value.clone()).or_default() += 1;
    }
}
