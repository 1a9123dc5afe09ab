//! Analysed queries kept per query text for the index as it stands: analysing a query (fuzzy
//! and compound look-ups, dropping words found nowhere) costs more than the search itself, and
//! people repeat queries. A commit gives the index a new generation, which empties the cache.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use super::query::AnalysedQuery;
use crate::Result;
use crate::domain::Lang;

/// Queries kept at most; when full, the cache starts afresh.
const CAPACITY: usize = 512;

/// A query analysed against one generation of the index, with the words found nowhere.
pub struct Prepared {
    pub analysed: AnalysedQuery,
    pub unmatched: Vec<String>,
}

#[derive(Default)]
pub struct QueryCache {
    kept: Mutex<Kept>,
}

#[derive(Default)]
struct Kept {
    generation: u64,
    queries: HashMap<(String, Vec<Lang>), Arc<Prepared>>,
}

impl QueryCache {
    /// The query `text` searched in `langs` prepared for index `generation`, from the cache or
    /// made by `prepare`.
    pub fn get_or_prepare(
        &self,
        generation: u64,
        text: &str,
        langs: &[Lang],
        prepare: impl FnOnce() -> Result<Prepared>,
    ) -> Result<Arc<Prepared>> {
        let key = (text.to_owned(), langs.to_vec());
        {
            let kept = self.kept();
            if kept.generation == generation
                && let Some(found) = kept.queries.get(&key)
            {
                return Ok(found.clone());
            }
        }
        // Prepared without the lock, so other searches are never held up by this one.
        let prepared = Arc::new(prepare()?);
        let mut kept = self.kept();
        if kept.generation != generation || kept.queries.len() >= CAPACITY {
            kept.queries.clear();
            kept.generation = generation;
        }
        kept.queries.insert(key, prepared.clone());
        Ok(prepared)
    }

    fn kept(&self) -> std::sync::MutexGuard<'_, Kept> {
        // The map is only ever replaced whole or added to: a panic cannot leave it half-written.
        self.kept.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}
