//! The privacy page, the footer that leads to it, and logs that keep searches to themselves.

use std::io::Write;
use std::sync::{Arc, Mutex};

use axum::http::StatusCode;
use tracing_subscriber::fmt::MakeWriter;
use wegweiser::domain::Lang;

use crate::helpers::{get, get_from, seeded};

#[tokio::test]
async fn the_privacy_page_says_what_is_stored_in_every_language() {
    for lang in Lang::ALL {
        let page = get(&format!("/{lang}/privacy")).await;
        assert_eq!(page.status, StatusCode::OK, "{lang}");
        assert_eq!(page.texts("h1").len(), 1, "{lang}");
        assert_eq!(page.texts("main h2").len(), 8, "{lang}");
        assert!(page.texts("main p").iter().all(|p| !p.starts_with("privacy-")), "{lang}: every text is translated");
    }
    let german = get("/de/privacy").await;
    let text = german.texts("main").join(" ");
    for fact in ["lang", "IP-Adresse", "Sitzungs-Cookie", "OpenStreetMap", "Meldung", "13 Wochen"] {
        assert!(text.contains(fact), "the page names {fact}");
    }
}

#[tokio::test]
async fn every_page_links_to_privacy_and_the_provider_sign_in() {
    for uri in ["/de/", "/ar/search?q=kurs", "/uk/privacy", "/en/list"] {
        let page = get(uri).await;
        let lang = &uri[1..3];
        assert_eq!(
            page.attrs("footer nav a", "href"),
            [format!("/{lang}/privacy"), format!("/{lang}/provider/")],
            "{uri}"
        );
    }
    assert_eq!(get("/de/provider/").await.status, StatusCode::OK);
}

/// Collects everything the log writes.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl<'a> MakeWriter<'a> for Captured {
    type Writer = Captured;

    fn make_writer(&'a self) -> Captured {
        self.clone()
    }
}

#[tokio::test]
async fn request_logs_name_the_path_but_never_the_search() {
    let captured = Captured::default();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_ansi(false)
        .with_writer(captured.clone())
        .finish();
    // tracing keeps each call site's interest for the whole process, decided by the thread
    // that reached it first: a test running beside this one without a subscriber would turn
    // the request log off. A global subscriber that takes everything, and a fresh decision once
    // this test's is in place, keep the log whole.
    let _ = tracing::subscriber::set_global_default(tracing_subscriber::registry());
    let _guard = tracing::subscriber::set_default(subscriber);
    tracing::callsite::rebuild_interest_cache();
    let page = get_from(seeded(), "/de/search?q=Geheimwort+Schwangerschaft&where=59423&list=a-b", &[]).await;
    assert_eq!(page.status, StatusCode::OK);
    let log = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
    assert!(log.contains("path=/de/search"), "the request is logged: {log}");
    for secret in ["Geheimwort", "Schwangerschaft", "q=", "59423", "list="] {
        assert!(!log.contains(secret), "{secret} is in the log: {log}");
    }
}
