use maud::{Markup, html};

use super::{Signed, area_nav, csrf_field};
use crate::domain::ProviderSummary;
use crate::domain::User;
use crate::views::layout::{Chrome, page};

pub fn accounts_page(
    chrome: &Chrome,
    signed: &Signed,
    providers: &[ProviderSummary],
    users: &[User],
    notice: Option<&str>,
) -> Markup {
    let t = chrome.t;
    let main = html! {
        (area_nav(chrome, signed))
        h1 { (t.t("provider-accounts")) }
        @if let Some(notice) = notice { p.notice role="status" { (notice) } }
        section {
            h2 { (t.t("provider-providers")) }
            table.stacked {
                thead { tr { th scope="col" { "ID" } th scope="col" { (t.t("provider-provider-name")) } th scope="col" { (t.t("provider-users")) } th scope="col" { (t.t("provider-my-offers")) } } }
                tbody {
                    @for provider in providers {
                        tr {
                            td dir="ltr" { (provider.id) }
                            td data-label=(t.t("provider-provider-name")) { (provider.name) }
                            td data-label=(t.t("provider-users")) { (provider.users) }
                            td data-label=(t.t("provider-my-offers")) { (provider.offers) }
                        }
                    }
                }
            }
            form method="post" action=(chrome.href("/provider/accounts/providers")) {
                (csrf_field(signed))
                div.field { label for="new-provider-id" { (t.t("provider-provider-id")) } input #new-provider-id name="id" type="text" required; }
                div.field { label for="new-provider-name" { (t.t("provider-provider-name")) } input #new-provider-name name="name" type="text" required; }
                button type="submit" { (t.t("provider-add-provider")) }
            }
        }
        section.users {
            h2 { (t.t("provider-users")) }
            ul {
                @for user in users {
                    li {
                        span dir="ltr" { (user.email) }
                        " · "
                        @if user.is_admin { (t.t("provider-admin")) } @else { span dir="ltr" { (user.provider_id.as_ref().map(|p| p.to_string()).unwrap_or_default()) } }
                        " "
                        form.inline method="post" action=(chrome.href(&format!("/provider/accounts/users/{}/sign-in-link", user.id))) {
                            (csrf_field(signed))
                            button.secondary type="submit" { (t.t("provider-issue-link")) }
                        }
                    }
                }
            }
            form method="post" action=(chrome.href("/provider/accounts/users")) {
                (csrf_field(signed))
                div.field { label for="new-user-email" { (t.t("provider-email")) } input #new-user-email name="email" type="email" required; }
                div.field { label for="new-user-provider" { (t.t("provider-provider-id")) } input #new-user-provider name="provider" type="text"; }
                div.field { label for="new-user-password" { (t.t("provider-password")) } input #new-user-password name="password" type="password" autocomplete="new-password" required; }
                label.check { input type="checkbox" name="admin" value="yes"; " " (t.t("provider-admin")) }
                label.check { input type="checkbox" name="provider_admin" value="yes"; " " (t.t("provider-provider-admin")) }
                button type="submit" { (t.t("provider-add-user")) }
            }
        }
    };
    page(chrome, &t.t("provider-accounts"), main)
}
