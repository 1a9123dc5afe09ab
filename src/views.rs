//! HTML with maud, and what machines read of the same pages (JSON-LD, the sitemap): pure
//! functions from view models to markup. No I/O, no store, no index.

mod errors;
mod home;
pub mod labels;
mod layout;
pub(crate) mod offer;
pub mod provider;
mod results;
mod sitemap;
mod structured_data;

pub use errors::error_page;
pub use home::{HomeView, home_page};
pub use layout::{Chrome, page};
pub use offer::{OfferView, offer_article, offer_page};
pub use results::{FacetGroup, FacetValue, Link, ResultCard, ResultsView, results_page};
pub use sitemap::sitemap;
