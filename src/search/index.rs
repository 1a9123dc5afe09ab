use std::fs;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

use tantivy::{Index, IndexReader, IndexWriter, ReloadPolicy, Searcher, Term};

use super::fields::{Fields, SCHEMA_VERSION};
use crate::analysis::register_analyzers;
use crate::store::Store;
use crate::{Error, Result};

const VERSION_FILE: &str = "wegweiser-version";
const WRITER_MEMORY: usize = 30_000_000;

/// The tantivy index derived from the store. It remembers, in each commit's payload, the store's
/// last change it contains, so after a crash it catches up with exactly what it missed.
pub struct SearchIndex {
    pub(super) fields: Fields,
    reader: IndexReader,
    writer: Mutex<Writer>,
}

struct Writer {
    inner: IndexWriter,
    /// The store's last change that this index contains.
    seq: i64,
}

impl SearchIndex {
    /// Opens the index in `dir` (created or rebuilt when missing or of another version) and
    /// brings it in line with the store.
    pub fn open(dir: &Path, store: &Store) -> Result<SearchIndex> {
        let current = fs::read_to_string(dir.join(VERSION_FILE)).is_ok_and(|v| v.trim() == SCHEMA_VERSION);
        let search = match current {
            true => SearchIndex::open_existing(dir),
            false => Err(Error::Data("no index of this version".into())),
        };
        // An index ahead of the store belongs to another store file: start over.
        let search = match search {
            Ok(search) if search.synced_to() <= store.last_change()? => search,
            _ => SearchIndex::create(dir)?,
        };
        search.sync(store)?;
        Ok(search)
    }

    /// Throws the index away and builds it anew from every offer in the store.
    pub fn rebuild(dir: &Path, store: &Store) -> Result<SearchIndex> {
        let search = SearchIndex::create(dir)?;
        search.sync(store)?;
        Ok(search)
    }

    /// An index in memory, for tests.
    pub fn in_memory(store: &Store) -> Result<SearchIndex> {
        let (schema, fields) = Fields::schema();
        let search = SearchIndex::from_index(Index::create_in_ram(schema), fields)?;
        search.sync(store)?;
        Ok(search)
    }

    fn open_existing(dir: &Path) -> Result<SearchIndex> {
        let (_, fields) = Fields::schema();
        SearchIndex::from_index(Index::open_in_dir(dir)?, fields)
    }

    fn create(dir: &Path) -> Result<SearchIndex> {
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

    fn from_index(index: Index, fields: Fields) -> Result<SearchIndex> {
        register_analyzers(&index);
        let seq = index.load_metas()?.payload.and_then(|p| p.parse().ok()).unwrap_or(0);
        let inner = index.writer_with_num_threads(1, WRITER_MEMORY)?;
        let reader = index.reader_builder().reload_policy(ReloadPolicy::Manual).try_into()?;
        Ok(SearchIndex { fields, reader, writer: Mutex::new(Writer { inner, seq }) })
    }

    /// Applies every store change the index has not seen; returns how many offers it touched.
    /// The commit and the reader reload happen before this returns, so the change is searchable.
    pub fn sync(&self, store: &Store) -> Result<usize> {
        let mut writer = self.lock_writer();
        let changes = store.changes_since(writer.seq)?;
        let Some(last) = changes.last().map(|c| c.seq) else {
            return Ok(0);
        };
        let ids: Vec<&str> = changes.iter().map(|c| c.offer_id.as_str()).collect();
        let offers = store.offers_by_id(&ids)?;
        for id in &ids {
            writer.inner.delete_term(Term::from_field_text(self.fields.id, id));
            if let Some(offer) = offers.get(*id) {
                writer.inner.add_document(self.fields.document(offer))?;
            }
        }
        let mut commit = writer.inner.prepare_commit()?;
        commit.set_payload(&last.to_string());
        commit.commit()?;
        writer.seq = last;
        self.reader.reload()?;
        Ok(ids.len())
    }

    /// The store change the index has caught up to.
    pub fn synced_to(&self) -> i64 {
        self.lock_writer().seq
    }

    pub(super) fn searcher(&self) -> Searcher {
        self.reader.searcher()
    }

    pub fn doc_count(&self) -> u64 {
        self.searcher().num_docs()
    }

    fn lock_writer(&self) -> MutexGuard<'_, Writer> {
        // A panic mid-sync leaves at worst an uncommitted batch, which the next sync redoes.
        self.writer.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

fn file_error(path: &Path, source: std::io::Error) -> Error {
    Error::File { path: PathBuf::from(path), source }
}
