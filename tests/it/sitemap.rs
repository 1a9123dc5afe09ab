//! The sitemap, robots.txt and the canonical and language links of every page.

use std::collections::BTreeSet;

use axum::http::StatusCode;
use wegweiser::domain::Lang;

use crate::helpers::{BASE_URL, Response, get, get_from, seeded};

const XHTML: &str = "http://www.w3.org/1999/xhtml";
const SITEMAP: &str = "http://www.sitemaps.org/schemas/sitemap/0.9";

#[tokio::test]
async fn the_sitemap_lists_every_offer_and_home_page_in_every_language_with_alternates() {
    let response = get("/sitemap.xml").await;
    assert_eq!(response.status, StatusCode::OK);
    assert!(response.headers["content-type"].to_str().unwrap().starts_with("application/xml"));
    let xml = roxmltree::Document::parse(&response.body).expect("the sitemap is well-formed XML");
    let root = xml.root_element();
    assert_eq!((root.tag_name().namespace(), root.tag_name().name()), (Some(SITEMAP), "urlset"));

    let mut locs = BTreeSet::new();
    for url in root.children().filter(|n| n.has_tag_name((SITEMAP, "url"))) {
        let loc = url.children().find(|n| n.has_tag_name((SITEMAP, "loc"))).and_then(|n| n.text()).expect("a loc");
        let alternates: Vec<(&str, &str)> = url
            .children()
            .filter(|n| n.has_tag_name((XHTML, "link")))
            .map(|n| (n.attribute("hreflang").unwrap_or_default(), n.attribute("href").unwrap_or_default()))
            .collect();
        assert_eq!(alternates.len(), 17, "{loc}: sixteen languages and x-default");
        assert!(alternates.contains(&(&loc[BASE_URL.len() + 1..BASE_URL.len() + 3], loc)), "{loc} names itself");
        assert!(alternates.iter().any(|(lang, _)| *lang == "x-default"));
        assert!(locs.insert(loc.to_owned()), "{loc} is listed once");
    }

    let offers = seeded().all_offers().unwrap();
    assert_eq!(locs.len(), (offers.len() + 1) * Lang::ALL.len());
    for lang in Lang::ALL {
        assert!(locs.contains(&format!("{BASE_URL}/{lang}/")));
        for offer in &offers {
            assert!(locs.contains(&format!("{BASE_URL}/{lang}/offers/{}", offer.id)), "{lang} {}", offer.id);
        }
    }
}

#[tokio::test]
async fn robots_txt_points_at_the_sitemap() {
    let robots = get("/robots.txt").await;
    assert_eq!(robots.status, StatusCode::OK);
    assert!(robots.body.lines().any(|l| l == format!("Sitemap: {BASE_URL}/sitemap.xml")), "{}", robots.body);
    assert!(robots.body.lines().any(|l| l == "Disallow: /api/"));
}

fn language_links(page: &Response) -> (Vec<String>, Vec<(String, String)>) {
    let canonical = page.attrs("link[rel=canonical]", "href");
    let hreflang = page.attrs("link[rel=alternate][hreflang]", "hreflang");
    let href = page.attrs("link[rel=alternate][hreflang]", "href");
    (canonical, hreflang.into_iter().zip(href).collect())
}

#[tokio::test]
async fn every_page_links_its_canonical_url_and_all_language_versions() {
    let path = "/offers/vhs-unna-deutsch-a2-holzwickede-vormittag";
    let (canonical, alternates) = language_links(&get(&format!("/uk{path}")).await);
    assert_eq!(canonical, [format!("{BASE_URL}/uk{path}")]);
    let mut expected: Vec<(String, String)> =
        Lang::ALL.iter().map(|lang| (lang.code().to_owned(), format!("{BASE_URL}/{lang}{path}"))).collect();
    expected.push(("x-default".into(), format!("{BASE_URL}/de{path}")));
    assert_eq!(alternates, expected);

    let (home, home_alternates) = language_links(&get("/ar/").await);
    assert_eq!(home, [format!("{BASE_URL}/ar/")]);
    assert_eq!(home_alternates.last(), Some(&("x-default".to_owned(), format!("{BASE_URL}/"))));

    let (search, search_alternates) = language_links(&get("/tr/search?q=Kurs&city=Unna").await);
    assert_eq!(search, [format!("{BASE_URL}/tr/search?q=Kurs&city=Unna")]);
    assert_eq!(search_alternates.len(), 17);
}

#[tokio::test]
async fn error_pages_ask_not_to_be_indexed_instead_of_naming_a_canonical_url() {
    let missing = get_from(seeded(), "/en/offers/no-such-offer", &[]).await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    let (canonical, alternates) = language_links(&missing);
    assert!(canonical.is_empty() && alternates.is_empty());
    assert_eq!(missing.attrs("meta[name=robots]", "content"), ["noindex"]);
}
