//! Installing and offline use: the manifest, the service worker and the offline page; in a
//! real browser, a visited offer opens with the server gone. The read-aloud button.

use axum::http::StatusCode;
use fantoccini::Locator;

use crate::browser::{browser, server, tools};
use crate::helpers::get;

const OFFER: &str = "vhs-unna-integrationskurs-allgemein-2027-01";

#[tokio::test]
async fn pages_link_a_manifest_that_installs_the_site() {
    let page = get("/ar/").await;
    assert_eq!(page.attrs("link[rel=manifest]", "href"), ["/manifest.webmanifest"]);
    let manifest = get("/manifest.webmanifest").await;
    assert_eq!(manifest.headers["content-type"], "application/manifest+json");
    let json = manifest.json();
    assert_eq!(json["start_url"], "/");
    assert_eq!(json["display"], "standalone");
    let icon = json["icons"][0]["src"].as_str().unwrap().to_owned();
    assert_eq!(get(&icon).await.status, StatusCode::OK);
}

#[tokio::test]
async fn the_service_worker_comes_from_the_root_and_is_never_kept_long() {
    let worker = get("/sw.js").await;
    assert_eq!(worker.status, StatusCode::OK);
    assert!(worker.headers["content-type"].to_str().unwrap().starts_with("text/javascript"));
    assert_eq!(worker.headers["cache-control"], "no-cache");
    let script = get("/de/").await.attrs("script[src]", "src").remove(0);
    assert!(get(&script).await.body.contains("serviceWorker.register(\"/sw.js\")"));
}

#[tokio::test]
async fn every_language_has_an_offline_page() {
    for lang in wegweiser::domain::Lang::ALL {
        let page = get(&format!("/{lang}/offline")).await;
        assert_eq!(page.status, StatusCode::OK, "{lang}");
        assert_eq!(page.attrs("html", "lang"), [lang.code()]);
    }
    assert_eq!(get("/de/offline").await.texts("h1"), ["Keine Verbindung"]);
}

#[tokio::test]
async fn the_read_aloud_button_waits_hidden_for_a_voice_in_the_texts_language() {
    let page = get(&format!("/ar/offers/{OFFER}")).await;
    assert_eq!(page.attrs("button.read-aloud[hidden]", "data-lang"), ["de"], "the description is German");
    assert_eq!(page.texts("button.read-aloud"), ["قراءة بصوت عالٍ"]);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_visited_offer_opens_with_the_network_cut() {
    let Some(tools) = tools() else { return };
    let dir = tempfile::tempdir().unwrap();
    let (mut server, base) = server(dir.path());
    let (_driver, client) = browser(&tools).await;
    let offer = format!("{base}/de/offers/{OFFER}");
    client.goto(&offer).await.unwrap();
    let ready = "const done = arguments[arguments.length - 1];
        navigator.serviceWorker.ready.then(() => done(true));";
    assert_eq!(client.execute_async(ready, vec![]).await.unwrap(), true);
    // Controlled by the worker now, the page is kept when it is opened.
    client.goto(&offer).await.unwrap();
    let controlled = client.execute("return !!navigator.serviceWorker.controller", vec![]).await.unwrap();
    assert_eq!(controlled, true);
    server.child.kill().unwrap();
    server.child.wait().unwrap();
    client.goto(&format!("{base}/de/")).await.unwrap();
    client.goto(&offer).await.unwrap();
    let title = client.find(Locator::Css("article.offer h1")).await.unwrap().text().await.unwrap();
    assert!(title.contains("Integrationskurs"), "{title}");
    client.goto(&format!("{base}/de/offers/nie-besucht")).await.unwrap();
    let heading = client.find(Locator::Css("h1")).await.unwrap().text().await.unwrap();
    client.close().await.unwrap();
    assert_eq!(heading, "Keine Verbindung");
}
