use maud::{Markup, html};

use super::icons::category_icon;
use super::labels::category_name;
use super::layout::{Chrome, page, search_form};
use crate::domain::Category;

pub struct HomeView {
    /// Every category with its number of current offers.
    pub categories: Vec<(Category, usize)>,
    pub total: usize,
}

/// What most people look for first.
const SHORTCUTS: [(&str, &str); 3] = [
    ("shortcut-integration-course", "category=integration_course"),
    ("shortcut-migration-counseling", "q=Migrationsberatung&category=counseling"),
    ("shortcut-recognition", "category=recognition"),
];

pub fn home_page(chrome: &Chrome, view: &HomeView) -> Markup {
    let t = chrome.t;
    let main = html! {
        section.intro {
            h1 { (t.t("home-heading")) }
            p.lead { (t.t_with("home-lead", &[("count", view.total.into())])) }
            (search_form(chrome, "", "", &[]))
        }
        section.shortcuts aria-labelledby="shortcuts-heading" {
            h2 #shortcuts-heading { (t.t("shortcuts-heading")) }
            ul {
                @for (key, query) in SHORTCUTS {
                    li { a href=(format!("{}?{query}", chrome.href("/search"))) { (t.t(key)) } }
                }
            }
        }
        section.categories aria-labelledby="categories-heading" {
            h2 #categories-heading { (t.t("categories-heading")) }
            ul.tiles {
                @for (category, count) in &view.categories {
                    li {
                        a.tile href=(format!("{}?category={}", chrome.href("/search"), category.code())) {
                            span.icon { (category_icon(*category)) }
                            span.tile-name { (category_name(t, *category)) }
                            span.tile-count { (t.t_with("offer-count", &[("count", (*count).into())])) }
                        }
                    }
                }
            }
        }
    };
    page(chrome, &t.t("home-title"), main)
}
