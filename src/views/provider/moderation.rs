use maud::{Markup, html};

use super::diff::{changes, diff_table};
use super::{Signed, area_nav, csrf_field};
use crate::domain::Offer;
use crate::domain::{Pending, Proposal};
use crate::views::layout::{Chrome, page};

/// A waiting change beside the version the public sees now.
pub struct QueueItem {
    pub pending: Pending,
    pub current: Option<Offer>,
}

pub fn moderation_page(chrome: &Chrome, signed: &Signed, queue: &[QueueItem]) -> Markup {
    let t = chrome.t;
    let main = html! {
        (area_nav(chrome, signed))
        h1 { (t.t("provider-moderation")) }
        @if queue.is_empty() { p { (t.t("provider-queue-empty")) } }
        @for item in queue {
            @let pending = &item.pending;
            section.pending data-id=(pending.id) {
                h2 { span dir="ltr" { (pending.offer_id) } " · " (pending.submitted_by) " · " span dir="ltr" { (pending.submitted_at) } }
                @match &pending.proposal {
                    Proposal::Save(offer) => (diff_table(t, &changes(item.current.as_ref(), Some(offer)))),
                    Proposal::Withdraw => p { (t.t("provider-wants-withdrawal")) },
                }
                form method="post" action=(chrome.href(&format!("/provider/moderation/{}", pending.id))) {
                    (csrf_field(signed))
                    div.field {
                        label for=(format!("reason-{}", pending.id)) { (t.t("provider-reason")) }
                        input id=(format!("reason-{}", pending.id)) type="text" name="reason";
                    }
                    button type="submit" name="decision" value="approve" { (t.t("provider-approve")) }
                    " "
                    button.secondary type="submit" name="decision" value="reject" { (t.t("provider-reject")) }
                }
            }
        }
    };
    page(chrome, &t.t("provider-moderation"), main)
}
