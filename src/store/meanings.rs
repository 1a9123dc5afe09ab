//! The offers' meaning vectors, kept so that opening or rebuilding the index never makes them
//! again: each with the fingerprint of the text it was made from.

use rusqlite::params;

use super::Store;
use crate::{Error, Result};

/// One offer's vectors (one per text read) and the fingerprint of their texts.
#[derive(Clone, Debug, PartialEq)]
pub struct StoredMeaning {
    pub offer_id: String,
    pub key: [u8; 16],
    pub vectors: Vec<Vec<f32>>,
}

/// The vectors as bytes: their length, then every float, all little endian.
fn to_bytes(vectors: &[Vec<f32>]) -> Vec<u8> {
    let length = vectors.first().map_or(0, Vec::len) as u32;
    let floats = vectors.iter().flatten().flat_map(|v| v.to_le_bytes());
    length.to_le_bytes().into_iter().chain(floats).collect()
}

fn from_bytes(bytes: &[u8]) -> Option<Vec<Vec<f32>>> {
    let (length, floats) = bytes.split_first_chunk::<4>()?;
    let length = u32::from_le_bytes(*length) as usize;
    if length == 0 || floats.len() % (4 * length) != 0 {
        return None;
    }
    let floats: Vec<f32> = floats.chunks_exact(4).map(|b| f32::from_le_bytes([b[0], b[1], b[2], b[3]])).collect();
    Some(floats.chunks(length).map(<[f32]>::to_vec).collect())
}

impl Store {
    /// Keeps these vectors, replacing older ones of the same offers.
    pub fn save_meanings(&self, meanings: &[StoredMeaning]) -> Result<()> {
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        {
            let mut insert = tx.prepare_cached(
                "INSERT INTO meanings (offer_id, text_key, vector) VALUES (?1, ?2, ?3)
                 ON CONFLICT (offer_id) DO UPDATE SET text_key = excluded.text_key, vector = excluded.vector",
            )?;
            for meaning in meanings {
                insert.execute(params![meaning.offer_id, &meaning.key[..], to_bytes(&meaning.vectors)])?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// The published offers that have no vector yet.
    pub fn offers_without_meaning(&self) -> Result<Vec<String>> {
        let conn = self.conn();
        let mut statement = conn.prepare(
            "SELECT id FROM offers WHERE status = 'published' AND id NOT IN (SELECT offer_id FROM meanings)",
        )?;
        let ids = statement.query_map([], |row| row.get(0))?.collect::<rusqlite::Result<Vec<String>>>()?;
        Ok(ids)
    }

    /// Hands `visit` the vectors of each published offer in turn, so that a hundred thousand
    /// offers' floats are never all in memory at once.
    pub fn each_meaning(&self, mut visit: impl FnMut(StoredMeaning)) -> Result<()> {
        let conn = self.conn();
        let mut statement = conn.prepare(
            "SELECT m.offer_id, m.text_key, m.vector FROM meanings m
             JOIN offers o ON o.id = m.offer_id WHERE o.status = 'published'",
        )?;
        let mut rows = statement.query([])?;
        while let Some(row) = rows.next()? {
            let offer_id: String = row.get(0)?;
            let damaged = || Error::Data(format!("store: the meaning vector of {offer_id} is damaged"));
            let key = row.get_ref(1)?.as_blob().ok().and_then(|b| <[u8; 16]>::try_from(b).ok()).ok_or_else(damaged)?;
            let vectors = row.get_ref(2)?.as_blob().ok().and_then(from_bytes).ok_or_else(damaged)?;
            visit(StoredMeaning { offer_id, key, vectors });
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Actor, Offer};

    #[test]
    fn vectors_are_kept_replaced_and_shown_only_for_published_offers() {
        let store = Store::in_memory().unwrap();
        let offer: Offer = serde_json::from_str(
            r#"{"id": "a", "provider": {"id": "p", "name": "P"}, "category": "language_course", "title": {"de": "Kurs"}}"#,
        )
        .unwrap();
        store.upsert_offers(&[offer], &Actor::System).unwrap();
        assert_eq!(store.offers_without_meaning().unwrap(), ["a"]);
        let first = StoredMeaning { offer_id: "a".into(), key: [1; 16], vectors: vec![vec![0.5, -0.25]] };
        store.save_meanings(std::slice::from_ref(&first)).unwrap();
        let second = StoredMeaning { key: [2; 16], vectors: vec![vec![1.0, 0.0], vec![0.0, 1.0]], ..first };
        store.save_meanings(std::slice::from_ref(&second)).unwrap();
        let stored = |store: &Store| {
            let mut all = Vec::new();
            store.each_meaning(|meaning| all.push(meaning)).unwrap();
            all
        };
        assert_eq!(stored(&store), vec![second]);
        assert!(store.offers_without_meaning().unwrap().is_empty());
        store.withdraw_offer("a", &Actor::System).unwrap();
        assert!(stored(&store).is_empty());
    }

    #[test]
    fn damaged_vectors_are_refused() {
        assert_eq!(from_bytes(&to_bytes(&[vec![1.0, 2.0], vec![3.0, 4.0]])).unwrap(), [[1.0, 2.0], [3.0, 4.0]]);
        assert!(from_bytes(&[2, 0, 0, 0, 1, 2, 3]).is_none());
        assert!(from_bytes(&[0, 0, 0, 0]).is_none());
        assert!(from_bytes(&[]).is_none());
    }
}
