//! The next steps on an offer's page: how to apply, what to bring, who may come, and how to get
//! in with a wheelchair, before the long description.

use maud::{Markup, html};

use super::layout::Chrome;
use super::localised::localised_text;
use crate::domain::{Offer, TextField};

/// Nothing when the offer says none of it.
pub fn next_steps(chrome: &Chrome, offer: &Offer) -> Markup {
    let t = chrome.t;
    let texts = [
        (TextField::HowToApply, "fact-how-to-apply", "how-to-apply"),
        (TextField::Documents, "fact-documents", "documents"),
        (TextField::Eligibility, "fact-eligibility", "eligibility"),
    ];
    let present: Vec<_> = texts.into_iter().filter(|(field, _, _)| field.of(offer).is_some()).collect();
    let accessibility = offer.accessibility.as_ref();
    let wheelchair = accessibility.and_then(|a| a.wheelchair);
    let access_text = accessibility.is_some_and(|a| a.text.is_some());
    if present.is_empty() && wheelchair.is_none() && !access_text {
        return html! {};
    }
    html! {
        section.next-steps aria-labelledby="next-steps" {
            h2 #next-steps { (t.t("offer-next-steps")) }
            dl {
                @for (field, label, class) in present {
                    dt { (t.t(label)) }
                    dd { (localised_text(chrome, offer, field, class)) }
                }
                @if wheelchair.is_some() || access_text {
                    dt { (t.t("fact-accessibility")) }
                    dd {
                        @if let Some(yes) = wheelchair {
                            p.wheelchair { (t.t(if yes { "wheelchair-yes" } else { "wheelchair-no" })) }
                        }
                        (localised_text(chrome, offer, TextField::Accessibility, "accessibility"))
                    }
                }
            }
        }
    }
}
