//! Killing the server mid-write loses nothing it acknowledged and leaves nothing half-done:
//! the store is the truth, the index catches up at start.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::Stdio;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime};

use crate::helpers::{Server, wegweiser};

/// Rounds of write-then-kill; each takes about a second.
const ROUNDS: usize = 6;

fn start(dir: &Path) -> Server {
    Server::start(wegweiser(dir, &[]))
}

fn request(addr: &str, method: &str, path: &str, token: &str, body: &str) -> Option<(u16, String)> {
    let mut stream = TcpStream::connect(addr).ok()?;
    stream.set_read_timeout(Some(Duration::from_secs(5))).ok()?;
    let head = format!(
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nAuthorization: Bearer {token}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes()).ok()?;
    stream.write_all(body.as_bytes()).ok()?;
    let mut response = String::new();
    stream.read_to_string(&mut response).ok()?;
    let status = response.split(' ').nth(1)?.parse().ok()?;
    Some((status, response.split("\r\n\r\n").nth(1).unwrap_or_default().to_owned()))
}

fn offer(n: usize) -> String {
    serde_json::json!({
        "id": format!("crash-{n}"),
        "provider": {"id": "crash-test", "name": "Crash Test"},
        "category": "other",
        "title": {"de": format!("Absturzprobe Nummer{n}")},
    })
    .to_string()
}

/// A small random number from the clock: the moment of the kill must vary between rounds.
fn jitter_ms() -> u64 {
    let nanos = SystemTime::now().duration_since(SystemTime::UNIX_EPOCH).map_or(0, |d| d.subsec_nanos());
    u64::from(nanos % 700) + 100
}

#[test]
fn acknowledged_writes_survive_sigkill_and_the_index_agrees_with_the_store() {
    let dir = tempfile::tempdir().unwrap();
    let ok = |args: &[&str]| assert!(wegweiser(dir.path(), args).stdout(Stdio::null()).status().unwrap().success());
    ok(&["provider", "add", "crash-test", "--name", "Crash Test"]);
    let created =
        wegweiser(dir.path(), &["token", "create", "--provider", "crash-test"]).stderr(Stdio::null()).output().unwrap();
    let token = String::from_utf8(created.stdout).unwrap().trim().to_owned();
    let acknowledged = Arc::new(Mutex::new(Vec::new()));
    let mut next = 0;
    for rounds_done in 0..ROUNDS {
        let mut server = start(dir.path());
        let writer = {
            let (addr, token, acknowledged) = (server.addr.clone(), token.clone(), acknowledged.clone());
            let first = next;
            std::thread::spawn(move || {
                for n in first.. {
                    match request(&addr, "PUT", &format!("/api/v1/offers/crash-{n}"), &token, &offer(n)) {
                        Some((201 | 200, _)) => acknowledged.lock().unwrap().push(n),
                        _ => return n + 1,
                    }
                }
                first
            })
        };
        // Let at least one write through, so every round kills a server that is busy writing.
        let before = acknowledged.lock().unwrap().len();
        let waiting = Instant::now();
        while acknowledged.lock().unwrap().len() == before && waiting.elapsed() < Duration::from_secs(60) {
            std::thread::sleep(Duration::from_millis(10));
        }
        std::thread::sleep(Duration::from_millis(jitter_ms()));
        server.child.kill().expect("SIGKILL");
        server.child.wait().unwrap();
        next = writer.join().unwrap();

        let server = start(dir.path());
        let started = Instant::now();
        let acknowledged_now = acknowledged.lock().unwrap().clone();
        let mut stored = 0;
        for n in 0..next {
            let (status, body) = request(&server.addr, "GET", &format!("/api/v1/offers/crash-{n}"), "", "").unwrap();
            if acknowledged_now.contains(&n) {
                assert_eq!(status, 200, "acknowledged crash-{n} is in the store");
            }
            if status == 200 {
                assert!(body.contains(&format!("Nummer{n}")), "a stored offer is whole");
                stored += 1;
            }
        }
        assert!(
            stored <= acknowledged_now.len() + rounds_done + 1,
            "only writes in flight may be there unacknowledged"
        );
        let (_, search) = request(&server.addr, "GET", "/api/v1/search?q=Absturzprobe&limit=1", "", "").unwrap();
        let total = serde_json::from_str::<serde_json::Value>(&search).unwrap()["total"].as_u64().unwrap();
        assert_eq!(total as usize, stored, "everything stored is searchable, nothing else");
        let (_, health) = request(&server.addr, "GET", "/healthz", "", "").unwrap();
        let health: serde_json::Value = serde_json::from_str(&health).unwrap();
        assert_eq!(health["offers"], health["indexed"], "index and store agree after the restart");
        if let Some(last) = acknowledged_now.last() {
            let (_, hit) = request(&server.addr, "GET", &format!("/api/v1/search?q=Nummer{last}"), "", "").unwrap();
            assert!(hit.contains(&format!("crash-{last}")), "the last acknowledged write is found");
        }
        assert!(started.elapsed() < Duration::from_secs(30));
        let mut server = server;
        server.child.kill().unwrap();
        server.child.wait().unwrap();
    }
    assert!(acknowledged.lock().unwrap().len() >= ROUNDS, "writes went through between the kills");
}
