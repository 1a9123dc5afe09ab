//! The command-line subcommands other than `serve`: what they print and how they exit.
//! May import: anything.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::config::{ExportFormat, ImportFormat, Paths, ProviderCommand, TokenCommand, UserCommand};
use crate::directory::Directory;
use crate::domain::{Actor, Day, Lang, Offer, ProviderId, propose_hours};
use crate::import::{Parsed, Summary};
use crate::search::SearchRequest;
use crate::store::Store;
use crate::{hsds, import};

/// Exit status when some input was rejected (the valid records are kept).
const REJECTED: u8 = 1;
/// Exit status of a usage error, as clap uses it.
const USAGE: u8 = 2;

pub fn import(paths: &Paths, files: &[PathBuf], format: ImportFormat) -> anyhow::Result<ExitCode> {
    let directory = Directory::open(&paths.data, &paths.index)?;
    let mut rejected_any = false;
    for file in files {
        let mut proposals = Vec::new();
        let read = directory.importing(&Actor::System, |store| {
            let mut keep = |offers: Vec<Offer>| -> crate::Result<()> {
                store(&offers)?;
                proposals.extend(proposed_hours(&offers));
                Ok(())
            };
            match format {
                ImportFormat::Json => import::stream_file(file, import::BATCH, &mut keep),
                ImportFormat::Hsds => {
                    hsds::import::read_file(file, Day::today()).and_then(|parsed| keep_all(parsed, keep))
                }
                ImportFormat::Csv => import::read_csv_file(file).and_then(|parsed| keep_all(parsed, keep)),
            }
        });
        let summary = match read {
            Ok(summary) => summary,
            Err(error @ (crate::Error::File { .. } | crate::Error::Refused(_))) => {
                eprintln!("{error}");
                rejected_any = true;
                continue;
            }
            Err(error) => return Err(error.into()),
        };
        println!("{}: {} imported, {} rejected", file.display(), summary.imported, summary.rejected.len());
        for rejection in &summary.rejected {
            println!("  {}: {rejection}", file.display());
        }
        for (id, hours) in &proposals {
            println!("  {}: `{id}` has no hours; its schedule text names {hours}", file.display());
        }
        rejected_any |= !summary.rejected.is_empty();
    }
    Ok(if rejected_any { ExitCode::from(REJECTED) } else { ExitCode::SUCCESS })
}

/// Keeps the offers of a file read whole, a batch at a time like a streamed one.
fn keep_all(parsed: Parsed, mut keep: impl FnMut(Vec<Offer>) -> crate::Result<()>) -> crate::Result<Summary> {
    let imported = parsed.offers.len();
    let mut offers = parsed.offers.into_iter().peekable();
    while offers.peek().is_some() {
        keep(offers.by_ref().take(import::BATCH).collect())?;
    }
    Ok(Summary { imported, rejected: parsed.rejected })
}

/// For each offer without opening hours whose German schedule text names weekly hours, those
/// hours as the `hours` field would hold them, for the provider to check and add.
fn proposed_hours(offers: &[Offer]) -> Vec<(String, String)> {
    offers
        .iter()
        .filter(|offer| offer.hours.is_empty())
        .filter_map(|offer| {
            let proposal = propose_hours(offer.schedule.as_ref()?.text.as_ref()?.get(Lang::De)?);
            let json = serde_json::to_string(&proposal).ok()?;
            (!proposal.is_empty()).then(|| (offer.id.to_string(), format!("\"hours\": {json}")))
        })
        .collect()
}

pub fn export(paths: &Paths, format: ExportFormat) -> anyhow::Result<ExitCode> {
    std::fs::create_dir_all(&paths.data)?;
    let store = Store::open(&paths.data.join(crate::directory::STORE_FILE))?;
    let offers = store.all_offers()?;
    match format {
        ExportFormat::Json => writeln!(std::io::stdout().lock(), "{}", serde_json::to_string_pretty(&offers)?)?,
        ExportFormat::Hsds => {
            let services = hsds::export::services(&offers, Day::today());
            writeln!(std::io::stdout().lock(), "{}", serde_json::to_string_pretty(&services)?)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

pub fn reindex(paths: &Paths) -> anyhow::Result<ExitCode> {
    let directory = Directory::open(&paths.data, &paths.index)?;
    directory.rebuild_index()?;
    println!("indexed {} offers", directory.indexed_count());
    Ok(ExitCode::SUCCESS)
}

/// Writes a consistent copy of the store to `file`, safe while a server runs.
pub fn backup(paths: &Paths, file: &std::path::Path) -> anyhow::Result<ExitCode> {
    let source = paths.data.join(crate::directory::STORE_FILE);
    if !source.exists() {
        eprintln!("error: no store at {}", source.display());
        return Ok(ExitCode::from(REJECTED));
    }
    let store = Store::open(&source)?;
    // The backup overwrites pages; a leftover file of another kind would fail half-way.
    if file.exists() {
        std::fs::remove_file(file)?;
    }
    store.backup_to(file)?;
    let copy = Store::open(file)?;
    println!("{}: {} offers, up to change {}", file.display(), copy.offer_count()?, copy.last_change()?);
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
    let results = directory.search(&request)?;
    let ids: Vec<&str> = results.hits.iter().map(|h| h.id.as_str()).collect();
    let offers = directory.offers_by_id(&ids)?;
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

pub fn relevance(set: &Path, questions: &Path, verbose: bool, keep: Option<&Path>) -> anyhow::Result<ExitCode> {
    let queries = crate::relevance::load(set)?;
    let offers = crate::directory::seed_offers().offers;
    let directory = crate::relevance::measuring_directory(&offers, keep.map(|dir| dir.join("judged")).as_deref())?;
    let report = crate::relevance::evaluate(&directory, &offers, &queries)?;
    let real = crate::relevance::QuestionSet::load(questions)?;
    let real_directory =
        crate::relevance::measuring_directory(&real.pages, keep.map(|dir| dir.join("real")).as_deref())?;
    let answers = crate::relevance::evaluate_questions(&real_directory, &real.questions)?;
    let mut out = std::io::stdout().lock();
    if verbose {
        writeln!(out, "{}", report.query_lines())?;
        writeln!(out, "{}", answers.question_lines())?;
    }
    write!(out, "{}\n{}", report.table(), answers.table())?;
    Ok(ExitCode::SUCCESS)
}

pub fn provider(paths: &Paths, command: ProviderCommand) -> anyhow::Result<ExitCode> {
    let store = open_store(paths)?;
    match command {
        ProviderCommand::Add { id, name } => {
            let Ok(id) = id.parse::<ProviderId>() else { return usage(&format!("`{id}` is not a valid provider id")) };
            if name.trim().is_empty() {
                return usage("--name must not be empty");
            }
            store.add_provider(&id, name.trim())?;
            println!("provider {id}: {}", name.trim());
        }
    }
    Ok(ExitCode::SUCCESS)
}

pub fn user(paths: &Paths, command: UserCommand) -> anyhow::Result<ExitCode> {
    let UserCommand::Add { email, provider, admin, provider_admin, .. } = command;
    if !email_address::EmailAddress::is_valid(email.trim()) {
        return usage(&format!("`{email}` is not an e-mail address"));
    }
    let provider = match provider.map(|p| p.parse::<ProviderId>()) {
        Some(Err(message)) => return usage(&message),
        Some(Ok(provider)) => Some(provider),
        None if admin => None,
        None => return usage("a user needs --provider ID, or --admin"),
    };
    let store = open_store(paths)?;
    if let Some(provider) = &provider
        && !store.provider_exists(provider)?
    {
        eprintln!("error: no provider `{provider}`; add it first with `wegweiser provider add`");
        return Ok(ExitCode::from(REJECTED));
    }
    let mut password = String::new();
    std::io::stdin().read_line(&mut password)?;
    let password = password.trim_end_matches(['\n', '\r']);
    if password.chars().count() < crate::auth::MIN_PASSWORD_CHARS {
        return usage(&format!("the password needs at least {} characters", crate::auth::MIN_PASSWORD_CHARS));
    }
    let user = store.add_user(&email, provider.as_ref(), admin, &crate::auth::hash_password(password)?)?;
    if provider_admin {
        store.set_provider_admin(user.id, true)?;
    }
    let role = if admin {
        " as admin"
    } else if provider_admin {
        " as the provider's admin"
    } else {
        ""
    };
    println!("user {} added{role}", user.email);
    Ok(ExitCode::SUCCESS)
}

pub fn token(paths: &Paths, command: TokenCommand) -> anyhow::Result<ExitCode> {
    let store = open_store(paths)?;
    match command {
        TokenCommand::Create { provider, name } => {
            let Ok(provider) = provider.parse::<ProviderId>() else { return usage("not a valid provider id") };
            let id: String = crate::auth::new_secret()?.chars().filter(char::is_ascii_alphanumeric).take(10).collect();
            let token = format!("{id}.{}", crate::auth::new_secret()?);
            store.create_token(&id, &provider, name.as_deref(), &crate::auth::hash_secret(&token))?;
            println!("{token}");
            eprintln!("token {id} for {provider}: shown once, keep it safe");
        }
        TokenCommand::Revoke { token_id } => {
            if !store.revoke_token(&token_id)? {
                eprintln!("error: no live token with id `{token_id}`");
                return Ok(ExitCode::from(REJECTED));
            }
            println!("token {token_id} revoked");
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn open_store(paths: &Paths) -> anyhow::Result<Store> {
    std::fs::create_dir_all(&paths.data)?;
    Ok(Store::open(&paths.data.join(crate::directory::STORE_FILE))?)
}

fn usage(message: &str) -> anyhow::Result<ExitCode> {
    eprintln!("error: {message}");
    Ok(ExitCode::from(USAGE))
}
