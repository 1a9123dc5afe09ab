//! What callers read through the directory: offers and providers from the store, hits from the
//! index. The store and the index themselves stay private, so no caller can write around the
//! index.

use std::collections::HashMap;

use super::Directory;
use crate::Result;
use crate::domain::{HistoryEntry, Offer, Pending, ProviderRef, ProviderSummary};
use crate::search::{SearchRequest, SearchResults};
use crate::store::OfferRecord;

impl Directory {
    /// Ranked hits and facets for a request.
    pub fn search(&self, request: &SearchRequest) -> Result<SearchResults> {
        self.index.search(request)
    }

    /// Offers the index holds, as its last commit made searchable.
    pub fn indexed_count(&self) -> u64 {
        self.index.doc_count()
    }

    /// The store change the index has caught up to.
    pub fn index_synced_to(&self) -> i64 {
        self.index.synced_to()
    }

    /// The number of the store's last change.
    pub fn last_change(&self) -> Result<i64> {
        self.store.last_change()
    }

    /// A published offer.
    pub fn offer(&self, id: &str) -> Result<Option<Offer>> {
        self.store.offer(id)
    }

    /// An offer in any state.
    pub fn offer_record(&self, id: &str) -> Result<Option<OfferRecord>> {
        self.store.offer_record(id)
    }

    /// The published offers among `ids`, by id.
    pub fn offers_by_id(&self, ids: &[&str]) -> Result<HashMap<String, Offer>> {
        self.store.offers_by_id(ids)
    }

    /// How many offers are published.
    pub fn offer_count(&self) -> Result<i64> {
        self.store.offer_count()
    }

    /// Every published offer, ordered by id.
    pub fn all_offers(&self) -> Result<Vec<Offer>> {
        self.store.all_offers()
    }

    /// Up to `limit` published offers after the first `offset`, ordered by id.
    pub fn offer_page(&self, limit: usize, offset: usize) -> Result<Vec<Offer>> {
        self.store.offer_page(limit, offset)
    }

    /// The ids of the published offers.
    pub fn offer_ids(&self) -> Result<Vec<String>> {
        self.store.offer_ids()
    }

    /// Each published offer's id and last confirmation date.
    pub fn offer_dates(&self) -> Result<Vec<(String, Option<String>)>> {
        self.store.offer_dates()
    }

    /// A provider's offers in any state.
    pub fn provider_offers(&self, provider: &str) -> Result<Vec<OfferRecord>> {
        self.store.provider_offers(provider)
    }

    /// A provider's published offers.
    pub fn offers_of_provider(&self, provider: &str) -> Result<Vec<Offer>> {
        self.store.offers_of_provider(provider)
    }

    /// A provider with published offers.
    pub fn provider(&self, id: &str) -> Result<Option<ProviderRef>> {
        self.store.provider(id)
    }

    /// The ids of the providers with published offers.
    pub fn provider_ids(&self) -> Result<Vec<String>> {
        self.store.provider_ids()
    }

    /// Up to `limit` providers with offers after the first `offset`, ordered by id.
    pub fn provider_page(&self, limit: usize, offset: usize) -> Result<Vec<ProviderRef>> {
        self.store.provider_page(limit, offset)
    }

    /// How many providers have published offers.
    pub fn provider_count(&self) -> Result<i64> {
        self.store.provider_count()
    }

    /// Every provider with an account or offers.
    pub fn providers(&self) -> Result<Vec<ProviderSummary>> {
        self.store.providers()
    }

    /// The open proposal for an offer, whoever made it.
    pub fn open_proposal(&self, offer_id: &str) -> Result<Option<Pending>> {
        self.store.pending_for(offer_id)
    }

    /// Every open proposal.
    pub fn open_proposals(&self) -> Result<Vec<Pending>> {
        self.store.pending()
    }

    /// An offer's changes, newest first.
    pub fn history(&self, id: &str) -> Result<Vec<HistoryEntry>> {
        self.store.history(id)
    }
}
