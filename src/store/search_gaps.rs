use rusqlite::params;

use super::Store;
use crate::Result;
use crate::domain::SearchGap;

impl Store {
    /// Counts one search, and forgets the weeks before `oldest_week`.
    pub fn count_search_gap(&self, week: &str, lang: &str, words: &str, zero: bool, oldest_week: &str) -> Result<()> {
        let (zero, few) = if zero { (1, 0) } else { (0, 1) };
        let conn = self.conn();
        conn.execute(
            "INSERT INTO search_gaps (week, lang, words, zero, few) VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT (week, lang, words) DO UPDATE SET zero = zero + excluded.zero, few = few + excluded.few",
            params![week, lang, words, zero, few],
        )?;
        conn.execute("DELETE FROM search_gaps WHERE week < ?1", [oldest_week])?;
        Ok(())
    }

    /// Every counted line asked at least `shown_from` times, newest week first, most asked first.
    pub fn search_gaps(&self, shown_from: i64) -> Result<Vec<SearchGap>> {
        let conn = self.conn();
        let mut statement = conn.prepare(
            "SELECT week, lang, words, zero, few FROM search_gaps WHERE zero + few >= ?1
             ORDER BY week DESC, zero + few DESC, words",
        )?;
        let rows = statement.query_map([shown_from], |row| {
            Ok(SearchGap {
                week: row.get(0)?,
                lang: row.get(1)?,
                words: row.get(2)?,
                zero: row.get(3)?,
                few: row.get(4)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_shown_from_their_fifth_search_and_old_weeks_are_forgotten() {
        let store = Store::in_memory().unwrap();
        for n in 0..5 {
            store.count_search_gap("2026-W40", "ar", "خياطة", n % 2 == 0, "2026-W30").unwrap();
        }
        store.count_search_gap("2026-W40", "ar", "rare", true, "2026-W30").unwrap();
        let shown = store.search_gaps(5).unwrap();
        assert_eq!(shown.len(), 1);
        assert_eq!((shown[0].zero, shown[0].few), (3, 2));
        store.count_search_gap("2026-W45", "de", "x", true, "2026-W41").unwrap();
        assert!(store.search_gaps(1).unwrap().iter().all(|g| g.week == "2026-W45"), "13 weeks at most");
    }
}
