//! Reading offers from files: a JSON array or JSON Lines, every record checked on its own so
//! one bad record never costs the good ones, streamed so a file of any size fits in memory. CSV rows become offer records first and are
//! checked the same way.
//! May import: domain.

use std::collections::HashMap;
use std::fmt;
use std::path::Path;

use serde_json::value::RawValue;

use crate::domain::{FieldError, Offer};
use crate::{Error, Result};

mod spreadsheet;
mod stream;

pub use spreadsheet::{csv_template, parse_csv, read_csv_file};
pub use stream::{Summary, stream};

/// Offers read, stored and indexed at a time by an import: what it holds in memory, and how
/// often the index commits.
pub const BATCH: usize = 5000;

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

/// Reads a whole file into memory; a file of any size is better streamed with [`stream_file`].
pub fn read_file(path: &Path) -> Result<Parsed> {
    let file = std::fs::File::open(path).map_err(|source| Error::File { path: path.into(), source })?;
    collect_stream(std::io::BufReader::new(file)).map_err(|error| in_file(error, path))
}

/// Parses a JSON array of offers, or one offer per line (JSON Lines).
pub fn parse(text: &str) -> Parsed {
    // Reading from memory fails only on input that is not UTF-8, which a `&str` never is.
    collect_stream(text.as_bytes()).unwrap_or_default()
}

/// Streams the offers of a file to `keep` in batches of at most `batch`: memory holds one
/// batch, whatever the size of the file.
pub fn stream_file(path: &Path, batch: usize, keep: impl FnMut(Vec<Offer>) -> Result<()>) -> Result<Summary> {
    let file = std::fs::File::open(path).map_err(|source| Error::File { path: path.into(), source })?;
    stream(std::io::BufReader::new(file), batch, keep).map_err(|error| in_file(error, path))
}

fn collect_stream(reader: impl std::io::BufRead) -> Result<Parsed> {
    let mut offers = Vec::new();
    let summary = stream(reader, usize::MAX, |batch| {
        offers.extend(batch);
        Ok(())
    })?;
    Ok(Parsed { offers, rejected: summary.rejected })
}

/// A read error names the file it happened in.
fn in_file(error: Error, path: &Path) -> Error {
    match error {
        Error::File { source, .. } => Error::File { path: path.into(), source },
        other => other,
    }
}

/// One record of a file: where it starts, and its JSON text or why it could not be split off.
pub(crate) type Record<'a> = (Position, Result<&'a str, String>);

/// Splits a JSON array, a single JSON object or JSON Lines into records.
pub(crate) fn records(text: &str) -> Vec<Record<'_>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let trimmed = text.trim_start();
    if trimmed.starts_with('[') {
        match serde_json::from_str::<Vec<&RawValue>>(text) {
            Ok(raws) => raws_in(text, &raws),
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
    }
}

/// The records of `raws`, parts of `text`, numbered from 1.
pub(crate) fn raws_in<'a>(text: &'a str, raws: &[&'a RawValue]) -> Vec<Record<'a>> {
    raws.iter()
        .enumerate()
        .map(|(i, raw)| (Position { record: i + 1, line: line_of(text, raw.get()) }, Ok(raw.get())))
        .collect()
}

/// Reads every record with `read`, which names the record (for the report) and makes it an
/// offer or says what is wrong; an id seen before in the file is rejected, not merged.
pub(crate) fn collect(
    records: Vec<Record<'_>>,
    read: impl Fn(serde_json::Value) -> (Option<String>, Result<Offer, Vec<FieldError>>),
) -> Parsed {
    let values = records
        .into_iter()
        .map(|(position, record)| {
            (position, record.and_then(|raw| serde_json::from_str::<serde_json::Value>(raw).map_err(|e| e.to_string())))
        })
        .collect();
    collect_values(values, read)
}

/// [`collect`] for records already read into JSON values, or the reason they could not be.
pub(crate) fn collect_values(
    values: Vec<(Position, Result<serde_json::Value, String>)>,
    read: impl Fn(serde_json::Value) -> (Option<String>, Result<Offer, Vec<FieldError>>),
) -> Parsed {
    let mut intake = Intake::new(read);
    let offers = values.into_iter().filter_map(|(position, value)| intake.take(position, value)).collect();
    Parsed { offers, rejected: intake.rejected }
}

/// Checks records one at a time: each becomes an offer or a rejection; an id seen before in
/// the file is rejected, not merged. Holds only the ids seen, not the offers.
pub(crate) struct Intake<R> {
    read: R,
    first_records: HashMap<String, usize>,
    pub accepted: usize,
    pub rejected: Vec<Rejection>,
}

impl<R: Fn(serde_json::Value) -> (Option<String>, Result<Offer, Vec<FieldError>>)> Intake<R> {
    /// `read` names the record (for the report) and makes it an offer or says what is wrong.
    pub fn new(read: R) -> Intake<R> {
        Intake { read, first_records: HashMap::new(), accepted: 0, rejected: Vec::new() }
    }

    /// The offer of a record, or None when it is rejected.
    pub fn take(&mut self, position: Position, value: Result<serde_json::Value, String>) -> Option<Offer> {
        let reject = |id: Option<String>, errors| Rejection { position, id, errors };
        let value = match value {
            Ok(value) => value,
            Err(message) => {
                self.rejected.push(reject(None, vec![FieldError { field: "record".into(), message }]));
                return None;
            }
        };
        match (self.read)(value) {
            (label, Ok(offer)) => match self.first_records.get(offer.id.as_str()) {
                Some(first) => {
                    let message = format!("the id `{}` appears already in record {first} of this file", offer.id);
                    self.rejected.push(reject(label, vec![FieldError { field: "id".into(), message }]));
                    None
                }
                None => {
                    self.first_records.insert(offer.id.to_string(), position.record);
                    self.accepted += 1;
                    Some(offer)
                }
            },
            (label, Err(errors)) => {
                self.rejected.push(reject(label, errors));
                None
            }
        }
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
        let broken = GOOD.replace("other", "cooking");
        let parsed = parse(&format!("[{broken}, {GOOD}, {GOOD}]"));
        assert_eq!(parsed.offers.len(), 1);
        assert_eq!(parsed.rejected[1].position.record, 3);
        assert!(parsed.rejected[1].to_string().contains("appears already in record 2"), "{}", parsed.rejected[1]);
    }

    #[test]
    fn a_broken_array_is_reported_with_its_line() {
        let parsed = parse("[\n{\"id\": \n");
        assert!(parsed.offers.is_empty());
        assert!(parsed.rejected[0].errors[0].message.contains("not a valid JSON array"));
    }
}
