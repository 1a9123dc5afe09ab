use maud::{Markup, html};

use super::layout::{Chrome, page, search_form};
use super::results::Link;

/// A localised error page: what happened, and a way on: for an offer that ended, the offers
/// likeliest to replace it; always the search box, as old links and QR codes land here.
pub fn error_page(chrome: &Chrome, heading_key: &str, text_key: &str, replacements: &[Link]) -> Markup {
    let t = chrome.t;
    let main = html! {
        section.problem {
            h1 { (t.t(heading_key)) }
            @if replacements.is_empty() {
                p { (t.t(text_key)) }
            } @else {
                p { (t.t("offer-gone-replacements")) }
                ul.replacements { @for link in replacements { li { a href=(link.href) { (link.label) } } } }
            }
            (search_form(chrome, "", "", &[]))
            p { a href=(chrome.href("/")) { (t.t("back-home")) } }
        }
    };
    page(chrome, &t.t(heading_key), main)
}
