//! Reporting a problem with a listing: a short form on the offer page, and what the sender
//! sees afterwards. No account, no personal data.

use maud::{Markup, html};

use super::layout::{Chrome, page};
use crate::domain::{MAX_REPORT_CHARS, ReportReason};

/// The form, folded away under "Report a problem"; a field hidden from people catches bots.
pub fn report_form(chrome: &Chrome, offer_id: &str) -> Markup {
    let t = chrome.t;
    html! {
        details.report-problem {
            summary { (t.t("report-heading")) }
            form method="post" action=(chrome.href(&format!("/offers/{offer_id}/report"))) {
                p { (t.t("report-intro")) }
                fieldset {
                    legend { (t.t("report-reason")) }
                    @for reason in ReportReason::ALL {
                        @let id = format!("report-reason-{}", reason.code());
                        label.check for=(id) {
                            input id=(id) type="radio" name="reason" value=(reason.code()) required;
                            " " (t.t(&format!("report-reason-{}", reason.code())))
                        }
                    }
                }
                div.field {
                    label for="report-message" { (t.t("report-message")) }
                    textarea #report-message name="message" rows="3" maxlength=(MAX_REPORT_CHARS) {}
                }
                div.hp aria-hidden="true" {
                    label for="report-website" { (t.t("report-leave-empty")) }
                    input #report-website name="website" type="text" tabindex="-1" autocomplete="off";
                }
                button type="submit" { (t.t("report-send")) }
            }
        }
    }
}

/// After sending, or when the report could not be taken: a heading, a line and the way back.
pub fn report_answer_page(chrome: &Chrome, offer_id: &str, heading: &str, text: &str) -> Markup {
    let t = chrome.t;
    let main = html! {
        h1 { (t.t(heading)) }
        p role="status" { (t.t(text)) }
        p { a href=(chrome.href(&format!("/offers/{offer_id}"))) { (t.t("report-back")) } }
    };
    page(chrome, &t.t(heading), main)
}
