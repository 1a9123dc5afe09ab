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
    /// Bundled or imported data that does not read.
    #[error("{0}")]
    Data(String),
    /// A request the caller can correct (an e-mail taken, a provider not added yet); the
    /// message is meant for them.
    #[error("{0}")]
    Refused(String),
    /// What was asked for is not there.
    #[error("{0}")]
    NotFound(String),
    /// The store has the change but the index could not take it yet (a full or read-only
    /// disk); it catches up on its own.
    #[error("saved, but not searchable yet: {0}")]
    NotYetSearchable(Box<Error>),
    /// The machine could not do its part: no randomness, hashing failed.
    #[error("{0}")]
    System(String),
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

/// What the caller can do about an error; the web layer answers by kind alone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Correct the request: the message says how.
    Refused,
    /// Ask for something that exists.
    NotFound,
    /// Try again later: the change is kept and will show.
    Unavailable,
    /// Nothing: it is ours to fix, and its details stay in the log.
    Internal,
}

impl Error {
    pub fn kind(&self) -> Kind {
        match self {
            Error::Refused(_) => Kind::Refused,
            Error::NotFound(_) => Kind::NotFound,
            Error::NotYetSearchable(_) => Kind::Unavailable,
            _ => Kind::Internal,
        }
    }
}
