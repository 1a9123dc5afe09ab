//! What single queries cost on a directory the scale benchmark kept: per query, the CPU time of
//! a search (all threads, from `/proc/self/stat`, so it holds on a machine others share), the
//! `took_ms` p50 of repeated searches, and the p50 of first searches, each analysed afresh.
//!
//! `SCALE_DIR=/tmp/scale SCALE_OFFERS=100000 cargo bench --bench query_cost` after the scale
//! benchmark kept that directory; queries may follow (`-- "Deutschkurs" "робота"`), otherwise
//! a few of each kind run. Two builds compared run one after the other, several times.

use std::path::PathBuf;

use wegweiser::directory::Directory;
use wegweiser::domain::Day;
use wegweiser::search::SearchRequest;

const QUERIES: [&str; 8] = [
    "Deutschkurs",
    "Beratung",
    "Integrationkurs",
    "دورة لغة ألمانية",
    "курси німецької мови",
    "Ich suche eine kostenlose Beratung zu Aufenthalt und Arbeit in meiner Sprache",
    "أين يمكنني الحصول على مساعدة في البحث عن عمل وكتابة السيرة الذاتية",
    "",
];
const ROUNDS: usize = 40;

fn main() {
    let size = std::env::var("SCALE_OFFERS").unwrap_or_else(|_| "10000".into());
    let dir = std::env::var_os("SCALE_DIR").map(|dir| PathBuf::from(dir).join(size.trim()));
    // The scale benchmark marks a directory it has imported and rebuilt.
    let Some(dir) = dir.filter(|dir| dir.join("imported").exists()) else {
        println!("query_cost: skipped; it needs SCALE_DIR and SCALE_OFFERS of a directory the scale benchmark kept");
        return;
    };
    let directory = Directory::open(&dir.join("data"), &dir.join("index")).expect("the kept directory opens");
    wegweiser::analysis::load_word_lists();
    let given: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with("--")).collect();
    let queries = if given.is_empty() { QUERIES.map(str::to_owned).to_vec() } else { given };
    println!("{:>9} {:>9} {:>11}  query ({})", "cpu ms", "p50 ms", "first p50", dir.display());
    for query in &queries {
        // Trailing spaces change nothing of the analysis but make a text the cache has not seen.
        let first: Vec<f64> = (1..=ROUNDS).map(|n| search(&directory, &format!("{query}{}", " ".repeat(n)))).collect();
        search(&directory, query);
        let before = cpu_ms();
        let repeated: Vec<f64> = (0..ROUNDS).map(|_| search(&directory, query)).collect();
        let cpu = (cpu_ms() - before) / ROUNDS as f64;
        println!("{cpu:>9.2} {:>9.2} {:>11.2}  {query}", median(repeated), median(first));
    }
}

fn search(directory: &Directory, text: &str) -> f64 {
    let request = SearchRequest {
        text: text.to_owned(),
        limit: 20,
        today: Some("2026-12-01".parse::<Day>().expect("a valid day")),
        ..SearchRequest::default()
    };
    directory.search(&request).expect("the search runs").took_ms
}

/// The process's user and system time so far, in milliseconds (the kernel counts in 10 ms ticks).
fn cpu_ms() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").expect("Linux has /proc/self/stat");
    let after_name = stat.rsplit(')').next().unwrap_or_default();
    let fields: Vec<f64> = after_name.split_whitespace().map(|f| f.parse().unwrap_or(0.0)).collect();
    (fields[11] + fields[12]) * 10.0
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}
