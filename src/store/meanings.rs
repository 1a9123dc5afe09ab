//! The offers' meaning vectors, kept so that opening or rebuilding the index never makes them
//! again: each with the fingerprint of the text it was made from.

use rusqlite::params;

use wegweiser_encoder::quantise;

use super::Store;
use crate::Result;

/// One offer's vectors (one per text read) and the fingerprint of their texts.
#[derive(Clone, Debug, PartialEq)]
pub struct StoredMeaning {
    pub offer_id: String,
    pub key: [u8; 16],
    pub vectors: Vec<Vec<f32>>,
}

const WITHOUT_MEANING: &str =
    "SELECT id FROM offers WHERE status = 'published' AND id NOT IN (SELECT offer_id FROM meanings)";
const PUBLISHED_MEANINGS: &str = "SELECT m.offer_id, m.text_key, m.vector FROM meanings m
    JOIN offers o ON o.id = m.offer_id WHERE o.status = 'published'";

/// Set in the length word of vectors kept as bytes.
const AS_BYTES: u32 = 1 << 31;

/// The vectors as bytes, little endian: their length with `AS_BYTES` set, then each vector's
/// scale and one byte a value (`quantise`), which is all a search reads of them and a quarter
/// of the floats' size.
fn to_bytes(vectors: &[Vec<f32>]) -> Vec<u8> {
    let length = vectors.first().map_or(0, Vec::len) as u32;
    let mut bytes = (length | AS_BYTES).to_le_bytes().to_vec();
    for vector in vectors {
        let (values, scale) = quantise(vector);
        bytes.extend(scale.to_le_bytes());
        bytes.extend(values.iter().map(|value| value.to_le_bytes()[0]));
    }
    bytes
}

/// Reads what `to_bytes` writes, and the floats it wrote before (the length, then every float).
fn from_bytes(bytes: &[u8]) -> Option<Vec<Vec<f32>>> {
    let (head, rest) = bytes.split_first_chunk::<4>()?;
    let head = u32::from_le_bytes(*head);
    let length = (head & !AS_BYTES) as usize;
    let float = |b: &[u8]| f32::from_le_bytes([b[0], b[1], b[2], b[3]]);
    if head & AS_BYTES == 0 {
        if length == 0 || rest.len() % (4 * length) != 0 {
            return None;
        }
        let floats: Vec<f32> = rest.chunks_exact(4).map(float).collect();
        let finite = !floats.is_empty() && floats.iter().all(|f| f.is_finite());
        return finite.then(|| floats.chunks(length).map(<[f32]>::to_vec).collect());
    }
    if length == 0 || rest.is_empty() || rest.len() % (4 + length) != 0 {
        return None;
    }
    let vector = |chunk: &[u8]| {
        let scale = float(chunk);
        scale.is_finite().then(|| chunk[4..].iter().map(|b| f32::from(i8::from_le_bytes([*b])) * scale).collect())
    };
    rest.chunks_exact(4 + length).map(vector).collect()
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
        let mut statement = conn.prepare(WITHOUT_MEANING)?;
        let ids = statement.query_map([], |row| row.get(0))?.collect::<rusqlite::Result<Vec<String>>>()?;
        Ok(ids)
    }

    /// Hands `visit` the vectors of each published offer in turn, so that a hundred thousand
    /// offers' floats are never all in memory at once; returns the offers whose stored vectors
    /// are damaged, to be made again.
    pub fn each_meaning(&self, mut visit: impl FnMut(StoredMeaning)) -> Result<Vec<String>> {
        let conn = self.conn();
        let mut statement = conn.prepare(PUBLISHED_MEANINGS)?;
        let mut rows = statement.query([])?;
        let mut damaged = Vec::new();
        while let Some(row) = rows.next()? {
            let offer_id: String = row.get(0)?;
            let key = row.get_ref(1)?.as_blob().ok().and_then(|b| <[u8; 16]>::try_from(b).ok());
            let vectors = row.get_ref(2)?.as_blob().ok().and_then(from_bytes);
            match key.zip(vectors) {
                Some((key, vectors)) => visit(StoredMeaning { offer_id, key, vectors }),
                None => damaged.push(offer_id),
            }
        }
        Ok(damaged)
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
        assert_eq!(stored(&store), vec![second.clone()]);
        assert!(store.offers_without_meaning().unwrap().is_empty());
        // A damaged row is passed over and named, to be made again.
        store.conn().execute("UPDATE meanings SET vector = x'0200' WHERE offer_id = 'a'", []).unwrap();
        let mut visited = 0;
        assert_eq!(store.each_meaning(|_| visited += 1).unwrap(), ["a"]);
        assert_eq!(visited, 0);
        store.save_meanings(std::slice::from_ref(&second)).unwrap();
        store.withdraw_offer("a", &Actor::System).unwrap();
        assert!(stored(&store).is_empty());
    }

    #[test]
    fn vectors_are_kept_as_bytes_and_floats_kept_before_still_read() {
        let vectors = vec![vec![0.5, -0.25, 0.125], vec![0.0, 0.0, 0.0]];
        let bytes = to_bytes(&vectors);
        assert_eq!(bytes.len(), 4 + 2 * (4 + 3));
        let read = from_bytes(&bytes).unwrap();
        for (got, wanted) in read.iter().flatten().zip(vectors.iter().flatten()) {
            assert!((got - wanted).abs() <= 0.5 / 127.0, "{got} for {wanted}");
        }
        // Kept as bytes again, they come out the same bytes.
        assert_eq!(to_bytes(&read), bytes);
        let floats: Vec<u8> = [2u32.to_le_bytes(), 1f32.to_le_bytes(), 2f32.to_le_bytes()].concat();
        assert_eq!(from_bytes(&floats).unwrap(), [[1.0, 2.0]]);
    }

    #[test]
    fn opening_reads_which_offers_are_published_from_an_index_not_from_their_rows() {
        let store = Store::in_memory().unwrap();
        for query in [WITHOUT_MEANING, PUBLISHED_MEANINGS] {
            let conn = store.conn();
            let mut plan = conn.prepare(&format!("EXPLAIN QUERY PLAN {query}")).unwrap();
            let steps: Vec<String> = plan.query_map([], |row| row.get(3)).unwrap().map(Result::unwrap).collect();
            assert!(steps.iter().any(|step| step.contains("COVERING INDEX offers_status")), "{steps:?}");
            assert!(!steps.iter().any(|step| step.starts_with("SCAN")), "{steps:?}");
        }
    }

    #[test]
    fn damaged_vectors_are_refused() {
        assert!(from_bytes(&[2, 0, 0, 0, 1, 2, 3]).is_none());
        assert!(from_bytes(&[2, 0, 0, 0x80, 1, 2, 3]).is_none());
        assert!(from_bytes(&[0, 0, 0, 0]).is_none());
        assert!(from_bytes(&[0, 0, 0, 0x80]).is_none());
        // A length and nothing after it, and a scale or float that is no number.
        assert!(from_bytes(&[2, 0, 0, 0x80]).is_none());
        assert!(from_bytes(&[1, 0, 0, 0]).is_none());
        assert!(from_bytes(&[[1, 0, 0, 0x80], f32::INFINITY.to_le_bytes(), [1, 0, 0, 0]].concat()[..9]).is_none());
        assert!(from_bytes(&[1u32.to_le_bytes(), f32::NAN.to_le_bytes()].concat()).is_none());
        assert!(from_bytes(&[]).is_none());
    }
}
