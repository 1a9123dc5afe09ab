//! One pass over a query's matches. Each matching offer is filtered and its facet values counted
//! on the segment's term ordinals, read from the segment's table, and only the best
//! `offset + limit` are kept, in a heap per segment; ids are decoded only for the hits returned.

use std::cmp::Ordering;
use std::collections::BinaryHeap;
use std::sync::Arc;

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::StrColumn;
use tantivy::{DocAddress, DocId, Score, SegmentOrdinal, SegmentReader};

use super::facets::{FACETS, FilterTests, SegmentFacets, Wanted};
use super::fields::range_holds;
use super::request::{Facets, Feature, GeoPoint, STARTS_SOON_DAYS, SearchRequest, Sort};
use super::segment_table::{Flag, SegmentTable, Tables};
use crate::domain::{OUTDATED_AFTER_DAYS, week_minute};

const OUTDATED_PENALTY: f32 = 0.8;

/// A kept match with what its order needs; `K` is the id's term ordinal within a segment (which
/// orders as the id does) and the id itself once segments are merged.
#[derive(Clone, Debug)]
pub struct Ranked<K> {
    pub address: DocAddress,
    pub id: K,
    pub score: Score,
    pub distance_km: Option<f64>,
    updated_day: Option<i64>,
    sort: Sort,
}

/// Score (or distance), then the more recently confirmed, then the id: the same request always
/// gives the same order. Less is better.
impl<K: Ord> Ord for Ranked<K> {
    fn cmp(&self, other: &Self) -> Ordering {
        let by_distance = || match (self.distance_km, other.distance_km) {
            (Some(x), Some(y)) => x.total_cmp(&y),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => Ordering::Equal,
        };
        let primary = match self.sort {
            Sort::Distance => by_distance().then_with(|| other.score.total_cmp(&self.score)),
            Sort::Relevance => other.score.total_cmp(&self.score),
        };
        primary.then_with(|| other.updated_day.cmp(&self.updated_day)).then_with(|| self.id.cmp(&other.id))
    }
}

impl<K: Ord> PartialOrd for Ranked<K> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl<K: Ord> PartialEq for Ranked<K> {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl<K: Ord> Eq for Ranked<K> {}

/// What one pass yields: how many matches pass every filter, the facet counts, and the best
/// `offset + limit` of them in order, followed by the chosen offers that passed but are not
/// among the best.
#[derive(Default)]
pub struct Collected {
    pub total: usize,
    pub facets: Facets,
    pub best: Vec<Ranked<String>>,
    chosen: Vec<Ranked<String>>,
}

/// The parts of a request that decide which matches count and how they are ordered.
#[derive(Clone)]
pub struct Candidates {
    request: SearchRequest,
    today: i64,
    keep: usize,
    /// The minute of the week in German time that decides what is open now.
    week_minute: u16,
    /// Offers kept whatever their score, when they pass the filters (the nearest in meaning).
    chosen: Vec<String>,
    /// The searcher's segment tables, by segment ordinal.
    tables: Tables,
}

impl Candidates {
    pub fn new(request: &SearchRequest, today: i64, tables: Tables) -> Candidates {
        let request = SearchRequest { text: String::new(), ..request.clone() };
        let keep = request.offset.saturating_add(request.limit);
        let week_minute = week_minute(request.now.unwrap_or_else(time::OffsetDateTime::now_utc));
        Candidates { request, today, keep, week_minute, chosen: Vec::new(), tables }
    }

    /// Also keeps these offers, and at least `depth` of the best, for a later reordering.
    pub fn choosing(self, chosen: Vec<String>, depth: usize) -> Candidates {
        Candidates { keep: self.keep.max(depth), chosen, ..self }
    }
}

pub struct SegmentCandidates {
    segment: SegmentOrdinal,
    rules: Candidates,
    table: Arc<SegmentTable>,
    ids: Option<StrColumn>,
    wanted: [Wanted; FACETS],
    /// No filter is set: every match counts everywhere.
    unfiltered: bool,
    facets: SegmentFacets,
    total: usize,
    best: BinaryHeap<Ranked<u64>>,
    /// The chosen offers' id ordinals in this segment, sorted (a few dozen: a binary search
    /// per match is cheaper than hashing it), and those of them that passed.
    chosen: Vec<u64>,
    chosen_passed: Vec<Ranked<u64>>,
}

impl Collector for Candidates {
    type Fruit = Collected;
    type Child = SegmentCandidates;

    fn for_segment(&self, ordinal: SegmentOrdinal, segment: &SegmentReader) -> tantivy::Result<SegmentCandidates> {
        let table = match self.tables.get(ordinal as usize) {
            Some(table) => table.clone(),
            None => Arc::new(SegmentTable::read(segment)?),
        };
        let ids = segment.fast_fields().str("id")?;
        let mut chosen = Vec::new();
        if let Some(ids) = &ids {
            for id in &self.chosen {
                chosen.extend(ids.dictionary().term_ord(id)?);
            }
        }
        chosen.sort_unstable();
        Ok(SegmentCandidates {
            segment: ordinal,
            rules: self.clone(),
            wanted: Wanted::of(&self.request.filters, &table),
            unfiltered: self.request.filters.active() == 0,
            facets: SegmentFacets::new(&table),
            table,
            ids,
            total: 0,
            best: BinaryHeap::with_capacity(self.keep.min(1024)),
            chosen,
            chosen_passed: Vec::new(),
        })
    }

    fn requires_scoring(&self) -> bool {
        true
    }

    fn merge_fruits(&self, fruits: Vec<Collected>) -> tantivy::Result<Collected> {
        let mut merged = Collected::default();
        let mut chosen = Vec::new();
        for fruit in fruits {
            merged.total += fruit.total;
            super::facets::add(&mut merged.facets, fruit.facets);
            merged.best.extend(fruit.best);
            chosen.extend(fruit.chosen);
        }
        merged.best.sort();
        merged.best.truncate(self.keep);
        chosen.retain(|c| !merged.best.iter().any(|b| b.address == c.address));
        chosen.sort();
        merged.best.extend(chosen);
        Ok(merged)
    }
}

impl SegmentCollector for SegmentCandidates {
    type Fruit = Collected;

    fn collect(&mut self, doc: DocId, score: Score) {
        let (table, rules) = (&*self.table, &self.rules);
        let row = table.row(doc);
        let today = rules.today;
        if !rules.request.include_ended && row.end_day.is_some_and(|end| end < today) {
            return;
        }
        let request = &rules.request;
        let distance_km = request.near.zip(row.place).map(|(near, (lat, lon))| near.distance_km(GeoPoint { lat, lon }));
        if let (Some(radius), Some(_)) = (request.radius_km, request.near)
            && distance_km.is_none_or(|d| d > radius)
        {
            return;
        }
        let values: [&[u32]; FACETS] = std::array::from_fn(|facet| table.facet_values(row, facet));
        let window = i64::from(request.filters.starts_within_days.unwrap_or(STARTS_SOON_DAYS));
        let has = Feature::ALL.map(|feature| match feature {
            Feature::Free => row.has(Flag::Free),
            Feature::Childcare => row.has(Flag::Childcare),
            Feature::Online => row.has(Flag::Online),
            Feature::StartsSoon => row.start_day.is_some_and(|start| (today..=today + window).contains(&start)),
            Feature::EveningOrWeekend => row.has(Flag::EveningOrWeekend),
            Feature::OpenNow => {
                row.start_day.is_none_or(|start| start <= today)
                    && table.open_ranges(row).iter().any(|range| range_holds(*range, rules.week_minute))
            }
        });
        if self.unfiltered {
            self.facets.count_unfiltered(values, has);
        } else {
            let facet_passes = std::array::from_fn(|facet| self.wanted[facet].passes(values[facet]));
            let tests = FilterTests::new(facet_passes, has, &request.filters);
            self.facets.count(values, &tests);
            if !tests.all() {
                return;
            }
        }
        self.total += 1;
        if rules.keep == 0 {
            return;
        }
        let outdated = row.updated_day.is_some_and(|day| today - day > OUTDATED_AFTER_DAYS);
        let ranked = Ranked {
            address: DocAddress::new(self.segment, doc),
            id: row.id,
            score: if outdated { score * OUTDATED_PENALTY } else { score },
            distance_km,
            updated_day: row.updated_day,
            sort: request.sort,
        };
        if self.chosen.binary_search(&ranked.id).is_ok() {
            self.chosen_passed.push(ranked.clone());
        }
        if self.best.len() < rules.keep {
            self.best.push(ranked);
        } else if let Some(mut worst) = self.best.peek_mut()
            && ranked < *worst
        {
            *worst = ranked;
        }
    }

    fn harvest(self) -> Collected {
        let ids = self.ids;
        let decode = |ranked: Ranked<u64>| {
            let mut id = String::new();
            if let Some(ids) = &ids {
                // A decoding error leaves the id empty; the store then finds no offer for it.
                let _ = ids.ord_to_str(ranked.id, &mut id);
            }
            Ranked {
                address: ranked.address,
                id,
                score: ranked.score,
                distance_km: ranked.distance_km,
                updated_day: ranked.updated_day,
                sort: ranked.sort,
            }
        };
        let best = self.best.into_vec().into_iter().map(decode).collect();
        let chosen = self.chosen_passed.into_iter().map(decode).collect();
        Collected { total: self.total, facets: self.facets.decode(&self.table), best, chosen }
    }
}
