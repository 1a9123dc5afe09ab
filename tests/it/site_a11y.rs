//! Accessibility basics that can be checked without a browser: landmarks, headings, labels,
//! languages of foreign text, pictograms, and a stylesheet with logical properties, enough
//! contrast and large tap targets.

use std::collections::{BTreeMap, HashSet};

use scraper::{Html, Selector};
use wegweiser::domain::Category;

use crate::helpers::{enc, get};

fn select<'a>(html: &'a Html, selector: &str) -> Vec<scraper::ElementRef<'a>> {
    html.select(&Selector::parse(selector).expect("a valid selector")).collect()
}

/// The public pages, in a left-to-right and a right-to-left language.
fn public_pages() -> Vec<String> {
    let offer = "vhs-unna-integrationskurs-holzwickede-2026-09";
    let mut pages = Vec::new();
    for lang in ["de", "ar"] {
        pages.extend([
            format!("/{lang}/"),
            format!("/{lang}/search?q=Deutschkurs&where=59423"),
            format!("/{lang}/search?q={}", enc("qqqq zzzz")),
            format!("/{lang}/offers/{offer}?list={offer}"),
            format!("/{lang}/list?ids={offer}"),
            format!("/{lang}/list/print?ids={offer}&client=uk"),
            format!("/{lang}/privacy"),
            format!("/{lang}/no-such-page"),
        ]);
    }
    pages
}

#[tokio::test]
async fn every_page_has_landmarks_one_h1_a_skip_link_and_unique_ids() {
    for uri in public_pages() {
        let page = get(&uri).await;
        let html = page.html();
        for landmark in ["header.site", "main#main", "footer.site", "nav.languages"] {
            assert_eq!(select(&html, landmark).len(), 1, "{uri}: {landmark}");
        }
        assert_eq!(select(&html, "h1").len(), 1, "{uri}: one h1");
        assert_eq!(page.attrs("body > a:first-child", "href"), ["#main"], "{uri}: skip link first");
        let mut ids = HashSet::new();
        for element in select(&html, "[id]") {
            let id = element.value().attr("id").unwrap_or_default();
            assert!(ids.insert(id.to_owned()), "{uri}: id {id} twice");
        }
        for anchor in page.attrs("a[href^='#']", "href") {
            assert!(ids.contains(&anchor[1..]), "{uri}: {anchor} leads nowhere");
        }
    }
}

#[tokio::test]
async fn every_field_has_a_label() {
    for uri in public_pages() {
        let page = get(&uri).await;
        let html = page.html();
        let labelled: HashSet<String> = page.attrs("label[for]", "for").into_iter().collect();
        let fields = select(&html, "input:not([type=hidden]), select, textarea");
        for field in fields {
            let id = field.value().attr("id").unwrap_or_default();
            let named = field.value().attr("aria-label").is_some();
            assert!(named || labelled.contains(id), "{uri}: field {:?} has no label", field.value());
        }
    }
}

#[tokio::test]
async fn text_in_another_language_than_the_page_says_which() {
    let page = get(&format!("/ar/search?q={}", enc("دورة لغة"))).await;
    let html = page.html();
    for title in select(&html, ".card h2 a") {
        let text: String = title.text().collect();
        let latin = text.chars().any(|c| c.is_ascii_alphabetic())
            && !text.chars().any(|c| ('\u{0600}'..'\u{06FF}').contains(&c));
        if latin {
            assert_eq!(title.value().attr("lang"), Some("de"), "{text}");
            assert_eq!(title.value().attr("dir"), Some("ltr"), "{text}");
        }
    }
    assert!(page.attrs(".card .provider", "lang").iter().all(|l| l == "de"));
    assert!(!page.attrs(".card .provider", "lang").is_empty());
    let languages = select(&html, ".card .badge.language");
    assert!(!languages.is_empty() && languages.iter().all(|b| b.value().attr("lang").is_some()));
    let list = get("/ar/list?ids=vhs-unna-integrationskurs-holzwickede-2026-09").await;
    assert_eq!(list.attrs(".compact-card .provider", "lang"), ["de"]);
    assert_eq!(list.attrs(".compact-card .address span", "dir"), ["ltr"]);
}

#[tokio::test]
async fn each_category_has_a_pictogram_on_the_tiles_and_the_cards() {
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("static/icons");
    for category in Category::ALL {
        let path = folder.join(format!("{}.svg", category.code()));
        let svg = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert!(svg.contains("viewBox=\"0 0 24 24\""), "{category}: drawn for 24 px");
        assert!(svg.contains("stroke=\"currentColor\"") && svg.contains("aria-hidden=\"true\""), "{category}");
        assert!(!svg.contains('#') && !svg.contains("style") && !svg.contains("<script"), "{category}: no own colours");
    }
    assert_eq!(std::fs::read_dir(&folder).unwrap().count(), Category::ALL.len());
    let home = get("/de/").await;
    assert_eq!(home.attrs(".tiles a svg", "aria-hidden"), ["true"; 13]);
    let results = get("/de/search?q=Beratung").await;
    let cards = results.texts(".card").len();
    assert_eq!(results.attrs(".card .meta .icon svg", "aria-hidden").len(), cards);
}

/// The stylesheet's declarations, as (selector, property, value).
fn declarations(css: &str) -> Vec<(String, String, String)> {
    let mut found = Vec::new();
    let mut selectors: Vec<String> = Vec::new();
    let mut text = String::new();
    for c in css.chars() {
        match c {
            '{' => {
                selectors.push(text.trim().to_owned());
                text.clear();
            }
            '}' | ';' => {
                if let Some((property, value)) = text.split_once(':')
                    && property.trim().chars().all(|c| c.is_ascii_lowercase() || c == '-')
                {
                    let selector = selectors.last().cloned().unwrap_or_default();
                    found.push((selector, property.trim().to_owned(), value.trim().to_owned()));
                }
                text.clear();
                if c == '}' {
                    selectors.pop();
                }
            }
            _ => text.push(c),
        }
    }
    found
}

fn stylesheet() -> String {
    let css = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/static/style.css")).unwrap();
    // Comments go; they may name anything.
    let mut plain = String::new();
    let mut rest = css.as_str();
    while let Some(start) = rest.find("/*") {
        plain.push_str(&rest[..start]);
        rest = rest[start..].find("*/").map_or("", |end| &rest[start + end + 2..]);
    }
    plain + rest
}

#[test]
fn the_stylesheet_uses_logical_properties_only() {
    let physical = [
        "left",
        "right",
        "top",
        "bottom",
        "width",
        "height",
        "min-width",
        "max-width",
        "min-height",
        "max-height",
        "float",
        "clear",
    ];
    for (selector, property, value) in declarations(&stylesheet()) {
        let sided = ["-left", "-right", "-top", "-bottom"].iter().any(|side| property.ends_with(side));
        assert!(!physical.contains(&property.as_str()) && !sided, "{selector} {{ {property}: {value} }}");
        if property == "text-align" {
            assert!(!value.contains("left") && !value.contains("right"), "{selector}: {value}");
        }
        if ["margin", "padding", "inset", "border-width"].contains(&property.as_str()) {
            let parts: Vec<&str> = value.split_whitespace().collect();
            assert!(parts.len() < 4 || parts[1] == parts[3], "{selector}: {property} differs left and right");
        }
    }
}

/// The relative luminance of `#rrggbb` or `#rgb`, as WCAG defines it.
fn luminance(colour: &str) -> f64 {
    let hex = colour.trim_start_matches('#');
    let full: String = if hex.len() == 3 { hex.chars().flat_map(|c| [c, c]).collect() } else { hex.to_owned() };
    let channel = |i: usize| {
        let value = f64::from(u8::from_str_radix(&full[i..i + 2], 16).unwrap()) / 255.0;
        if value <= 0.03928 { value / 12.92 } else { ((value + 0.055) / 1.055).powf(2.4) }
    };
    0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4)
}

fn contrast(a: &str, b: &str) -> f64 {
    let (x, y) = (luminance(a), luminance(b));
    (x.max(y) + 0.05) / (x.min(y) + 0.05)
}

#[test]
fn text_colours_have_a_contrast_of_at_least_4_5_in_light_and_dark() {
    let css = stylesheet();
    let dark_at = css.find("@media (prefers-color-scheme: dark)").expect("a dark scheme");
    // The dark scheme's block ends with its `:root` rule's brace and its own.
    let dark_len = css[dark_at..].match_indices('}').nth(1).map_or(0, |(end, _)| end + 1);
    let print_at = css.find("@media print").expect("a print scheme");
    let colours_in = |part: &str| -> BTreeMap<String, String> {
        declarations(part)
            .into_iter()
            .filter(|(selector, property, _)| selector == ":root" && property.starts_with("--"))
            .map(|(_, property, value)| (property, value))
            .collect()
    };
    let light = colours_in(&css[..dark_at]);
    // Dark and print change some colours; the others stay as in the light scheme.
    let over_light = |part: &str| light.clone().into_iter().chain(colours_in(part)).collect::<BTreeMap<_, _>>();
    let schemes = [
        ("light", light.clone()),
        ("dark", over_light(&css[dark_at..dark_at + dark_len])),
        ("print", over_light(&css[print_at..])),
    ];
    for (scheme, colours) in schemes {
        let pairs = [
            ("--fg", "--bg"),
            ("--muted", "--bg"),
            ("--accent", "--bg"),
            ("--warn", "--bg"),
            ("--fg", "--soft"),
            ("--muted", "--soft"),
            ("--accent", "--soft"),
            ("--accent-fg", "--accent"),
            ("--fg", "--mark"),
        ];
        for (text, background) in pairs {
            let ratio = contrast(&colours[text], &colours[background]);
            assert!(ratio >= 4.5, "{scheme}: {text} on {background} is {ratio:.2}:1");
        }
    }
}

#[test]
fn tap_targets_are_at_least_44_pixels_high() {
    let rules = declarations(&stylesheet());
    let targets = [
        ".languages a",
        "input, button, select",
        ".filters li a",
        ".filter-panel > summary",
        ".chips a",
        ".list-toggle",
        ".footer-links a",
        ".pages a",
        ".original summary",
    ];
    for target in targets {
        let height = rules.iter().find(|(selector, property, _)| {
            selector.split(',').any(|s| s.trim() == target || target.contains(',') && selector == target)
                && property == "min-block-size"
        });
        let pixels: u32 =
            height.unwrap_or_else(|| panic!("{target} has a minimum height")).2.trim_end_matches("px").parse().unwrap();
        assert!(pixels >= 44, "{target}: {pixels}px");
    }
}
