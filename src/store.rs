//! The source of truth: offers, providers and the change log in one SQLite file.
//! All SQL lives in this module; it imports no web, view or index code.
//! May import: domain.

mod accounts;
mod changes;
mod meanings;
mod migrations;
mod moderation;
mod offers;
mod providers;
mod reports;
mod search_gaps;

use std::path::Path;
use std::sync::{Mutex, MutexGuard};

use rusqlite::Connection;

use crate::{Error, Result};

pub use accounts::now;
pub use changes::{Change, Tally};
pub use meanings::StoredMeaning;
pub use moderation::Queued;
pub use offers::{OfferRecord, Status};

pub use crate::domain::{HistoryEntry, Pending, Proposal, ProviderSummary, SearchGap};

/// One SQLite connection behind a lock: writes are serialised anyway, reads are short.
pub struct Store {
    conn: Mutex<Connection>,
}

impl Store {
    /// Opens (or creates) the store file and brings its schema up to date. A file that exists
    /// but is empty or not a store is refused: it is a damaged store (or the wrong file), and
    /// treating it as a new one would silently drop every account and offer.
    pub fn open(path: &Path) -> Result<Store> {
        let unusable = |why: String| Error::UnusableStore { path: path.to_owned(), why };
        if let Ok(metadata) = std::fs::metadata(path)
            && metadata.len() == 0
        {
            return Err(unusable("the file is empty".into()));
        }
        let conn = Connection::open(path).map_err(|e| unusable(e.to_string()))?;
        // Reading the schema is the first access that fails on a file that is not SQLite.
        conn.query_row("SELECT count(*) FROM sqlite_master", [], |row| row.get::<_, i64>(0))
            .map_err(|e| unusable(e.to_string()))?;
        Store::configure(conn)
    }

    /// A private store in memory, for tests and one-off commands.
    pub fn in_memory() -> Result<Store> {
        Store::configure(Connection::open_in_memory()?)
    }

    fn configure(mut conn: Connection) -> Result<Store> {
        // FULL makes every acknowledged commit survive a power cut, not only a crash. A page
        // cache of 32 MB instead of 2 keeps the id index of 100,000 offers in memory: a bulk
        // import of that many ran 55 s instead of 66.
        conn.execute_batch(
            "PRAGMA journal_mode = WAL;
             PRAGMA synchronous = FULL;
             PRAGMA foreign_keys = ON;
             PRAGMA busy_timeout = 5000;
             PRAGMA cache_size = -32000;",
        )?;
        migrations::apply(&mut conn)?;
        Ok(Store { conn: Mutex::new(conn) })
    }

    /// Copies the store into `target` with SQLite's online backup: a consistent snapshot even
    /// while a server writes, WAL included.
    pub fn backup_to(&self, target: &Path) -> Result<()> {
        let conn = self.conn();
        let mut copy = Connection::open(target)?;
        let backup = rusqlite::backup::Backup::new(&conn, &mut copy)?;
        backup.run_to_completion(256, std::time::Duration::ZERO, None)?;
        Ok(())
    }

    /// Folds the write-ahead log into the store file and empties it, so that the file alone
    /// holds every commit; done when a server stops.
    pub fn checkpoint(&self) -> Result<()> {
        self.conn().query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        Ok(())
    }

    fn conn(&self) -> MutexGuard<'_, Connection> {
        // A panic while holding the lock cannot leave SQLite half-written: transactions roll back.
        self.conn.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}
