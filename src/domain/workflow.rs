//! What the provider workflow keeps about offers beside the offers themselves: their history,
//! changes waiting for an admin, providers as the admin pages list them, and the searches that
//! found little. Plain data: the store fills them, the workflow and the pages read them.

use super::Offer;

/// What a provider asked for while moderation is on.
#[derive(Clone, Debug, PartialEq)]
pub enum Proposal {
    Save(Box<Offer>),
    Withdraw,
}

/// A change waiting for an admin.
#[derive(Clone, Debug, PartialEq)]
pub struct Pending {
    pub id: i64,
    pub offer_id: String,
    pub provider_id: String,
    pub proposal: Proposal,
    pub submitted_by: String,
    pub submitted_at: String,
}

/// One change in an offer's history: who, when, what, before and after.
#[derive(Clone, Debug, PartialEq)]
pub struct HistoryEntry {
    pub seq: i64,
    pub at: String,
    pub actor: String,
    pub action: String,
    pub before: Option<Offer>,
    pub after: Option<Offer>,
}

/// A provider organisation as the admin pages list it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProviderSummary {
    pub id: String,
    pub name: String,
    pub users: i64,
    pub offers: i64,
}

/// Searches of one week and language that found nothing or little, under the same words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SearchGap {
    pub week: String,
    pub lang: String,
    pub words: String,
    /// Searches that found nothing.
    pub zero: i64,
    /// Searches that found a few.
    pub few: i64,
}
