use std::collections::HashMap;

use rusqlite::{OptionalExtension, params};

use super::Store;
use crate::Result;
use crate::domain::Offer;

/// One entry of the change log: the offer `offer_id` was written at `seq`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    pub seq: i64,
    pub offer_id: String,
}

impl Store {
    /// Upserts offers (and their providers) by id in one transaction; returns the last change
    /// number, which the index records once it has caught up.
    pub fn upsert_offers(&self, offers: &[Offer]) -> Result<i64> {
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        for offer in offers {
            tx.execute(
                "INSERT INTO providers (id, name) VALUES (?1, ?2)
                 ON CONFLICT (id) DO UPDATE SET name = excluded.name",
                params![offer.provider.id.as_str(), offer.provider.name],
            )?;
            tx.execute(
                "INSERT INTO offers (id, provider_id, data, updated) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (id) DO UPDATE SET provider_id = excluded.provider_id,
                     data = excluded.data, updated = excluded.updated",
                params![
                    offer.id.as_str(),
                    offer.provider.id.as_str(),
                    serde_json::to_string(offer)?,
                    offer.updated.map(|d| d.to_string()),
                ],
            )?;
            tx.execute("INSERT INTO changes (offer_id) VALUES (?1)", [offer.id.as_str()])?;
        }
        let seq = last_seq(&tx)?;
        tx.commit()?;
        Ok(seq)
    }

    pub fn offer(&self, id: &str) -> Result<Option<Offer>> {
        let conn = self.conn();
        let data: Option<String> =
            conn.query_row("SELECT data FROM offers WHERE id = ?1", [id], |row| row.get(0)).optional()?;
        Ok(data.map(|json| serde_json::from_str(&json)).transpose()?)
    }

    /// The offers with these ids, keyed by id; unknown ids are left out.
    pub fn offers_by_id(&self, ids: &[&str]) -> Result<HashMap<String, Offer>> {
        let conn = self.conn();
        let mut statement = conn.prepare_cached("SELECT data FROM offers WHERE id = ?1")?;
        let mut found = HashMap::with_capacity(ids.len());
        for id in ids {
            let data: Option<String> = statement.query_row([id], |row| row.get(0)).optional()?;
            if let Some(json) = data {
                found.insert((*id).to_owned(), serde_json::from_str(&json)?);
            }
        }
        Ok(found)
    }

    /// Every offer, ordered by id so exports are stable.
    pub fn all_offers(&self) -> Result<Vec<Offer>> {
        let conn = self.conn();
        let mut statement = conn.prepare("SELECT data FROM offers ORDER BY id")?;
        let rows = statement.query_map([], |row| row.get::<_, String>(0))?;
        let mut offers = Vec::new();
        for json in rows {
            offers.push(serde_json::from_str(&json?)?);
        }
        Ok(offers)
    }

    /// The offers of one provider, ordered by id; none for an unknown provider.
    pub fn offers_of_provider(&self, provider_id: &str) -> Result<Vec<Offer>> {
        let conn = self.conn();
        let mut statement = conn.prepare("SELECT data FROM offers WHERE provider_id = ?1 ORDER BY id")?;
        let rows = statement.query_map([provider_id], |row| row.get::<_, String>(0))?;
        let mut offers = Vec::new();
        for json in rows {
            offers.push(serde_json::from_str(&json?)?);
        }
        Ok(offers)
    }

    /// Every offer's id with the day it was last confirmed, ordered by id, without reading
    /// the offers themselves: what a sitemap lists.
    pub fn offer_dates(&self) -> Result<Vec<(String, Option<String>)>> {
        let conn = self.conn();
        let mut statement = conn.prepare("SELECT id, updated FROM offers ORDER BY id")?;
        let rows = statement.query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    pub fn offer_count(&self) -> Result<i64> {
        Ok(self.conn().query_row("SELECT count(*) FROM offers", [], |row| row.get(0))?)
    }

    /// The number of the last change, 0 for a new store.
    pub fn last_change(&self) -> Result<i64> {
        last_seq(&self.conn())
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

fn last_seq(conn: &rusqlite::Connection) -> Result<i64> {
    Ok(conn.query_row("SELECT coalesce(max(seq), 0) FROM changes", [], |row| row.get(0))?)
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::domain::parse_offer;

    fn offer(id: &str, title: &str) -> Offer {
        parse_offer(json!({
            "id": id,
            "provider": {"id": "vhs-unna", "name": "VHS Unna"},
            "category": "language_course",
            "title": {"de": title},
        }))
        .unwrap()
    }

    #[test]
    fn upsert_replaces_by_id_and_logs_each_change() {
        let store = Store::in_memory().unwrap();
        store.upsert_offers(&[offer("a", "Erster"), offer("b", "Zweiter")]).unwrap();
        let seq = store.upsert_offers(&[offer("a", "Neu")]).unwrap();
        assert_eq!(seq, 3);
        assert_eq!(store.offer_count().unwrap(), 2);
        assert_eq!(store.offer("a").unwrap().unwrap().title.best(crate::domain::Lang::De).1, "Neu");
        let changes = store.changes_since(2).unwrap();
        assert_eq!(changes, [Change { seq: 3, offer_id: "a".into() }]);
        assert!(store.changes_since(0).unwrap().len() == 2);
    }

    #[test]
    fn offers_are_listed_by_provider_and_dated_by_id() {
        let store = Store::in_memory().unwrap();
        let mut other = offer("c", "Anderer Anbieter");
        other.provider.id = "caritas".parse().unwrap();
        store.upsert_offers(&[offer("b", "Zwei"), offer("a", "Eins"), other]).unwrap();
        let ids: Vec<_> = store.offers_of_provider("vhs-unna").unwrap().into_iter().map(|o| o.id.to_string()).collect();
        assert_eq!(ids, ["a", "b"]);
        assert!(store.offers_of_provider("nobody").unwrap().is_empty());
        let dated: Vec<_> = store.offer_dates().unwrap().into_iter().map(|(id, _)| id).collect();
        assert_eq!(dated, ["a", "b", "c"]);
    }

    #[test]
    fn unknown_ids_are_absent_not_errors() {
        let store = Store::in_memory().unwrap();
        assert!(store.offer("nope").unwrap().is_none());
        assert!(store.offers_by_id(&["nope"]).unwrap().is_empty());
    }
}
