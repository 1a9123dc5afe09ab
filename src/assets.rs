//! Static files, built into the binary and served under a name that carries their content
//! hash, so browsers may keep them for a year.
//! May import: nothing.

use std::hash::{DefaultHasher, Hash, Hasher};
use std::sync::LazyLock;

pub struct Asset {
    pub url: String,
    pub content_type: &'static str,
    pub body: &'static str,
}

fn asset(stem: &str, extension: &str, content_type: &'static str, body: &'static str) -> Asset {
    let mut hasher = DefaultHasher::new();
    body.hash(&mut hasher);
    let hash = hasher.finish() & 0xffff_ffff;
    Asset { url: format!("/static/{stem}.{hash:08x}.{extension}"), content_type, body }
}

pub static STYLESHEET: LazyLock<Asset> =
    LazyLock::new(|| asset("style", "css", "text/css; charset=utf-8", include_str!("../static/style.css")));
pub static ICON: LazyLock<Asset> =
    LazyLock::new(|| asset("icon", "svg", "image/svg+xml", include_str!("../static/icon.svg")));
/// Optional help for browsers that run it: offline use and reading aloud.
pub static SCRIPT: LazyLock<Asset> =
    LazyLock::new(|| asset("app", "js", "text/javascript; charset=utf-8", include_str!("../static/app.js")));

/// The service worker, served under a fixed name at the root (its address is its scope).
pub const SERVICE_WORKER: &str = include_str!("../static/sw.js");

/// The asset served at `path`, if any.
pub fn find(path: &str) -> Option<&'static Asset> {
    [&*STYLESHEET, &*ICON, &*SCRIPT].into_iter().find(|asset| asset.url == path)
}
