use rusqlite::Connection;

use crate::Result;

/// Providers, offers and the change log the index follows.
const OFFERS: &str = "CREATE TABLE providers (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL
    );
    CREATE TABLE offers (
        id TEXT PRIMARY KEY,
        provider_id TEXT NOT NULL REFERENCES providers(id),
        data TEXT NOT NULL,
        updated TEXT
    );
    CREATE INDEX offers_provider ON offers(provider_id);
    -- Every write appends here; the index remembers the last sequence number it has seen.
    CREATE TABLE changes (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        offer_id TEXT NOT NULL,
        at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    );
    CREATE INDEX changes_offer ON changes(offer_id);";

/// Accounts, withdrawn offers, a history with before and after, and moderation.
const ACCOUNTS: &str = "ALTER TABLE offers ADD COLUMN status TEXT NOT NULL DEFAULT 'published';
    ALTER TABLE changes ADD COLUMN actor TEXT NOT NULL DEFAULT 'import';
    ALTER TABLE changes ADD COLUMN action TEXT NOT NULL DEFAULT 'save';
    ALTER TABLE changes ADD COLUMN before TEXT;
    ALTER TABLE changes ADD COLUMN after TEXT;
    CREATE TABLE users (
        id INTEGER PRIMARY KEY,
        email TEXT NOT NULL UNIQUE COLLATE NOCASE,
        provider_id TEXT REFERENCES providers(id),
        is_admin INTEGER NOT NULL DEFAULT 0,
        password_hash TEXT NOT NULL,
        created TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    );
    CREATE TABLE sessions (
        secret_hash TEXT PRIMARY KEY,
        user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        csrf TEXT NOT NULL,
        expires INTEGER NOT NULL
    );
    CREATE TABLE tokens (
        id TEXT PRIMARY KEY,
        provider_id TEXT NOT NULL REFERENCES providers(id),
        label TEXT,
        secret_hash TEXT NOT NULL UNIQUE,
        created TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        revoked TEXT
    );
    CREATE TABLE pending (
        id INTEGER PRIMARY KEY,
        offer_id TEXT NOT NULL,
        provider_id TEXT NOT NULL,
        action TEXT NOT NULL,
        data TEXT,
        submitted_by TEXT NOT NULL,
        submitted_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        decision TEXT,
        reason TEXT,
        decided_by TEXT,
        decided_at TEXT
    );
    CREATE INDEX pending_open ON pending(decision, offer_id);";

/// The number of published offers, kept by triggers in the writing transaction: health checks
/// read it in constant time instead of counting a table whose rows run to overflow pages.
const TALLY: &str = "CREATE TABLE tally (published INTEGER NOT NULL);
    INSERT INTO tally SELECT count(*) FROM offers WHERE status = 'published';
    CREATE TRIGGER tally_insert AFTER INSERT ON offers WHEN new.status = 'published'
        BEGIN UPDATE tally SET published = published + 1; END;
    CREATE TRIGGER tally_delete AFTER DELETE ON offers WHEN old.status = 'published'
        BEGIN UPDATE tally SET published = published - 1; END;
    CREATE TRIGGER tally_update AFTER UPDATE OF status ON offers WHEN old.status IS NOT new.status
        BEGIN UPDATE tally SET published = published + (new.status = 'published') - (old.status = 'published'); END;";

/// The offers' meaning vectors, with the fingerprint of the text each was made from.
const MEANINGS: &str = "CREATE TABLE meanings (
        offer_id TEXT PRIMARY KEY,
        text_key BLOB NOT NULL,
        vector BLOB NOT NULL
    );";

/// Problems the public reports with listings, open until the provider or an admin closes them.
const REPORTS: &str = "CREATE TABLE reports (
        id INTEGER PRIMARY KEY,
        offer_id TEXT NOT NULL,
        provider_id TEXT NOT NULL,
        reason TEXT NOT NULL,
        message TEXT NOT NULL DEFAULT '',
        lang TEXT NOT NULL,
        created TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        state TEXT NOT NULL DEFAULT 'open',
        closed_by TEXT,
        closed_at TEXT
    );
    CREATE INDEX reports_open ON reports(state, provider_id);";

/// Counts of searches that found nothing or little; no query as typed, no time, no address.
const SEARCH_GAPS: &str = "CREATE TABLE search_gaps (
        week TEXT NOT NULL,
        lang TEXT NOT NULL,
        words TEXT NOT NULL,
        zero INTEGER NOT NULL DEFAULT 0,
        few INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (week, lang, words)
    );";

/// Changes keep the fields that changed (old and new value each) instead of two full copies;
/// earlier entries keep their copies and are read as before.
const CHANGE_DIFFS: &str = "ALTER TABLE changes ADD COLUMN diff TEXT;";

/// One-time sign-in links an admin issues to reset a password (only an Argon2 hash of the
/// secret is kept, and a link works once, until it expires), and a provider's own admins, who
/// add their colleagues.
const PROVIDER_ACCOUNTS: &str = "ALTER TABLE users ADD COLUMN is_provider_admin INTEGER NOT NULL DEFAULT 0;
    CREATE TABLE sign_in_links (
        id INTEGER PRIMARY KEY,
        user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        secret_hash TEXT NOT NULL,
        expires INTEGER NOT NULL,
        used INTEGER NOT NULL DEFAULT 0
    );";

/// Which offers are published, without reading their rows: the status follows the JSON in each
/// row, so filtering on it read every row's overflow pages (300 MB at 100,000 offers, twice
/// when the index opens: for the stored meaning vectors and for the offers still without).
const STATUS_INDEX: &str = "CREATE INDEX offers_status ON offers(status, id);";

/// Each entry moves the schema one version up; never edit a released entry, append a new one.
const MIGRATIONS: &[&str] =
    &[OFFERS, ACCOUNTS, TALLY, MEANINGS, REPORTS, SEARCH_GAPS, CHANGE_DIFFS, PROVIDER_ACCOUNTS, STATUS_INDEX];

pub fn apply(conn: &mut Connection) -> Result<()> {
    let current: i64 = conn.query_row("PRAGMA user_version", [], |row| row.get(0))?;
    for (version, sql) in MIGRATIONS.iter().enumerate().skip(usize::try_from(current).unwrap_or(0)) {
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", version as i64 + 1)?;
        tx.commit()?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_run_once_and_record_the_version() {
        let mut conn = Connection::open_in_memory().unwrap();
        apply(&mut conn).unwrap();
        apply(&mut conn).unwrap();
        let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
        assert_eq!(version, MIGRATIONS.len() as i64);
    }

    #[test]
    fn the_tally_follows_inserts_withdrawals_and_deletions() {
        let mut conn = Connection::open_in_memory().unwrap();
        apply(&mut conn).unwrap();
        let published = |conn: &Connection| conn.query_row("SELECT published FROM tally", [], |r| r.get::<_, i64>(0));
        conn.execute_batch(
            "INSERT INTO providers VALUES ('p', 'P');
             INSERT INTO offers (id, provider_id, data) VALUES ('a', 'p', '{}'), ('b', 'p', '{}'), ('c', 'p', '{}');
             INSERT INTO offers (id, provider_id, data) VALUES ('a', 'p', '{}')
                 ON CONFLICT (id) DO UPDATE SET data = excluded.data, status = 'published';",
        )
        .unwrap();
        assert_eq!(published(&conn).unwrap(), 3);
        conn.execute_batch("UPDATE offers SET status = 'withdrawn' WHERE id = 'b'; DELETE FROM offers WHERE id = 'c';")
            .unwrap();
        assert_eq!(published(&conn).unwrap(), 1);
        conn.execute("UPDATE offers SET status = 'published' WHERE id = 'b'", []).unwrap();
        assert_eq!(published(&conn).unwrap(), 2);
    }
}
