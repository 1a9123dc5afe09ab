use maud::{Markup, html};

use crate::views::layout::{Chrome, page};

/// A new password, of at least `min_chars` characters, for the account a one-time sign-in
/// link belongs to.
pub fn reset_page(chrome: &Chrome, email: &str, action: &str, min_chars: usize, problem: Option<&str>) -> Markup {
    let t = chrome.t;
    let main = html! {
        section.login {
            h1 { (t.t("provider-reset-heading")) }
            p { (t.t("provider-reset-intro")) " " span dir="ltr" { (email) } }
            @if let Some(problem) = problem { p.error role="alert" { (problem) } }
            form method="post" action=(action) {
                input type="hidden" name="email" value=(email) autocomplete="username";
                div.field {
                    label for="password" { (t.t("provider-new-password")) }
                    input #password type="password" name="password" autocomplete="new-password"
                        minlength=(min_chars) required;
                }
                button type="submit" { (t.t("provider-set-password")) }
            }
        }
    };
    page(chrome, &t.t("provider-reset-heading"), main)
}

/// After the new password is set, or when the link no longer works: a message and the way
/// to sign in.
pub fn reset_outcome_page(chrome: &Chrome, message_key: &str) -> Markup {
    let t = chrome.t;
    let main = html! {
        section.login {
            h1 { (t.t("provider-reset-heading")) }
            p.notice role="status" { (t.t(message_key)) }
            p { a href=(chrome.href("/provider/")) { (t.t("provider-sign-in")) } }
        }
    };
    page(chrome, &t.t("provider-reset-heading"), main)
}
