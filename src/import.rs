//! Reading offers from files: a JSON array or JSON Lines, every record checked on its own so
//! one bad record never costs the good ones. CSV rows become offer records first and are
//! checked the same way.

use std::fmt;
use std::path::Path;

use serde_json::value::RawValue;

use crate::domain::{FieldError, Offer, parse_offer};
use crate::{Error, Result};

mod spreadsheet;

pub use spreadsheet::{csv_template, parse_csv, read_csv_file};

/// Where a record sits in its file: its number (from 1) and the line it starts on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Position {
    pub record: usize,
    pub line: usize,
}

/// A record that was not imported, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct Rejection {
    pub position: Position,
    pub id: Option<String>,
    pub errors: Vec<FieldError>,
}

impl fmt::Display for Rejection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "record {} (line {})", self.position.record, self.position.line)?;
        if let Some(id) = &self.id {
            write!(f, " `{id}`")?;
        }
        let problems: Vec<String> = self.errors.iter().map(ToString::to_string).collect();
        write!(f, ": {}", problems.join("; "))
    }
}

/// The valid offers of one file and the rejected records, in file order.
#[derive(Debug, Default)]
pub struct Parsed {
    pub offers: Vec<Offer>,
    pub rejected: Vec<Rejection>,
}

pub fn read_file(path: &Path) -> Result<Parsed> {
    let text = std::fs::read_to_string(path).map_err(|source| Error::File { path: path.into(), source })?;
    Ok(parse(&text))
}

/// Parses a JSON array of offers, or one offer per line (JSON Lines).
pub fn parse(text: &str) -> Parsed {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let trimmed = text.trim_start();
    let records: Vec<(Position, Result<&str, String>)> = if trimmed.starts_with('[') {
        match serde_json::from_str::<Vec<&RawValue>>(text) {
            Ok(raws) => raws
                .iter()
                .enumerate()
                .map(|(i, raw)| (Position { record: i + 1, line: line_of(text, raw.get()) }, Ok(raw.get())))
                .collect(),
            Err(e) => {
                vec![(Position { record: 1, line: e.line() }, Err(format!("the file is not a valid JSON array: {e}")))]
            }
        }
    } else if trimmed.starts_with('{') && serde_json::from_str::<&RawValue>(text).is_ok() {
        vec![(Position { record: 1, line: line_of(text, trimmed) }, Ok(trimmed))]
    } else {
        text.lines()
            .enumerate()
            .filter(|(_, line)| !line.trim().is_empty())
            .enumerate()
            .map(|(i, (n, line))| (Position { record: i + 1, line: n + 1 }, Ok(line)))
            .collect()
    };
    let mut parsed = Parsed::default();
    for (position, record) in records {
        let value =
            match record.and_then(|raw| serde_json::from_str::<serde_json::Value>(raw).map_err(|e| e.to_string())) {
                Ok(value) => value,
                Err(message) => {
                    let errors = vec![FieldError { field: "record".into(), message }];
                    parsed.rejected.push(Rejection { position, id: None, errors });
                    continue;
                }
            };
        match parsed.check(position, value) {
            Ok(offer) => parsed.offers.push(offer),
            Err(rejection) => parsed.rejected.push(rejection),
        }
    }
    parsed
}

impl Parsed {
    /// Validates one record against the offer format and the records already kept from the
    /// same file, where an id may appear only once.
    fn check(&self, position: Position, value: serde_json::Value) -> Result<Offer, Rejection> {
        let id = value.get("id").and_then(|id| id.as_str()).map(str::to_owned);
        if let Some(first) = id.as_deref().and_then(|id| self.offers.iter().position(|o| o.id.as_str() == id)) {
            let message = format!("the id appears already in record {} of this file", first + 1);
            return Err(Rejection { position, id, errors: vec![FieldError { field: "id".into(), message }] });
        }
        parse_offer(value).map_err(|errors| Rejection { position, id, errors })
    }
}

/// The line `part` (a slice of `text`) starts on.
fn line_of(text: &str, part: &str) -> usize {
    let offset = (part.as_ptr() as usize).saturating_sub(text.as_ptr() as usize).min(text.len());
    text[..offset].matches('\n').count() + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str =
        r#"{"id": "a", "provider": {"id": "p", "name": "P"}, "category": "other", "title": {"de": "A"}}"#;

    #[test]
    fn keeps_valid_records_and_names_each_problem_with_its_position() {
        let text = format!(
            "[\n{GOOD},\n{},\n{},\n{}\n]",
            GOOD.replace("\"a\"", "\"b\"").replace("other", "cooking"),
            GOOD.replace("\"a\"", "\"c\"").replace("\"de\": \"A\"", "\"de\": \"\""),
            GOOD.replace("\"a\"", "\"D\""),
        );
        let parsed = parse(&text);
        assert_eq!(parsed.offers.len(), 1);
        let summary: Vec<_> =
            parsed.rejected.iter().map(|r| (r.position.record, r.position.line, r.errors[0].field.as_str())).collect();
        assert_eq!(summary, [(2, 3, "category"), (3, 4, "title"), (4, 5, "id")]);
    }

    #[test]
    fn json_lines_reject_a_broken_line_alone() {
        let text = format!("{GOOD}\n{{broken\n\n{}\n", GOOD.replace("\"a\"", "\"b\""));
        let parsed = parse(&text);
        assert_eq!(parsed.offers.len(), 2);
        assert_eq!(parsed.rejected[0].position, Position { record: 2, line: 2 });
    }

    #[test]
    fn a_single_pretty_printed_object_is_one_record() {
        let parsed = parse(&GOOD.replace(", ", ",\n  "));
        assert_eq!(parsed.offers.len(), 1);
    }

    #[test]
    fn duplicate_ids_in_one_file_are_rejected_not_silently_merged() {
        let parsed = parse(&format!("[{GOOD}, {GOOD}]"));
        assert_eq!(parsed.offers.len(), 1);
        assert!(parsed.rejected[0].to_string().contains("record 1"));
    }

    #[test]
    fn a_broken_array_is_reported_with_its_line() {
        let parsed = parse("[\n{\"id\": \n");
        assert!(parsed.offers.is_empty());
        assert!(parsed.rejected[0].errors[0].message.contains("not a valid JSON array"));
    }
}
