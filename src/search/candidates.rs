use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::{Column, StrColumn};
use tantivy::{DocAddress, DocId, Score, SegmentOrdinal, SegmentReader};

/// One matching offer with what filters, facets and sorting need, read from fast fields.
#[derive(Clone, Debug)]
pub struct Candidate {
    pub address: DocAddress,
    pub id: String,
    pub score: Score,
    pub category: String,
    pub cities: Vec<String>,
    pub languages: Vec<String>,
    pub target_groups: Vec<String>,
    pub level: Option<String>,
    pub free: bool,
    pub childcare: bool,
    pub online: bool,
    pub evening_or_weekend: bool,
    pub times_of_day: Vec<String>,
    pub open_ranges: Vec<u64>,
    pub coordinates: Option<(f64, f64)>,
    pub start_day: Option<i64>,
    pub end_day: Option<i64>,
    pub updated_day: Option<i64>,
}

/// Collects every match; filtering, facet counts and ordering happen afterwards in one pass,
/// which keeps facet counts disjunctive (each facet ignores its own filter).
pub struct Candidates;

pub struct SegmentCandidates {
    segment: SegmentOrdinal,
    columns: Columns,
    found: Vec<Candidate>,
}

struct Columns {
    id: Option<StrColumn>,
    category: Option<StrColumn>,
    city: Option<StrColumn>,
    language: Option<StrColumn>,
    target_group: Option<StrColumn>,
    level: Option<StrColumn>,
    free: Column<bool>,
    childcare: Column<bool>,
    online: Column<bool>,
    evening_or_weekend: Column<bool>,
    time_of_day: Option<StrColumn>,
    open_ranges: Column<u64>,
    lat: Column<f64>,
    lon: Column<f64>,
    start_day: Column<i64>,
    end_day: Column<i64>,
    updated_day: Column<i64>,
}

impl Collector for Candidates {
    type Fruit = Vec<Candidate>;
    type Child = SegmentCandidates;

    fn for_segment(&self, ordinal: SegmentOrdinal, segment: &SegmentReader) -> tantivy::Result<SegmentCandidates> {
        let fast = segment.fast_fields();
        let columns = Columns {
            id: fast.str("id")?,
            category: fast.str("category")?,
            city: fast.str("city")?,
            language: fast.str("language")?,
            target_group: fast.str("target_group")?,
            level: fast.str("level")?,
            free: fast.bool("free")?,
            childcare: fast.bool("childcare")?,
            online: fast.bool("online")?,
            evening_or_weekend: fast.bool("evening_or_weekend")?,
            time_of_day: fast.str("time_of_day")?,
            open_ranges: fast.u64("open_ranges")?,
            lat: fast.f64("lat")?,
            lon: fast.f64("lon")?,
            start_day: fast.i64("start_day")?,
            end_day: fast.i64("end_day")?,
            updated_day: fast.i64("updated_day")?,
        };
        Ok(SegmentCandidates { segment: ordinal, columns, found: Vec::new() })
    }

    fn requires_scoring(&self) -> bool {
        true
    }

    fn merge_fruits(&self, fruits: Vec<Vec<Candidate>>) -> tantivy::Result<Vec<Candidate>> {
        Ok(fruits.into_iter().flatten().collect())
    }
}

impl SegmentCollector for SegmentCandidates {
    type Fruit = Vec<Candidate>;

    fn collect(&mut self, doc: DocId, score: Score) {
        let c = &self.columns;
        let candidate = Candidate {
            address: DocAddress::new(self.segment, doc),
            id: strings(&c.id, doc).into_iter().next().unwrap_or_default(),
            score,
            category: strings(&c.category, doc).into_iter().next().unwrap_or_default(),
            cities: strings(&c.city, doc),
            languages: strings(&c.language, doc),
            target_groups: strings(&c.target_group, doc),
            level: strings(&c.level, doc).into_iter().next(),
            free: c.free.first(doc).unwrap_or(false),
            childcare: c.childcare.first(doc).unwrap_or(false),
            online: c.online.first(doc).unwrap_or(false),
            evening_or_weekend: c.evening_or_weekend.first(doc).unwrap_or(false),
            times_of_day: strings(&c.time_of_day, doc),
            open_ranges: c.open_ranges.values_for_doc(doc).collect(),
            coordinates: c.lat.first(doc).zip(c.lon.first(doc)),
            start_day: c.start_day.first(doc),
            end_day: c.end_day.first(doc),
            updated_day: c.updated_day.first(doc),
        };
        self.found.push(candidate);
    }

    fn harvest(self) -> Vec<Candidate> {
        self.found
    }
}

fn strings(column: &Option<StrColumn>, doc: DocId) -> Vec<String> {
    let Some(column) = column else {
        return Vec::new();
    };
    column
        .term_ords(doc)
        .filter_map(|ord| {
            let mut text = String::new();
            column.ord_to_str(ord, &mut text).ok().filter(|found| *found).map(|_| text)
        })
        .collect()
}
