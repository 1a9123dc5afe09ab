use maud::{Markup, html};

use super::layout::{Chrome, page};

/// A localised error page: what happened, and a way on.
pub fn error_page(chrome: &Chrome, heading_key: &str, text_key: &str) -> Markup {
    let t = chrome.t;
    let main = html! {
        section.error {
            h1 { (t.t(heading_key)) }
            p { (t.t(text_key)) }
            p { a href=(chrome.href("/")) { (t.t("back-home")) } }
        }
    };
    page(chrome, &t.t(heading_key), main)
}
