//! Search speed on the bundled offers, and on the district grown twentyfold: indexing time and
//! query latency percentiles over the judged queries; then the bundled offers with their
//! meaning vectors: the time to make them, and latencies with questions encoded anew (first
//! round) and from the cache (later rounds). `cargo bench --bench search` prints them.

use std::path::Path;
use std::time::{Duration, Instant};

use wegweiser::directory::{Directory, seed_offers};
use wegweiser::domain::{Actor, Offer};
use wegweiser::relevance::load;
use wegweiser::search::SearchRequest;

const ROUNDS: usize = 5;

fn main() {
    let queries: Vec<String> = load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/relevance"))
        .expect("the judged queries load")
        .into_iter()
        .map(|q| q.query)
        .collect();
    let seeds = seed_offers().offers;
    for copies in [1, 20] {
        let offers = multiplied(&seeds, copies);
        let directory = Directory::in_memory().expect("a directory in memory");
        let started = Instant::now();
        directory.upsert(&offers, &Actor::System).expect("the offers load");
        let indexing = started.elapsed();
        let latencies = latencies(&directory, &queries, ROUNDS);
        println!("{:>6} offers: indexed in {:>7.1} ms; {}", offers.len(), ms(indexing), summary(latencies));
    }
    let directory = Directory::in_memory().expect("a directory in memory");
    directory.upsert(&seeds, &Actor::System).expect("the offers load");
    let started = Instant::now();
    let made = directory.make_all_meanings(2).expect("the vectors are made");
    let making = started.elapsed();
    println!(
        "{:>6} offers with meaning: vectors made in {:.1} s on 2 threads ({:.0} ms an offer); questions new: {}; cached: {}",
        seeds.len(),
        making.as_secs_f64(),
        ms(making) / made.max(1) as f64,
        summary(latencies(&directory, &queries, 1)),
        summary(latencies(&directory, &queries, ROUNDS - 1)),
    );
}

fn latencies(directory: &Directory, queries: &[String], rounds: usize) -> Vec<Duration> {
    let mut latencies = Vec::new();
    for _ in 0..rounds {
        for query in queries {
            let request = SearchRequest { text: query.clone(), limit: 20, ..SearchRequest::default() };
            let started = Instant::now();
            directory.search(&request).expect("the search runs");
            latencies.push(started.elapsed());
        }
    }
    latencies.sort();
    latencies
}

fn summary(sorted: Vec<Duration>) -> String {
    format!(
        "{} searches: p50 {:.2} ms, p95 {:.2} ms, max {:.2} ms",
        sorted.len(),
        ms(percentile(&sorted, 50)),
        ms(percentile(&sorted, 95)),
        ms(*sorted.last().unwrap_or(&Duration::ZERO)),
    )
}

/// The seed offers `copies` times, each copy with its own ids.
fn multiplied(seeds: &[Offer], copies: usize) -> Vec<Offer> {
    (0..copies)
        .flat_map(|n| {
            seeds.iter().map(move |offer| {
                let mut copy = offer.clone();
                if n > 0 {
                    copy.id = format!("{}-{n}", offer.id).parse().expect("a valid id");
                }
                copy
            })
        })
        .collect()
}

fn percentile(sorted: &[Duration], p: usize) -> Duration {
    sorted.get((sorted.len() * p / 100).min(sorted.len().saturating_sub(1))).copied().unwrap_or_default()
}

fn ms(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1000.0
}
