use std::sync::{Arc, LazyLock};

use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode};
use http_body_util::BodyExt;
use tower::ServiceExt;
use wegweiser::directory::Directory;
use wegweiser::{AppState, app};

/// The bundled offers in memory, shared by every read-only test.
static SEEDED: LazyLock<Arc<Directory>> = LazyLock::new(|| {
    let directory = Directory::in_memory().expect("an in-memory directory opens");
    directory.seed_if_empty().expect("the seed offers load");
    Arc::new(directory)
});

pub fn seeded() -> Arc<Directory> {
    SEEDED.clone()
}

/// The day every date-dependent test lives on: the seed offers' dates are judged against it, so
/// no test starts failing when the real calendar moves past them.
pub const TODAY: &str = "2026-11-20";

pub fn today() -> wegweiser::domain::Day {
    TODAY.parse().expect("a valid day")
}

/// A clock stopped at `TODAY`.
pub fn clock() -> wegweiser::domain::Clock {
    wegweiser::domain::Clock::Fixed(today())
}

/// The public address the in-process site believes it has.
pub const BASE_URL: &str = "https://wegweiser.example.org";

pub struct Response {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: String,
}

impl Response {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }

    pub fn html(&self) -> scraper::Html {
        scraper::Html::parse_document(&self.body)
    }

    /// The trimmed texts of every element matching `selector`.
    pub fn texts(&self, selector: &str) -> Vec<String> {
        let selector = scraper::Selector::parse(selector).expect("a valid selector");
        self.html().select(&selector).map(|e| e.text().collect::<String>().trim().to_owned()).collect()
    }

    pub fn attrs(&self, selector: &str, attr: &str) -> Vec<String> {
        let selector = scraper::Selector::parse(selector).expect("a valid selector");
        self.html().select(&selector).filter_map(|e| e.value().attr(attr).map(str::to_owned)).collect()
    }
}

pub async fn get_from(directory: Arc<Directory>, uri: &str, headers: &[(&str, &str)]) -> Response {
    let mut request = Request::get(uri);
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let state = AppState::new(directory, false).with_base_url(BASE_URL.parse().expect("a valid base URL"));
    let response = app(state.with_clock(clock()))
        .oneshot(request.body(Body::empty()).expect("a valid request"))
        .await
        .expect("the router answers");
    let status = response.status();
    let headers = response.headers().clone();
    let bytes = response.into_body().collect().await.expect("a readable body").to_bytes();
    Response { status, headers, body: String::from_utf8_lossy(&bytes).into_owned() }
}

pub async fn get(uri: &str) -> Response {
    get_from(seeded(), uri, &[]).await
}

/// Percent-encodes a query value.
pub fn enc(text: &str) -> String {
    url::form_urlencoded::byte_serialize(text.as_bytes()).collect()
}

/// A minimal valid offer with the given id, in the import format.
pub fn offer_json(id: &str, title: &str) -> serde_json::Value {
    serde_json::json!({
        "id": id,
        "provider": {"id": "test-provider", "name": "Testanbieter"},
        "category": "language_course",
        "title": {"de": title},
        "locations": [{"city": "Unna", "postcode": "59423", "lat": 51.5349, "lon": 7.6899}],
    })
}

/// Two providers with a user and an API token each, and an admin, in a fresh directory.
pub struct Accounts {
    pub directory: Arc<Directory>,
    pub token_a: String,
    pub token_b: String,
}

pub const PASSWORD: &str = "ein langes Passwort";

pub fn accounts() -> Accounts {
    use wegweiser::auth::{hash_password, hash_secret};
    let directory = Arc::new(Directory::in_memory().expect("an in-memory directory opens"));
    let store = &directory;
    let hash = hash_password(PASSWORD).expect("hashing works");
    for (provider, name) in [("anbieter-a", "Anbieter A"), ("anbieter-b", "Anbieter B")] {
        let id = provider.parse().expect("a valid provider id");
        store.add_provider(&id, name).unwrap();
        store.add_user(&format!("{provider}@example.org"), Some(&id), false, &hash).unwrap();
        store
            .create_token(&format!("{provider}-token"), &id, None, &hash_secret(&format!("secret-{provider}")))
            .unwrap();
    }
    store.add_user("admin@example.org", None, true, &hash).unwrap();
    Accounts { directory, token_a: "secret-anbieter-a".into(), token_b: "secret-anbieter-b".into() }
}

/// An offer of `provider` in the import format.
pub fn offer_of(provider: &str, id: &str, title: &str) -> serde_json::Value {
    let mut offer = offer_json(id, title);
    offer["provider"] = serde_json::json!({"id": provider, "name": provider});
    offer
}

/// Sends any request to the app and reads the answer.
pub async fn send(state: AppState, request: Request<Body>) -> Response {
    let response = app(state).oneshot(request).await.expect("the router answers");
    let status = response.status();
    let headers = response.headers().clone();
    let bytes = response.into_body().collect().await.expect("a readable body").to_bytes();
    Response { status, headers, body: String::from_utf8_lossy(&bytes).into_owned() }
}

/// The real binary with its store and index in `dir`, logging at info.
pub fn wegweiser(dir: &std::path::Path, args: &[&str]) -> std::process::Command {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_wegweiser"));
    command.arg("--data").arg(dir.join("data")).arg("--index").arg(dir.join("index")).args(args);
    command.env("RUST_LOG", "info");
    command
}

/// The real server on port 0, killed when dropped.
pub struct Server {
    pub child: std::process::Child,
    /// `127.0.0.1:PORT`
    pub addr: String,
}

impl Server {
    /// Starts `wegweiser serve` in `dir` (with `command`'s extra settings) and waits until it
    /// says where it listens.
    pub fn start(mut command: std::process::Command) -> Server {
        use std::io::BufRead;
        let mut child = command
            .args(["serve", "--bind", "127.0.0.1:0"])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("the server starts");
        let stderr = child.stderr.take().expect("stderr is piped");
        let mut lines = std::io::BufReader::new(stderr).lines();
        let addr = lines
            .by_ref()
            .map_while(Result::ok)
            .find_map(|line| line.split("serving on http://").nth(1).map(str::to_owned))
            .expect("the server says where it listens");
        // Keep draining the log so the server never blocks on a full pipe.
        std::thread::spawn(move || lines.for_each(drop));
        Server { child, addr }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A plain GET over a socket: the whole answer, head and body.
pub fn http_get(addr: &str, path: &str) -> String {
    use std::io::{Read, Write};
    let mut stream = std::net::TcpStream::connect(addr).expect("the server accepts");
    write!(stream, "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n").unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    response
}

/// The JSON body of a `/healthz` answer from a real server.
pub fn health_of(addr: &str) -> serde_json::Value {
    let response = http_get(addr, "/healthz");
    serde_json::from_str(response.split("\r\n\r\n").nth(1).unwrap_or_default()).expect("health is JSON")
}
