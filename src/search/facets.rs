use std::collections::BTreeMap;

use super::request::{Facets, Feature, Filters};
use super::segment_table::SegmentTable;

/// The fast fields counted as facets, in the order of [`FilterTests`] and [`Facets`].
pub const FACET_FIELDS: [&str; FACETS] = ["category", "city", "language", "target_group", "level", "time_of_day"];
pub const FACETS: usize = 6;
const FEATURES: usize = Feature::ALL.len();

/// Whether a candidate passes each filter on its own. Counts are disjunctive: a facet's values
/// are counted over the offers that pass every other filter, so choosing one shows its count.
pub struct FilterTests {
    /// Per [`FACET_FIELDS`]: passes that facet's filter (or none is set).
    facets: [bool; FACETS],
    /// Per [`Feature::ALL`]: passes that feature's filter (or none is set).
    features: [bool; FEATURES],
    /// Per [`Feature::ALL`]: has the feature.
    has: [bool; FEATURES],
}

impl FilterTests {
    pub fn new(facets: [bool; FACETS], has: [bool; FEATURES], filters: &Filters) -> FilterTests {
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

/// A facet filter in one segment's terms: none set, or the ordinal of the wanted value (none
/// when no offer of the segment has it).
#[derive(Clone, Copy, Debug)]
pub enum Wanted {
    Any,
    Ordinal(Option<u32>),
}

impl Wanted {
    pub fn of(filters: &Filters, table: &SegmentTable) -> [Wanted; FACETS] {
        let values = [
            filters.category.map(|c| c.code()),
            filters.city.as_deref(),
            filters.language.as_ref().map(|l| l.as_str()),
            filters.target_group.map(|g| g.code()),
            filters.level.map(|l| l.code()),
            filters.time_of_day.map(|part| part.code()),
        ];
        let mut wanted = [Wanted::Any; FACETS];
        for (facet, (slot, value)) in wanted.iter_mut().zip(values).enumerate() {
            if let Some(value) = value {
                *slot = Wanted::Ordinal(table.facet_ordinal(facet, value));
            }
        }
        wanted
    }

    /// Whether a document with these value ordinals passes.
    pub fn passes(self, values: &[u32]) -> bool {
        match self {
            Wanted::Any => true,
            Wanted::Ordinal(wanted) => wanted.is_some_and(|w| values.contains(&w)),
        }
    }
}

/// One segment's facet counts by term ordinal; values are decoded once, for those counted.
pub struct SegmentFacets {
    values: [Vec<u32>; FACETS],
    features: [usize; FEATURES],
}

impl SegmentFacets {
    pub fn new(table: &SegmentTable) -> SegmentFacets {
        let values = table.facet_names().each_ref().map(|names| vec![0; names.len()]);
        SegmentFacets { values, features: [0; FEATURES] }
    }

    /// Adds a document, given its distinct value ordinals per facet, to the counts of every
    /// facet and feature whose other filters it passes.
    pub fn count(&mut self, values: [&[u32]; FACETS], tests: &FilterTests) {
        for (i, (counts, ordinals)) in self.values.iter_mut().zip(values).enumerate() {
            if tests.all_but(Some(i), None) {
                for ordinal in ordinals {
                    if let Some(count) = counts.get_mut(*ordinal as usize) {
                        *count += 1;
                    }
                }
            }
        }
        for i in 0..Feature::ALL.len() {
            if tests.has[i] && tests.all_but(None, Some(i)) {
                self.features[i] += 1;
            }
        }
    }

    /// Adds a document to every count, when no filter is set.
    pub fn count_unfiltered(&mut self, values: [&[u32]; FACETS], has: [bool; FEATURES]) {
        for (counts, ordinals) in self.values.iter_mut().zip(values) {
            for ordinal in ordinals {
                if let Some(count) = counts.get_mut(*ordinal as usize) {
                    *count += 1;
                }
            }
        }
        for (count, has) in self.features.iter_mut().zip(has) {
            *count += usize::from(has);
        }
    }

    pub fn decode(self, table: &SegmentTable) -> Facets {
        let mut decoded = self.values.each_ref().map(|_| BTreeMap::new());
        for ((into, counts), names) in decoded.iter_mut().zip(&self.values).zip(table.facet_names()) {
            for (name, count) in names.iter().zip(counts).filter(|(_, count)| **count > 0) {
                into.insert(name.clone(), *count as usize);
            }
        }
        let [category, city, language, target_group, level, time_of_day] = decoded;
        let features = Feature::ALL
            .into_iter()
            .zip(self.features)
            .filter(|(_, count)| *count > 0)
            .map(|(feature, count)| (feature.code().to_owned(), count))
            .collect();
        Facets { category, city, language, target_group, level, time_of_day, features }
    }
}

/// Adds one segment's counts to the whole index's.
pub fn add(into: &mut Facets, from: Facets) {
    let pairs = [
        (&mut into.category, from.category),
        (&mut into.city, from.city),
        (&mut into.language, from.language),
        (&mut into.target_group, from.target_group),
        (&mut into.level, from.level),
        (&mut into.time_of_day, from.time_of_day),
        (&mut into.features, from.features),
    ];
    for (counts, more) in pairs {
        for (value, count) in more {
            *counts.entry(value).or_default() += count;
        }
    }
}
