//! The change log: every write appends to it, and the index follows it by number.

use super::Store;
use crate::Result;
use crate::domain::{HistoryEntry, Offer};

/// One entry of the change log: the offer `offer_id` was written at `seq`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    pub seq: i64,
    pub offer_id: String,
}

/// The store's last change and its number of published offers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tally {
    pub last_change: i64,
    pub published: i64,
}

impl Store {
    /// An offer's changes, newest first.
    pub fn history(&self, id: &str) -> Result<Vec<HistoryEntry>> {
        let conn = self.conn();
        let mut statement = conn.prepare(
            "SELECT seq, at, actor, action, before, after FROM changes WHERE offer_id = ?1 ORDER BY seq DESC",
        )?;
        let rows = statement.query_map([id], |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get::<_, Option<String>>(4)?,
                r.get::<_, Option<String>>(5)?,
            ))
        })?;
        let parse = |json: Option<String>| json.map(|j| serde_json::from_str::<Offer>(&j)).transpose();
        let mut entries = Vec::new();
        for row in rows {
            let (seq, at, actor, action, before, after) = row?;
            entries.push(HistoryEntry { seq, at, actor, action, before: parse(before)?, after: parse(after)? });
        }
        Ok(entries)
    }

    /// The number of the last change, 0 for a new store.
    pub fn last_change(&self) -> Result<i64> {
        last_seq(&self.conn())
    }

    /// The last change and how many offers are published, read together so that no write
    /// falls between them: what the index must hold once it has caught up.
    pub fn tally(&self) -> Result<Tally> {
        let conn = self.conn();
        let (last_change, published) = conn.query_row(
            "SELECT (SELECT coalesce(max(seq), 0) FROM changes), (SELECT published FROM tally)",
            [],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )?;
        Ok(Tally { last_change, published })
    }

    /// Up to `limit` published offers whose id comes after `after`, ordered by id: a rebuild
    /// reads the store in such pages, holding neither all offers nor the store for long.
    pub fn published_after(&self, after: &str, limit: usize) -> Result<Vec<Offer>> {
        let conn = self.conn();
        let mut statement =
            conn.prepare_cached("SELECT data FROM offers WHERE status = 'published' AND id > ?1 ORDER BY id LIMIT ?2")?;
        let rows = statement
            .query_map(rusqlite::params![after, super::offers::sql_count(limit)], |row| row.get::<_, String>(0))?;
        let mut offers = Vec::new();
        for json in rows {
            offers.push(serde_json::from_str(&json?)?);
        }
        Ok(offers)
    }

    /// Changes after `seq`, oldest first, one entry per offer (its latest change).
    pub fn changes_since(&self, seq: i64) -> Result<Vec<Change>> {
        let conn = self.conn();
        let mut statement =
            conn.prepare("SELECT max(seq), offer_id FROM changes WHERE seq > ?1 GROUP BY offer_id ORDER BY max(seq)")?;
        let rows = statement.query_map([seq], |row| Ok(Change { seq: row.get(0)?, offer_id: row.get(1)? }))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

pub(super) fn last_seq(conn: &rusqlite::Connection) -> Result<i64> {
    Ok(conn.query_row("SELECT coalesce(max(seq), 0) FROM changes", [], |row| row.get(0))?)
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::domain::{Actor, parse_offer};

    fn offer(id: &str) -> Offer {
        let json = json!({"id": id, "provider": {"id": "p", "name": "P"}, "category": "other", "title": {"de": id}});
        parse_offer(json).unwrap()
    }

    #[test]
    fn pages_after_an_id_walk_every_published_offer_once() {
        let store = Store::in_memory().unwrap();
        let offers: Vec<Offer> = ["e", "a", "d", "b", "c"].into_iter().map(offer).collect();
        store.upsert_offers(&offers, &Actor::System).unwrap();
        store.withdraw_offer("d", &Actor::System).unwrap();
        let mut seen = Vec::new();
        let mut after = String::new();
        loop {
            let page = store.published_after(&after, 2).unwrap();
            let Some(last) = page.last() else { break };
            after = last.id.to_string();
            seen.extend(page.iter().map(|o| o.id.to_string()));
        }
        assert_eq!(seen, ["a", "b", "c", "e"]);
    }
}
