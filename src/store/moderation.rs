use rusqlite::{OptionalExtension, Row, params};

use super::Store;
use super::offers::{write_offer, write_withdrawal};
use crate::domain::{Actor, Pending, Proposal};
use crate::{Error, Result};

/// A `pending` row as read: id, offer, provider, action, data, submitted by and at.
type PendingRow = (i64, String, String, String, Option<String>, String, String);

fn pending_from(row: &Row<'_>) -> rusqlite::Result<PendingRow> {
    Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?, row.get(4)?, row.get(5)?, row.get(6)?))
}

const OPEN: &str = "SELECT id, offer_id, provider_id, action, data, submitted_by, submitted_at FROM pending
    WHERE decision IS NULL";

/// What became of a proposal.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Queued {
    /// Waiting for an admin under this number.
    Waiting(i64),
    /// Refused: the offer, published or proposed, belongs to this other provider.
    HeldBy(String),
}

impl Store {
    /// Queues a change; a newer proposal of the same provider replaces its older open one. An
    /// offer or open proposal of another provider is never replaced: checked in the same
    /// transaction, so no second request can slip in between.
    pub fn propose(&self, offer_id: &str, provider_id: &str, proposal: &Proposal, actor: &Actor) -> Result<Queued> {
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        let owners: Vec<String> = tx
            .prepare(
                "SELECT provider_id FROM offers WHERE id = ?1
                 UNION SELECT provider_id FROM pending WHERE offer_id = ?1 AND decision IS NULL",
            )?
            .query_map([offer_id], |row| row.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        if let Some(other) = owners.into_iter().find(|owner| owner != provider_id) {
            return Ok(Queued::HeldBy(other));
        }
        tx.execute(
            "UPDATE pending SET decision = 'superseded', decided_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
             WHERE offer_id = ?1 AND decision IS NULL",
            [offer_id],
        )?;
        let (action, data) = match proposal {
            Proposal::Save(offer) => ("save", Some(serde_json::to_string(offer)?)),
            Proposal::Withdraw => ("withdraw", None),
        };
        tx.execute(
            "INSERT INTO pending (offer_id, provider_id, action, data, submitted_by) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![offer_id, provider_id, action, data, actor.to_string()],
        )?;
        let id = tx.last_insert_rowid();
        tx.commit()?;
        Ok(Queued::Waiting(id))
    }

    /// Open proposals, oldest first.
    pub fn pending(&self) -> Result<Vec<Pending>> {
        let conn = self.conn();
        let mut statement = conn.prepare(&format!("{OPEN} ORDER BY id"))?;
        let rows = statement.query_map([], pending_from)?;
        rows.map(|row| into_pending(row?)).collect()
    }

    /// The open proposal for one offer, if any.
    pub fn pending_for(&self, offer_id: &str) -> Result<Option<Pending>> {
        let conn = self.conn();
        let row = conn.query_row(&format!("{OPEN} AND offer_id = ?1"), [offer_id], pending_from).optional()?;
        row.map(into_pending).transpose()
    }

    /// Approves (applying the change with its history entry) or rejects a proposal, in one
    /// transaction; returns the offer id, or an error when it is not open.
    pub fn decide(&self, id: i64, approve: bool, reason: &str, actor: &Actor) -> Result<String> {
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        let row = tx.query_row(&format!("{OPEN} AND id = ?1"), [id], pending_from).optional()?;
        let pending =
            row.map(into_pending).transpose()?.ok_or_else(|| Error::NotFound(format!("no open change {id}")))?;
        if approve {
            match &pending.proposal {
                Proposal::Save(offer) => write_offer(&tx, offer, actor, "approve")?,
                Proposal::Withdraw => write_withdrawal(&tx, &pending.offer_id, actor)?,
            };
        }
        tx.execute(
            "UPDATE pending SET decision = ?2, reason = ?3, decided_by = ?4,
                 decided_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?1",
            params![id, if approve { "approved" } else { "rejected" }, reason, actor.to_string()],
        )?;
        tx.commit()?;
        Ok(pending.offer_id)
    }
}

fn into_pending(row: PendingRow) -> Result<Pending> {
    let (id, offer_id, provider_id, action, data, submitted_by, submitted_at) = row;
    let proposal = match (action.as_str(), data) {
        ("save", Some(json)) => Proposal::Save(Box::new(serde_json::from_str(&json)?)),
        _ => Proposal::Withdraw,
    };
    Ok(Pending { id, offer_id, provider_id, proposal, submitted_by, submitted_at })
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::domain::{Offer, parse_offer};

    fn offer(title: &str) -> Offer {
        let json =
            json!({"id": "kurs", "provider": {"id": "p", "name": "P"}, "category": "other", "title": {"de": title}});
        parse_offer(json).unwrap()
    }

    #[test]
    fn the_published_version_stays_until_a_change_is_approved() {
        let store = Store::in_memory().unwrap();
        store.save_offer(&offer("Alt"), &Actor::System, "save").unwrap();
        let Queued::Waiting(id) =
            store.propose("kurs", "p", &Proposal::Save(Box::new(offer("Neu"))), &Actor::System).unwrap()
        else {
            panic!("the offer's own provider may propose")
        };
        assert_eq!(store.offer("kurs").unwrap(), Some(offer("Alt")));
        assert_eq!(store.pending().unwrap().len(), 1);
        store.decide(id, true, "", &Actor::System).unwrap();
        assert_eq!(store.offer("kurs").unwrap(), Some(offer("Neu")));
        assert!(store.pending().unwrap().is_empty());
        assert!(store.decide(id, true, "", &Actor::System).is_err(), "decided once");
    }

    #[test]
    fn a_rejected_change_leaves_the_offer_and_a_newer_one_supersedes() {
        let store = Store::in_memory().unwrap();
        store.save_offer(&offer("Alt"), &Actor::System, "save").unwrap();
        store.propose("kurs", "p", &Proposal::Withdraw, &Actor::System).unwrap();
        let Queued::Waiting(newer) =
            store.propose("kurs", "p", &Proposal::Save(Box::new(offer("Neu"))), &Actor::System).unwrap()
        else {
            panic!("the offer's own provider may propose")
        };
        assert_eq!(store.pending().unwrap().len(), 1);
        store.decide(newer, false, "Bitte Termine ergänzen", &Actor::System).unwrap();
        assert_eq!(store.offer("kurs").unwrap(), Some(offer("Alt")));
        assert!(store.pending_for("kurs").unwrap().is_none());
    }

    #[test]
    fn another_providers_open_proposal_is_never_superseded() {
        let store = Store::in_memory().unwrap();
        let first = store.propose("neu", "a", &Proposal::Save(Box::new(offer("Von A"))), &Actor::System).unwrap();
        assert!(matches!(first, Queued::Waiting(_)));
        let second = store.propose("neu", "b", &Proposal::Save(Box::new(offer("Von B"))), &Actor::System).unwrap();
        assert_eq!(second, Queued::HeldBy("a".into()));
        assert_eq!(store.pending_for("neu").unwrap().map(|p| p.provider_id), Some("a".into()));
    }
}
