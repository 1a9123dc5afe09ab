use maud::{Markup, html};

use crate::views::layout::{Chrome, page};

/// The sign-in form; `failed` shows the one message for any wrong e-mail or password.
pub fn login_page(chrome: &Chrome, email: &str, failed: Option<&str>) -> Markup {
    let t = chrome.t;
    let main = html! {
        section.login {
            h1 { (t.t("provider-login-heading")) }
            p { (t.t("provider-login-intro")) }
            @if let Some(message) = failed { p.error role="alert" { (message) } }
            form method="post" action=(chrome.href("/provider/login")) {
                div.field {
                    label for="email" { (t.t("provider-email")) }
                    input #email type="email" name="email" value=(email) autocomplete="username" required;
                }
                div.field {
                    label for="password" { (t.t("provider-password")) }
                    input #password type="password" name="password" autocomplete="current-password" required;
                }
                button type="submit" { (t.t("provider-sign-in")) }
            }
        }
    };
    page(chrome, &t.t("provider-login-heading"), main)
}
