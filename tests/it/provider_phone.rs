//! The provider workspace in a real browser at phone size: every provider page, signed in as
//! an admin (who sees them all), fits a 360 px screen in German and Arabic, and passes the
//! axe-core and Nu checks the public pages pass.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::Stdio;

use fantoccini::{Client, Locator};

use crate::browser::{Process, axe_findings, browser, free_port, nu_errors, tools, wait_for_port};
use crate::helpers::{PASSWORD, wegweiser};
use crate::phone::{at_phone_size, number};

const SESSION_COOKIE: &str = "__Host-wegweiser_session";

fn run(dir: &Path, args: &[&str], input: Option<&str>) {
    let mut child =
        wegweiser(dir, args).stdin(Stdio::piped()).stdout(Stdio::null()).stderr(Stdio::null()).spawn().unwrap();
    if let Some(input) = input {
        child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    }
    assert!(child.wait().unwrap().success(), "{args:?}");
}

/// A store with one provider's offer changed once (so its history has a diff), a provider
/// account and an admin.
fn store(dir: &Path) {
    run(dir, &["provider", "add", "anbieter-a", "--name", "Volkshochschule Unna Fröndenberg Holzwickede"], None);
    run(
        dir,
        &["user", "add", "anbieterin@example.org", "--provider", "anbieter-a", "--provider-admin", "--password-stdin"],
        Some(&format!("{PASSWORD}\n")),
    );
    run(
        dir,
        &["user", "add", "kreis-verwaltung-integration@example.org", "--admin", "--password-stdin"],
        Some(&format!("{PASSWORD}\n")),
    );
    let mut offer = serde_json::json!({
        "id": "vhs-unna-integrationskurs-mit-kinderbetreuung-fuer-muetter-2027",
        "provider": {"id": "anbieter-a", "name": "Volkshochschule Unna Fröndenberg Holzwickede"},
        "category": "integration_course",
        "title": {"de": "Integrationskurs mit Kinderbetreuung für Mütter und Väter", "ar": "دورة اندماج مع رعاية الأطفال"},
        "cost": {"free": true, "text": {"de": "Kostenlos mit Berechtigungsschein des Bundesamtes für Migration und Flüchtlinge"}},
        "locations": [{"name": "VHS-Haus", "street": "Bahnhofstraße 20", "postcode": "59423", "city": "Unna", "lat": 51.537, "lon": 7.689}],
        "schedule": {"start": "2027-01-11", "end": "2027-07-09", "text": {"de": "Mo–Fr 8:30–12:45"}},
        "target_groups": ["women", "parents"],
        "languages": ["de", "ar", "tr"],
    });
    for (n, price) in ["96,00 €", "110,00 € für den gesamten Kurs einschließlich aller Lehrbücher"].iter().enumerate()
    {
        offer["cost"]["text"]["de"] = (*price).into();
        let file = dir.join(format!("offer-{n}.json"));
        std::fs::write(&file, serde_json::json!([offer]).to_string()).unwrap();
        run(dir, &["import", file.to_str().unwrap()], None);
    }
}

/// The real server, told the address it is reached at so that its forms accept the browser's posts.
fn serve(dir: &Path) -> (Process, String) {
    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    let child = wegweiser(dir, &["serve", "--bind", &format!("127.0.0.1:{port}")])
        .env("WEGWEISER_BASE_URL", &base)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    wait_for_port(port);
    (Process(child), base)
}

const OFFER: &str = "vhs-unna-integrationskurs-mit-kinderbetreuung-fuer-muetter-2027";

/// The provider pages reached by a link, for one language.
fn pages(lang: &str) -> Vec<String> {
    [
        "/provider/".to_owned(),
        "/provider/offers/new".to_owned(),
        format!("/provider/offers/{OFFER}"),
        format!("/provider/offers/{OFFER}/history"),
        format!("/provider/offers/{OFFER}/withdraw"),
        "/provider/moderation".to_owned(),
        "/provider/accounts".to_owned(),
        "/provider/searches".to_owned(),
    ]
    .iter()
    .map(|p| format!("/{lang}{p}"))
    .collect()
}

async fn sign_in(client: &Client, base: &str, lang: &str, email: &str) {
    client.goto(&format!("{base}/{lang}/provider/")).await.unwrap();
    client.find(Locator::Css("#email")).await.unwrap().send_keys(email).await.unwrap();
    client.find(Locator::Css("#password")).await.unwrap().send_keys(PASSWORD).await.unwrap();
    client.find(Locator::Css("section.login button")).await.unwrap().click().await.unwrap();
    client.wait().for_element(Locator::Css("nav.provider-nav")).await.unwrap();
}

/// Issues a one-time sign-in link on the accounts page (signed in as an admin) and returns it.
async fn reset_link(client: &Client, base: &str) -> String {
    client.goto(&format!("{base}/de/provider/accounts")).await.unwrap();
    let issue = "document.querySelector(\"form[action$='/sign-in-link']\").submit()";
    client.execute(issue, vec![]).await.unwrap();
    let notice = client.wait().for_element(Locator::Css("p.notice")).await.unwrap().text().await.unwrap();
    notice.split_whitespace().find(|word| word.starts_with(base)).expect("the notice holds the link").to_owned()
}

/// How far the open page reaches past the screen, when it does.
async fn overflow(client: &Client, page: &str) -> Option<String> {
    let width = number(client, "return document.documentElement.scrollWidth").await;
    let screen = number(client, "return window.innerWidth").await;
    (width > screen).then(|| format!("{page}: {width} px on a {screen} px screen"))
}

/// The preview, reached from the edit form's button.
async fn open_preview(client: &Client, base: &str, lang: &str) {
    client.goto(&format!("{base}/{lang}/provider/offers/{OFFER}")).await.unwrap();
    client.find(Locator::Css("button[value=preview]")).await.unwrap().click().await.unwrap();
    client.wait().for_element(Locator::Css("button[value=edit]")).await.unwrap();
}

#[tokio::test(flavor = "multi_thread")]
async fn no_provider_page_is_wider_than_a_phone_in_de_and_ar() {
    let Some(tools) = tools() else { return };
    let dir = tempfile::tempdir().unwrap();
    store(dir.path());
    let (_server, base) = serve(dir.path());
    let (_driver, client) = browser(&tools).await;
    at_phone_size(&client).await;
    let mut too_wide = Vec::new();
    for lang in ["de", "ar"] {
        client.goto(&format!("{base}/{lang}/provider/")).await.unwrap();
        too_wide.extend(overflow(&client, &format!("/{lang}/provider/ (sign-in)")).await);
    }
    sign_in(&client, &base, "de", "kreis-verwaltung-integration@example.org").await;
    for lang in ["de", "ar"] {
        for page in pages(lang) {
            client.goto(&format!("{base}{page}")).await.unwrap();
            too_wide.extend(overflow(&client, &page).await);
        }
        open_preview(&client, &base, lang).await;
        too_wide.extend(overflow(&client, &format!("/{lang}/provider/ preview")).await);
    }
    for lang in ["de", "ar"] {
        let link = reset_link(&client, &base).await.replacen("/de/", &format!("/{lang}/"), 1);
        client.goto(&link).await.unwrap();
        too_wide.extend(overflow(&client, &format!("/{lang}/provider/reset/…")).await);
    }
    client.close().await.unwrap();
    assert!(too_wide.is_empty(), "{too_wide:#?}");
}

#[tokio::test(flavor = "multi_thread")]
async fn axe_finds_no_serious_problems_on_provider_pages_in_de_and_ar() {
    let Some(tools) = tools() else { return };
    let axe_source = std::fs::read_to_string(&tools.axe).unwrap();
    let dir = tempfile::tempdir().unwrap();
    store(dir.path());
    let (_server, base) = serve(dir.path());
    let (_driver, client) = browser(&tools).await;
    let mut problems = Vec::new();
    client.goto(&format!("{base}/ar/provider/")).await.unwrap();
    problems.extend(axe_findings(&client, &axe_source).await.into_iter().map(|p| format!("sign-in: {p}")));
    sign_in(&client, &base, "de", "kreis-verwaltung-integration@example.org").await;
    for lang in ["de", "ar"] {
        for page in pages(lang) {
            client.goto(&format!("{base}{page}")).await.unwrap();
            problems.extend(axe_findings(&client, &axe_source).await.into_iter().map(|p| format!("{page}: {p}")));
        }
        open_preview(&client, &base, lang).await;
        problems.extend(axe_findings(&client, &axe_source).await.into_iter().map(|p| format!("{lang} preview: {p}")));
    }
    let link = reset_link(&client, &base).await.replacen("/de/", "/ar/", 1);
    client.goto(&link).await.unwrap();
    problems.extend(axe_findings(&client, &axe_source).await.into_iter().map(|p| format!("reset: {p}")));
    client.close().await.unwrap();
    assert!(problems.is_empty(), "{problems:#?}");
}

/// One request over a socket; the whole answer, head and body.
fn exchange(base: &str, request: &str) -> String {
    let addr = base.trim_start_matches("http://");
    let mut stream = TcpStream::connect(addr).unwrap();
    stream.write_all(request.replace("{addr}", addr).as_bytes()).unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    response
}

/// One request over a socket; the body of the answer.
fn fetch(base: &str, request: &str) -> String {
    exchange(base, request).split_once("\r\n\r\n").map(|(_, body)| body.to_owned()).unwrap_or_default()
}

/// Signs in over a socket; the session cookie's value.
fn session_cookie(base: &str, email: &str) -> String {
    let form = url::form_urlencoded::Serializer::new(String::new())
        .extend_pairs([("email", email), ("password", PASSWORD)])
        .finish();
    let request = format!(
        "POST /de/provider/login HTTP/1.1\r\nHost: {{addr}}\r\nOrigin: {base}\r\n\
         Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{form}",
        form.len()
    );
    let response = exchange(base, &request);
    let cookie = response.split(&format!("{SESSION_COOKIE}=")).nth(1).expect("a session cookie");
    cookie.split(';').next().unwrap().to_owned()
}

#[tokio::test(flavor = "multi_thread")]
async fn the_nu_checker_finds_no_html_errors_on_provider_pages() {
    let Some(tools) = tools() else { return };
    let dir = tempfile::tempdir().unwrap();
    store(dir.path());
    let (_server, base) = serve(dir.path());
    let (_driver, client) = browser(&tools).await;
    sign_in(&client, &base, "de", "kreis-verwaltung-integration@example.org").await;
    let reset = reset_link(&client, &base).await.trim_start_matches(&base).to_owned();
    let cookie = client.get_named_cookie(SESSION_COOKIE).await.unwrap().value().to_owned();
    let csrf = client.find(Locator::Css("input[name=csrf]")).await.unwrap().attr("value").await.unwrap().unwrap();
    client.close().await.unwrap();
    let mut files = Vec::new();
    let mut save = |name: &str, html: String| {
        let file = dir.path().join(format!("{}.html", name.replace(['/', '?', '=', '&'], "_")));
        std::fs::write(&file, html).unwrap();
        files.push(file);
    };
    save("sign-in", fetch(&base, "GET /de/provider/ HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"));
    save("reset", fetch(&base, &format!("GET {reset} HTTP/1.1\r\nHost: {{addr}}\r\nConnection: close\r\n\r\n")));
    let lead = session_cookie(&base, "anbieterin@example.org");
    for lang in ["de", "ar"] {
        let request = format!(
            "GET /{lang}/provider/colleagues HTTP/1.1\r\nHost: {{addr}}\r\nCookie: {SESSION_COOKIE}={lead}\r\nConnection: close\r\n\r\n"
        );
        save(&format!("{lang}-colleagues"), fetch(&base, &request));
    }
    for lang in ["de", "ar"] {
        for page in pages(lang) {
            let request = format!(
                "GET {page} HTTP/1.1\r\nHost: {{addr}}\r\nCookie: {SESSION_COOKIE}={cookie}\r\nConnection: close\r\n\r\n"
            );
            save(&page, fetch(&base, &request));
        }
        let form = url::form_urlencoded::Serializer::new(String::new())
            .extend_pairs([
                ("csrf", csrf.as_str()),
                ("action", "preview"),
                ("provider_id", "anbieter-a"),
                ("provider_name", "VHS"),
                ("category", "leisure"),
                ("title.de", "Sprachcafé"),
            ])
            .finish();
        let request = format!(
            "POST /{lang}/provider/offers/new HTTP/1.1\r\nHost: {{addr}}\r\nCookie: {SESSION_COOKIE}={cookie}\r\nOrigin: {base}\r\n\
             Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{form}",
            form.len()
        );
        save(&format!("{lang}-preview"), fetch(&base, &request));
    }
    let errors = nu_errors(&tools, &files);
    assert!(errors.is_empty(), "{errors:#?}");
}

/// How many title fields show in the form now.
const VISIBLE_TITLES: &str =
    "return [...document.querySelectorAll('fieldset.translations')[0].querySelectorAll('.translation')]
    .filter(field => field.offsetParent !== null).map(field => field.querySelector('input').name).join(' ')";

#[tokio::test(flavor = "multi_thread")]
async fn the_form_shows_german_and_the_tapped_language_only() {
    let Some(tools) = tools() else { return };
    let dir = tempfile::tempdir().unwrap();
    store(dir.path());
    let (_server, base) = serve(dir.path());
    let (_driver, client) = browser(&tools).await;
    at_phone_size(&client).await;
    sign_in(&client, &base, "de", "anbieterin@example.org").await;
    client.goto(&format!("{base}/de/provider/offers/{OFFER}")).await.unwrap();
    let shown = client.execute(VISIBLE_TITLES, vec![]).await.unwrap();
    assert_eq!(shown.as_str(), Some("title.de title.en"));
    client.find(Locator::Css("label[for=tab-ar]")).await.unwrap().click().await.unwrap();
    let shown = client.execute(VISIBLE_TITLES, vec![]).await.unwrap();
    assert_eq!(shown.as_str(), Some("title.de title.ar"));
    // The provider's own admin has one more page: colleagues.
    let axe_source = std::fs::read_to_string(&tools.axe).unwrap();
    for lang in ["de", "ar"] {
        let page = format!("/{lang}/provider/colleagues");
        client.goto(&format!("{base}{page}")).await.unwrap();
        assert_eq!(overflow(&client, &page).await, None);
        assert!(axe_findings(&client, &axe_source).await.is_empty(), "{page}");
    }
    client.close().await.unwrap();
}
