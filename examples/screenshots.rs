//! Screenshots of the results page on a phone, in German and in Arabic, for the README:
//! `cargo run --example screenshots` (needs chromium and chromedriver) writes
//! docs/screenshots/results-de.png and results-ar.png.

use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use fantoccini::ClientBuilder;
use hyper_util::client::legacy::connect::HttpConnector;
use serde_json::json;
use wegweiser::directory::Directory;
use wegweiser::{AppState, app};

const PAGES: [(&str, &str); 2] = [
    ("results-de.png", "/de/search?q=Deutschkurs&where=Unna"),
    ("results-ar.png", "/ar/search?q=%D8%AF%D9%88%D8%B1%D8%A9%20%D9%84%D8%BA%D8%A9"),
];

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let directory = Directory::in_memory()?;
    directory.seed_if_empty()?;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let base = format!("http://{}", listener.local_addr()?);
    let site = app(AppState::new(Arc::new(directory), false));
    tokio::spawn(async move { axum::serve(listener, site).await });

    let port = TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
    let mut driver = Command::new("chromedriver")
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()?;
    let started = Instant::now();
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        anyhow::ensure!(started.elapsed() < Duration::from_secs(30), "chromedriver did not start");
        std::thread::sleep(Duration::from_millis(50));
    }
    let profile = tempfile::tempdir()?;
    let args = json!([
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=390,844",
        "--force-device-scale-factor=2",
        format!("--user-data-dir={}", profile.path().display()),
    ]);
    let mut capabilities = serde_json::Map::new();
    capabilities.insert("goog:chromeOptions".into(), json!({"args": args}));
    let client = ClientBuilder::new(HttpConnector::new())
        .capabilities(capabilities)
        .connect(&format!("http://127.0.0.1:{port}"))
        .await?;
    let out = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/screenshots");
    std::fs::create_dir_all(&out)?;
    for (file, page) in PAGES {
        client.goto(&format!("{base}{page}")).await?;
        std::fs::write(out.join(file), client.screenshot().await?)?;
        println!("wrote {}", out.join(file).display());
    }
    client.close().await?;
    driver.kill()?;
    Ok(())
}
