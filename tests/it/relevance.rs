use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;
use wegweiser::directory::seed_offers;
use wegweiser::relevance::{QuestionSet, evaluate, evaluate_questions, load, measuring_directory};

/// How far below the recorded level the whole set, or one language of the real questions,
/// may fall before the test fails.
const TOLERANCE: f64 = 0.02;
/// The same for one kind or language of the judged set, which has fewer queries.
const GROUP_TOLERANCE: f64 = 0.03;

#[derive(Deserialize)]
struct Level {
    groups: BTreeMap<String, Recorded>,
    real_questions: BTreeMap<String, RecordedMrr>,
}

#[derive(Deserialize)]
struct RecordedMrr {
    mrr_at_10: f64,
}

fn level() -> Level {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/relevance/level.json");
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

#[derive(Deserialize)]
struct Recorded {
    ndcg_at_10: f64,
}

#[test]
fn search_quality_stays_at_the_recorded_level_and_beats_plain_tantivy() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/relevance");
    let queries = load(&dir).expect("the judged queries load");
    assert!(queries.len() >= 150, "{} judged queries", queries.len());
    // A directory of its own: the shared one stays without meaning vectors, so what other tests
    // see does not change while these are made.
    let offers = seed_offers().offers;
    let directory = measuring_directory(&offers, None).expect("the offers are encoded");
    let report = evaluate(&directory, &offers, &queries).expect("the evaluation runs");
    println!("{}", report.table());
    let level = level();
    let overall = &report.wegweiser["all"];
    let recorded = level.groups["all"].ndcg_at_10;
    assert!(
        overall.ndcg >= recorded - TOLERANCE,
        "nDCG@10 fell to {:.3} from the recorded {recorded:.3}",
        overall.ndcg
    );
    assert!(overall.ndcg > report.baseline["all"].ndcg + 0.2, "clearly better than the baseline");
    for (group, scores) in &report.wegweiser {
        if let Some(recorded) = level.groups.get(group) {
            assert!(
                scores.ndcg >= recorded.ndcg_at_10 - GROUP_TOLERANCE,
                "{group} fell to {:.3} from {:.3}",
                scores.ndcg,
                recorded.ndcg_at_10
            );
        }
    }
}

#[test]
fn real_questions_find_their_page_at_the_recorded_level() {
    let set = QuestionSet::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/real-questions"))
        .expect("the real questions load");
    assert!(set.questions.len() >= 1500, "{} questions", set.questions.len());
    let report = evaluate_questions(&measuring_directory(&set.pages, None).unwrap(), &set.questions)
        .expect("the evaluation runs");
    println!("{}", report.table());
    for (lang, recorded) in level().real_questions {
        let (_, mrr) = report.by_lang[&lang];
        assert!(
            mrr >= recorded.mrr_at_10 - TOLERANCE,
            "{lang}: MRR@10 fell to {mrr:.3} from {:.3}",
            recorded.mrr_at_10
        );
    }
}

#[test]
fn every_judged_offer_exists() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/relevance");
    let ids: std::collections::BTreeSet<String> = seed_offers().offers.iter().map(|o| o.id.to_string()).collect();
    for judged in load(&dir).unwrap() {
        for id in judged.judgments.keys() {
            assert!(ids.contains(id), "{}: unknown offer {id}", judged.query);
        }
    }
}
