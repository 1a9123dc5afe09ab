use rusqlite::{OptionalExtension, params};

use super::Store;
use super::offers::sql_count;
use crate::domain::{Offer, ProviderRef};
use crate::{Error, Result};

/// Providers that have at least one offer; a provider whose offers all moved is not listed.
const LISTED: &str = "EXISTS (SELECT 1 FROM offers WHERE offers.provider_id = providers.id)";

impl Store {
    /// Up to `limit` providers with offers after the first `offset`, ordered by id.
    pub fn provider_page(&self, limit: usize, offset: usize) -> Result<Vec<ProviderRef>> {
        let conn = self.conn();
        let mut statement = conn
            .prepare_cached(&format!("SELECT id, name FROM providers WHERE {LISTED} ORDER BY id LIMIT ?1 OFFSET ?2"))?;
        let rows =
            statement.query_map(params![sql_count(limit), sql_count(offset)], |row| Ok((row.get(0)?, row.get(1)?)))?;
        rows.map(|row| provider(row?)).collect()
    }

    pub fn provider_count(&self) -> Result<i64> {
        Ok(self.conn().query_row(&format!("SELECT count(*) FROM providers WHERE {LISTED}"), [], |row| row.get(0))?)
    }

    /// The provider with this id, if it has offers.
    pub fn provider(&self, id: &str) -> Result<Option<ProviderRef>> {
        let conn = self.conn();
        let sql = format!("SELECT id, name FROM providers WHERE id = ?1 AND {LISTED}");
        let row = conn.query_row(&sql, [id], |row| Ok((row.get(0)?, row.get(1)?))).optional()?;
        row.map(provider).transpose()
    }

    /// Every id of a provider with offers, in order.
    pub fn provider_ids(&self) -> Result<Vec<String>> {
        let conn = self.conn();
        let mut statement = conn.prepare_cached(&format!("SELECT id FROM providers WHERE {LISTED} ORDER BY id"))?;
        let rows = statement.query_map([], |row| row.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The provider's published offers, ordered by id.
    pub fn offers_of_provider(&self, provider_id: &str) -> Result<Vec<Offer>> {
        let conn = self.conn();
        let mut statement =
            conn.prepare_cached("SELECT data FROM offers WHERE provider_id = ?1 AND status = 'published' ORDER BY id")?;
        let rows = statement.query_map([provider_id], |row| row.get::<_, String>(0))?;
        let mut offers = Vec::new();
        for json in rows {
            offers.push(serde_json::from_str(&json?)?);
        }
        Ok(offers)
    }
}

fn provider((id, name): (String, String)) -> Result<ProviderRef> {
    let id = id.parse().map_err(|message| Error::Corrupt(format!("stored provider: {message}")))?;
    Ok(ProviderRef { id, name })
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::domain::parse_offer;

    fn offer(id: &str, provider: &str) -> Offer {
        parse_offer(json!({
            "id": id,
            "provider": {"id": provider, "name": provider.to_uppercase()},
            "category": "counseling",
            "title": {"de": id},
        }))
        .unwrap()
    }

    #[test]
    fn only_providers_with_offers_are_listed() {
        let store = Store::in_memory().unwrap();
        store
            .upsert_offers(
                &[offer("a", "caritas"), offer("b", "awo"), offer("c", "awo")],
                &crate::domain::Actor::System,
            )
            .unwrap();
        store.upsert_offers(&[offer("a", "diakonie")], &crate::domain::Actor::System).unwrap();
        assert_eq!(store.provider_count().unwrap(), 2);
        assert_eq!(store.provider_ids().unwrap(), ["awo", "diakonie"]);
        let page: Vec<String> = store.provider_page(1, 1).unwrap().into_iter().map(|p| p.name).collect();
        assert_eq!(page, ["DIAKONIE"]);
        assert!(store.provider("caritas").unwrap().is_none());
        assert_eq!(store.offers_of_provider("awo").unwrap().len(), 2);
    }
}
