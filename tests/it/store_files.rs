//! The store file against the real binary: which stores get the demo offers, and a damaged
//! file that must stop the server instead of being refilled.

use std::path::Path;
use std::process::Stdio;

use crate::helpers::{Server, health_of, wegweiser};

fn stderr_of(dir: &Path, args: &[&str]) -> (Option<i32>, String) {
    let output = wegweiser(dir, args).stdout(Stdio::null()).output().expect("the binary runs");
    (output.status.code(), String::from_utf8_lossy(&output.stderr).into_owned())
}

fn offers_served(command: std::process::Command) -> u64 {
    let server = Server::start(command);
    health_of(&server.addr)["offers"].as_u64().expect("a count of offers")
}

#[test]
fn a_store_that_serve_creates_gets_the_demo_offers_unless_seeding_is_off() {
    let fresh = tempfile::tempdir().unwrap();
    assert!(offers_served(wegweiser(fresh.path(), &[])) >= 200);
    let by_env = tempfile::tempdir().unwrap();
    let mut command = wegweiser(by_env.path(), &[]);
    command.env("WEGWEISER_SEED", "off");
    assert_eq!(offers_served(command), 0);
}

#[test]
fn a_store_made_by_provider_add_never_gets_the_demo_offers() {
    let dir = tempfile::tempdir().unwrap();
    let (code, _) = stderr_of(dir.path(), &["provider", "add", "vhs-test", "--name", "VHS Test"]);
    assert_eq!(code, Some(0));
    assert_eq!(offers_served(wegweiser(dir.path(), &[])), 0);
}

#[test]
fn an_emptied_or_foreign_store_file_stops_serve_with_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("data")).unwrap();
    let store = dir.path().join("data/wegweiser.sqlite");
    for content in ["", "this is not a database, it is a note somebody saved here by mistake"] {
        std::fs::write(&store, content).unwrap();
        let (code, stderr) = stderr_of(dir.path(), &["serve", "--bind", "127.0.0.1:0"]);
        assert_eq!(code, Some(1), "{stderr}");
        assert!(stderr.contains("is not a usable store"), "{stderr}");
        assert_eq!(std::fs::read_to_string(&store).unwrap(), content, "the file is left as it was");
    }
}

#[test]
fn an_index_rebuilt_at_start_says_so_in_the_log() {
    let dir = tempfile::tempdir().unwrap();
    let (code, _) = stderr_of(dir.path(), &["reindex"]);
    assert_eq!(code, Some(0));
    std::fs::write(dir.path().join("index/wegweiser-version"), "an-old-version").unwrap();
    let (_, stderr) = stderr_of(dir.path(), &["search", "Kurs"]);
    assert!(stderr.contains("building it from the store"), "{stderr}");
}
