use std::fs;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Mutex, MutexGuard};

use tantivy::collector::Collector;
use tantivy::query::{EnableScoring, Query};
use tantivy::{Executor, Index, IndexReader, IndexWriter, ReloadPolicy, Searcher, TantivyDocument, Term};

use super::fields::{Fields, SCHEMA_VERSION};
use super::meaning::Meanings;
use super::query_cache::QueryCache;
use super::segment_table::{SegmentTables, Tables};
use crate::analysis::register_analyzers;
use crate::domain::Offer;
use crate::{Error, Result};

const VERSION_FILE: &str = "wegweiser-version";
/// Offers from which a search collects its segments on every core (see [`SearchIndex::collect`]).
const PARALLEL_SEARCH_FROM: u64 = 20_000;
/// Two indexing threads, one per core of a small machine, with tantivy's minimum budget of
/// 15 MB each plus room: a large import analyses offers on both cores.
const WRITER_THREADS: usize = 2;
const WRITER_MEMORY: usize = 60_000_000;

/// The tantivy index derived from the store. It remembers, in each commit's payload, the store's
/// last change it contains, so after a crash it catches up with exactly what it missed. It
/// knows nothing of the store: the directory reads the store and hands it the offers.
pub struct SearchIndex {
    pub(super) fields: Fields,
    index: Index,
    reader: IndexReader,
    writer: Mutex<Writer>,
    /// The writer's `seq` as of its last commit, readable while a long update holds the writer.
    committed_seq: AtomicI64,
    /// The offers' meaning vectors, which the directory fills from the store and the encoder.
    pub(super) meanings: Meanings,
    pub(super) queries: QueryCache,
    tables: SegmentTables,
    /// Threads that collect the segments of one search side by side.
    collectors: Executor,
}

struct Writer {
    /// None after a rollback failed: tantivy's writer is then unusable and is made anew before
    /// the next change.
    inner: Option<IndexWriter>,
    /// The store's last change that this index contains.
    seq: i64,
}

/// Why an index was built anew instead of opened.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fresh {
    /// The folder held an index that could be opened.
    No,
    /// There was no index, or one of another schema version or unreadable.
    Yes,
}

impl SearchIndex {
    /// Opens the index in `dir`, or creates it when it is missing, of another version or
    /// cannot be opened; says which. The caller brings it in line with the store.
    pub fn open(dir: &Path) -> Result<(SearchIndex, Fresh)> {
        let current = fs::read_to_string(dir.join(VERSION_FILE)).is_ok_and(|v| v.trim() == SCHEMA_VERSION);
        if current && let Ok(search) = SearchIndex::open_existing(dir) {
            return Ok((search, Fresh::No));
        }
        Ok((SearchIndex::create(dir)?, Fresh::Yes))
    }

    /// An empty index in `dir`, replacing whatever was there.
    pub fn create(dir: &Path) -> Result<SearchIndex> {
        if dir.exists() {
            fs::remove_dir_all(dir).map_err(|source| file_error(dir, source))?;
        }
        fs::create_dir_all(dir).map_err(|source| file_error(dir, source))?;
        let (schema, fields) = Fields::schema();
        let index = Index::create_in_dir(dir, schema)?;
        let version_file = dir.join(VERSION_FILE);
        fs::write(&version_file, SCHEMA_VERSION).map_err(|source| file_error(&version_file, source))?;
        SearchIndex::from_index(index, fields)
    }

    /// An empty index in memory, for tests.
    pub fn in_memory() -> Result<SearchIndex> {
        let (schema, fields) = Fields::schema();
        SearchIndex::from_index(Index::create_in_ram(schema), fields)
    }

    fn open_existing(dir: &Path) -> Result<SearchIndex> {
        let (_, fields) = Fields::schema();
        SearchIndex::from_index(Index::open_in_dir(dir)?, fields)
    }

    fn from_index(index: Index, fields: Fields) -> Result<SearchIndex> {
        register_analyzers(&index);
        let seq = index.load_metas()?.payload.and_then(|p| p.parse().ok()).unwrap_or(0);
        let inner = Some(index.writer_with_num_threads(WRITER_THREADS, WRITER_MEMORY)?);
        let reader = index.reader_builder().reload_policy(ReloadPolicy::Manual).try_into()?;
        let committed_seq = AtomicI64::new(seq);
        let collectors = match std::thread::available_parallelism().map_or(1, usize::from) {
            1 => Executor::single_thread(),
            threads => Executor::multi_thread(threads, "search-")?,
        };
        let search = SearchIndex {
            fields,
            index,
            reader,
            writer: Mutex::new(Writer { inner, seq }),
            committed_seq,
            meanings: Meanings::default(),
            queries: QueryCache::default(),
            tables: SegmentTables::default(),
            collectors,
        };
        search.read_tables();
        Ok(search)
    }

    /// Runs `collector` over the matches of `query`, its segments side by side on every core
    /// when the index is large: at 100,000 offers on two cores that halves a broad query's
    /// time, while at 10,000 handing segments to other threads cost more than it saved.
    pub(super) fn collect<C: Collector>(
        &self,
        searcher: &Searcher,
        query: &dyn Query,
        collector: &C,
    ) -> Result<C::Fruit> {
        let side_by_side = searcher.num_docs() >= PARALLEL_SEARCH_FROM && searcher.segment_readers().len() > 1;
        self.collect_on(searcher, query, collector, side_by_side)
    }

    fn collect_on<C: Collector>(
        &self,
        searcher: &Searcher,
        query: &dyn Query,
        collector: &C,
        side_by_side: bool,
    ) -> Result<C::Fruit> {
        if !side_by_side {
            return Ok(searcher.search(query, collector)?);
        }
        let scoring = if collector.requires_scoring() {
            EnableScoring::enabled_from_searcher(searcher)
        } else {
            EnableScoring::disabled_from_searcher(searcher)
        };
        Ok(searcher.search_with_executor(query, collector, &self.collectors, scoring)?)
    }

    /// Starts a change of the index; only one runs at a time, so what the caller reads from the
    /// store after this and commits cannot overtake another change.
    pub fn update(&self) -> IndexUpdate<'_> {
        // A panic mid-update leaves at worst an uncommitted batch, which is rolled back.
        let writer = self.writer.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        IndexUpdate { index: self, writer, uncommitted: false }
    }

    /// The store change the index has caught up to; never waits for a running update.
    pub fn synced_to(&self) -> i64 {
        self.committed_seq.load(Ordering::Acquire)
    }

    pub(super) fn searcher(&self) -> Searcher {
        self.reader.searcher()
    }

    /// Reads the tables of the newest segments now, so that the next search does not: on
    /// opening, and after a commit, by the writer. A failure here is the next search's to report.
    fn read_tables(&self) {
        if let Err(error) = self.tables(&self.searcher()) {
            tracing::warn!("index: reading the segment tables failed: {error}");
        }
    }

    /// The segment tables of `searcher`.
    pub(super) fn tables(&self, searcher: &Searcher) -> Result<Tables> {
        Ok(self.tables.of(searcher)?)
    }

    pub fn meanings(&self) -> &Meanings {
        &self.meanings
    }

    /// Offers the index holds, as its last commit made searchable.
    pub fn doc_count(&self) -> u64 {
        self.searcher().num_docs()
    }
}

/// Fewer offers than this are documented on the calling thread: a single save starts no thread.
const PARALLEL_FROM: usize = 64;

/// The index documents of the offers in `changes` (none for a removal), made on every core
/// when there are many: analysing their texts is most of the work of indexing.
fn documents(fields: &Fields, changes: &[(&str, Option<&Offer>)]) -> Vec<Option<TantivyDocument>> {
    let document = |(_, offer): &(&str, Option<&Offer>)| offer.map(|offer| fields.document(offer));
    let threads = std::thread::available_parallelism().map_or(1, usize::from);
    if threads == 1 || changes.len() < PARALLEL_FROM {
        return changes.iter().map(document).collect();
    }
    std::thread::scope(|scope| {
        let workers: Vec<_> = changes
            .chunks(changes.len().div_ceil(threads))
            .map(|chunk| scope.spawn(move || chunk.iter().map(document).collect::<Vec<_>>()))
            .collect();
        workers
            .into_iter()
            .flat_map(|worker| worker.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)))
            .collect()
    })
}

/// One change of the index under its lock. A change that is not committed, or whose commit
/// fails, is rolled back: the index stays at its last good commit and the next update
/// redoes the work, so nothing is ever skipped.
pub struct IndexUpdate<'a> {
    index: &'a SearchIndex,
    writer: MutexGuard<'a, Writer>,
    uncommitted: bool,
}

impl IndexUpdate<'_> {
    pub fn synced_to(&self) -> i64 {
        self.writer.seq
    }

    /// Replaces the offer with this id by `offer`, or removes it when there is none.
    pub fn put(&mut self, id: &str, offer: Option<&Offer>) -> Result<()> {
        self.put_all(&[(id, offer)])
    }

    /// [`put`](Self::put) for each of `changes` in turn, their documents made on every core.
    pub fn put_all(&mut self, changes: &[(&str, Option<&Offer>)]) -> Result<()> {
        let index = self.index;
        let documents = documents(&index.fields, changes);
        let writer = self.tantivy_writer()?;
        for (&(id, offer), document) in changes.iter().zip(documents) {
            writer.delete_term(Term::from_field_text(index.fields.id, id));
            if let Some(document) = document {
                writer.add_document(document)?;
            }
            match offer {
                Some(offer) => index.meanings.follow(offer),
                None => index.meanings.remove(id),
            }
        }
        Ok(())
    }

    pub fn meanings(&self) -> &Meanings {
        &self.index.meanings
    }

    /// Removes every offer, to build the index anew.
    pub fn clear(&mut self) -> Result<()> {
        self.tantivy_writer()?.delete_all_documents()?;
        self.index.meanings.clear();
        Ok(())
    }

    /// The writer, made anew when a failure left none; marks the update as started.
    fn tantivy_writer(&mut self) -> Result<&mut IndexWriter> {
        self.uncommitted = true;
        let writer = match self.writer.inner.take() {
            Some(writer) => writer,
            None => self.index.index.writer_with_num_threads(WRITER_THREADS, WRITER_MEMORY)?,
        };
        Ok(self.writer.inner.insert(writer))
    }

    /// Commits what was put, recording that the index now holds the store up to change `seq`,
    /// and makes it searchable before returning.
    pub fn commit(&mut self, seq: i64) -> Result<()> {
        let committed = self.try_commit(seq);
        if committed.is_err() {
            self.roll_back();
        }
        committed
    }

    fn try_commit(&mut self, seq: i64) -> Result<()> {
        let mut commit = self.tantivy_writer()?.prepare_commit()?;
        commit.set_payload(&seq.to_string());
        commit.commit()?;
        self.uncommitted = false;
        self.writer.seq = seq;
        self.index.committed_seq.store(seq, Ordering::Release);
        self.index.reader.reload()?;
        self.index.read_tables();
        Ok(())
    }

    fn roll_back(&mut self) {
        self.uncommitted = false;
        let Some(writer) = self.writer.inner.as_mut() else { return };
        if let Err(error) = writer.rollback() {
            // The writer gave up its lock; a new one is made before the next change.
            tracing::error!("index: rolling back a failed change failed too: {error}");
            self.writer.inner = None;
        }
    }
}

impl Drop for IndexUpdate<'_> {
    fn drop(&mut self) {
        if self.uncommitted {
            self.roll_back();
        }
    }
}

fn file_error(path: &Path, source: std::io::Error) -> Error {
    Error::File { path: PathBuf::from(path), source }
}

#[cfg(test)]
pub(super) mod tests {
    use tantivy::collector::Count;
    use tantivy::query::{AllQuery, TermQuery};
    use tantivy::schema::IndexRecordOption;

    use super::*;
    use crate::analysis::analyze;
    use crate::domain::Lang;
    use crate::search::SearchRequest;
    use crate::search::candidates::{Candidates, Collected};
    use crate::search::fields::Part;

    /// A German language course titled `title`, for tests of the search.
    pub(in crate::search) fn offer(id: &str, title: &str) -> Offer {
        serde_json::from_str(&format!(
            r#"{{"id": "{id}", "provider": {{"id": "p", "name": "P"}}, "category": "language_course",
            "title": {{"de": "{title}"}}, "languages": ["de"], "locations": [{{"city": "Unna"}}]}}"#
        ))
        .unwrap()
    }

    fn with_title_word(index: &SearchIndex, word: &str) -> usize {
        let term = analyze(Some(Lang::De), word).remove(0);
        let field = index.fields.text(Lang::De, Part::Title);
        let query = TermQuery::new(Term::from_field_text(field, &term), IndexRecordOption::Basic);
        index.searcher().search(&query, &Count).unwrap()
    }

    #[test]
    fn collecting_segments_side_by_side_gives_what_one_thread_gives() {
        let index = SearchIndex::in_memory().unwrap();
        let mut update = index.update();
        for (seq, title) in [(1, "Sprachkurs"), (2, "Schwimmkurs")] {
            let offers: Vec<Offer> = (0..30).map(|n| offer(&format!("{}-{n}", title.to_lowercase()), title)).collect();
            update.put_all(&offers.iter().map(|o| (o.id.as_str(), Some(o))).collect::<Vec<_>>()).unwrap();
            update.commit(seq).unwrap();
        }
        drop(update);
        let searcher = index.searcher();
        assert!(searcher.segment_readers().len() > 1, "two commits make two segments");
        let request = SearchRequest { limit: 7, offset: 3, ..SearchRequest::default() };
        let candidates = Candidates::new(&request, 0, index.tables(&searcher).unwrap());
        let [one, all] = [false, true]
            .map(|side_by_side| index.collect_on(&searcher, &AllQuery, &candidates, side_by_side).unwrap());
        assert_eq!((one.total, all.total), (60, 60));
        assert_eq!(one.facets, all.facets);
        let ids = |collected: &Collected| collected.best.iter().map(|r| r.id.clone()).collect::<Vec<_>>();
        assert_eq!(ids(&one), ids(&all));
        assert_eq!(ids(&all).len(), 10);
    }

    #[test]
    fn a_page_made_on_every_core_replaces_adds_and_removes_each_offer_in_order() {
        let index = SearchIndex::in_memory().unwrap();
        let offers: Vec<Offer> = (0..2 * PARALLEL_FROM).map(|n| offer(&format!("o{n}"), "Sprachkurs")).collect();
        let mut update = index.update();
        update.put_all(&offers.iter().map(|o| (o.id.as_str(), Some(o))).collect::<Vec<_>>()).unwrap();
        update.commit(1).unwrap();
        assert_eq!(index.doc_count(), offers.len() as u64);

        let swimming = offer("o1", "Schwimmkurs");
        let mut page: Vec<(&str, Option<&Offer>)> = vec![("o0", None), ("o1", Some(&swimming))];
        page.extend(offers[2..PARALLEL_FROM + 2].iter().map(|o| (o.id.as_str(), Some(o))));
        update.put_all(&page).unwrap();
        update.commit(2).unwrap();
        drop(update);

        assert_eq!(index.doc_count(), offers.len() as u64 - 1);
        assert_eq!(with_title_word(&index, "Schwimmkurs"), 1);
        assert_eq!(with_title_word(&index, "Sprachkurs"), offers.len() - 2);
    }
}
