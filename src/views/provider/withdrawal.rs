use maud::{Markup, html};

use super::{Signed, area_nav, csrf_field};
use crate::views::layout::{Chrome, page};

/// The offer a provider is about to withdraw, told apart by its town and dates.
pub struct WithdrawView<'a> {
    pub id: &'a str,
    pub title: &'a str,
    pub place_and_dates: Option<String>,
}

/// Asks before withdrawing; the answer is a plain form, so it works without JavaScript.
pub fn withdraw_page(chrome: &Chrome, signed: &Signed, view: &WithdrawView) -> Markup {
    let t = chrome.t;
    let main = html! {
        (area_nav(chrome, signed))
        h1 { (t.t("provider-withdraw-heading")) }
        p.withdraw-offer {
            strong { (view.title) }
            @if let Some(meta) = &view.place_and_dates { br; span.meta { (meta) } }
        }
        p { (t.t("provider-withdraw-explain")) }
        form.withdraw method="post" action=(chrome.href(&format!("/provider/offers/{}/withdraw", view.id))) {
            (csrf_field(signed))
            button type="submit" { (t.t("provider-withdraw-yes")) }
            " "
            a.button.secondary href=(chrome.href("/provider/")) { (t.t("provider-cancel")) }
        }
    };
    page(chrome, &t.t("provider-withdraw-heading"), main)
}

/// The button that puts a withdrawn offer back as it was.
pub fn undo_button(chrome: &Chrome, signed: &Signed, id: &str) -> Markup {
    html! {
        form.inline.undo method="post" action=(chrome.href(&format!("/provider/offers/{id}/undo"))) {
            (csrf_field(signed))
            button.secondary type="submit" { (chrome.t.t("provider-undo-withdraw")) }
        }
    }
}
