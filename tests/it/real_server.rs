//! The provider rules once more against the real binary over a socket: tokens, sign-in and the
//! authorization of provider A, provider B, an admin and anonymous visitors.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::process::Stdio;

use crate::helpers::{Server, wegweiser};

/// Sends one request; returns the status, the headers as text and the body.
fn send(addr: &str, method: &str, path: &str, headers: &[(&str, &str)], body: &str) -> (u16, String, String) {
    let mut stream = TcpStream::connect(addr).unwrap();
    let mut head =
        format!("{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Length: {}\r\n", body.len());
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    stream.write_all(format!("{head}\r\n{body}").as_bytes()).unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    let (head, body) = response.split_once("\r\n\r\n").unwrap_or((&response, ""));
    (head.split(' ').nth(1).unwrap().parse().unwrap(), head.to_owned(), body.to_owned())
}

const FORM: (&str, &str) = ("Content-Type", "application/x-www-form-urlencoded");
/// The default base URL's origin: the server's own pages post from there.
const ORIGIN: (&str, &str) = ("Origin", "http://127.0.0.1:8080");

fn offer(provider: &str, id: &str) -> String {
    serde_json::json!({"id": id, "provider": {"id": provider, "name": provider}, "category": "other", "title": {"de": "Kurs"}})
        .to_string()
}

#[test]
fn the_authorization_rules_hold_on_the_real_server() {
    let dir = tempfile::tempdir().unwrap();
    let run = |args: &[&str], input: Option<&str>| {
        let mut child = wegweiser(dir.path(), args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        if let Some(input) = input {
            child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
        }
        let output = child.wait_with_output().unwrap();
        assert!(output.status.success(), "{args:?}");
        String::from_utf8(output.stdout).unwrap().trim().to_owned()
    };
    let mut tokens = Vec::new();
    for provider in ["anbieter-a", "anbieter-b"] {
        run(&["provider", "add", provider, "--name", provider], None);
        let email = format!("{provider}@example.org");
        run(&["user", "add", &email, "--provider", provider, "--password-stdin"], Some("ein langes Passwort\n"));
        tokens.push(run(&["token", "create", "--provider", provider], None));
    }
    run(&["user", "add", "admin@example.org", "--admin", "--password-stdin"], Some("ein langes Passwort\n"));
    let server = Server::start(wegweiser(dir.path(), &[]));
    let addr = server.addr.as_str();
    let json = ("Content-Type", "application/json");
    let bearer = |token: &str| format!("Bearer {token}");
    let (a, b) = (bearer(&tokens[0]), bearer(&tokens[1]));

    assert_eq!(
        send(addr, "PUT", "/api/v1/offers/b-kurs", &[("Authorization", &b), json], &offer("anbieter-b", "b-kurs")).0,
        201
    );
    assert_eq!(send(addr, "PUT", "/api/v1/offers/b-kurs", &[json], &offer("anbieter-b", "b-kurs")).0, 401);
    assert_eq!(
        send(addr, "PUT", "/api/v1/offers/b-kurs", &[("Authorization", &a), json], &offer("anbieter-a", "b-kurs")).0,
        403
    );
    assert_eq!(send(addr, "DELETE", "/api/v1/offers/b-kurs", &[("Authorization", &a)], "").0, 403);
    assert_eq!(
        send(addr, "PUT", "/api/v1/offers/a-kurs", &[("Authorization", &a), json], &offer("anbieter-b", "a-kurs")).0,
        403
    );
    assert_eq!(
        send(addr, "PUT", "/api/v1/offers/a-kurs", &[("Authorization", &a), json], &offer("anbieter-a", "a-kurs")).0,
        201
    );

    let sign_in = |email: &str| {
        let form = format!("email={}&password=ein+langes+Passwort", email.replace('@', "%40"));
        let (status, head, _) = send(addr, "POST", "/de/provider/login", &[FORM, ORIGIN], &form);
        assert_eq!(status, 303, "{email} signs in");
        head.lines().find_map(|l| l.strip_prefix("set-cookie: ")).unwrap().split(';').next().unwrap().to_owned()
    };
    let cookie_a = sign_in("anbieter-a@example.org");
    let cookie_admin = sign_in("admin@example.org");
    let page = |cookie: &str, path: &str| send(addr, "GET", path, &[("Cookie", cookie)], "").0;
    assert_eq!(page(&cookie_a, "/de/provider/offers/a-kurs"), 200);
    assert_eq!(page(&cookie_a, "/de/provider/offers/b-kurs"), 403);
    assert_eq!(page(&cookie_a, "/de/provider/offers/b-kurs/history"), 403);
    assert_eq!(page(&cookie_a, "/de/provider/moderation"), 403);
    assert_eq!(page(&cookie_a, "/de/provider/accounts"), 403);
    assert_eq!(page(&cookie_admin, "/de/provider/offers/b-kurs/history"), 200);
    assert_eq!(page(&cookie_admin, "/de/provider/accounts"), 200);
    assert_eq!(page("", "/de/provider/offers/a-kurs"), 303, "anonymous visitors are sent to sign in");
    let wrong =
        send(addr, "POST", "/de/provider/login", &[FORM, ORIGIN], "email=anbieter-a%40example.org&password=falsch");
    assert_eq!(wrong.0, 401);
}
