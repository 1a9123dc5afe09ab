//! The tantivy index derived from the store, and search over it: query analysis into tantivy
//! queries, filters, facet counts, ranking and snippets. Imports no web, view or SQL code.
//! May import: analysis, domain, gazetteer.

mod candidates;
mod coordination;
mod expand;
mod facets;
mod fields;
mod fusion;
mod index;
mod meaning;
mod query;
mod query_cache;
mod request;
mod searcher;
mod segment_table;
mod snippet;

pub use fields::SCHEMA_VERSION;
pub use index::{Fresh, IndexUpdate, SearchIndex};
pub use meaning::Meanings;
pub use query::Rule;
pub use request::{Facets, Feature, Filters, GeoPoint, Hit, STARTS_SOON_DAYS, SearchRequest, Sort};
pub use searcher::{Match, SearchResults};
pub use snippet::Snippet;
