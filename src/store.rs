//! The source of truth: offers, providers and the change log in one SQLite file.
//! All SQL lives in this module; it imports no web, view or index code.

mod accounts;
mod migrations;
mod moderation;
mod offers;
mod providers;

use std::path::Path;
use std::sync::{Mutex, MutexGuard};

use rusqlite::Connection;

use crate::Result;

pub use accounts::{ProviderSummary, now};
pub use moderation::{Pending, Proposal};
pub use offers::{Change, HistoryEntry, OfferRecord, Status};

/// One SQLite connection behind a lock: writes are serialised anyway, reads are short.
pub struct Store {
    conn: Mutex<Connection>,
}

impl Store {
    /// Opens (or creates) the store file and brings its schema up to date.
    pub fn open(path: &Path) -> Result<Store> {
        let conn = Connection::open(path)?;
        Store::configure(conn)
    }

    /// A private store in memory, for tests and one-off commands.
    pub fn in_memory() -> Result<Store> {
        Store::configure(Connection::open_in_memory()?)
    }

    fn configure(mut conn: Connection) -> Result<Store> {
        // FULL makes every acknowledged commit survive a power cut, not only a crash.
        conn.execute_batch(
            "PRAGMA journal_mode = WAL;
             PRAGMA synchronous = FULL;
             PRAGMA foreign_keys = ON;
             PRAGMA busy_timeout = 5000;",
        )?;
        migrations::apply(&mut conn)?;
        Ok(Store { conn: Mutex::new(conn) })
    }

    fn conn(&self) -> MutexGuard<'_, Connection> {
        // A panic while holding the lock cannot leave SQLite half-written: transactions roll back.
        self.conn.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}
