//! HTML with maud, and what machines read of the same pages (JSON-LD, the sitemap): pure
//! functions from view models to markup. No I/O, no store, no index.
//! May import: assets, base_url, calendar, domain, i18n.

mod errors;
mod filters;
mod home;
mod icons;
pub mod labels;
mod layout;
mod localised;
mod next_steps;
pub(crate) mod offer;
mod opening_hours;
mod privacy;
pub mod provider;
mod qr;
pub(crate) mod report;
mod results;
mod shortlist;
mod sitemap;
mod structured_data;

pub use errors::error_page;
pub use filters::{FILTER_OPTIONS_ID, FacetGroup, FacetValue, FilterPanel, NearForm};
pub use home::{HomeView, home_page};
pub use layout::{Chrome, page};
pub use offer::{OfferView, offer_article, offer_page};
pub use privacy::privacy_page;
pub use report::report_answer_page;
pub use results::{Link, ResultCard, ResultsView, results_page};
pub use shortlist::{ListEntry, ListView, OfferTools, PrintEntry, PrintTexts, PrintView, list_page, print_page};
pub use sitemap::sitemap;
