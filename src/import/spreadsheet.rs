use std::collections::HashMap;
use std::path::Path;

use serde_json::{Map, Value, json};

use super::{Parsed, Position, collect_values};
use crate::domain::{FieldError, Lang, LangCode, parse_offer};
use crate::{Error, Result};

/// Offer fields that hold a text per language, each a column `{field}_{language}`.
const LOCALISED: [&str; 5] = ["title", "summary", "description", "cost", "schedule"];
/// Columns with one value each, in template order around the localised ones.
const HEAD: [&str; 4] = ["id", "provider_id", "provider_name", "category"];
const MIDDLE: [&str; 4] = ["languages", "target_groups", "level", "free"];
const PLACE: [&str; 8] = ["childcare", "online", "location_name", "street", "postcode", "city", "lat", "lon"];
const DATES: [&str; 2] = ["start", "end"];
const TAIL: [&str; 5] = ["phone", "email", "website", "tags", "updated"];
const REQUIRED: [&str; 4] = HEAD;

/// The example row of the template: the offer of the README, in German, English and Arabic.
const EXAMPLE: &[(&str, &str)] = &[
    ("id", "vhs-unna-integrationskurs-frauen-2026"),
    ("provider_id", "vhs-unna"),
    ("provider_name", "VHS Unna Fröndenberg Holzwickede"),
    ("category", "integration_course"),
    ("title_de", "Integrationskurs für Frauen mit Kinderbetreuung"),
    ("title_en", "Integration course for women with childcare"),
    ("title_ar", "دورة اندماج للنساء مع رعاية الأطفال"),
    ("summary_de", "Deutsch von A1 bis B1 und Orientierungskurs, vormittags, mit Kinderbetreuung im Haus."),
    ("languages", "de;ar;tr"),
    ("target_groups", "women;parents"),
    ("level", "A1"),
    ("free", "ja"),
    ("cost_de", "Kostenlos mit Berechtigungsschein des BAMF"),
    ("childcare", "ja"),
    ("online", "nein"),
    ("location_name", "VHS-Haus"),
    ("street", "Bahnhofstraße 20"),
    ("postcode", "59423"),
    ("city", "Unna"),
    ("lat", "51,537"),
    ("lon", "7,689"),
    ("start", "12.01.2026"),
    ("end", "10.07.2026"),
    ("schedule_de", "Mo–Fr 8:30–12:45"),
    ("phone", "02303 12345-0"),
    ("email", "kurse@example.org"),
    ("website", "https://example.org"),
    ("tags", "BAMF;Alphabetisierung"),
    ("updated", "01.11.2026"),
];

/// Every column of the template, in order: the localised ones once per UI language.
fn template_columns() -> Vec<String> {
    let localised = |field: &str| Lang::ALL.map(|lang| format!("{field}_{lang}"));
    let mut columns: Vec<String> = HEAD.map(String::from).to_vec();
    for field in ["title", "summary", "description"] {
        columns.extend(localised(field));
    }
    columns.extend(MIDDLE.map(String::from));
    columns.extend(localised("cost"));
    columns.extend(PLACE.map(String::from));
    columns.extend(DATES.map(String::from));
    columns.extend(localised("schedule"));
    columns.extend(TAIL.map(String::from));
    columns
}

/// The template providers download: a byte order mark so spreadsheets read UTF-8, `;` as
/// German spreadsheets expect, the header row and one example row.
pub fn csv_template() -> String {
    let columns = template_columns();
    let example: HashMap<&str, &str> = EXAMPLE.iter().copied().collect();
    let mut writer = csv::WriterBuilder::new().delimiter(b';').from_writer(Vec::new());
    let rows =
        [columns.clone(), columns.iter().map(|c| example.get(c.as_str()).copied().unwrap_or("").to_owned()).collect()];
    for row in rows {
        // Writing to a Vec cannot fail.
        let _ = writer.write_record(&row);
    }
    let bytes = writer.into_inner().unwrap_or_default();
    format!("\u{feff}{}", String::from_utf8_lossy(&bytes))
}

pub fn read_csv_file(path: &Path) -> Result<Parsed> {
    let bytes = std::fs::read(path).map_err(|source| Error::File { path: path.into(), source })?;
    parse_csv(&bytes).map_err(|message| Error::Refused(format!("{}: {message}", path.display())))
}

/// Parses a CSV file of one offer per row. A file whose header cannot be read is an error;
/// otherwise each row is kept or rejected on its own, errors naming the column.
pub fn parse_csv(bytes: &[u8]) -> Result<Parsed, String> {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes)
        .map_err(|e| format!("the file is not UTF-8 (byte {}); save it as \"CSV UTF-8\"", e.valid_up_to() + 1))?;
    // Excel honours a first line `sep=;` and some tools write it.
    let (text, skipped_lines, delimiter) = match text.split_once('\n') {
        Some((first, rest)) if first.trim_end().starts_with("sep=") && first.trim_end().len() == 5 => {
            (rest, 1, first.as_bytes()[4])
        }
        _ => (text, 0, detect_delimiter(text)),
    };
    let mut reader =
        csv::ReaderBuilder::new().delimiter(delimiter).flexible(true).trim(csv::Trim::All).from_reader(text.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .map_err(|e| format!("the header row cannot be read: {e}"))?
        .iter()
        .map(str::to_lowercase)
        .collect();
    check_header(&header)?;
    let mut rows = Vec::new();
    for (index, row) in reader.records().enumerate() {
        let position = |at: Option<&csv::Position>| Position {
            record: index + 1,
            line: at.map_or(index + 2, |at| line_at(text, at.byte())) + skipped_lines,
        };
        match row {
            Ok(row) if row.iter().all(str::is_empty) => {}
            Ok(row) => rows.push((position(row.position()), offer_record(&header, &row))),
            Err(e) => rows.push((position(e.position()), Err(e.to_string()))),
        }
    }
    Ok(collect_values(rows, |record| {
        let label = record.get("id").and_then(|id| id.as_str()).map(str::to_owned);
        (label, parse_offer(record).map_err(|errors| errors.iter().map(in_columns).collect()))
    }))
}

/// The line a record starting near byte `offset` begins on. Counted here because the csv
/// crate's own line count is one short after CRLF line ends, which Excel writes
/// (BurntSushi/rust-csv#395); its offset may point into the line break before the record.
fn line_at(text: &str, offset: u64) -> usize {
    let offset = usize::try_from(offset).unwrap_or(usize::MAX).min(text.len());
    let start = offset + text.as_bytes()[offset..].iter().take_while(|b| matches!(b, b'\r' | b'\n')).count();
    text.as_bytes()[..start].iter().filter(|b| **b == b'\n').count() + 1
}

/// `;` when the header has more of them than `,` (German Excel), else `,`; tabs likewise.
fn detect_delimiter(text: &str) -> u8 {
    let mut counts = [(b',', 0), (b';', 0), (b'\t', 0)];
    let mut quoted = false;
    for byte in text.lines().next().unwrap_or_default().bytes() {
        match byte {
            b'"' => quoted = !quoted,
            _ if !quoted => counts.iter_mut().filter(|(d, _)| *d == byte).for_each(|(_, n)| *n += 1),
            _ => {}
        }
    }
    counts.iter().max_by_key(|(delimiter, n)| (*n, *delimiter == b',')).map_or(b',', |(d, _)| *d)
}

fn check_header(header: &[String]) -> Result<(), String> {
    for (i, column) in header.iter().enumerate() {
        if header[..i].contains(column) {
            return Err(format!("column `{column}` appears twice in the header"));
        }
        if !is_known(column) {
            return Err(format!("unknown column `{column}` in the header; the columns are listed in the README"));
        }
    }
    let missing: Vec<&str> = REQUIRED.into_iter().filter(|c| !header.iter().any(|h| h == c)).collect();
    if !missing.is_empty() {
        return Err(format!("the header lacks the column(s) {}", missing.join(", ")));
    }
    if !header.iter().any(|h| h.starts_with("title_")) {
        return Err("the header has no title column, e.g. title_de".into());
    }
    Ok(())
}

fn is_known(column: &str) -> bool {
    let single = [&HEAD[..], &MIDDLE, &PLACE, &DATES, &TAIL].into_iter().flatten().any(|c| *c == column);
    let localised = column
        .split_once('_')
        .is_some_and(|(field, code)| LOCALISED.contains(&field) && code.parse::<LangCode>().is_ok());
    single || localised
}

/// The row as an offer record, values converted where a spreadsheet writes them otherwise
/// (`ja`, `51,5`, `12.01.2026`); anything else is passed on for the offer checks to name.
fn offer_record(header: &[String], row: &csv::StringRecord) -> Result<Value, String> {
    if let Some(extra) = row.iter().skip(header.len()).position(|cell| !cell.is_empty()) {
        let (cell, columns) = (header.len() + extra + 1, header.len());
        return Err(format!("the row has a value in cell {cell}, past the {columns} columns of the header"));
    }
    let cells: HashMap<&str, &str> =
        header.iter().map(String::as_str).zip(row.iter()).filter(|(_, cell)| !cell.is_empty()).collect();
    let cell = |name: &str| cells.get(name).copied();
    let mut offer = Map::new();
    put(&mut offer, "id", cell("id").map(Value::from));
    let provider =
        object([("id", cell("provider_id").map(Value::from)), ("name", cell("provider_name").map(Value::from))]);
    put(&mut offer, "provider", provider);
    put(&mut offer, "category", cell("category").map(Value::from));
    for field in ["title", "summary", "description"] {
        put(&mut offer, field, texts(&cells, field));
    }
    put(&mut offer, "languages", cell("languages").map(|c| list(c, &[';', ',', ' '])));
    put(&mut offer, "target_groups", cell("target_groups").map(|c| list(c, &[';', ',', ' '])));
    put(&mut offer, "level", cell("level").map(Value::from));
    put(&mut offer, "cost", object([("free", cell("free").map(yes_no)), ("text", texts(&cells, "cost"))]));
    put(&mut offer, "childcare", cell("childcare").map(yes_no));
    put(&mut offer, "online", cell("online").map(yes_no));
    let location = object([
        ("name", cell("location_name").map(Value::from)),
        ("street", cell("street").map(Value::from)),
        ("postcode", cell("postcode").map(Value::from)),
        ("city", cell("city").map(Value::from)),
        ("lat", cell("lat").map(number)),
        ("lon", cell("lon").map(number)),
    ]);
    put(&mut offer, "locations", location.map(|l| json!([l])));
    let schedule =
        object([("start", cell("start").map(day)), ("end", cell("end").map(day)), ("text", texts(&cells, "schedule"))]);
    put(&mut offer, "schedule", schedule);
    let contact = object([
        ("phone", cell("phone").map(Value::from)),
        ("email", cell("email").map(Value::from)),
        ("website", cell("website").map(Value::from)),
    ]);
    put(&mut offer, "contact", contact);
    put(&mut offer, "tags", cell("tags").map(|c| list(c, &[';'])));
    put(&mut offer, "updated", cell("updated").map(day));
    Ok(Value::Object(offer))
}

fn put(target: &mut Map<String, Value>, key: &str, value: Option<Value>) {
    if let Some(value) = value {
        target.insert(key.to_owned(), value);
    }
}

/// An object of the present values, or nothing when none is.
fn object<const N: usize>(fields: [(&str, Option<Value>); N]) -> Option<Value> {
    let present: Map<String, Value> =
        fields.into_iter().filter_map(|(key, value)| value.map(|v| (key.to_owned(), v))).collect();
    (!present.is_empty()).then_some(Value::Object(present))
}

fn texts(cells: &HashMap<&str, &str>, field: &str) -> Option<Value> {
    let prefix = format!("{field}_");
    let by_language: Map<String, Value> = cells
        .iter()
        .filter_map(|(column, text)| column.strip_prefix(&prefix).map(|code| (code.to_owned(), Value::from(*text))))
        .collect();
    (!by_language.is_empty()).then_some(Value::Object(by_language))
}

fn list(cell: &str, separators: &[char]) -> Value {
    cell.split(separators).map(str::trim).filter(|item| !item.is_empty()).map(Value::from).collect()
}

fn yes_no(cell: &str) -> Value {
    match cell.to_lowercase().as_str() {
        "ja" | "yes" | "true" | "wahr" | "x" | "1" => Value::Bool(true),
        "nein" | "no" | "false" | "falsch" | "0" => Value::Bool(false),
        _ => Value::from(cell),
    }
}

/// Numbers with a decimal point or, as German spreadsheets write them, a decimal comma.
fn number(cell: &str) -> Value {
    cell.replace(',', ".")
        .parse::<f64>()
        .ok()
        .and_then(serde_json::Number::from_f64)
        .map_or_else(|| Value::from(cell), Value::Number)
}

/// `YYYY-MM-DD` as it is; `D.M.YYYY`, as spreadsheets show dates in German, turned into it.
fn day(cell: &str) -> Value {
    let parts: Vec<&str> = cell.split('.').collect();
    match parts[..] {
        [d, m, y]
            if y.len() == 4 && [d, m, y].iter().all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit())) =>
        {
            Value::from(format!("{y}-{m:0>2}-{d:0>2}"))
        }
        _ => Value::from(cell),
    }
}

/// Names the column of a problem the offer checks found: `locations[0].postcode` is
/// `postcode`, `title` with "the `ar` text …" is `title_ar`.
fn in_columns(error: &FieldError) -> FieldError {
    let without_index: String =
        error.field.split('.').map(|part| part.split('[').next().unwrap_or(part)).collect::<Vec<_>>().join(".");
    let language = error.message.split('`').nth(1).filter(|code| code.parse::<LangCode>().is_ok()).unwrap_or("de");
    let column = match without_index.as_str() {
        "provider" | "provider.id" => "provider_id".to_owned(),
        "provider.name" => "provider_name".to_owned(),
        "cost.free" => "free".to_owned(),
        "locations.name" => "location_name".to_owned(),
        "title" | "summary" | "description" => format!("{without_index}_{language}"),
        "cost.text" | "schedule.text" => format!("{}_{language}", without_index.split('.').next().unwrap_or_default()),
        other => other.rsplit('.').next().unwrap_or(other).to_owned(),
    };
    let message =
        if error.message.starts_with("missing field") { "must not be empty".to_owned() } else { error.message.clone() };
    FieldError { field: column, message }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str =
        "id;provider_id;provider_name;category;title_de;title_ar;languages;free;postcode;city;lat;lon;start;end";

    fn csv(rows: &[&str]) -> Parsed {
        parse_csv(format!("{HEADER}\n{}\n", rows.join("\n")).as_bytes()).unwrap()
    }

    #[test]
    fn a_row_becomes_an_offer_with_spreadsheet_spellings_understood() {
        let parsed = csv(&[
            r#"kurs-1;vhs;VHS;language_course;Deutschkurs;دورة;"de; ar";ja;59423;Unna;51,537;7,689;12.1.2026;2026-07-10"#,
        ]);
        assert_eq!(parsed.rejected, []);
        let offer = &parsed.offers[0];
        assert_eq!(offer.title.best(Lang::Ar).1, "دورة");
        assert_eq!(offer.languages.iter().map(|l| l.as_str()).collect::<Vec<_>>(), ["de", "ar"]);
        assert!(offer.is_free());
        assert_eq!(offer.locations[0].coordinates(), Some((51.537, 7.689)));
        assert_eq!(offer.schedule.as_ref().and_then(|s| s.start).map(|d| d.to_string()).as_deref(), Some("2026-01-12"));
    }

    #[test]
    fn each_problem_names_its_row_and_column() {
        let parsed = csv(&[
            "gut;vhs;VHS;other;Gut;;;;;;;;;",
            "zwei;vhs;VHS;cooking;Zwei;;;;;;;;;",
            "drei;vhs;VHS;other;Drei;;;;123;Unna;;;;",
            "vier;vhs;VHS;other;Vier;;;vielleicht;;;;;;",
            "fuenf;vhs;VHS;other;Fünf;;xx;;;;;;;",
            "sechs;vhs;VHS;other;Sechs;;;;;Unna;abc;7;;",
            "sieben;vhs;VHS;other;;;;;;;;;;",
            "acht;vhs;VHS;other;Acht;;;;;;;;2026-02-30;",
            "neun;vhs;VHS;other;Neun;;;;59423;;;;;",
            "gut;vhs;VHS;other;Doppelt;;;;;;;;;",
        ]);
        assert_eq!(parsed.offers.len(), 1);
        let found: Vec<(usize, usize, &str)> =
            parsed.rejected.iter().map(|r| (r.position.record, r.position.line, r.errors[0].field.as_str())).collect();
        assert_eq!(
            found,
            [
                (2, 3, "category"),
                (3, 4, "postcode"),
                (4, 5, "free"),
                (5, 6, "languages"),
                (6, 7, "lat"),
                (7, 8, "title_de"),
                (8, 9, "start"),
                (9, 10, "city"),
                (10, 11, "id"),
            ]
        );
        assert_eq!(parsed.rejected[5].errors[0].message, "must not be empty");
    }

    #[test]
    fn commas_tabs_and_a_sep_line_are_understood_as_excel_writes_them() {
        let comma = "id,provider_id,provider_name,category,title_de\n\"k-1\",p,\"P, e.V.\",other,\"Kurs; abends\"\n";
        let parsed = parse_csv(comma.as_bytes()).unwrap();
        assert_eq!(parsed.offers[0].provider.name, "P, e.V.");
        let tabs = "id\tprovider_id\tprovider_name\tcategory\ttitle_de\nk-1\tp\tP\tother\tKurs\n";
        assert_eq!(parse_csv(tabs.as_bytes()).unwrap().offers.len(), 1);
        let sep = "sep=,\nid,provider_id,provider_name,category,title_de\nk-1,p,P,other,Kurs\nk-1,p,P,other,Kurs\n";
        assert_eq!(parse_csv(sep.as_bytes()).unwrap().rejected[0].position.line, 4);
    }

    #[test]
    fn a_byte_order_mark_empty_rows_and_trailing_empty_cells_are_harmless() {
        let text = "\u{feff}id;provider_id;provider_name;category;title_de\r\nk-1;p;P;other;Kurs;;\r\n;;;;\r\n";
        let parsed = parse_csv(text.as_bytes()).unwrap();
        assert_eq!((parsed.offers.len(), parsed.rejected.len()), (1, 0));
    }

    #[test]
    fn a_value_past_the_header_rejects_the_row() {
        let text = "title_de;id;provider_id;provider_name;category\nKurs;k-1;p;P;other;verrutscht\n";
        let parsed = parse_csv(text.as_bytes()).unwrap();
        assert!(parsed.offers.is_empty());
        assert!(parsed.rejected[0].errors[0].message.contains("cell 6, past the 5 columns"));
    }

    #[test]
    fn lines_are_counted_right_with_crlf_blank_lines_and_line_breaks_in_cells() {
        let text = "id;provider_id;provider_name;category;title_de\r\n\r\nk-1;p;P;other;\"zwei\r\nZeilen\"\r\nk-1;p;P;other;X\r\n";
        let parsed = parse_csv(text.as_bytes()).unwrap();
        assert_eq!(parsed.rejected[0].position, Position { record: 2, line: 5 });
    }

    #[test]
    fn a_broken_header_or_encoding_fails_the_file_with_a_reason() {
        let unknown = parse_csv(b"id;provider_id;provider_name;category;titel_de\n").err().unwrap();
        assert!(unknown.contains("unknown column `titel_de`"), "{unknown}");
        let missing = parse_csv(b"id;title_de\n").err().unwrap();
        assert!(missing.contains("provider_id"), "{missing}");
        let twice = parse_csv(b"id;id;provider_id;provider_name;category;title_de\n").err().unwrap();
        assert!(twice.contains("twice"), "{twice}");
        let latin1 =
            parse_csv(b"id;provider_id;provider_name;category;title_de\nk;p;P;other;Gr\xfc\xdfe\n").err().unwrap();
        assert!(latin1.contains("not UTF-8"), "{latin1}");
    }

    #[test]
    fn the_template_reads_back_as_one_valid_offer() {
        let template = csv_template();
        assert!(template.starts_with('\u{feff}'));
        let parsed = parse_csv(template.as_bytes()).unwrap();
        assert_eq!(parsed.rejected, []);
        assert_eq!(parsed.offers.len(), 1);
        assert_eq!(
            template.lines().next().unwrap().trim_start_matches('\u{feff}').split(';').count(),
            template_columns().len()
        );
    }
}
