//! The provider workflow: who may change which offer, moderation, history and freshness.
//! Every write checks the actor here, commits to the store, then makes the change searchable
//! before it is acknowledged.
//! May import: directory, domain, store.

use crate::directory::Directory;
use crate::domain::{Actor, Day, FieldError, Lang, LangCode, Offer, ProviderId, Report, ReportReason};
use crate::store::{HistoryEntry, OfferRecord, Pending, Proposal, Queued, Status};

/// What became of a change.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    Created,
    Updated,
    /// Waiting for an admin; the published version stays until it is approved.
    Pending,
    Withdrawn,
}

/// Where an offer stands for those who manage it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Standing {
    Published,
    Withdrawn,
    /// A new offer waiting for approval: a proposal, not yet in the store.
    Draft,
}

/// An offer with its standing, as its provider and admins see it.
#[derive(Clone, Debug, PartialEq)]
pub struct Managed {
    pub offer: Offer,
    pub standing: Standing,
}

impl From<OfferRecord> for Managed {
    fn from(record: OfferRecord) -> Self {
        let standing = match record.status {
            Status::Published => Standing::Published,
            Status::Withdrawn => Standing::Withdrawn,
        };
        Managed { offer: record.offer, standing }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum EditError {
    #[error("sign in or send an API token")]
    Unauthenticated,
    #[error("{0}")]
    Forbidden(String),
    #[error("no offer with id `{0}`")]
    NotFound(String),
    #[error("the offer is not valid")]
    Invalid(Vec<FieldError>),
    #[error(transparent)]
    Internal(crate::Error),
}

/// A store that says "not there" is a missing offer or change; the rest stays internal.
impl From<crate::Error> for EditError {
    fn from(error: crate::Error) -> Self {
        match error.kind() {
            crate::Kind::NotFound => EditError::NotFound(error.to_string()),
            _ => EditError::Internal(error),
        }
    }
}

type Edit<T> = Result<T, EditError>;

fn require_signed_in(actor: &Actor) -> Edit<()> {
    match actor {
        Actor::Anonymous => Err(EditError::Unauthenticated),
        _ => Ok(()),
    }
}

fn require_admin(actor: &Actor) -> Edit<()> {
    require_signed_in(actor)?;
    if actor.is_admin() { Ok(()) } else { Err(EditError::Forbidden("only district admins may do this".into())) }
}

fn require_manages(actor: &Actor, provider: &ProviderId) -> Edit<()> {
    require_signed_in(actor)?;
    if actor.may_manage(provider) {
        Ok(())
    } else {
        Err(EditError::Forbidden(format!("offers of `{provider}` belong to another provider")))
    }
}

/// The provider an open proposal belongs to.
fn owner(pending: &Pending) -> Edit<ProviderId> {
    pending
        .provider_id
        .parse()
        .map_err(|e: String| EditError::Internal(crate::Error::Corrupt(format!("stored proposal: {e}"))))
}

/// Queues a proposal; the store refuses it when another provider holds the offer.
fn propose(directory: &Directory, id: &str, provider: &str, proposal: &Proposal, actor: &Actor) -> Edit<Outcome> {
    match directory.propose(id, provider, proposal, actor)? {
        Queued::Waiting(_) => Ok(Outcome::Pending),
        Queued::HeldBy(other) => Err(EditError::Forbidden(format!("offers of `{other}` belong to another provider"))),
    }
}

impl Directory {
    /// Creates or replaces an offer. The offer must name the actor's own provider, and an
    /// existing offer or open proposal with the same id must be theirs: nobody takes over
    /// another's offer, published or waiting.
    pub fn submit(&self, actor: &Actor, offer: Offer, moderation: bool) -> Edit<Outcome> {
        self.require_may_submit(actor, &offer)?;
        if moderation && !actor.is_admin() {
            let proposal = Proposal::Save(Box::new(offer.clone()));
            return propose(self, offer.id.as_str(), offer.provider.id.as_str(), &proposal, actor);
        }
        let created = self.save_offer(&offer, actor, "save")?;
        Ok(if created { Outcome::Created } else { Outcome::Updated })
    }

    /// Creates or replaces many offers, each checked as [`Directory::submit`] checks one. Those
    /// allowed are written in one transaction and made searchable with one index commit; when
    /// that fails, each is tried on its own so that each gets its own answer. One result per
    /// offer, in order.
    pub fn submit_many(&self, actor: &Actor, offers: Vec<Offer>, moderation: bool) -> Vec<Edit<Outcome>> {
        if moderation && !actor.is_admin() {
            return offers.into_iter().map(|offer| self.submit(actor, offer, moderation)).collect();
        }
        let mut results: Vec<Option<Edit<Outcome>>> = Vec::with_capacity(offers.len());
        let mut allowed = Vec::new();
        for offer in offers {
            match self.require_may_submit(actor, &offer) {
                Ok(()) => {
                    results.push(None);
                    allowed.push(offer);
                }
                Err(refused) => results.push(Some(Err(refused))),
            }
        }
        let saved: Vec<Edit<Outcome>> = match self.save_offers(&allowed, actor, "save") {
            Ok(created) => {
                created.into_iter().map(|new| Ok(if new { Outcome::Created } else { Outcome::Updated })).collect()
            }
            Err(_) => allowed.into_iter().map(|offer| self.submit(actor, offer, moderation)).collect(),
        };
        let mut saved = saved.into_iter();
        results.into_iter().filter_map(|result| result.or_else(|| saved.next())).collect()
    }

    /// An offer may be submitted by who manages its provider, and by nobody else when an offer
    /// or open proposal with its id belongs to another provider.
    fn require_may_submit(&self, actor: &Actor, offer: &Offer) -> Edit<()> {
        require_manages(actor, &offer.provider.id)?;
        if let Some(existing) = self.offer_record(offer.id.as_str())? {
            require_manages(actor, &existing.offer.provider.id)?;
        }
        if let Some(pending) = self.open_proposal(offer.id.as_str())? {
            require_manages(actor, &owner(&pending)?)?;
        }
        Ok(())
    }

    /// Takes an offer off the public site.
    pub fn withdraw(&self, actor: &Actor, id: &str, moderation: bool) -> Edit<Outcome> {
        let record = self.managed(actor, id)?;
        if record.standing == Standing::Withdrawn {
            return Ok(Outcome::Withdrawn);
        }
        if moderation && !actor.is_admin() {
            return propose(self, id, record.offer.provider.id.as_str(), &Proposal::Withdraw, actor);
        }
        self.withdraw_offer(id, actor)?;
        Ok(Outcome::Withdrawn)
    }

    /// Puts a withdrawn offer back as it was. No moderation: the version was published
    /// before and withdrawing left it untouched.
    pub fn undo_withdrawal(&self, actor: &Actor, id: &str) -> Edit<Outcome> {
        let record = self.managed(actor, id)?;
        if record.standing != Standing::Withdrawn {
            return Err(EditError::NotFound(id.to_owned()));
        }
        self.save_offer(&record.offer, actor, "undo")?;
        Ok(Outcome::Updated)
    }

    /// "Still current": the provider confirms the offer today. No moderation: nothing changes
    /// but the date.
    pub fn confirm(&self, actor: &Actor, id: &str, today: Day) -> Edit<Outcome> {
        let record = self.managed(actor, id)?;
        // Confirming must not publish a draft or bring back a withdrawn offer.
        if record.standing != Standing::Published {
            return Err(EditError::NotFound(id.to_owned()));
        }
        let mut offer = record.offer;
        offer.updated = Some(today);
        self.save_offer(&offer, actor, "confirm")?;
        Ok(Outcome::Updated)
    }

    /// The provider confirms that the `code` translations still match the German: no
    /// moderation, as nothing changes but the mark.
    pub fn confirm_translation(&self, actor: &Actor, id: &str, code: &LangCode) -> Edit<Outcome> {
        let record = self.managed(actor, id)?;
        if record.standing != Standing::Published || !self.mark_translation_current(id, code, actor)? {
            return Err(EditError::NotFound(id.to_owned()));
        }
        Ok(Outcome::Updated)
    }

    /// An offer in any state, drafts waiting for approval included, for someone who may
    /// manage it.
    pub fn managed(&self, actor: &Actor, id: &str) -> Edit<Managed> {
        require_signed_in(actor)?;
        let record = match self.offer_record(id)? {
            Some(record) => Managed::from(record),
            None => match self.open_proposal(id)?.map(|p| p.proposal) {
                Some(Proposal::Save(offer)) => Managed { offer: *offer, standing: Standing::Draft },
                _ => return Err(EditError::NotFound(id.to_owned())),
            },
        };
        require_manages(actor, &record.offer.provider.id)?;
        Ok(record)
    }

    /// The offers an actor manages, drafts included: a provider's own, or all for an admin.
    pub fn managed_offers(&self, actor: &Actor) -> Edit<Vec<Managed>> {
        require_signed_in(actor)?;
        let providers: Vec<String> = match (actor.is_admin(), actor.provider()) {
            (false, Some(provider)) => vec![provider.to_string()],
            (true, _) => self.providers()?.into_iter().map(|p| p.id).collect(),
            (false, None) => return Err(EditError::Forbidden("this account belongs to no provider".into())),
        };
        let mut records = Vec::new();
        for provider in &providers {
            records.extend(self.provider_offers(provider)?.into_iter().map(Managed::from));
        }
        for pending in self.open_proposals()? {
            let new = records.iter().all(|r| r.offer.id.as_str() != pending.offer_id);
            if let (true, true, Proposal::Save(offer)) =
                (new, providers.contains(&pending.provider_id), pending.proposal)
            {
                records.push(Managed { offer: *offer, standing: Standing::Draft });
            }
        }
        Ok(records)
    }

    pub fn history_of(&self, actor: &Actor, id: &str) -> Edit<Vec<HistoryEntry>> {
        let history = self.history(id)?;
        let Some(owner) = history.iter().find_map(|h| h.after.as_ref().or(h.before.as_ref())) else {
            return Err(EditError::NotFound(id.to_owned()));
        };
        require_manages(actor, &owner.provider.id)?;
        Ok(history)
    }

    /// The open proposal for an offer, for those who may see it.
    pub fn pending_for(&self, actor: &Actor, id: &str) -> Edit<Option<Pending>> {
        let pending = self.open_proposal(id)?;
        if let Some(pending) = &pending {
            require_manages(actor, &owner(pending)?)?;
        }
        Ok(pending)
    }

    /// Puts back the version an earlier change left (admins only).
    pub fn restore(&self, actor: &Actor, id: &str, seq: i64) -> Edit<Outcome> {
        require_admin(actor)?;
        let history = self.history(id)?;
        let entry = history.iter().find(|h| h.seq == seq).ok_or_else(|| EditError::NotFound(format!("{id}@{seq}")))?;
        let version =
            entry.after.clone().or_else(|| entry.before.clone()).ok_or_else(|| EditError::NotFound(id.into()))?;
        self.save_offer(&version, actor, "restore")?;
        Ok(Outcome::Updated)
    }

    /// Anyone may report a problem with a published offer; false when there is none.
    pub fn report_problem(&self, id: &str, reason: ReportReason, message: &str, lang: Lang) -> crate::Result<bool> {
        self.store_report(id, reason.code(), message, lang.code())
    }

    /// The open reports an actor handles: about a provider's own offers, or all for an admin.
    pub fn open_reports(&self, actor: &Actor) -> Edit<Vec<Report>> {
        require_signed_in(actor)?;
        match (actor.is_admin(), actor.provider()) {
            (true, _) => Ok(self.stored_open_reports(None)?),
            (false, Some(provider)) => Ok(self.stored_open_reports(Some(provider.as_str()))?),
            (false, None) => Ok(Vec::new()),
        }
    }

    /// Resolves or dismisses an open report about an offer the actor manages.
    pub fn close_report(&self, actor: &Actor, id: i64, resolved: bool) -> Edit<()> {
        require_signed_in(actor)?;
        let provider = self.provider_of_report(id)?.ok_or_else(|| EditError::NotFound(format!("report {id}")))?;
        let provider: ProviderId =
            provider.parse().map_err(|e: String| EditError::Internal(crate::Error::Corrupt(format!("report: {e}"))))?;
        require_manages(actor, &provider)?;
        self.store_report_closed(id, resolved, actor)?;
        Ok(())
    }

    /// The moderation queue (admins only).
    pub fn moderation_queue(&self, actor: &Actor) -> Edit<Vec<Pending>> {
        require_admin(actor)?;
        Ok(self.open_proposals()?)
    }

    /// Approves or rejects a waiting change (admins only); an approved one is searchable at once.
    pub fn decide(&self, actor: &Actor, pending: i64, approve: bool, reason: &str) -> Edit<()> {
        require_admin(actor)?;
        self.settle_proposal(pending, approve, reason, actor)?;
        Ok(())
    }
}
