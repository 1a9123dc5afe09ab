use maud::{Markup, html};

use super::{Signed, area_nav, csrf_field};
use crate::domain::User;
use crate::views::layout::{Chrome, page};

/// A provider's own admin sees the provider's accounts and adds colleagues to them.
pub fn colleagues_page(chrome: &Chrome, signed: &Signed, colleagues: &[User], notice: Option<&str>) -> Markup {
    let t = chrome.t;
    let main = html! {
        (area_nav(chrome, signed))
        h1 { (t.t("provider-colleagues")) }
        @if let Some(notice) = notice { p.notice role="status" { (notice) } }
        section.users {
            ul {
                @for user in colleagues {
                    li {
                        span dir="ltr" { (user.email) }
                        @if user.is_provider_admin { " · " (t.t("provider-provider-admin")) }
                    }
                }
            }
            h2 { (t.t("provider-add-colleague")) }
            p { (t.t("provider-colleague-intro")) }
            form method="post" action=(chrome.href("/provider/colleagues")) {
                (csrf_field(signed))
                div.field { label for="colleague-email" { (t.t("provider-email")) } input #colleague-email name="email" type="email" required; }
                div.field {
                    label for="colleague-password" { (t.t("provider-new-password")) }
                    input #colleague-password name="password" type="password" autocomplete="new-password" required;
                }
                button type="submit" { (t.t("provider-add-colleague")) }
            }
        }
    };
    page(chrome, &t.t("provider-colleagues"), main)
}
