//! Wegweiser at scale, on a generated corpus (see `corpus.rs`): import rate, re-import of
//! the unchanged file, cold start, full rebuild, `took_ms` percentiles per query kind, a bulk
//! write, memory, and searches per second over HTTP beside a static file on the same server.
//! Every offer has meaning vectors (`vectors.rs`), so questions are also looked up by meaning.
//! `cargo bench --bench scale` runs 10,000 offers; `SCALE_OFFERS=10000,100000 cargo bench
//! --bench scale` adds the state-sized run (several minutes on two cores). With
//! `SCALE_DIR=FOLDER` each size's directory is kept there, and a later run on it measures
//! everything but the import, the re-import and the rebuild.

mod corpus;
mod vectors;

use std::net::SocketAddr;
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use axum::body::Bytes;
use http_body_util::{BodyExt, Empty};
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;
use wegweiser::directory::Directory;
use wegweiser::domain::{Actor, Day};
use wegweiser::search::SearchRequest;
use wegweiser::{AppState, import};

/// Query kinds and the queries each runs in turn.
const KINDS: [(&str, &[&str]); 6] = [
    ("short word", &["Deutschkurs", "Beratung", "Kita", "Anerkennung", "Schwimmen"]),
    ("typo", &["Integrationkurs", "Beratnug", "Deutschkrus", "Anerkenung", "Sprachkurz"]),
    ("arabic", &["دورة لغة ألمانية", "استشارة", "روضة أطفال", "الاعتراف بالشهادة", "عمل"]),
    ("ukrainian", &["курси німецької мови", "консультація", "дитячий садок", "визнання диплому", "робота"]),
    (
        "long question",
        &[
            "Wo kann ich als Mutter mit kleinen Kindern am Vormittag einen Deutschkurs besuchen",
            "where can I get help with recognition of my foreign nursing degree in Germany",
            "Ich suche eine kostenlose Beratung zu Aufenthalt und Arbeit in meiner Sprache",
            "як записатися на інтеграційний курс для жінок з дітьми",
            "أين يمكنني الحصول على مساعدة في البحث عن عمل وكتابة السيرة الذاتية",
        ],
    ),
    ("empty query", &[""]),
];
const SEARCHES_PER_KIND: usize = 100;
const BULK: usize = 1000;
const CLIENTS: usize = 32;
const LOAD_SECONDS: u64 = 5;

fn main() {
    let sizes = std::env::var("SCALE_OFFERS").unwrap_or_else(|_| "10000".into());
    for size in sizes.split(',').map(|s| s.trim().parse::<usize>().expect("SCALE_OFFERS lists numbers")) {
        run(size);
    }
}

fn run(size: usize) {
    let temporary = tempfile::tempdir().expect("a temporary folder");
    let kept = std::env::var_os("SCALE_DIR").map(|dir| Path::new(&dir).join(size.to_string()));
    let dir = kept.as_deref().unwrap_or(temporary.path());
    let (file, data, index) = (dir.join("offers.jsonl"), dir.join("data"), dir.join("index"));
    // Written once the import and the rebuild are done, so an interrupted run starts afresh.
    let done = dir.join("imported");
    let imported = done.exists();
    if !imported {
        let _ = std::fs::remove_dir_all(dir);
        std::fs::create_dir_all(dir).expect("the corpus folder is made");
        corpus::write(&file, size);
    }
    println!("{size} offers ({} MB of JSON Lines)", megabytes(std::fs::metadata(&file).map(|m| m.len()).unwrap_or(0)));
    if !imported {
        import_and_rebuild(&file, &data, &index, size);
        std::fs::write(&done, "").expect("the corpus folder is writable");
    }
    let mut opened = None;
    // What `serve` does before it listens: open the directory and read the word lists.
    let took = timed(|| {
        opened = Some(Directory::open(&data, &index).expect("the directory opens again"));
        wegweiser::analysis::load_word_lists();
        wegweiser::gazetteer::bundled_places();
    });
    println!("  cold start on the existing index: {:.0} ms", ms(took));
    let directory = Arc::new(opened.expect("opened"));
    for (kind, queries) in KINDS {
        let mut took_ms: Vec<f64> = (0..SEARCHES_PER_KIND)
            .map(|n| {
                let request = SearchRequest {
                    text: queries[n % queries.len()].to_owned(),
                    limit: 20,
                    today: Some("2026-12-01".parse::<Day>().expect("a valid day")),
                    ..SearchRequest::default()
                };
                directory.search(&request).expect("the search runs").took_ms
            })
            .collect();
        // Each query's first search analyses it; the later ones find the analysis cached.
        let first = took_ms[..queries.len()].iter().copied().fold(0.0, f64::max);
        took_ms.sort_by(f64::total_cmp);
        println!(
            "  took_ms {kind:<14} p50 {:>7.2}  p95 {:>7.2}  p99 {:>7.2}  first search at most {first:>7.2}",
            percentile(&took_ms, 50),
            percentile(&took_ms, 95),
            percentile(&took_ms, 99)
        );
    }
    bulk_write(&directory, &file);
    println!("  memory: {} MB resident, {} MB at the peak", rss_mb("VmRSS"), rss_mb("VmHWM"));
    http_load(directory);
    println!("  memory after the HTTP run: {} MB resident", rss_mb("VmRSS"));
}

/// Imports the corpus, imports it again unchanged, and rebuilds the index, as measured once
/// per kept corpus.
fn import_and_rebuild(file: &Path, data: &Path, index: &Path, size: usize) {
    let directory = Directory::open(data, index).expect("the directory opens");
    let took = timed(|| import_file(&directory, file));
    println!("  import: {:.1} s, {:.0} offers/s", took.as_secs_f64(), size as f64 / took.as_secs_f64());
    println!("  memory after the import: {} MB resident, {} MB at the peak", rss_mb("VmRSS"), rss_mb("VmHWM"));
    let took = timed(|| import_file(&directory, file));
    println!("  re-import of the unchanged file: {:.1} s", took.as_secs_f64());
    vectors::store(file, &data.join(wegweiser::directory::STORE_FILE));
    println!("  store {} MB, index {} MB", megabytes(folder_size(data)), megabytes(folder_size(index)));
    let took = timed(|| {
        directory.rebuild_index().expect("the index rebuilds");
    });
    println!("  full rebuild: {:.1} s, then {} MB resident", took.as_secs_f64(), rss_mb("VmRSS"));
}

/// As `wegweiser import` does: the file streamed and stored a batch at a time, each batch
/// indexed while the next is stored.
fn import_file(directory: &Directory, file: &Path) {
    let summary = directory
        .importing(&Actor::System, |store| import::stream_file(file, import::BATCH, |offers| store(&offers)))
        .expect("the corpus imports");
    assert!(summary.rejected.is_empty(), "the generated corpus is valid: {:?}", summary.rejected.first());
}

/// What the bulk API does with 1,000 changed offers: one transaction and one index commit.
fn bulk_write(directory: &Directory, file: &Path) {
    let lines = std::io::BufRead::lines(std::io::BufReader::new(std::fs::File::open(file).expect("the corpus opens")));
    let first: Vec<String> = lines.take(BULK).map(|line| line.expect("the corpus reads")).collect();
    let mut offers = import::parse(&first.join("\n")).offers;
    // A tag of this run's own, so that a kept corpus written before still counts as changed.
    let tag = format!("Sammelupdate {}", std::process::id());
    for offer in &mut offers {
        offer.tags.push(tag.clone());
    }
    let took = timed(|| {
        let results = directory.submit_many(&Actor::System, offers, false);
        assert!(results.iter().all(Result::is_ok), "every offer is saved");
    });
    println!("  bulk write of {BULK} changed offers: {:.0} ms", ms(took));
}

/// Searches per second from 32 clients over HTTP, beside a static file from the same server.
fn http_load(directory: Arc<Directory>) {
    let runtime = tokio::runtime::Runtime::new().expect("a runtime");
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("a free port");
        let address = listener.local_addr().expect("the bound address");
        let app = wegweiser::app(AppState::new(directory, false));
        tokio::spawn(wegweiser::server::run(listener, app, Duration::from_secs(10), std::future::pending()));
        for (what, path) in [
            ("search \"Deutschkurs\"", "/api/v1/search?q=Deutschkurs&limit=10"),
            ("search \"Beratung\" in Unna", "/api/v1/search?q=Beratung&near=Unna&limit=10"),
            ("/healthz", "/healthz"),
            ("static file", wegweiser::assets::STYLESHEET.url.as_str()),
        ] {
            let per_second = requests_per_second(address, path).await;
            println!("  HTTP, {CLIENTS} clients: {per_second:>7.0} requests/s  {what}");
        }
    });
}

async fn requests_per_second(address: SocketAddr, path: &str) -> f64 {
    let client = Client::builder(TokioExecutor::new()).build_http::<Empty<Bytes>>();
    let uri: hyper::Uri = format!("http://{address}{path}").parse().expect("a valid URI");
    let done = Arc::new(AtomicUsize::new(0));
    let until = Instant::now() + Duration::from_secs(LOAD_SECONDS);
    let started = Instant::now();
    let clients: Vec<_> = (0..CLIENTS)
        .map(|_| {
            let (client, uri, done) = (client.clone(), uri.clone(), done.clone());
            tokio::spawn(async move {
                while Instant::now() < until {
                    let response = client.get(uri.clone()).await.expect("the server answers");
                    assert!(response.status().is_success(), "{uri}: {}", response.status());
                    response.into_body().collect().await.expect("the body arrives");
                    done.fetch_add(1, Ordering::Relaxed);
                }
            })
        })
        .collect();
    for client in clients {
        client.await.expect("the client ran");
    }
    done.load(Ordering::Relaxed) as f64 / started.elapsed().as_secs_f64()
}

fn timed(work: impl FnOnce()) -> Duration {
    let started = Instant::now();
    work();
    started.elapsed()
}

/// The nearest-rank percentile: the smallest value at least `p` percent of the values reach
/// (of 100, p99 is the second slowest).
fn percentile(sorted: &[f64], p: usize) -> f64 {
    let rank = (sorted.len() * p).div_ceil(100).max(1);
    sorted.get(rank - 1).copied().unwrap_or_default()
}

fn ms(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1000.0
}

fn megabytes(bytes: u64) -> u64 {
    bytes / 1_000_000
}

fn folder_size(dir: &Path) -> u64 {
    let Ok(entries) = std::fs::read_dir(dir) else { return 0 };
    entries
        .filter_map(Result::ok)
        .map(|entry| match entry.metadata() {
            Ok(meta) if meta.is_dir() => folder_size(&entry.path()),
            Ok(meta) => meta.len(),
            Err(_) => 0,
        })
        .sum()
}

/// The process's resident memory now (`VmRSS`) or at its peak (`VmHWM`), from Linux.
fn rss_mb(key: &str) -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let kb = status
        .lines()
        .find_map(|line| line.strip_prefix(key)?.strip_prefix(':'))
        .and_then(|rest| rest.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        .unwrap_or(0);
    kb / 1000
}
