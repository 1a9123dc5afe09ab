//! Wegweiser: a multilingual search directory of offers for newcomers.

pub mod domain;
mod error;
pub mod store;

pub use error::{Error, Result};
