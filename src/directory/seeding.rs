//! The bundled demo offers.

use crate::domain::Offer;
use crate::import::{self, Parsed};

/// The seed offers shipped with Wegweiser, built into the binary so `serve` works anywhere.
const SEED_FILES: &[(&str, &str)] = &[
    ("luenen-selm-werne-bergkamen.json", include_str!("../../data/offers/luenen-selm-werne-bergkamen.json")),
    ("schwerte-froendenberg-online.json", include_str!("../../data/offers/schwerte-froendenberg-online.json")),
    ("unna-kamen-boenen-holzwickede.json", include_str!("../../data/offers/unna-kamen-boenen-holzwickede.json")),
];

/// The bundled offers, and any record of them that does not validate (a bug in the data).
pub struct Seeds {
    pub offers: Vec<Offer>,
    pub rejected: Vec<(&'static str, import::Rejection)>,
}

pub fn seed_offers() -> Seeds {
    let mut seeds = Seeds { offers: Vec::new(), rejected: Vec::new() };
    for (file, text) in SEED_FILES {
        let Parsed { offers, rejected } = import::parse(text);
        seeds.offers.extend(offers);
        seeds.rejected.extend(rejected.into_iter().map(|r| (*file, r)));
    }
    seeds
}
