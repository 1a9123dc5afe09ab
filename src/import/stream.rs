//! Reading a JSON array or JSON Lines file record by record: only the record being read and
//! one batch of offers are held, whatever the size of the file.

use std::cell::Cell;
use std::fmt;
use std::io::{BufRead, Read};

use serde::de::{DeserializeSeed, Error as _, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer};
use serde_json::Value;

use super::{Intake, Position, Rejection};
use crate::domain::{FieldError, Offer, parse_offer};
use crate::{Error, Result};

/// What a streamed import did with a file.
#[derive(Debug, Default)]
pub struct Summary {
    /// Offers handed on to be kept.
    pub imported: usize,
    /// The records that were not, in file order.
    pub rejected: Vec<Rejection>,
}

/// Reads offers from `reader` (a JSON array, one object, or JSON Lines) and hands the valid
/// ones to `keep` in batches of at most `batch`, in file order. An error from `keep` stops the
/// reading; the batches it took before stay taken.
pub fn stream(reader: impl BufRead, batch: usize, keep: impl FnMut(Vec<Offer>) -> Result<()>) -> Result<Summary> {
    let mut batcher =
        Batcher { intake: Intake::new(json_offer as ReadRecord), batch: Vec::new(), size: batch.max(1), keep };
    let mut reader = reader;
    let io = |source| Error::File { path: "(input)".into(), source };
    let skipped_lines = skip_blank_start(&mut reader).map_err(io)?;
    let first = reader.fill_buf().map_err(io)?.first().copied();
    match first {
        None => {}
        Some(b'[') => read_array(reader, skipped_lines, &mut batcher)?,
        Some(_) => read_lines(reader, skipped_lines, &mut batcher).map_err(|e| match e {
            Stop::Io(source) => io(source),
            Stop::Kept(error) => error,
        })?,
    }
    batcher.finish()
}

/// How a record of the import format becomes an offer, named for the report.
type ReadRecord = fn(Value) -> (Option<String>, Result<Offer, Vec<FieldError>>);

fn json_offer(value: Value) -> (Option<String>, Result<Offer, Vec<FieldError>>) {
    let label = value.get("id").and_then(Value::as_str).map(str::to_owned);
    (label, parse_offer(value))
}

/// Checks records and passes the valid offers on a batch at a time.
struct Batcher<K> {
    intake: Intake<ReadRecord>,
    batch: Vec<Offer>,
    size: usize,
    keep: K,
}

impl<K> Batcher<K>
where
    K: FnMut(Vec<Offer>) -> Result<()>,
{
    fn take(&mut self, position: Position, value: Result<Value, String>) -> Result<()> {
        if let Some(offer) = self.intake.take(position, value) {
            self.batch.push(offer);
            if self.batch.len() >= self.size {
                self.flush()?;
            }
        }
        Ok(())
    }

    fn flush(&mut self) -> Result<()> {
        if self.batch.is_empty() {
            return Ok(());
        }
        (self.keep)(std::mem::take(&mut self.batch))
    }

    fn finish(mut self) -> Result<Summary> {
        self.flush()?;
        Ok(Summary { imported: self.intake.accepted, rejected: self.intake.rejected })
    }
}

/// Skips a byte order mark and blank space before the first record; returns the lines skipped.
fn skip_blank_start(reader: &mut impl BufRead) -> std::io::Result<usize> {
    if reader.fill_buf()?.starts_with(b"\xef\xbb\xbf") {
        reader.consume(3);
    }
    let mut lines = 0;
    loop {
        let buffer = reader.fill_buf()?;
        let blank = buffer.iter().take_while(|b| b.is_ascii_whitespace()).count();
        lines += buffer[..blank].iter().filter(|b| **b == b'\n').count();
        let found = blank < buffer.len() || buffer.is_empty();
        reader.consume(blank);
        if found {
            return Ok(lines);
        }
    }
}

/// Reads the elements of a JSON array one at a time. Broken JSON ends the reading there (no
/// later element can be told apart), with a rejection that names the line.
fn read_array<K>(reader: impl Read, skipped_lines: usize, batcher: &mut Batcher<K>) -> Result<()>
where
    K: FnMut(Vec<Offer>) -> Result<()>,
{
    let lines = Cell::new(skipped_lines);
    let mut records = 0;
    let mut stopped = None;
    let mut deserializer = serde_json::Deserializer::from_reader(LineCounter { inner: reader, lines: &lines });
    let read = {
        let mut take = |line, value| {
            records += 1;
            batcher.take(Position { record: records, line }, Ok(value)).map_err(|error| stopped = Some(error))
        };
        let elements = Elements { lines: &lines, take: &mut take };
        deserializer.deserialize_seq(elements).and_then(|()| deserializer.end())
    };
    if let Some(error) = stopped {
        return Err(error);
    }
    if let Err(e) = read {
        let position = Position { record: records + 1, line: skipped_lines + e.line() };
        return batcher.take(position, Err(format!("the file is not a valid JSON array: {e}")));
    }
    Ok(())
}

/// Counts the lines of what it reads, so each element can say where it starts.
struct LineCounter<'a, R> {
    inner: R,
    lines: &'a Cell<usize>,
}

impl<R: Read> Read for LineCounter<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let read = self.inner.read(buf)?;
        self.lines.set(self.lines.get() + buf[..read].iter().filter(|b| **b == b'\n').count());
        Ok(read)
    }
}

/// Visits an array, handing each element with the line it starts on to `take`; an error from
/// `take` has been kept by it and only needs the reading to stop.
struct Elements<'a, T> {
    lines: &'a Cell<usize>,
    take: &'a mut T,
}

impl<'de, T: FnMut(usize, Value) -> Result<(), ()>> Visitor<'de> for Elements<'_, T> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an array of offers")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while let Some((line, value)) = seq.next_element_seed(Located(self.lines))? {
            (self.take)(line, value).map_err(|()| A::Error::custom("the import stopped"))?;
        }
        Ok(())
    }
}

/// An element with its line. The array's reader has read up to the element's first character
/// when it asks for the element, so the lines counted so far end just before it.
struct Located<'a>(&'a Cell<usize>);

impl<'de> DeserializeSeed<'de> for Located<'_> {
    type Value = (usize, Value);

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        let line = self.0.get() + 1;
        Ok((line, Value::deserialize(deserializer)?))
    }
}

/// Why reading lines stopped.
enum Stop {
    Io(std::io::Error),
    Kept(Error),
}

/// Reads one record per line. A first line that ends inside its record starts a single
/// pretty-printed object, which is read whole.
fn read_lines<K>(mut reader: impl BufRead, skipped_lines: usize, batcher: &mut Batcher<K>) -> Result<(), Stop>
where
    K: FnMut(Vec<Offer>) -> Result<()>,
{
    let (mut line, mut records) = (skipped_lines, 0);
    let mut text = String::new();
    loop {
        text.clear();
        if reader.read_line(&mut text).map_err(Stop::Io)? == 0 {
            return Ok(());
        }
        line += 1;
        if text.trim().is_empty() {
            continue;
        }
        records += 1;
        let position = Position { record: records, line };
        match serde_json::from_str::<Value>(&text) {
            Err(e) if records == 1 && e.is_eof() => {
                reader.read_to_string(&mut text).map_err(Stop::Io)?;
                return read_whole(&text, line, batcher).map_err(Stop::Kept);
            }
            value => batcher.take(position, value.map_err(|e| e.to_string())).map_err(Stop::Kept)?,
        }
    }
}

/// A file that is one object over several lines, or else JSON Lines whose first line is broken.
fn read_whole<K>(text: &str, first_line: usize, batcher: &mut Batcher<K>) -> Result<()>
where
    K: FnMut(Vec<Offer>) -> Result<()>,
{
    if let Ok(value) = serde_json::from_str::<Value>(text) {
        return batcher.take(Position { record: 1, line: first_line }, Ok(value));
    }
    let records = text.lines().enumerate().filter(|(_, line)| !line.trim().is_empty()).enumerate();
    for (record, (offset, line)) in records {
        let value = serde_json::from_str::<Value>(line).map_err(|e| e.to_string());
        batcher.take(Position { record: record + 1, line: first_line + offset }, value)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(id: &str) -> String {
        format!(
            r#"{{"id": "{id}", "provider": {{"id": "p", "name": "P"}}, "category": "other", "title": {{"de": "A"}}}}"#
        )
    }

    fn batches_of(text: &str, size: usize) -> (Vec<Vec<String>>, Summary) {
        let mut batches = Vec::new();
        let summary = stream(text.as_bytes(), size, |offers| {
            batches.push(offers.iter().map(|o| o.id.to_string()).collect());
            Ok(())
        })
        .unwrap();
        (batches, summary)
    }

    #[test]
    fn offers_arrive_in_batches_in_file_order() {
        let text = ["a", "b", "c", "d", "e"].map(record).join("\n");
        let (batches, summary) = batches_of(&text, 2);
        assert_eq!(batches, [vec!["a", "b"], vec!["c", "d"], vec!["e"]]);
        assert_eq!(summary.imported, 5);
    }

    #[test]
    fn broken_json_in_an_array_keeps_the_records_before_it_and_names_its_line() {
        let text = format!("\u{feff}\n[\n{},\n{},\n{{\"id\": oops}},\n{}\n]", record("a"), record("b"), record("c"));
        let (batches, summary) = batches_of(&text, 10);
        assert_eq!(batches, [vec!["a", "b"]]);
        assert_eq!(summary.rejected[0].position, Position { record: 3, line: 5 });
        assert!(summary.rejected[0].to_string().contains("not a valid JSON array"), "{}", summary.rejected[0]);
    }

    #[test]
    fn trailing_text_after_an_array_is_reported() {
        let (batches, summary) = batches_of(&format!("[{}]\nmehr", record("a")), 10);
        assert_eq!(batches, [vec!["a"]]);
        assert_eq!(summary.rejected[0].position.line, 2);
    }

    #[test]
    fn an_error_while_keeping_stops_the_reading_and_keeps_what_was_taken() {
        let text = format!("[{}]", ["a", "b", "c"].map(record).join(","));
        let mut kept = Vec::new();
        let result = stream(text.as_bytes(), 1, |offers| {
            if kept.len() == 2 {
                return Err(Error::Refused("the disk is full".into()));
            }
            kept.extend(offers.into_iter().map(|o| o.id.to_string()));
            Ok(())
        });
        assert!(matches!(result, Err(Error::Refused(_))), "{result:?}");
        assert_eq!(kept, ["a", "b"]);
    }

    #[test]
    fn json_lines_count_lines_after_blank_ones() {
        let text = format!("\n\n{}\n\n{{\"id\": 1}}\n", record("a"));
        let (_, summary) = batches_of(&text, 10);
        assert_eq!(summary.imported, 1);
        assert_eq!(summary.rejected[0].position, Position { record: 2, line: 5 });
    }

    #[test]
    fn json_lines_whose_first_line_is_cut_off_keep_the_other_lines() {
        let text = format!("{{\"id\": \n{}\n", record("b"));
        let (batches, summary) = batches_of(&text, 10);
        assert_eq!(batches, [vec!["b"]]);
        assert_eq!(summary.rejected[0].position, Position { record: 1, line: 1 });
    }
}
