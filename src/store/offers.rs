use std::collections::HashMap;

use rusqlite::{OptionalExtension, Transaction, params};

use super::Store;
use crate::domain::{Actor, LangCode, Offer, mark_outdated_translations};
use crate::{Error, Result};

/// Whether the public sees a stored offer. (A new offer waiting for approval is not stored
/// yet: it is a proposal.)
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Published,
    Withdrawn,
}

impl Status {
    /// The stored code; anything else is damage, never silently "published".
    fn from_code(code: &str) -> Option<Status> {
        match code {
            "published" => Some(Status::Published),
            "withdrawn" => Some(Status::Withdrawn),
            _ => None,
        }
    }
}

/// An offer with what only its provider and admins see.
#[derive(Clone, Debug, PartialEq)]
pub struct OfferRecord {
    pub offer: Offer,
    pub status: Status,
}

impl Store {
    /// Upserts offers (and their providers) by id in one transaction, each change recorded with
    /// `actor`; returns the last change number, which the index records once it has caught up.
    pub fn upsert_offers(&self, offers: &[Offer], actor: &Actor) -> Result<i64> {
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        for offer in offers {
            write_offer(&tx, offer, actor, "save")?;
        }
        let seq = super::changes::last_seq(&tx)?;
        tx.commit()?;
        Ok(seq)
    }

    /// Saves offers in one transaction; for each, true when it is new.
    pub fn save_offers(&self, offers: &[Offer], actor: &Actor, action: &str) -> Result<Vec<bool>> {
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        let created = offers.iter().map(|offer| write_offer(&tx, offer, actor, action)).collect::<Result<_>>()?;
        tx.commit()?;
        Ok(created)
    }

    /// Saves one offer; true when it is new.
    pub fn save_offer(&self, offer: &Offer, actor: &Actor, action: &str) -> Result<bool> {
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        let created = write_offer(&tx, offer, actor, action)?;
        tx.commit()?;
        Ok(created)
    }

    /// Takes an offer off the public site, keeping it for its provider; false when there is no
    /// published offer with this id.
    pub fn withdraw_offer(&self, id: &str, actor: &Actor) -> Result<bool> {
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        let withdrawn = write_withdrawal(&tx, id, actor)?;
        tx.commit()?;
        Ok(withdrawn)
    }

    /// Confirms that the `code` translations of a published offer match its German again;
    /// false when there is no published offer with this id.
    pub fn confirm_translation(&self, id: &str, code: &LangCode, actor: &Actor) -> Result<bool> {
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        let before: Option<String> = tx
            .query_row("SELECT data FROM offers WHERE id = ?1 AND status = 'published'", [id], |r| r.get(0))
            .optional()?;
        let Some(before) = before else {
            return Ok(false);
        };
        let mut offer: Offer = serde_json::from_str(&before)?;
        offer.outdated_translations.remove(code);
        write_version(&tx, &offer, Some((before, "published".to_owned())), actor, "confirm")?;
        tx.commit()?;
        Ok(true)
    }

    /// A published offer.
    pub fn offer(&self, id: &str) -> Result<Option<Offer>> {
        Ok(self.offer_record(id)?.filter(|r| r.status == Status::Published).map(|r| r.offer))
    }

    /// An offer in any state.
    pub fn offer_record(&self, id: &str) -> Result<Option<OfferRecord>> {
        let conn = self.conn();
        let row: Option<(String, String)> = conn
            .query_row("SELECT data, status FROM offers WHERE id = ?1", [id], |row| Ok((row.get(0)?, row.get(1)?)))
            .optional()?;
        row.map(|(data, status)| record(&data, &status)).transpose()
    }

    /// Every offer of a provider in any state, by title order of their ids.
    pub fn provider_offers(&self, provider: &str) -> Result<Vec<OfferRecord>> {
        let conn = self.conn();
        let mut statement = conn.prepare("SELECT data, status FROM offers WHERE provider_id = ?1 ORDER BY id")?;
        let rows = statement.query_map([provider], |row| Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?)))?;
        let mut records = Vec::new();
        for row in rows {
            let (data, status) = row?;
            records.push(record(&data, &status)?);
        }
        Ok(records)
    }

    /// The published offers with these ids, keyed by id; unknown and withdrawn ids are left out.
    pub fn offers_by_id(&self, ids: &[&str]) -> Result<HashMap<String, Offer>> {
        let conn = self.conn();
        let mut statement = conn.prepare_cached("SELECT data FROM offers WHERE id = ?1 AND status = 'published'")?;
        let mut found = HashMap::with_capacity(ids.len());
        for id in ids {
            let data: Option<String> = statement.query_row([id], |row| row.get(0)).optional()?;
            if let Some(json) = data {
                found.insert((*id).to_owned(), serde_json::from_str(&json)?);
            }
        }
        Ok(found)
    }

    /// Every published offer, ordered by id so exports are stable.
    pub fn all_offers(&self) -> Result<Vec<Offer>> {
        let conn = self.conn();
        let mut statement = conn.prepare("SELECT data FROM offers WHERE status = 'published' ORDER BY id")?;
        let rows = statement.query_map([], |row| row.get::<_, String>(0))?;
        let mut offers = Vec::new();
        for json in rows {
            offers.push(serde_json::from_str(&json?)?);
        }
        Ok(offers)
    }

    /// Up to `limit` offers after the first `offset`, ordered by id, for paging through all.
    pub fn offer_page(&self, limit: usize, offset: usize) -> Result<Vec<Offer>> {
        let conn = self.conn();
        let mut statement =
            conn.prepare_cached("SELECT data FROM offers WHERE status = 'published' ORDER BY id LIMIT ?1 OFFSET ?2")?;
        let rows = statement.query_map([sql_count(limit), sql_count(offset)], |row| row.get::<_, String>(0))?;
        let mut offers = Vec::new();
        for json in rows {
            offers.push(serde_json::from_str(&json?)?);
        }
        Ok(offers)
    }

    /// Every published offer's id with the day it was last confirmed, ordered by id, without
    /// reading the offers themselves: what a sitemap lists.
    pub fn offer_dates(&self) -> Result<Vec<(String, Option<String>)>> {
        let conn = self.conn();
        let mut statement = conn.prepare("SELECT id, updated FROM offers WHERE status = 'published' ORDER BY id")?;
        let rows = statement.query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Every published offer's id, in order.
    pub fn offer_ids(&self) -> Result<Vec<String>> {
        let conn = self.conn();
        let mut statement = conn.prepare_cached("SELECT id FROM offers WHERE status = 'published' ORDER BY id")?;
        let rows = statement.query_map([], |row| row.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// How many offers are published.
    pub fn offer_count(&self) -> Result<i64> {
        Ok(self.conn().query_row("SELECT published FROM tally", [], |row| row.get(0))?)
    }
}

fn record(data: &str, status: &str) -> Result<OfferRecord> {
    let status = Status::from_code(status).ok_or_else(|| Error::Corrupt(format!("unknown offer status `{status}`")))?;
    Ok(OfferRecord { offer: serde_json::from_str(data)?, status })
}

/// Writes one offer and its history entry inside `tx`, its translations marked outdated where
/// their German changed without them; true when the offer is new.
pub(super) fn write_offer(tx: &Transaction<'_>, offer: &Offer, actor: &Actor, action: &str) -> Result<bool> {
    // Cached statements: a bulk write runs these once per offer.
    let stored: Option<(String, String)> = tx
        .prepare_cached("SELECT data, status FROM offers WHERE id = ?1")?
        .query_row([offer.id.as_str()], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    let previous: Option<Offer> = stored.as_ref().map(|(data, _)| serde_json::from_str(data)).transpose()?;
    let mut offer = offer.clone();
    mark_outdated_translations(previous.as_ref(), &mut offer);
    write_version(tx, &offer, stored, actor, action)
}

/// Writes `offer` exactly as given after the `stored` version (its data and status), with its
/// history entry: the fields that changed, or none for a new offer (its first version is the
/// one that follows from the later entries). A published offer written again unchanged is left alone: no change entry, so
/// nothing is reindexed.
fn write_version(
    tx: &Transaction<'_>,
    offer: &Offer,
    stored: Option<(String, String)>,
    actor: &Actor,
    action: &str,
) -> Result<bool> {
    let after = serde_json::to_string(offer)?;
    if stored.as_ref().is_some_and(|(data, status)| *data == after && status == "published") {
        return Ok(false);
    }
    let before = stored.map(|(data, _)| data);
    tx.prepare_cached(
        "INSERT INTO providers (id, name) VALUES (?1, ?2) ON CONFLICT (id) DO UPDATE SET name = excluded.name",
    )?
    .execute(params![offer.provider.id.as_str(), offer.provider.name])?;
    tx.prepare_cached(
        "INSERT INTO offers (id, provider_id, data, updated, status) VALUES (?1, ?2, ?3, ?4, 'published')
         ON CONFLICT (id) DO UPDATE SET provider_id = excluded.provider_id,
             data = excluded.data, updated = excluded.updated, status = 'published'",
    )?
    .execute(params![
        offer.id.as_str(),
        offer.provider.id.as_str(),
        after,
        offer.updated.map(|d| d.to_string())
    ])?;
    let diff = before.as_deref().map(|before| super::changes::field_diff(before, &after)).transpose()?;
    tx.prepare_cached("INSERT INTO changes (offer_id, actor, action, diff) VALUES (?1, ?2, ?3, ?4)")?
        .execute(params![offer.id.as_str(), actor.to_string(), action, diff])?;
    Ok(before.is_none())
}

/// Marks an offer withdrawn inside `tx`, with its history entry.
pub(super) fn write_withdrawal(tx: &Transaction<'_>, id: &str, actor: &Actor) -> Result<bool> {
    if tx.execute("UPDATE offers SET status = 'withdrawn' WHERE id = ?1 AND status = 'published'", [id])? == 0 {
        return Ok(false);
    }
    // The offer's data stays as it was, so the entry needs no copy of it.
    tx.execute(
        "INSERT INTO changes (offer_id, actor, action) VALUES (?1, ?2, 'withdraw')",
        params![id, actor.to_string()],
    )?;
    Ok(true)
}

/// SQLite counts in i64; a count past that is no count anyone asks for.
pub(super) fn sql_count(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::domain::parse_offer;
    use crate::store::Change;

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
    fn an_unknown_status_is_damage_not_a_published_offer() {
        let store = Store::in_memory().unwrap();
        store.save_offer(&offer("kurs", "Kurs"), &Actor::System, "save").unwrap();
        store.conn().execute("UPDATE offers SET status = 'draft' WHERE id = 'kurs'", []).unwrap();
        assert!(matches!(store.offer_record("kurs"), Err(Error::Corrupt(_))));
        assert!(matches!(store.offer("kurs"), Err(Error::Corrupt(_))));
    }

    #[test]
    fn upsert_replaces_by_id_and_logs_each_change() {
        let store = Store::in_memory().unwrap();
        store.upsert_offers(&[offer("a", "Erster"), offer("b", "Zweiter")], &Actor::System).unwrap();
        let seq = store.upsert_offers(&[offer("a", "Neu")], &Actor::System).unwrap();
        assert_eq!(seq, 3);
        assert_eq!(store.offer_count().unwrap(), 2);
        assert_eq!(store.offer("a").unwrap().unwrap().title.best(crate::domain::Lang::De).1, "Neu");
        let changes = store.changes_since(2).unwrap();
        assert_eq!(changes, [Change { seq: 3, offer_id: "a".into() }]);
        assert!(store.changes_since(0).unwrap().len() == 2);
    }

    #[test]
    fn writing_an_unchanged_offer_again_changes_nothing() {
        let store = Store::in_memory().unwrap();
        let seq = store.upsert_offers(&[offer("a", "Kurs"), offer("b", "Kurs")], &Actor::System).unwrap();
        assert_eq!(store.upsert_offers(&[offer("a", "Kurs"), offer("b", "Kurs")], &Actor::System).unwrap(), seq);
        assert_eq!(store.history("a").unwrap().len(), 1);
        store.withdraw_offer("a", &Actor::System).unwrap();
        assert!(store.save_offer(&offer("a", "Kurs"), &Actor::System, "save").is_ok());
        assert!(store.offer("a").unwrap().is_some(), "a withdrawn offer saved unchanged is published again");
    }

    #[test]
    fn pages_of_offers_follow_the_id_order() {
        let store = Store::in_memory().unwrap();
        store
            .upsert_offers(&[offer("c", "C"), offer("a", "A"), offer("b", "B")], &crate::domain::Actor::System)
            .unwrap();
        let ids = |offers: Vec<Offer>| offers.into_iter().map(|o| o.id.to_string()).collect::<Vec<_>>();
        assert_eq!(ids(store.offer_page(2, 1).unwrap()), ["b", "c"]);
        assert!(store.offer_page(2, 5).unwrap().is_empty());
        assert_eq!(store.offer_ids().unwrap(), ["a", "b", "c"]);
    }

    #[test]
    fn the_sitemap_dates_leave_withdrawn_offers_out() {
        let store = Store::in_memory().unwrap();
        store.upsert_offers(&[offer("a", "A"), offer("b", "B")], &crate::domain::Actor::System).unwrap();
        store.withdraw_offer("b", &crate::domain::Actor::System).unwrap();
        let dated: Vec<_> = store.offer_dates().unwrap().into_iter().map(|(id, _)| id).collect();
        assert_eq!(dated, ["a"]);
    }

    #[test]
    fn unknown_ids_are_absent_not_errors() {
        let store = Store::in_memory().unwrap();
        assert!(store.offer("nope").unwrap().is_none());
        assert!(store.offers_by_id(&["nope"]).unwrap().is_empty());
    }
}

#[cfg(test)]
mod history_tests {
    use serde_json::json;

    use super::*;
    use crate::domain::parse_offer;

    fn offer(title: &str) -> Offer {
        let json =
            json!({"id": "kurs", "provider": {"id": "p", "name": "P"}, "category": "other", "title": {"de": title}});
        parse_offer(json).unwrap()
    }

    #[test]
    fn every_change_keeps_who_before_and_after() {
        let store = Store::in_memory().unwrap();
        assert!(store.save_offer(&offer("Alt"), &Actor::System, "save").unwrap());
        assert!(!store.save_offer(&offer("Neu"), &Actor::System, "save").unwrap());
        assert!(store.withdraw_offer("kurs", &Actor::System).unwrap());
        let history = store.history("kurs").unwrap();
        let actions: Vec<&str> = history.iter().map(|h| h.action.as_str()).collect();
        assert_eq!(actions, ["withdraw", "save", "save"]);
        assert_eq!(history[1].before, Some(offer("Alt")));
        assert_eq!(history[1].after, Some(offer("Neu")));
        assert_eq!(history[0].actor, "system");
    }

    #[test]
    fn a_german_change_outdates_the_untouched_translations_until_they_are_confirmed() {
        let store = Store::in_memory().unwrap();
        let version = |de: &str, en: &str| {
            let json = json!({"id": "kurs", "provider": {"id": "p", "name": "P"}, "category": "other",
                "title": {"de": de, "en": en}, "updated": "2026-10-01"});
            parse_offer(json).unwrap()
        };
        store.save_offer(&version("Kurs dienstags", "Course on Tuesdays"), &Actor::System, "save").unwrap();
        store.save_offer(&version("Kurs donnerstags", "Course on Tuesdays"), &Actor::System, "save").unwrap();
        let en: crate::domain::LangCode = "en".parse().unwrap();
        let stored = store.offer("kurs").unwrap().unwrap();
        assert!(stored.is_outdated_translation(crate::domain::TextField::Title, &en));
        assert!(store.confirm_translation("kurs", &en, &Actor::System).unwrap());
        assert!(store.offer("kurs").unwrap().unwrap().outdated_translations.is_empty());
        assert!(!store.confirm_translation("nope", &en, &Actor::System).unwrap());
    }

    #[test]
    fn withdrawn_offers_are_gone_from_the_public_but_kept_for_their_provider() {
        let store = Store::in_memory().unwrap();
        store.save_offer(&offer("Kurs"), &Actor::System, "save").unwrap();
        store.withdraw_offer("kurs", &Actor::System).unwrap();
        assert!(store.offer("kurs").unwrap().is_none());
        assert!(store.offers_by_id(&["kurs"]).unwrap().is_empty());
        assert_eq!(store.offer_count().unwrap(), 0);
        assert_eq!(store.provider_offers("p").unwrap()[0].status, Status::Withdrawn);
        assert!(!store.withdraw_offer("kurs", &Actor::System).unwrap(), "only once");
    }
}
