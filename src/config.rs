//! The command line, as DESIGN.md fixes it; every path also from the environment.

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::base_url::BaseUrl;

#[derive(Debug, Parser)]
#[command(name = "wegweiser", version, about = "Multilingual search directory of offers for newcomers")]
pub struct Cli {
    #[command(flatten)]
    pub paths: Paths,
    #[command(subcommand)]
    pub command: Command,
}

/// Where the store and the index live.
#[derive(Debug, Clone, Args)]
pub struct Paths {
    /// Folder of the store (the SQLite file is created inside it).
    #[arg(long, env = "WEGWEISER_DATA", default_value = "data", global = true)]
    pub data: PathBuf,
    /// Folder of the search index (derived; rebuilt when missing).
    #[arg(long, env = "WEGWEISER_INDEX", default_value = "index", global = true)]
    pub index: PathBuf,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the site and the API; an empty store is first filled with the bundled offers.
    Serve {
        #[arg(long, env = "WEGWEISER_BIND", default_value = "127.0.0.1:8080")]
        bind: SocketAddr,
        /// The public address of the site, for canonical links, the sitemap and calendars.
        #[arg(long, env = "WEGWEISER_BASE_URL", default_value = "http://127.0.0.1:8080")]
        base_url: BaseUrl,
    },
    /// Upsert offers by id from JSON array or JSON Lines files; report every rejected record.
    Import {
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// The files' format; CSV columns are described in the README.
        #[arg(long, value_enum, default_value_t = ImportFormat::Json)]
        format: ImportFormat,
    },
    /// Write every offer in the import format to standard output.
    Export {
        #[arg(long, value_enum, default_value_t = ExportFormat::Json)]
        format: ExportFormat,
    },
    /// Rebuild the search index from the store.
    Reindex,
    /// Measure search quality on the judged queries against a plain tantivy baseline, over the
    /// bundled offers.
    Relevance {
        /// Folder of judged query files.
        #[arg(long, default_value = "tests/relevance")]
        set: PathBuf,
        /// Also print every query's nDCG@10, worst first.
        #[arg(long)]
        verbose: bool,
    },
    /// Search from the shell, as the API does.
    Search {
        query: String,
        /// The query's language, when detection should not guess.
        #[arg(long)]
        lang: Option<String>,
        /// Print the API's JSON instead of a list.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ImportFormat {
    /// A JSON array or JSON Lines of offers in the offer format.
    Json,
    /// One offer per row, as a spreadsheet saves it.
    Csv,
}
