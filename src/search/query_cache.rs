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

#[cfg(test)]
mod tests {
    use std::cell::Cell;

    use super::*;

    fn prepared(word: &str) -> Result<Prepared> {
        let analysed = AnalysedQuery { words: Vec::new(), highlight: HashMap::new(), suggestion: Some(word.into()) };
        Ok(Prepared { analysed, unmatched: Vec::new() })
    }

    #[test]
    fn a_query_is_prepared_once_per_generation_and_language() {
        let cache = QueryCache::default();
        let made = Cell::new(0);
        let get = |generation, langs: &[Lang]| {
            let found = cache.get_or_prepare(generation, "kurs", langs, || {
                made.set(made.get() + 1);
                prepared("kurs")
            });
            found.unwrap().analysed.suggestion.clone()
        };
        assert_eq!(get(1, &[Lang::De]), Some("kurs".into()));
        get(1, &[Lang::De]);
        assert_eq!(made.get(), 1, "the second search finds it");
        get(1, &[Lang::De, Lang::En]);
        assert_eq!(made.get(), 2, "other languages analyse otherwise");
        get(2, &[Lang::De]);
        assert_eq!(made.get(), 3, "a commit makes a new generation");
    }

    #[test]
    fn the_cache_stays_within_its_capacity() {
        let cache = QueryCache::default();
        for n in 0..CAPACITY * 2 {
            cache.get_or_prepare(1, &n.to_string(), &[Lang::De], || prepared("x")).unwrap();
            assert!(cache.kept().queries.len() <= CAPACITY);
        }
    }
}
