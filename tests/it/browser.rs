//! In a real browser: headless Chromium through chromedriver. Keyboard search, a filter, the
//! language switch and an offer in German and Arabic; axe-core audits of every kind of page in
//! de, ar and fa; the W3C Nu checker on the same pages.
//!
//! Needs chromium and chromedriver, axe-core (WEGWEISER_AXE_CORE: path of axe.min.js) and the
//! vnu-jar (WEGWEISER_VNU_JAR, run with java). Without them the tests say they were skipped;
//! with WEGWEISER_BROWSER_TESTS=required (set by .ci/run) they fail instead.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use serde_json::{Value, json};

use crate::helpers::{Server, wegweiser};

pub(crate) struct Tools {
    chromium: PathBuf,
    chromedriver: PathBuf,
    pub(crate) axe: PathBuf,
    vnu: PathBuf,
}

/// The tools, or `None` (with a note) when they are missing and not required.
pub(crate) fn tools() -> Option<Tools> {
    let path = |var: &str, default: &str| PathBuf::from(std::env::var(var).unwrap_or_else(|_| default.to_owned()));
    let tools = Tools {
        chromium: path("WEGWEISER_CHROMIUM", "/usr/bin/chromium"),
        chromedriver: path("WEGWEISER_CHROMEDRIVER", "/usr/bin/chromedriver"),
        axe: path("WEGWEISER_AXE_CORE", "node_modules/axe-core/axe.min.js"),
        vnu: path("WEGWEISER_VNU_JAR", "node_modules/vnu-jar/build/dist/vnu.jar"),
    };
    let missing: Vec<String> = [&tools.chromium, &tools.chromedriver, &tools.axe, &tools.vnu]
        .into_iter()
        .filter(|p| !p.exists())
        .map(|p| p.display().to_string())
        .collect();
    if missing.is_empty() {
        return Some(tools);
    }
    let required = std::env::var("WEGWEISER_BROWSER_TESTS").is_ok_and(|v| v == "required");
    assert!(!required, "browser tests are required but these are missing: {missing:?}");
    eprintln!("SKIPPED browser tests: missing {missing:?} (install chromium, chromium-driver, axe-core and vnu-jar)");
    None
}

/// Kills a child process when dropped, even after a failed assertion.
pub(crate) struct Process(pub(crate) Child);

impl Drop for Process {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

pub(crate) fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

pub(crate) fn wait_for_port(port: u16) {
    let started = Instant::now();
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(started.elapsed() < Duration::from_secs(30), "port {port} never opened");
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// The real server on the bundled offers, and its base URL.
pub(crate) fn server(dir: &std::path::Path) -> (Server, String) {
    let server = Server::start(wegweiser(dir, &[]));
    let base = format!("http://{}", server.addr);
    (server, base)
}

pub(crate) async fn browser(tools: &Tools) -> (Process, Client) {
    let port = free_port();
    let driver = Command::new(&tools.chromedriver)
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let driver = Process(driver);
    wait_for_port(port);
    let profile = tempfile::tempdir().unwrap().keep();
    let args = [
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=390,844",
    ];
    let mut args: Vec<String> = args.iter().map(|a| (*a).to_owned()).collect();
    args.push(format!("--user-data-dir={}", profile.display()));
    let mut capabilities = serde_json::Map::new();
    capabilities.insert("goog:chromeOptions".into(), json!({"binary": tools.chromium, "args": args}));
    let client = ClientBuilder::new(HttpConnector::new())
        .capabilities(capabilities)
        .connect(&format!("http://127.0.0.1:{port}"))
        .await
        .expect("chromedriver starts a session");
    (driver, client)
}

async fn path_and_query(client: &Client) -> String {
    let url = client.current_url().await.unwrap();
    format!("{}?{}", url.path(), url.query().unwrap_or_default())
}

/// Pressing Enter in the search box: the search runs with the keyboard alone.
const ENTER: &str = "\u{E007}";
const TAB: &str = "\u{E004}";

async fn journey(client: &Client, base: &str, lang: &str, query: &str) {
    client.goto(&format!("{base}/{lang}/")).await.unwrap();
    client.find(Locator::Css("body")).await.unwrap().send_keys(TAB).await.unwrap();
    let focused = client.execute("return document.activeElement.className", vec![]).await.unwrap();
    assert_eq!(focused, json!("skip"), "the skip link comes first");
    client.find(Locator::Css("#q")).await.unwrap().send_keys(&format!("{query}{ENTER}")).await.unwrap();
    client.wait().for_element(Locator::Css(".results")).await.unwrap();
    let here = path_and_query(client).await;
    assert!(here.starts_with(&format!("/{lang}/search?")), "{here}");
    assert!(!client.find_all(Locator::Css(".card h2 a")).await.unwrap().is_empty(), "{lang}: results for {query}");

    // On a phone the filters are one closed disclosure: open it first.
    let summary = client.find(Locator::Css(".filter-panel > summary")).await.unwrap();
    if summary.is_displayed().await.unwrap() {
        summary.click().await.unwrap();
    }
    let facet = client.find(Locator::Css(".facet a")).await.unwrap();
    let facet_href = facet.attr("href").await.unwrap().unwrap();
    facet.click().await.unwrap();
    client.wait().for_element(Locator::Css(".chips a")).await.unwrap();
    let (facet_path, _) = facet_href.split_once('#').unwrap_or((&facet_href, ""));
    assert_eq!(path_and_query(client).await, facet_path, "the filter is applied");

    let other = if lang == "ar" { "de" } else { "ar" };
    client.find(Locator::Css(".languages summary")).await.unwrap().click().await.unwrap();
    client.find(Locator::Css(&format!(".languages a[hreflang={other}]"))).await.unwrap().click().await.unwrap();
    client.wait().for_element(Locator::Css(&format!("html[lang={other}]"))).await.unwrap();
    let switched = path_and_query(client).await;
    assert_eq!(
        switched,
        facet_path.replacen(&format!("/{lang}/"), &format!("/{other}/"), 1),
        "search and filters kept"
    );
    let dir = client.find(Locator::Css("html")).await.unwrap().attr("dir").await.unwrap();
    assert_eq!(dir.as_deref(), Some(if other == "ar" { "rtl" } else { "ltr" }));

    client.find(Locator::Css(".card h2 a")).await.unwrap().click().await.unwrap();
    client.wait().for_element(Locator::Css("article.offer h1")).await.unwrap();
    assert!(path_and_query(client).await.starts_with(&format!("/{other}/offers/")));
    shortlist(client, other).await;
}

/// Puts the open offer on the shortlist, opens the list and its print view for a client.
async fn shortlist(client: &Client, lang: &str) {
    let offer_path = client.current_url().await.unwrap().path().to_owned();
    let offer_id = offer_path.rsplit('/').next().unwrap().to_owned();
    client.find(Locator::Css("section.tools a.button")).await.unwrap().click().await.unwrap();
    client.wait().for_element(Locator::Css("p.my-list a")).await.unwrap().click().await.unwrap();
    client.wait().for_element(Locator::Css("section.print-form")).await.unwrap();
    let list = path_and_query(client).await;
    assert!(list.starts_with(&format!("/{lang}/list?")) && list.contains(&offer_id), "{list}");
    client.find(Locator::Css("section.print-form button")).await.unwrap().click().await.unwrap();
    client.wait().for_element(Locator::Css("article.print-offer figure.qr svg")).await.unwrap();
    let print = path_and_query(client).await;
    assert!(print.starts_with(&format!("/{lang}/list/print?")) && print.contains(&offer_id), "{print}");
    let german = client.find_all(Locator::Css("[lang=de]")).await.unwrap();
    assert!(!german.is_empty(), "the print view shows the German text beside the client's");
}

/// Serious and critical axe-core findings on the page now open.
pub(crate) async fn axe_findings(client: &Client, axe_source: &str) -> Vec<String> {
    client.execute(axe_source, vec![]).await.unwrap();
    let script = "const done = arguments[arguments.length - 1];
        axe.run(document, {runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']})
           .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.length}))));";
    let violations = client.execute_async(script, vec![]).await.unwrap();
    violations
        .as_array()
        .unwrap()
        .iter()
        .filter(|v| matches!(v["impact"].as_str(), Some("serious" | "critical")))
        .map(Value::to_string)
        .collect()
}

/// The pages every audit looks at, for one language.
pub(crate) fn pages(lang: &str) -> Vec<String> {
    [
        "/",
        "/search?q=Deutschkurs",
        "/search?q=zzzzqqqq",
        "/offers/vhs-unna-integrationskurs-holzwickede-2026-09",
        "/search?q=Beratung&where=59423&free=1&list=vhs-unna-integrationskurs-holzwickede-2026-09",
        "/list?ids=vhs-unna-integrationskurs-holzwickede-2026-09,unna-stadtbibliothek-sprachcafe",
        "/list/print?ids=vhs-unna-integrationskurs-holzwickede-2026-09,unna-stadtbibliothek-sprachcafe&client=uk",
        "/privacy",
        "/provider/",
        "/nothing-here",
        "/offers/vhs-unna-integrationskurs-allgemein-2019-01",
        "/offline",
        "/list?ids=vhs-unna-integrationskurs-holzwickede-2026-09&client=ar",
    ]
    .iter()
    .map(|p| format!("/{lang}{p}"))
    .collect()
}

fn http_get(base: &str, path: &str) -> String {
    let addr = base.trim_start_matches("http://");
    let mut stream = TcpStream::connect(addr).unwrap();
    write!(stream, "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n").unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    response.split_once("\r\n\r\n").map(|(_, body)| body.to_owned()).unwrap_or_default()
}

#[tokio::test(flavor = "multi_thread")]
async fn newcomers_search_filter_switch_language_and_open_offers_in_a_real_browser() {
    let Some(tools) = tools() else { return };
    let dir = tempfile::tempdir().unwrap();
    let (_server, base) = server(dir.path());
    let (_driver, client) = browser(&tools).await;
    journey(&client, &base, "de", "Integrationskurs").await;
    journey(&client, &base, "ar", "دورة لغة").await;
    client.close().await.unwrap();
}

#[tokio::test(flavor = "multi_thread")]
async fn axe_finds_no_serious_accessibility_problems_in_de_ar_and_fa() {
    let Some(tools) = tools() else { return };
    let axe_source = std::fs::read_to_string(&tools.axe).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let (_server, base) = server(dir.path());
    let (_driver, client) = browser(&tools).await;
    let mut problems = Vec::new();
    for lang in ["de", "ar", "fa"] {
        for page in pages(lang) {
            client.goto(&format!("{base}{page}")).await.unwrap();
            problems.extend(axe_findings(&client, &axe_source).await.into_iter().map(|p| format!("{page}: {p}")));
        }
    }
    client.close().await.unwrap();
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn the_nu_checker_finds_no_html_errors() {
    let Some(tools) = tools() else { return };
    let dir = tempfile::tempdir().unwrap();
    let (_server, base) = server(dir.path());
    let mut files = Vec::new();
    for lang in ["de", "ar", "fa"] {
        for page in pages(lang) {
            let file = dir.path().join(format!("{}.html", page.replace(['/', '?', '=', '&'], "_")));
            std::fs::write(&file, http_get(&base, &page)).unwrap();
            files.push(file);
        }
    }
    let errors = nu_errors(&tools, &files);
    assert!(errors.is_empty(), "{errors:#?}");
}

/// The W3C Nu checker's errors in the given HTML files.
pub(crate) fn nu_errors(tools: &Tools, files: &[PathBuf]) -> Vec<String> {
    let output = Command::new("java")
        .arg("-jar")
        .arg(&tools.vnu)
        .args(["--errors-only", "--format", "json", "--stdout"])
        .args(files)
        .output()
        .unwrap();
    let report: Value = serde_json::from_slice(&output.stdout).expect("vnu reports JSON");
    report["messages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            format!(
                "{}: {}",
                m["url"].as_str().unwrap_or_default().rsplit('/').next().unwrap_or_default(),
                m["message"]
            )
        })
        .collect()
}
