//! The change log: every write appends to it, and the index follows it by number.

use rusqlite::OptionalExtension;
use serde_json::{Map, Value};

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
    /// An offer's changes, newest first, each with the whole version before and after it:
    /// rebuilt from the offer as it is now by undoing the changed fields entry by entry.
    pub fn history(&self, id: &str) -> Result<Vec<HistoryEntry>> {
        let conn = self.conn();
        let current: Option<String> =
            conn.query_row("SELECT data FROM offers WHERE id = ?1", [id], |r| r.get(0)).optional()?;
        let mut version: Option<Value> = current.map(|data| serde_json::from_str(&data)).transpose()?;
        let mut statement = conn.prepare(
            "SELECT seq, at, actor, action, before, after, diff FROM changes WHERE offer_id = ?1 ORDER BY seq DESC",
        )?;
        let rows = statement.query_map([id], |r| {
            let copies = (r.get::<_, Option<String>>(4)?, r.get::<_, Option<String>>(5)?);
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get::<_, String>(3)?, copies, r.get::<_, Option<String>>(6)?))
        })?;
        let mut entries = Vec::new();
        for row in rows {
            let (seq, at, actor, action, copies, diff) = row?;
            let (before, after) = match copies {
                // Entries from before diffs were kept hold both versions whole.
                (before, after) if before.is_some() || after.is_some() => (parse(before)?, parse(after)?),
                _ if action == "withdraw" => (version.clone(), None),
                _ => {
                    let after = version.take();
                    let before = match (diff, &after) {
                        (Some(diff), Some(after)) => Some(undo(after, &serde_json::from_str(&diff)?)),
                        _ => None,
                    };
                    (before, after)
                }
            };
            version.clone_from(&before);
            entries.push(HistoryEntry { seq, at, actor, action, before: offer(before)?, after: offer(after)? });
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

fn parse(json: Option<String>) -> Result<Option<Value>> {
    Ok(json.map(|json| serde_json::from_str(&json)).transpose()?)
}

fn offer(version: Option<Value>) -> Result<Option<Offer>> {
    Ok(version.map(serde_json::from_value).transpose()?)
}

/// The top-level fields that differ between two versions of an offer's JSON, each as
/// `[old, new]` with `null` for a field that is absent.
pub(super) fn field_diff(before: &str, after: &str) -> Result<String> {
    let (before, after): (Map<String, Value>, Map<String, Value>) =
        (serde_json::from_str(before)?, serde_json::from_str(after)?);
    let mut diff = Map::new();
    for key in before.keys().chain(after.keys()) {
        let (old, new) = (before.get(key).unwrap_or(&Value::Null), after.get(key).unwrap_or(&Value::Null));
        if old != new && !diff.contains_key(key) {
            diff.insert(key.clone(), Value::Array(vec![old.clone(), new.clone()]));
        }
    }
    Ok(Value::Object(diff).to_string())
}

/// The version before a change: `after` with each changed field set back to its old value.
fn undo(after: &Value, diff: &Value) -> Value {
    let mut before = after.clone();
    if let (Some(fields), Some(changes)) = (before.as_object_mut(), diff.as_object()) {
        for (key, change) in changes {
            match change.get(0) {
                Some(Value::Null) | None => fields.remove(key),
                Some(old) => fields.insert(key.clone(), old.clone()),
            };
        }
    }
    before
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
    fn a_change_keeps_only_the_fields_that_changed_and_history_rebuilds_each_version() {
        let store = Store::in_memory().unwrap();
        let first = offer("kurs");
        let mut second = first.clone();
        second.tags.push("BAMF".into());
        let mut third = second.clone();
        third.tags.clear();
        for version in [&first, &second, &third] {
            store.save_offer(version, &Actor::System, "save").unwrap();
        }
        store.withdraw_offer("kurs", &Actor::System).unwrap();
        let stored: Vec<(Option<String>, Option<String>, Option<String>)> = {
            let conn = store.conn();
            let mut statement = conn.prepare("SELECT before, after, diff FROM changes ORDER BY seq").unwrap();
            statement.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?))).unwrap().map(Result::unwrap).collect()
        };
        assert!(stored.iter().all(|(before, after, _)| before.is_none() && after.is_none()), "no whole copies");
        assert_eq!(stored[0].2, None, "a new offer's entry holds nothing: its version follows from the later ones");
        assert_eq!(stored[1].2.as_deref(), Some(r#"{"tags":[null,["BAMF"]]}"#));
        assert_eq!(stored[2].2.as_deref(), Some(r#"{"tags":[["BAMF"],null]}"#));
        let history = store.history("kurs").unwrap();
        let versions: Vec<_> = history.iter().map(|h| (h.before.as_ref(), h.after.as_ref())).collect();
        assert_eq!(
            versions,
            [(Some(&third), None), (Some(&second), Some(&third)), (Some(&first), Some(&second)), (None, Some(&first))]
        );
    }

    #[test]
    fn entries_written_with_whole_copies_are_still_read() {
        let store = Store::in_memory().unwrap();
        let (old, new) = (offer("kurs"), {
            let mut new = offer("kurs");
            new.tags.push("neu".into());
            new
        });
        let json = |offer: &Offer| serde_json::to_string(offer).unwrap();
        store.save_offer(&new, &Actor::System, "save").unwrap();
        store
            .conn()
            .execute(
                "UPDATE changes SET action = 'import', before = ?1, after = ?2 WHERE offer_id = 'kurs'",
                [json(&old), json(&new)],
            )
            .unwrap();
        let mut newest = new.clone();
        newest.tags.push("neuer".into());
        store.save_offer(&newest, &Actor::System, "save").unwrap();
        let history = store.history("kurs").unwrap();
        assert_eq!(history[0].before.as_ref(), Some(&new));
        assert_eq!(history[0].after.as_ref(), Some(&newest));
        assert_eq!((history[1].before.as_ref(), history[1].after.as_ref()), (Some(&old), Some(&new)));
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
