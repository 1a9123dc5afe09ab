use maud::{Markup, html};

use super::layout::{Chrome, page};

/// The parts of the privacy page, each a heading and a paragraph.
const SECTIONS: [(&str, &str); 8] = [
    ("privacy-tracking-heading", "privacy-tracking"),
    ("privacy-requests-heading", "privacy-requests"),
    ("privacy-cookies-heading", "privacy-cookies"),
    ("privacy-searches-heading", "privacy-searches"),
    ("privacy-gaps-heading", "privacy-gaps"),
    ("privacy-list-heading", "privacy-list"),
    ("report-heading", "privacy-reports"),
    ("privacy-providers-heading", "privacy-providers"),
];

/// What Wegweiser stores about the people who use it, which is very little.
pub fn privacy_page(chrome: &Chrome) -> Markup {
    let t = chrome.t;
    let main = html! {
        article.privacy {
            h1 { (t.t("privacy-title")) }
            p.lead { (t.t("privacy-intro")) }
            @for (heading, text) in SECTIONS {
                section {
                    h2 { (t.t(heading)) }
                    p { (t.t(text)) }
                }
            }
        }
    };
    page(chrome, &t.t("privacy-title"), main)
}
