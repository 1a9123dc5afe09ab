//! The offer model: plain types that parse and validate themselves.
//! Imports no web, view, index or storage crate.
//! May import: nothing.

mod account;
mod clock;
mod day;
mod geo;
mod hours;
mod lang;
mod offer;
pub mod offer_form;
mod report;
mod schedule_text;
mod terms;
mod text;
mod translations;
mod validation;
mod workflow;

pub use account::{Actor, User};
pub use clock::Clock;
pub use day::Day;
pub use geo::GeoPoint;
pub use hours::{
    ClockTime, OpeningSlot, TimeOfDay, WeekDay, berlin_local, hours_text, is_open_at, propose_hours, week, week_minute,
    week_ranges,
};
pub use lang::{Lang, LangCode};
pub use offer::{
    Accessibility, Contact, Cost, Location, OUTDATED_AFTER_DAYS, Offer, OfferId, ProviderId, ProviderRef, Schedule,
};
pub use report::{MAX_REPORT_CHARS, Report, ReportReason, report_message};
pub use schedule_text::{WeeklySlot, evening_or_weekend, text_says_evening_or_weekend, weekly_slots};
pub use terms::{Category, Level, TargetGroup};
pub use text::LocalText;
pub use translations::{OutdatedTranslation, OutdatedTranslations, TextField, mark_outdated_translations};
pub(crate) use validation::shape_error;
pub use validation::{FieldError, parse_offer};
pub use workflow::{HistoryEntry, Pending, Proposal, ProviderSummary, SearchGap};
