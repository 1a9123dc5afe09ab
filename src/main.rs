use std::process::ExitCode;
use std::sync::Arc;

use clap::Parser;
use wegweiser::config::{Cli, Command, Serve, Switch};
use wegweiser::directory::{Directory, MEANING_BATCH, Seeding};
use wegweiser::{AppState, cli, server};

fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "info".into()))
        .with_writer(std::io::stderr)
        .init();
    let args = Cli::parse();
    let outcome = match args.command {
        Command::Serve(options) => serve(&args.paths, options),
        Command::Provider(command) => cli::provider(&args.paths, command),
        Command::User(command) => cli::user(&args.paths, command),
        Command::Token(command) => cli::token(&args.paths, command),
        Command::Import { files, format } => cli::import(&args.paths, &files, format),
        Command::Export { format } => cli::export(&args.paths, format),
        Command::Backup { file } => cli::backup(&args.paths, &file),
        Command::Reindex => cli::reindex(&args.paths),
        Command::Relevance { set, questions, verbose, keep } => {
            cli::relevance(&set, &questions, verbose, keep.as_deref())
        }
        Command::Search { query, lang, json } => cli::search(&args.paths, &query, lang.as_deref(), json),
    };
    match outcome {
        Ok(code) => code,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}

fn serve(paths: &wegweiser::config::Paths, options: Serve) -> anyhow::Result<ExitCode> {
    let seeding = if options.seed == Switch::On { Seeding::NewStore } else { Seeding::Off };
    let directory = Arc::new(Directory::open_to_serve(&paths.data, &paths.index, seeding)?);
    let state = AppState::new(directory.clone(), options.moderation == Switch::On)
        .with_base_url(options.base_url)
        .with_trusted_proxies(options.trusted_proxies);
    let app = wegweiser::app(state);
    wegweiser::analysis::load_word_lists();
    wegweiser::gazetteer::bundled_places();
    make_meanings_in_background(directory.clone())?;
    let header_timeout = std::time::Duration::from_secs(options.header_timeout);
    let runtime = tokio::runtime::Runtime::new()?;
    runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind(options.bind).await?;
        tracing::info!("serving on http://{}", listener.local_addr()?);
        let checks = tokio::spawn(keep_index_in_line(directory.clone()));
        server::run(listener, app, header_timeout, server::stop_signal()).await;
        checks.abort();
        Ok::<_, anyhow::Error>(())
    })?;
    drop(runtime);
    // Folds the write-ahead log into the store file, so the file alone is a complete copy.
    directory.checkpoint()?;
    tracing::info!("stopped; the store is checkpointed");
    Ok(ExitCode::SUCCESS)
}

/// How long the meaning worker rests when no offer needs a vector.
const MEANINGS_IDLE: std::time::Duration = std::time::Duration::from_secs(2);
/// How long it waits after a failure (a full disk) before it tries again.
const MEANINGS_RETRY: std::time::Duration = std::time::Duration::from_secs(30);

/// Makes the meaning vectors of new and changed offers on one thread of their own, so that
/// writes and searches never wait for the encoder; until an offer has its vectors, words alone
/// find it.
fn make_meanings_in_background(directory: Arc<Directory>) -> std::io::Result<()> {
    std::thread::Builder::new().name("meanings".into()).spawn(move || {
        wegweiser::analysis::meaning::load_encoder();
        let mut made_since_idle = 0;
        loop {
            match directory.make_meanings(MEANING_BATCH, 1) {
                Ok(0) => {
                    if made_since_idle > 0 {
                        tracing::info!("meaning vectors made for {made_since_idle} offers");
                        made_since_idle = 0;
                    }
                    std::thread::sleep(MEANINGS_IDLE);
                }
                Ok(made) => {
                    if made_since_idle == 0 {
                        tracing::info!("making meaning vectors for {} offers", made + directory.meanings_due());
                    }
                    made_since_idle += made;
                }
                Err(error) => {
                    tracing::warn!("meaning vectors: {error}");
                    std::thread::sleep(MEANINGS_RETRY);
                }
            }
        }
    })?;
    Ok(())
}

/// How often a server checks that its index holds what the store does.
const INDEX_CHECK_SECONDS: u64 = 30;

/// Retries indexing that failed (a full or read-only disk), so acknowledged writes become
/// searchable once the disk allows it, without waiting for the next write or a restart.
async fn keep_index_in_line(directory: Arc<Directory>) {
    let mut ticks = tokio::time::interval(std::time::Duration::from_secs(INDEX_CHECK_SECONDS));
    loop {
        ticks.tick().await;
        let directory = directory.clone();
        match tokio::task::spawn_blocking(move || directory.catch_up()).await {
            Ok(Ok(health)) if !health.is_ok() => {
                tracing::warn!("index degraded: {}", health.reason.unwrap_or_default())
            }
            Ok(Ok(_)) => {}
            Ok(Err(error)) => tracing::warn!("index still failing: {error}"),
            Err(error) => tracing::error!("index check failed: {error}"),
        }
    }
}
