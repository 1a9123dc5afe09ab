use rusqlite::{OptionalExtension, params};

use super::Store;
use crate::domain::{Actor, Report};
use crate::{Error, Result};

impl Store {
    /// Keeps a report about a published offer for its provider; false when there is none.
    pub fn add_report(&self, offer_id: &str, reason: &str, message: &str, lang: &str) -> Result<bool> {
        let conn = self.conn();
        let provider: Option<String> = conn
            .query_row("SELECT provider_id FROM offers WHERE id = ?1 AND status = 'published'", [offer_id], |r| {
                r.get(0)
            })
            .optional()?;
        let Some(provider) = provider else { return Ok(false) };
        conn.execute(
            "INSERT INTO reports (offer_id, provider_id, reason, message, lang) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![offer_id, provider, reason, message, lang],
        )?;
        Ok(true)
    }

    /// Open reports, oldest first: of one provider's offers, or of all.
    pub fn open_reports(&self, provider: Option<&str>) -> Result<Vec<Report>> {
        let conn = self.conn();
        let mut statement = conn.prepare(
            "SELECT id, offer_id, provider_id, reason, message, lang, created FROM reports
             WHERE state = 'open' AND (?1 IS NULL OR provider_id = ?1) ORDER BY id",
        )?;
        let rows = statement.query_map([provider], |row| {
            Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get::<_, String>(3)?, row.get(4)?, row.get(5)?, row.get(6)?))
        })?;
        let mut reports = Vec::new();
        for row in rows {
            let (id, offer_id, provider_id, reason, message, lang, created) = row?;
            let reason = reason.parse().map_err(|e: String| Error::Corrupt(format!("report {id}: {e}")))?;
            reports.push(Report { id, offer_id, provider_id, reason, message, lang, created });
        }
        Ok(reports)
    }

    /// The provider of an open report.
    pub fn report_provider(&self, id: i64) -> Result<Option<String>> {
        let conn = self.conn();
        let sql = "SELECT provider_id FROM reports WHERE id = ?1 AND state = 'open'";
        Ok(conn.query_row(sql, [id], |r| r.get(0)).optional()?)
    }

    /// Closes an open report as resolved or dismissed; false when it is not open.
    pub fn close_report(&self, id: i64, resolved: bool, actor: &Actor) -> Result<bool> {
        let state = if resolved { "resolved" } else { "dismissed" };
        let closed = self.conn().execute(
            "UPDATE reports SET state = ?2, closed_by = ?3, closed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
             WHERE id = ?1 AND state = 'open'",
            params![id, state, actor.to_string()],
        )?;
        Ok(closed == 1)
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::domain::parse_offer;

    #[test]
    fn reports_wait_for_their_provider_until_closed() {
        let store = Store::in_memory().unwrap();
        let offer =
            json!({"id": "kurs", "provider": {"id": "p", "name": "P"}, "category": "other", "title": {"de": "K"}});
        store.save_offer(&parse_offer(offer).unwrap(), &Actor::System, "save").unwrap();
        assert!(store.add_report("kurs", "times", "Jetzt donnerstags", "ar").unwrap());
        assert!(!store.add_report("nope", "times", "", "ar").unwrap(), "only about published offers");
        let open = store.open_reports(Some("p")).unwrap();
        assert_eq!((open.len(), open[0].message.as_str()), (1, "Jetzt donnerstags"));
        assert!(store.open_reports(Some("other")).unwrap().is_empty());
        assert_eq!(store.report_provider(open[0].id).unwrap().as_deref(), Some("p"));
        assert!(store.close_report(open[0].id, true, &Actor::System).unwrap());
        assert!(!store.close_report(open[0].id, false, &Actor::System).unwrap(), "only once");
        assert!(store.open_reports(None).unwrap().is_empty());
    }
}
