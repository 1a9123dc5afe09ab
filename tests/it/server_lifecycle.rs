//! The real server's connections and its stop: slow request heads are cut off, SIGTERM stops
//! it cleanly with the store file complete on its own, and a backup is taken while it runs.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::process::Stdio;
use std::time::Duration;

use wegweiser::store::Store;

use crate::helpers::{Server, health_of, wegweiser};

#[test]
fn a_connection_that_never_finishes_its_request_head_is_closed() {
    let dir = tempfile::tempdir().unwrap();
    let mut command = wegweiser(dir.path(), &[]);
    command.env("WEGWEISER_HEADER_TIMEOUT", "1").env("WEGWEISER_SEED", "off");
    let server = Server::start(command);
    let mut stream = TcpStream::connect(&server.addr).unwrap();
    stream.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n").unwrap();
    // Generous: the server must close long before this; a read that times out fails the test.
    stream.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    let mut rest = Vec::new();
    let closed = stream.read_to_end(&mut rest);
    assert!(closed.is_ok(), "the server closed the connection: {closed:?}");
    assert!(!String::from_utf8_lossy(&rest).contains("200 OK"), "no answer to half a request");
}

fn offer(n: usize) -> String {
    serde_json::json!({"id": format!("stopp-{n}"), "provider": {"id": "stopp", "name": "Stopp"},
        "category": "other", "title": {"de": format!("Kurs {n}")}})
    .to_string()
}

fn put(addr: &str, token: &str, n: usize) -> bool {
    let body = offer(n);
    let mut stream = TcpStream::connect(addr).unwrap();
    write!(
        stream,
        "PUT /api/v1/offers/stopp-{n} HTTP/1.1\r\nHost: {addr}\r\nAuthorization: Bearer {token}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
    .unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    response.starts_with("HTTP/1.1 201")
}

#[test]
fn sigterm_stops_the_server_cleanly_and_the_store_file_alone_holds_every_write_and_backup_copies_it_live() {
    let dir = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| wegweiser(dir.path(), args).stderr(Stdio::null()).output().unwrap();
    assert!(run(&["provider", "add", "stopp", "--name", "Stopp"]).status.success());
    let token = String::from_utf8(run(&["token", "create", "--provider", "stopp"]).stdout).unwrap().trim().to_owned();
    let mut server = Server::start(wegweiser(dir.path(), &[]));
    for n in 0..40 {
        assert!(put(&server.addr, &token, n));
    }
    let backup = dir.path().join("backup.sqlite");
    let output = run(&["backup", backup.to_str().unwrap()]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert_eq!(Store::open(&backup).unwrap().offer_count().unwrap(), 40, "the live backup has every write");
    assert_eq!(health_of(&server.addr)["offers"], 40);

    let status = std::process::Command::new("kill").args(["-TERM", &server.child.id().to_string()]).status().unwrap();
    assert!(status.success());
    let exit = server.child.wait().unwrap();
    assert!(exit.success(), "SIGTERM is a clean stop: {exit:?}");
    let data = dir.path().join("data");
    let wal = std::fs::metadata(data.join("wegweiser.sqlite-wal")).map(|m| m.len()).unwrap_or(0);
    assert_eq!(wal, 0, "the write-ahead log is folded into the store");
    let copy = dir.path().join("copied.sqlite");
    std::fs::copy(data.join("wegweiser.sqlite"), &copy).unwrap();
    assert_eq!(Store::open(&copy).unwrap().offer_count().unwrap(), 40, "the file alone is complete");
}
