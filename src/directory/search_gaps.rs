//! The counts of searches that found nothing or little, kept in the store.

use super::Directory;
use crate::Result;
use crate::domain::SearchGap;

impl Directory {
    /// Counts one search of `words` in `lang` in `week`, and forgets weeks before `oldest_week`.
    pub fn store_search_gap(&self, week: &str, lang: &str, words: &str, zero: bool, oldest_week: &str) -> Result<()> {
        self.store.count_search_gap(week, lang, words, zero, oldest_week)
    }

    /// The counted searches seen at least `shown_from` times.
    pub fn stored_search_gaps(&self, shown_from: i64) -> Result<Vec<SearchGap>> {
        self.store.search_gaps(shown_from)
    }
}
