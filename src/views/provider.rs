//! The provider area: sign-in, own offers, the edit form, history, and for admins moderation
//! and accounts. Pure functions of view models, like every view.

mod accounts;
mod colleagues;
mod diff;
mod form;
mod history;
mod list;
mod login;
mod moderation;
mod reports;
mod reset;
mod searches;
mod withdrawal;

use maud::{Markup, html};

use super::layout::Chrome;
use crate::domain::User;

pub use accounts::accounts_page;
pub use colleagues::colleagues_page;
pub use form::{FormView, form_page, preview_page};
pub use history::{HistoryView, history_page};
pub use list::{Notice, OfferRow, RowState, dashboard_page};
pub use login::login_page;
pub use moderation::{QueueItem, moderation_page};
pub use reports::ReportRow;
pub use reset::{reset_outcome_page, reset_page};
pub use searches::searches_page;
pub use withdrawal::{WithdrawView, withdraw_page};

/// Who is signed in, and the token every form must carry back.
pub struct Signed<'a> {
    pub user: &'a User,
    pub csrf: &'a str,
}

/// The hidden field that proves a form came from our own page.
pub fn csrf_field(signed: &Signed) -> Markup {
    html! { input type="hidden" name="csrf" value=(signed.csrf); }
}

/// The provider area's own navigation, with sign-out.
pub fn area_nav(chrome: &Chrome, signed: &Signed) -> Markup {
    let t = chrome.t;
    html! {
        nav.provider-nav aria-label=(t.t("provider-area")) {
            ul {
                li { a href=(chrome.href("/provider/")) { (t.t("provider-my-offers")) } }
                li { a href=(chrome.href("/provider/offers/new")) { (t.t("provider-new-offer")) } }
                @if signed.user.is_provider_admin {
                    li { a href=(chrome.href("/provider/colleagues")) { (t.t("provider-colleagues")) } }
                }
                @if signed.user.is_admin {
                    li { a href=(chrome.href("/provider/moderation")) { (t.t("provider-moderation")) } }
                    li { a href=(chrome.href("/provider/accounts")) { (t.t("provider-accounts")) } }
                    li { a href=(chrome.href("/provider/searches")) { (t.t("searches-heading")) } }
                }
            }
            form.inline action=(chrome.href("/provider/logout")) method="post" {
                (csrf_field(signed))
                span.signed-in { (signed.user.email) }
                " "
                button.secondary type="submit" { (t.t("provider-sign-out")) }
            }
        }
    }
}
