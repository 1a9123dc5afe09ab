use std::process::ExitCode;
use std::sync::Arc;

use clap::Parser;
use wegweiser::base_url::BaseUrl;
use wegweiser::config::{Cli, Command, Switch};
use wegweiser::directory::Directory;
use wegweiser::{AppState, cli};

fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "info".into()))
        .with_writer(std::io::stderr)
        .init();
    let args = Cli::parse();
    let outcome = match args.command {
        Command::Serve { bind, moderation, base_url } => serve(&args.paths, bind, moderation == Switch::On, base_url),
        Command::Provider(command) => cli::provider(&args.paths, command),
        Command::User(command) => cli::user(&args.paths, command),
        Command::Token(command) => cli::token(&args.paths, command),
        Command::Import { files, format } => cli::import(&args.paths, &files, format),
        Command::Export { format } => cli::export(&args.paths, format),
        Command::Reindex => cli::reindex(&args.paths),
        Command::Relevance { set, questions, verbose } => cli::relevance(&set, &questions, verbose),
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

fn serve(
    paths: &wegweiser::config::Paths,
    bind: std::net::SocketAddr,
    moderation: bool,
    base_url: BaseUrl,
) -> anyhow::Result<ExitCode> {
    let directory = Directory::open(&paths.data, &paths.index)?;
    let seeded = directory.seed_if_empty()?;
    if seeded > 0 {
        tracing::info!("the store was empty: loaded {seeded} bundled offers");
    }
    let app = wegweiser::app(AppState::new(Arc::new(directory), moderation).with_base_url(base_url));
    let runtime = tokio::runtime::Runtime::new()?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(bind).await?;
        tracing::info!("serving on http://{}", listener.local_addr()?);
        let app = app.into_make_service_with_connect_info::<std::net::SocketAddr>();
        axum::serve(listener, app).with_graceful_shutdown(shutdown_signal()).await?;
        Ok(ExitCode::SUCCESS)
    })
}

async fn shutdown_signal() {
    // If the handler cannot be installed the server runs until it is killed, which is safe:
    // every acknowledged write is already in the store.
    let _ = tokio::signal::ctrl_c().await;
}
