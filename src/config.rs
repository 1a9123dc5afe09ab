//! The command line, as DESIGN.md fixes it; every path also from the environment.
//! May import: base_url.

use std::net::{IpAddr, SocketAddr};
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
    /// Serve the site and the API; a store it creates itself is first filled with the bundled
    /// offers (unless `--seed off`).
    Serve(Serve),
    /// Manage provider organisations.
    #[command(subcommand)]
    Provider(ProviderCommand),
    /// Manage the people who sign in.
    #[command(subcommand)]
    User(UserCommand),
    /// Manage API tokens for providers' own systems.
    #[command(subcommand)]
    Token(TokenCommand),
    /// Upsert offers by id from JSON array or JSON Lines files; report every rejected record.
    Import {
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// `hsds` reads Open Referral HSDS 3.0 services (an array or a paged list); `csv` one
        /// offer per row, with the columns the README describes.
        #[arg(long, value_enum, default_value_t = ImportFormat::Json)]
        format: ImportFormat,
    },
    /// Write every offer in the import format (or as HSDS 3.0 services) to standard output.
    Export {
        #[arg(long, value_enum, default_value_t = ExportFormat::Json)]
        format: ExportFormat,
    },
    /// Rebuild the search index from the store.
    Reindex,
    /// Copy the store, consistently, while it is in use (SQLite's online backup).
    Backup {
        /// The copy to write; an existing file is replaced.
        file: PathBuf,
    },
    /// Measure search quality on the judged queries against a plain tantivy baseline, over the
    /// bundled offers.
    Relevance {
        /// Folder of judged query files.
        #[arg(long, default_value = "tests/relevance")]
        set: PathBuf,
        /// Folder of real questions about real pages (`pages.jsonl`, `questions.jsonl`).
        #[arg(long, default_value = "tests/real-questions")]
        questions: PathBuf,
        /// Also print every query's nDCG@10 and every question's reciprocal rank, worst first.
        #[arg(long)]
        verbose: bool,
        /// Folder that keeps the measured offers and their meaning vectors between runs, so a
        /// second run encodes only texts that changed; the index is always built anew.
        #[arg(long)]
        keep: Option<PathBuf>,
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

#[derive(Debug, Args)]
pub struct Serve {
    #[arg(long, env = "WEGWEISER_BIND", default_value = "127.0.0.1:8080")]
    pub bind: SocketAddr,
    /// With moderation on, providers' new offers and changes wait for an admin.
    #[arg(long, env = "WEGWEISER_MODERATION", value_enum, default_value_t = Switch::Off)]
    pub moderation: Switch,
    /// The public address of the site, for canonical links, the sitemap and calendars.
    #[arg(long, env = "WEGWEISER_BASE_URL", default_value = "http://127.0.0.1:8080")]
    pub base_url: BaseUrl,
    /// `off` never loads the bundled demo offers, not even into a new store: for production.
    #[arg(long, env = "WEGWEISER_SEED", value_enum, default_value_t = Switch::On)]
    pub seed: Switch,
    /// Reverse proxies (IP addresses, comma-separated) whose `X-Forwarded-For` names the
    /// client, for the sign-in limits; without it the peer's address counts.
    #[arg(long = "trusted-proxy", env = "WEGWEISER_TRUSTED_PROXIES", value_delimiter = ',')]
    pub trusted_proxies: Vec<IpAddr>,
    /// Seconds a connection has to send its request head before it is closed.
    #[arg(long, env = "WEGWEISER_HEADER_TIMEOUT", default_value_t = 10, value_parser = clap::value_parser!(u64).range(1..=300))]
    pub header_timeout: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// The offer format, which `import` reads back.
    Json,
    /// Open Referral HSDS 3.0: a JSON array of fully nested services.
    Hsds,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ImportFormat {
    /// The offer format: a JSON array or JSON Lines.
    Json,
    /// Open Referral HSDS 3.0 services: an array, a paged list or JSON Lines.
    Hsds,
    /// One offer per row, as a spreadsheet saves it.
    Csv,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Switch {
    On,
    Off,
}

#[derive(Debug, Subcommand)]
pub enum ProviderCommand {
    /// Add a provider organisation (or rename it).
    Add {
        id: String,
        #[arg(long)]
        name: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Add a user; the password is read from standard input, never from the command line.
    Add {
        email: String,
        /// The provider the user works for; admins may have none.
        #[arg(long)]
        provider: Option<String>,
        /// A district admin: sees all offers, moderates, manages accounts.
        #[arg(long)]
        admin: bool,
        /// The provider's own admin: adds colleagues to the provider's accounts.
        #[arg(long, requires = "provider")]
        provider_admin: bool,
        #[arg(long, required = true)]
        password_stdin: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum TokenCommand {
    /// Create an API token bound to one provider; it is printed once and stored only hashed.
    Create {
        #[arg(long)]
        provider: String,
        #[arg(long)]
        name: Option<String>,
    },
    /// Revoke a token by its id (the part before the dot).
    Revoke { token_id: String },
}
