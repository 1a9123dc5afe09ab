//! The crate's error type; the web layer maps it to status codes in one place.
//! May import: nothing.

use std::path::PathBuf;

/// Everything below the web layer returns this.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("store: {0}")]
    Store(#[from] rusqlite::Error),
    #[error("index: {0}")]
    Index(#[from] tantivy::TantivyError),
    #[error("index query: {0}")]
    IndexQuery(#[from] tantivy::query::QueryParserError),
    #[error("stored offer is unreadable: {0}")]
    StoredOffer(#[from] serde_json::Error),
    #[error("{path}: {source}")]
    File { path: PathBuf, source: std::io::Error },
    #[error("{0}")]
    Data(String),
    /// The store holds something no version of Wegweiser writes.
    #[error("damaged store: {0}")]
    Corrupt(String),
    #[error(
        "{path} is not a usable store ({why}); restore it from a backup (see the README), or move it away to start afresh"
    )]
    UnusableStore { path: PathBuf, why: String },
    #[error("background task failed: {0}")]
    Task(#[from] tokio::task::JoinError),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
