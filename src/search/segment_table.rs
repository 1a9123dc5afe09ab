//! Per segment, what every search reads of each offer (dates, place, features, facet value
//! ordinals), read once from the fast fields into one flat table. Read column by column for
//! every match, these values were most of a broad query's time at 100,000 offers. A segment
//! never changes, so its table is made once and kept as long as the segment is searched.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use tantivy::columnar::StrColumn;
use tantivy::index::SegmentId;
use tantivy::{DocId, Searcher, SegmentReader};

use super::facets::{FACET_FIELDS, FACETS};

/// The boolean features a table keeps as bits, in this order.
const FEATURE_COLUMNS: [&str; 4] = ["free", "childcare", "online", "evening_or_weekend"];

/// A flag bit of [`Row::features`].
#[derive(Clone, Copy)]
pub enum Flag {
    Free = 0,
    Childcare = 1,
    Online = 2,
    EveningOrWeekend = 3,
}

/// One offer's values; a missing number is `None`.
#[derive(Clone, Copy, Debug)]
pub struct Row {
    pub place: Option<(f64, f64)>,
    pub start_day: Option<i64>,
    pub end_day: Option<i64>,
    pub updated_day: Option<i64>,
    /// The id's term ordinal in the segment.
    pub id: u64,
    features: u8,
    /// Where this row's facet ordinals start in [`SegmentTable::facet_ords`], and where each
    /// facet's end, counted from there.
    facets_start: u32,
    facet_ends: [u16; FACETS],
    ranges_start: u32,
    ranges_len: u16,
}

impl Row {
    pub fn has(&self, flag: Flag) -> bool {
        self.features & (1 << flag as u8) != 0
    }
}

pub struct SegmentTable {
    rows: Vec<Row>,
    facet_ords: Vec<u32>,
    open_ranges: Vec<u64>,
    /// Per facet field, its values by ordinal (sorted, as the ordinals are).
    facet_names: [Vec<String>; FACETS],
}

impl SegmentTable {
    /// Reads the segment's fast fields, every document's values in one pass per column.
    pub fn read(segment: &SegmentReader) -> tantivy::Result<SegmentTable> {
        let fast = segment.fast_fields();
        let mut facet_columns: [Option<StrColumn>; FACETS] = Default::default();
        for (column, field) in facet_columns.iter_mut().zip(FACET_FIELDS) {
            *column = fast.str(field)?;
        }
        let id = fast.str("id")?;
        let features = FEATURE_COLUMNS.iter().map(|name| fast.bool(name)).collect::<tantivy::Result<Vec<_>>>()?;
        let (lat, lon) = (fast.f64("lat")?, fast.f64("lon")?);
        let (start_day, end_day, updated_day) =
            (fast.i64("start_day")?, fast.i64("end_day")?, fast.i64("updated_day")?);
        let open_ranges_column = fast.u64("open_ranges")?;

        let docs = segment.max_doc();
        let mut rows = Vec::with_capacity(docs as usize);
        let mut facet_ords = Vec::new();
        let mut open_ranges = Vec::new();
        let mut values = Vec::new();
        for doc in 0..docs {
            let facets_start = position(facet_ords.len())?;
            let mut facet_ends = [0; FACETS];
            for (end, column) in facet_ends.iter_mut().zip(&facet_columns) {
                values.clear();
                if let Some(column) = column {
                    values.extend(column.term_ords(doc));
                    values.sort_unstable();
                    values.dedup();
                }
                facet_ords.extend(values.iter().map(|&ordinal| ordinal as u32));
                *end = u16::try_from(facet_ords.len() - facets_start as usize).map_err(|_| too_large())?;
            }
            let ranges_start = position(open_ranges.len())?;
            open_ranges.extend(open_ranges_column.values_for_doc(doc));
            let ranges_len = u16::try_from(open_ranges.len() - ranges_start as usize).map_err(|_| too_large())?;
            let mut bits = 0;
            for (bit, column) in features.iter().enumerate() {
                if column.first(doc).unwrap_or(false) {
                    bits |= 1 << bit;
                }
            }
            rows.push(Row {
                place: lat.first(doc).zip(lon.first(doc)),
                start_day: start_day.first(doc),
                end_day: end_day.first(doc),
                updated_day: updated_day.first(doc),
                id: id.as_ref().and_then(|ids| ids.term_ords(doc).next()).unwrap_or(0),
                features: bits,
                facets_start,
                facet_ends,
                ranges_start,
                ranges_len,
            });
        }
        let mut facet_names: [Vec<String>; FACETS] = Default::default();
        for (names, column) in facet_names.iter_mut().zip(&facet_columns) {
            if let Some(column) = column {
                let mut terms = column.dictionary().stream()?;
                while terms.advance() {
                    names.push(String::from_utf8_lossy(terms.key()).into_owned());
                }
            }
        }
        Ok(SegmentTable { rows, facet_ords, open_ranges, facet_names })
    }

    pub fn row(&self, doc: DocId) -> &Row {
        &self.rows[doc as usize]
    }

    /// The row's distinct value ordinals of the facet at `facet` in [`FACET_FIELDS`], ascending.
    pub fn facet_values(&self, row: &Row, facet: usize) -> &[u32] {
        let start = row.facets_start as usize;
        let from = if facet == 0 { 0 } else { row.facet_ends[facet - 1] as usize };
        &self.facet_ords[start + from..start + row.facet_ends[facet] as usize]
    }

    /// The row's weekly opening ranges, as [`super::fields::range_holds`] reads them.
    pub fn open_ranges(&self, row: &Row) -> &[u64] {
        let start = row.ranges_start as usize;
        &self.open_ranges[start..start + row.ranges_len as usize]
    }

    /// Per facet field, its values by ordinal.
    pub fn facet_names(&self) -> &[Vec<String>; FACETS] {
        &self.facet_names
    }

    /// The ordinal of `value` in the facet at `facet`, when an offer of the segment has it.
    pub fn facet_ordinal(&self, facet: usize, value: &str) -> Option<u32> {
        let names = &self.facet_names[facet];
        names.binary_search_by(|name| name.as_str().cmp(value)).ok().map(|ordinal| ordinal as u32)
    }
}

fn position(len: usize) -> tantivy::Result<u32> {
    u32::try_from(len).map_err(|_| too_large())
}

fn too_large() -> tantivy::TantivyError {
    tantivy::TantivyError::InternalError("a segment's facet values exceed the table's bounds".into())
}

/// The tables of one searcher's segments, by segment ordinal.
pub type Tables = Arc<Vec<Arc<SegmentTable>>>;

/// The tables of the newest searcher, made for new segments only: a commit adds a segment or
/// merges some, and the others keep their tables.
#[derive(Default)]
pub struct SegmentTables {
    newest: Mutex<Option<Kept>>,
}

struct Kept {
    generation: u64,
    segments: Vec<SegmentId>,
    tables: Tables,
}

impl SegmentTables {
    /// The tables of `searcher`'s segments. A searcher older than the newest seen gets its
    /// tables without displacing the newest's.
    pub fn of(&self, searcher: &Searcher) -> tantivy::Result<Tables> {
        let generation = searcher.generation().generation_id();
        let mut newest = self.newest.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let mut known: HashMap<SegmentId, Arc<SegmentTable>> = HashMap::new();
        if let Some(kept) = newest.as_ref() {
            if kept.generation == generation {
                return Ok(kept.tables.clone());
            }
            known.extend(kept.segments.iter().copied().zip(kept.tables.iter().cloned()));
        }
        let segments: Vec<SegmentId> = searcher.segment_readers().iter().map(SegmentReader::segment_id).collect();
        let mut tables = Vec::with_capacity(segments.len());
        for (segment, id) in searcher.segment_readers().iter().zip(&segments) {
            tables.push(match known.get(id) {
                Some(table) => table.clone(),
                None => Arc::new(SegmentTable::read(segment)?),
            });
        }
        let tables = Arc::new(tables);
        if newest.as_ref().is_none_or(|kept| kept.generation < generation) {
            *newest = Some(Kept { generation, segments, tables: tables.clone() });
        }
        Ok(tables)
    }
}

#[cfg(test)]
mod tests {
    use super::super::index::SearchIndex;
    use super::*;
    use crate::domain::{Day, Offer};

    fn offer(id: &str, city: &str, languages: &str, free: bool) -> Offer {
        serde_json::from_str(&format!(
            r#"{{"id": "{id}", "provider": {{"id": "p", "name": "P"}}, "category": "counseling",
            "title": {{"de": "Beratung"}}, "languages": {languages}, "cost": {{"free": {free}}},
            "locations": [{{"city": "{city}", "lat": 51.5, "lon": 7.7}}],
            "schedule": {{"start": "2026-09-07", "end": "2027-05-28"}}, "updated": "2026-10-14"}}"#
        ))
        .unwrap()
    }

    fn day(text: &str) -> i64 {
        text.parse::<Day>().unwrap().ordinal_days()
    }

    #[test]
    fn a_table_holds_each_offers_values_and_outlives_commits_of_other_segments() {
        let index = SearchIndex::in_memory().unwrap();
        let mut update = index.update();
        update.put("a", Some(&offer("a", "Unna", r#"["de", "ar", "de"]"#, true))).unwrap();
        update.put("b", Some(&offer("b", "Kamen", r#"["uk"]"#, false))).unwrap();
        update.commit(1).unwrap();
        drop(update);

        let searcher = index.searcher();
        let first = index.tables(&searcher).unwrap();
        let city = FACET_FIELDS.iter().position(|f| *f == "city").unwrap();
        let language = FACET_FIELDS.iter().position(|f| *f == "language").unwrap();
        // The row of the offer in `town`, with its languages.
        let row_in = |town: &str| {
            let found = first.iter().find_map(|table| {
                let ordinal = table.facet_ordinal(city, town)?;
                let doc = (0..table.rows.len() as DocId)
                    .find(|doc| table.facet_values(table.row(*doc), city) == [ordinal])?;
                let row = *table.row(doc);
                let values = table.facet_values(&row, language);
                let names =
                    values.iter().map(|v| table.facet_names()[language][*v as usize].clone()).collect::<Vec<_>>();
                Some((row, names))
            });
            found.unwrap()
        };
        let ((a, a_languages), (b, b_languages)) = (row_in("Unna"), row_in("Kamen"));
        assert!(first.iter().all(|table| table.facet_ordinal(city, "Soest").is_none()));
        assert!(a.has(Flag::Free) && !b.has(Flag::Free) && !a.has(Flag::Online));
        assert_eq!(a.end_day, Some(day("2027-05-28")));
        assert_eq!(a.start_day, Some(day("2026-09-07")));
        assert_eq!(a.updated_day, Some(day("2026-10-14")));
        assert_eq!(a.place, Some((51.5, 7.7)));
        // Each value once, in the ordinals' order.
        assert_eq!(a_languages, ["ar", "de"]);
        assert_eq!(b_languages, ["uk"]);

        let mut update = index.update();
        update.put("c", Some(&offer("c", "Soest", r#"["fa"]"#, false))).unwrap();
        update.commit(2).unwrap();
        drop(update);
        let second = index.tables(&index.searcher()).unwrap();
        assert!(second.len() > first.len());
        let kept = first.iter().all(|old| second.iter().any(|table| Arc::ptr_eq(table, old)));
        assert!(kept, "the old segments' tables are kept");
        // A searcher of the older generation still gets its own segments' tables.
        assert_eq!(index.tables(&searcher).unwrap().len(), first.len());
    }
}
