//! An offer's localised texts on its page: the page's language when that translation is
//! current; when its German changed since, the German first and the old translation only
//! inside a `data-outdated` part that says it may be outdated.

use maud::{Markup, html};

use super::labels::dir_of;
use super::layout::Chrome;
use crate::domain::{Lang, LangCode, Offer, TextField};

/// The text of `field` for the page's reader, with the German original behind a disclosure
/// when a current translation is shown.
pub fn localised_text(chrome: &Chrome, offer: &Offer, field: TextField, class: &str) -> Markup {
    let Some(text) = field.of(offer) else {
        return html! {};
    };
    let (code, shown) = text.best(chrome.lang());
    if offer.is_outdated_translation(field, &code) {
        let (german_code, german) = text.best(Lang::De);
        return html! {
            (paragraphs(chrome, &german_code, german, class))
            (outdated(chrome, &code, html! { (paragraphs(chrome, &code, shown, "text")) }))
        };
    }
    let original = text.get(Lang::De).filter(|_| code.as_str() != "de");
    html! {
        (paragraphs(chrome, &code, shown, class))
        @if let Some(german) = original {
            details.original {
                summary { (chrome.t.t("show-german-original")) }
                div lang="de" dir="ltr" { @for paragraph in german.split("\n\n") { p { (paragraph) } } }
            }
        }
    }
}

/// The heading's title: the current one, and an outdated translation after it, marked.
pub fn localised_title(chrome: &Chrome, offer: &Offer) -> Markup {
    let (code, current) = offer.current_title(chrome.lang());
    let (asked, translation) = offer.title.best(chrome.lang());
    html! {
        h1 lang=[foreign(chrome, &code)] dir=[foreign(chrome, &code).map(|_| dir_of(&code))] { (current) }
        @if asked != code {
            (outdated(chrome, &asked, html! { p.title lang=[foreign(chrome, &asked)] { (translation) } }))
        }
    }
}

/// "Last confirmed" of what the page shows: the offer's date, and the day the page language's
/// translation last matched the German when it no longer does.
pub fn last_confirmed(chrome: &Chrome, offer: &Offer) -> Markup {
    let t = chrome.t;
    let code = LangCode::from(chrome.lang());
    let outdated = offer.outdated_translations.get(&code);
    html! {
        @if let Some(updated) = offer.updated {
            p.confirmed { (t.t_with("last-confirmed", &[("date", t.date(updated).into())])) }
        }
        @if let Some(outdated) = outdated {
            p.confirmed {
                @match outdated.confirmed {
                    Some(day) => (t.t_with("translation-last-confirmed", &[("date", t.date(day).into())])),
                    None => (t.t("translation-not-confirmed")),
                }
            }
        }
    }
}

fn outdated(chrome: &Chrome, code: &LangCode, translation: Markup) -> Markup {
    html! {
        div.outdated-translation data-outdated=(code) {
            p.outdated-note { (chrome.t.t("translation-outdated")) }
            (translation)
        }
    }
}

fn paragraphs(chrome: &Chrome, code: &LangCode, text: &str, class: &str) -> Markup {
    html! {
        div class=(class) lang=[foreign(chrome, code)] dir=[foreign(chrome, code).map(|_| dir_of(code))] {
            @for paragraph in text.split("\n\n") { p { (paragraph) } }
        }
    }
}

/// The code to mark a text with when it is not in the page's language.
fn foreign<'a>(chrome: &Chrome, code: &'a LangCode) -> Option<&'a str> {
    (code.supported() != Some(chrome.lang())).then_some(code.as_str())
}
