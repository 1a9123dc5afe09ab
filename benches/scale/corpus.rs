//! A deterministic corpus of any size, grown from the bundled offers: each generated offer is a
//! seed offer moved to another town of North Rhine-Westphalia, with its own dates and one
//! sentence of its own, so that facets, distances and texts vary as in a real state directory.

use std::io::Write;
use std::path::Path;

use serde_json::Value;
use time::{Date, Duration, Month};

const SEED_FILES: [&str; 3] =
    ["luenen-selm-werne-bergkamen.json", "schwerte-froendenberg-online.json", "unna-kamen-boenen-holzwickede.json"];

/// Sentences added to descriptions, one per offer, so that copies of a seed differ in text.
const SENTENCES: [&str; 8] = [
    "Die Anmeldung ist auch telefonisch möglich.",
    "Bitte bringen Sie einen Ausweis mit.",
    "Eine Begleitperson darf mitkommen.",
    "Der Raum ist mit Bus und Bahn gut erreichbar.",
    "Wir beraten auch per Videoanruf.",
    "Neue Gruppen beginnen jeden Monat.",
    "Dolmetscherinnen helfen bei Bedarf.",
    "Parkplätze gibt es vor dem Haus.",
];

/// A postcode area of North Rhine-Westphalia with its town and centre.
struct Place {
    postcode: String,
    town: String,
    lat: f64,
    lon: f64,
}

/// Writes `count` offers as JSON Lines to `file`; the same count always gives the same file.
pub fn write(file: &Path, count: usize) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let seeds: Vec<Value> = SEED_FILES
        .iter()
        .flat_map(|name| {
            let text = std::fs::read_to_string(root.join("offers").join(name)).expect("the seed file reads");
            serde_json::from_str::<Vec<Value>>(&text).expect("the seed file is a JSON array")
        })
        .collect();
    let places = places(&root.join("geo/postcodes.csv"));
    let mut out = std::io::BufWriter::new(std::fs::File::create(file).expect("the corpus file opens"));
    for n in 0..count {
        let offer = generated(&seeds[n % seeds.len()], n, &places);
        serde_json::to_writer(&mut out, &offer).expect("the corpus writes");
        out.write_all(b"\n").expect("the corpus writes");
    }
    out.flush().expect("the corpus writes");
}

fn places(postcodes: &Path) -> Vec<Place> {
    let text = std::fs::read_to_string(postcodes).expect("the postcode table reads");
    text.lines()
        .skip(1)
        .filter_map(|line| {
            let mut fields = line.split(',');
            let (postcode, town) = (fields.next()?, fields.next()?);
            let (lat, lon) = (fields.next()?.parse().ok()?, fields.next()?.parse().ok()?);
            let in_nrw =
                ["32", "33", "40", "41", "42", "44", "45", "46", "47", "48", "50", "51", "52", "53", "57", "58", "59"]
                    .iter()
                    .any(|prefix| postcode.starts_with(prefix));
            in_nrw.then(|| Place { postcode: postcode.to_owned(), town: town.to_owned(), lat, lon })
        })
        .collect()
}

/// A well-mixed number for `n` and `salt`: the same inputs always give the same choice.
fn mix(n: usize, salt: u64) -> u64 {
    let mut x = (n as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ salt.wrapping_mul(0xBF58_476D_1CE4_E5B9);
    x ^= x >> 31;
    x = x.wrapping_mul(0x94D0_49BB_1331_11EB);
    x ^ (x >> 29)
}

fn pick(n: usize, salt: u64, len: usize) -> usize {
    (mix(n, salt) % len as u64) as usize
}

fn generated(seed: &Value, n: usize, places: &[Place]) -> Value {
    let mut offer = seed.clone();
    let id = offer["id"].as_str().expect("a seed has an id").to_owned();
    offer["id"] = Value::from(format!("{id}-{n}"));
    let place = &places[pick(n, 1, places.len())];
    if let Some(locations) = offer["locations"].as_array_mut() {
        for location in locations {
            location["city"] = Value::from(place.town.as_str());
            location["postcode"] = Value::from(place.postcode.as_str());
            location["lat"] = Value::from(place.lat);
            location["lon"] = Value::from(place.lon);
        }
    }
    let first_day = Date::from_calendar_date(2026, Month::January, 1).expect("a valid date");
    let start = first_day + Duration::days(pick(n, 2, 540) as i64);
    offer["schedule"]["start"] = Value::from(start.to_string());
    offer["schedule"]["end"] = Value::from((start + Duration::days(30 + pick(n, 3, 300) as i64)).to_string());
    offer["updated"] = Value::from((first_day + Duration::days(pick(n, 4, 400) as i64)).to_string());
    if let Some(description) = offer["description"].get_mut("de") {
        let text = description.as_str().unwrap_or_default();
        *description = Value::from(format!("{text} {}", SENTENCES[pick(n, 5, SENTENCES.len())]));
    }
    offer
}
