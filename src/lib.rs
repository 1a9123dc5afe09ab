//! Wegweiser: a multilingual search directory of offers for newcomers.

pub mod analysis;
pub mod assets;
pub mod auth;
pub mod base_url;
pub mod calendar;
pub mod cli;
pub mod config;
pub mod directory;
pub mod domain;
pub mod editing;
mod error;
pub mod gazetteer;
pub mod hsds;
pub mod i18n;
pub mod import;
pub mod relevance;
pub mod search;
pub mod search_gaps;
pub mod server;
pub mod store;
pub mod views;
pub mod web;

pub use error::{Error, Kind, Result};
pub use web::{AppState, app};
