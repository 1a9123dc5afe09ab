//! Reports of wrong information from visitors, kept in the store for providers and admins.

use super::Directory;
use crate::Result;
use crate::domain::{Actor, Report};

impl Directory {
    /// Files a report on an offer; false when no published offer has this id.
    pub fn store_report(&self, offer_id: &str, reason: &str, message: &str, lang: &str) -> Result<bool> {
        self.store.add_report(offer_id, reason, message, lang)
    }

    /// Open reports, of one provider or of all.
    pub fn stored_open_reports(&self, provider: Option<&str>) -> Result<Vec<Report>> {
        self.store.open_reports(provider)
    }

    /// The provider whose offer a report is about.
    pub fn provider_of_report(&self, id: i64) -> Result<Option<String>> {
        self.store.report_provider(id)
    }

    /// Resolves or dismisses a report; false when it was not open.
    pub fn store_report_closed(&self, id: i64, resolved: bool, actor: &Actor) -> Result<bool> {
        self.store.close_report(id, resolved, actor)
    }
}
