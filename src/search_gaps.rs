//! What people look for and do not find: searches with no or few results, counted per week,
//! language and the normalised words they used. No address, no time, no query as typed is kept,
//! only these counts, for 13 weeks; a line is shown from five searches on.
//! May import: analysis, directory, domain, editing, store.

use crate::analysis::{is_stopword, normalize};
use crate::directory::Directory;
use crate::domain::{Actor, Day, Lang, SearchGap};
use crate::editing::EditError;

/// At most this many results still count as "found little".
pub const FEW_RESULTS: usize = 2;
/// A line is shown once this many searches asked it: fewer could point to one person.
pub const SHOWN_FROM: i64 = 5;
/// Weeks kept, about 90 days.
pub const WEEKS_KEPT: i64 = 13;
/// Words a line is made of at most.
const MAX_WORDS: usize = 5;

/// The words a search is counted under: normalised, without function words and without
/// anything with a digit in it (a phone number or a house number says who asked), sorted.
/// None when nothing is left.
pub fn gap_words(text: &str, lang: Lang) -> Option<String> {
    let mut words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric() && c != '\u{200C}')
        .filter(|w| !w.is_empty() && !w.chars().any(|c| c.is_numeric()))
        .map(|w| normalize(lang, w))
        .filter(|w| w.chars().count() > 1 && !is_stopword(lang, w))
        .collect();
    words.sort();
    words.dedup();
    words.truncate(MAX_WORDS);
    (!words.is_empty()).then(|| words.join(" "))
}

/// The ISO week of `day`, `2026-W47`.
pub fn week_of(day: Day) -> String {
    let (year, week, _) = day.date().to_iso_week_date();
    format!("{year}-W{week:02}")
}

impl Directory {
    /// Counts a search that found `total` offers when that is none or few. Counting never
    /// stands in the way of the search: a failure is logged, not passed on.
    pub fn note_search(&self, text: &str, lang: Lang, total: usize, today: Day) {
        let Some(words) = gap_words(text, lang).filter(|_| total <= FEW_RESULTS) else {
            return;
        };
        let oldest = Day::from_date(today.date() - time::Duration::weeks(WEEKS_KEPT));
        if let Err(error) = self.store_search_gap(&week_of(today), lang.code(), &words, total == 0, &week_of(oldest)) {
            tracing::warn!("a search that found little was not counted: {error}");
        }
    }

    /// The counted searches asked at least [`SHOWN_FROM`] times, for district admins.
    pub fn search_gaps(&self, actor: &Actor) -> Result<Vec<SearchGap>, EditError> {
        if !actor.is_admin() {
            return Err(EditError::Forbidden("only district admins may do this".into()));
        }
        Ok(self.stored_search_gaps(SHOWN_FROM)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn searches_count_under_their_normalised_words_without_numbers() {
        assert_eq!(
            gap_words("Wo finde ich einen Nähkurs für Frauen?", Lang::De).as_deref(),
            Some("frauen nahkurs"),
            "search verbs are function words"
        );
        assert_eq!(gap_words("nähkurs FRAUEN", Lang::De), gap_words("Frauen Nähkurs", Lang::De));
        assert_eq!(gap_words("Tel 0176 1234567 Ali", Lang::De).as_deref(), Some("ali tel"));
        assert_eq!(gap_words("123 ?", Lang::De), None);
        assert_eq!(week_of("2026-11-20".parse().unwrap()), "2026-W47");
    }
}
