//! The command-line subcommands other than `serve`: what they print and how they exit.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use crate::config::{ExportFormat, ImportFormat, Paths};
use crate::directory::Directory;
use crate::domain::Lang;
use crate::import;
use crate::search::{SearchIndex, SearchRequest};
use crate::store::Store;

/// Exit status when some input was rejected (the valid records are kept).
const REJECTED: u8 = 1;
/// Exit status of a usage error, as clap uses it.
const USAGE: u8 = 2;

pub fn import(paths: &Paths, files: &[PathBuf], format: ImportFormat) -> anyhow::Result<ExitCode> {
    let directory = Directory::open(&paths.data, &paths.index)?;
    let mut rejected_any = false;
    for file in files {
        let read = match format {
            ImportFormat::Json => import::read_file(file),
            ImportFormat::Csv => import::read_csv_file(file),
        };
        let parsed = match read {
            Ok(parsed) => parsed,
            Err(error) => {
                eprintln!("{error}");
                rejected_any = true;
                continue;
            }
        };
        directory.upsert(&parsed.offers)?;
        println!("{}: {} imported, {} rejected", file.display(), parsed.offers.len(), parsed.rejected.len());
        for rejection in &parsed.rejected {
            println!("  {}: {rejection}", file.display());
        }
        rejected_any |= !parsed.rejected.is_empty();
    }
    Ok(if rejected_any { ExitCode::from(REJECTED) } else { ExitCode::SUCCESS })
}

pub fn export(paths: &Paths, format: ExportFormat) -> anyhow::Result<ExitCode> {
    std::fs::create_dir_all(&paths.data)?;
    let store = Store::open(&paths.data.join(crate::directory::STORE_FILE))?;
    let offers = store.all_offers()?;
    match format {
        ExportFormat::Json => writeln!(std::io::stdout().lock(), "{}", serde_json::to_string_pretty(&offers)?)?,
    }
    Ok(ExitCode::SUCCESS)
}

pub fn reindex(paths: &Paths) -> anyhow::Result<ExitCode> {
    std::fs::create_dir_all(&paths.data)?;
    let store = Store::open(&paths.data.join(crate::directory::STORE_FILE))?;
    let index = SearchIndex::rebuild(&paths.index, &store)?;
    println!("indexed {} offers", index.doc_count());
    Ok(ExitCode::SUCCESS)
}

pub fn search(paths: &Paths, query: &str, lang: Option<&str>, json: bool) -> anyhow::Result<ExitCode> {
    let lang_hint = match lang.map(str::parse::<Lang>) {
        Some(Err(message)) => {
            eprintln!("error: --lang: {message}");
            return Ok(ExitCode::from(USAGE));
        }
        Some(Ok(lang)) => Some(lang),
        None => None,
    };
    let directory = Directory::open(&paths.data, &paths.index)?;
    let request = SearchRequest { text: query.to_owned(), lang_hint, limit: 20, ..SearchRequest::default() };
    let results = directory.index.search(&request)?;
    let ids: Vec<&str> = results.hits.iter().map(|h| h.id.as_str()).collect();
    let offers = directory.store.offers_by_id(&ids)?;
    let shown = lang_hint.unwrap_or(results.detected_language);
    let mut out_stream = std::io::stdout().lock();
    if json {
        let hits: Vec<_> = results
            .hits
            .iter()
            .filter_map(|hit| {
                offers
                    .get(&hit.id)
                    .map(|o| serde_json::json!({"id": hit.id, "score": hit.score, "title": o.title.best(shown).1, "matched": results.explain(hit)}))
            })
            .collect();
        let out = serde_json::json!({"query": query, "detected_language": results.detected_language, "total": results.total, "suggestion": results.suggestion, "dropped_words": results.dropped_words, "hits": hits, "facets": results.facets});
        writeln!(out_stream, "{}", serde_json::to_string_pretty(&out)?)?;
    } else {
        writeln!(out_stream, "{} offers (query language: {})", results.total, results.detected_language)?;
        for hit in &results.hits {
            if let Some(offer) = offers.get(&hit.id) {
                writeln!(out_stream, "{:>7.2}  {}  {}", hit.score, hit.id, offer.title.best(shown).1)?;
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

pub fn relevance(set: &std::path::Path, verbose: bool) -> anyhow::Result<ExitCode> {
    let queries = crate::relevance::load(set)?;
    let directory = Directory::in_memory()?;
    directory.seed_if_empty()?;
    let offers = crate::directory::seed_offers().offers;
    let report = crate::relevance::evaluate(&directory, &offers, &queries)?;
    let mut out = std::io::stdout().lock();
    if verbose {
        writeln!(out, "{}", report.query_lines())?;
    }
    write!(out, "{}", report.table())?;
    Ok(ExitCode::SUCCESS)
}
