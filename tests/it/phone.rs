//! In a real browser at phone size (360 × 640): nothing wider than the screen on any public
//! page in German, Arabic and Pashto; the first result in view; filter taps that come back to
//! the open panel; three offers on one printed A4 page.

use fantoccini::Client;
use fantoccini::wd::{PrintConfiguration, PrintSize};

use crate::browser::{browser, pages, server, tools};

const PHONE: (u32, u32) = (360, 640);

pub(crate) async fn number(client: &Client, script: &str) -> f64 {
    client.execute(script, vec![]).await.unwrap().as_f64().unwrap_or(f64::NAN)
}

pub(crate) async fn at_phone_size(client: &Client) {
    client.set_window_size(PHONE.0, PHONE.1).await.unwrap();
    // The window includes the browser's frame: grow it until the page itself is phone-sized.
    let (width, height) =
        (number(client, "return window.innerWidth").await, number(client, "return window.innerHeight").await);
    let frame = (PHONE.0 as f64 - width, PHONE.1 as f64 - height);
    client.set_window_size(PHONE.0 + frame.0.max(0.0) as u32, PHONE.1 + frame.1.max(0.0) as u32).await.unwrap();
}

#[tokio::test(flavor = "multi_thread")]
async fn no_public_page_is_wider_than_a_phone_in_de_ar_and_ps() {
    let Some(tools) = tools() else { return };
    let dir = tempfile::tempdir().unwrap();
    let (_server, base) = server(dir.path());
    let (_driver, client) = browser(&tools).await;
    at_phone_size(&client).await;
    let mut too_wide = Vec::new();
    for lang in ["de", "ar", "ps"] {
        for page in pages(lang) {
            client.goto(&format!("{base}{page}")).await.unwrap();
            let width = number(&client, "return document.documentElement.scrollWidth").await;
            let screen = number(&client, "return window.innerWidth").await;
            if width > screen {
                too_wide.push(format!("{page}: {width} px on a {screen} px screen"));
            }
        }
    }
    client.close().await.unwrap();
    assert!(too_wide.is_empty(), "{too_wide:#?}");
}

#[tokio::test(flavor = "multi_thread")]
async fn the_first_result_shows_without_scrolling_on_a_phone() {
    let Some(tools) = tools() else { return };
    let dir = tempfile::tempdir().unwrap();
    let (_server, base) = server(dir.path());
    let (_driver, client) = browser(&tools).await;
    at_phone_size(&client).await;
    for (lang, query) in [("de", "Deutschkurs"), ("ar", "Deutschkurs"), ("ps", "Integrationskurs")] {
        client.goto(&format!("{base}/{lang}/search?q={query}")).await.unwrap();
        let bottom =
            number(&client, "return document.querySelector('.card h2 a').getBoundingClientRect().bottom").await;
        let screen = number(&client, "return window.innerHeight").await;
        assert!(bottom <= screen, "{lang}: the first title ends at {bottom} px of {screen}");
    }
    client.close().await.unwrap();
}

/// The visible space between "Call" and the number of a list entry's phone link, in pixels.
const CALL_GAP: &str = "const link = document.querySelector('.compact-card a[href^=\"tel:\"]');
    const words = document.createRange();
    words.selectNodeContents(link.firstChild);
    const text = words.getBoundingClientRect(), number = link.querySelector('span').getBoundingClientRect();
    return document.dir === 'rtl' ? text.left - number.right : number.left - text.right;";

#[tokio::test(flavor = "multi_thread")]
async fn call_and_the_number_stay_apart_left_to_right_and_right_to_left() {
    let Some(tools) = tools() else { return };
    let dir = tempfile::tempdir().unwrap();
    let (_server, base) = server(dir.path());
    let (_driver, client) = browser(&tools).await;
    at_phone_size(&client).await;
    for lang in ["de", "ar"] {
        client.goto(&format!("{base}/{lang}/list?ids=vhs-unna-integrationskurs-allgemein-2027-01")).await.unwrap();
        let gap = number(&client, CALL_GAP).await;
        assert!(gap >= 3.0, "{lang}: {gap} px between the word and the number");
    }
    client.close().await.unwrap();
}

#[tokio::test(flavor = "multi_thread")]
async fn a_filter_tap_comes_back_with_the_panel_open() {
    let Some(tools) = tools() else { return };
    let dir = tempfile::tempdir().unwrap();
    let (_server, base) = server(dir.path());
    let (_driver, client) = browser(&tools).await;
    at_phone_size(&client).await;
    client.goto(&format!("{base}/de/search?q=Deutschkurs")).await.unwrap();
    let open = "return document.querySelector('details.filter-panel').open";
    assert_eq!(client.execute(open, vec![]).await.unwrap(), false, "closed at first on a phone");
    let href: String = client
        .execute("return document.querySelector('.filters .facet a').getAttribute('href')", vec![])
        .await
        .unwrap()
        .as_str()
        .unwrap()
        .to_owned();
    client.goto(&format!("{base}{href}")).await.unwrap();
    assert_eq!(client.execute(open, vec![]).await.unwrap(), true, "open after {href}");
    client.close().await.unwrap();
}

#[tokio::test(flavor = "multi_thread")]
async fn three_bilingual_offers_print_on_one_a4_page() {
    let Some(tools) = tools() else { return };
    let dir = tempfile::tempdir().unwrap();
    let (_server, base) = server(dir.path());
    let (_driver, client) = browser(&tools).await;
    let ids = "vhs-unna-integrationskurs-allgemein-2027-01,vhs-unna-integrationskurs-frauen-kinderbetreuung-2026-12,\
               caritas-unna-erstorientierungskurs-2027";
    client.goto(&format!("{base}/de/list/print?ids={ids}&client=ar")).await.unwrap();
    let a4 = PrintConfiguration::builder().size(PrintSize::A4).build().unwrap();
    let pdf = client.print(a4).await.unwrap();
    let pages = pdf.windows(12).filter(|w| w.starts_with(b"/Type /Page") && w[11] != b's').count()
        + pdf.windows(11).filter(|w| w.starts_with(b"/Type/Page") && w[10] != b's').count();
    client.close().await.unwrap();
    assert_eq!(pages, 1, "three offers, their German beside Arabic, and the notes on one page");
}
