//! Search speed on the bundled offers, and on the district grown twentyfold: indexing time and
//! query latency percentiles over the judged queries; then the bundled offers with their
//! meaning vectors: the time to make them, and latencies with questions encoded anew (first
//! round) and from the cache (later rounds); and the look-up of the offers nearest a question
//! among 100,000 offers' vectors (random ones: encoding that many offers takes hours).
//! `cargo bench --bench search` prints them.

use std::path::Path;
use std::time::{Duration, Instant};

use wegweiser::analysis::meaning::question_vector;
use wegweiser::directory::{Directory, seed_offers};
use wegweiser::domain::{Actor, Offer};
use wegweiser::relevance::load;
use wegweiser::search::{Meanings, SearchRequest};

const ROUNDS: usize = 5;
/// A state directory's offers, each with a German and an English vector.
const MEANING_OFFERS: usize = 100_000;
/// As many offers as a search asks for, in `search::fusion`.
const MEANING_DEPTH: usize = 50;

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
    nearest_at_scale(&queries);
}

/// The nearest `MEANING_DEPTH` offers among `MEANING_OFFERS` random vectors, per judged question.
fn nearest_at_scale(queries: &[String]) {
    let questions: Vec<Vec<f32>> = queries.iter().map(|q| question_vector(q).to_vec()).collect();
    let dimensions = questions.first().map_or(0, Vec::len);
    let meanings = Meanings::default();
    let mut random = fastrand::Rng::with_seed(0x2545_f491_4f6c_dd1d);
    for n in 0..MEANING_OFFERS {
        let vectors: Vec<Vec<f32>> =
            (0..2).map(|_| (0..dimensions).map(|_| random.f32() * 2.0 - 1.0).collect()).collect();
        meanings.set(&format!("offer-{n}"), [0; 16], &vectors);
    }
    let mut took: Vec<Duration> = questions
        .iter()
        .map(|question| {
            let started = Instant::now();
            meanings.nearest(question, MEANING_DEPTH);
            started.elapsed()
        })
        .collect();
    took.sort();
    println!("{MEANING_OFFERS:>6} offers' random vectors: nearest {MEANING_DEPTH}, {}", summary(took));
}

/// A fixed sequence of numbers (xorshift), so every run measures the same vectors.
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
