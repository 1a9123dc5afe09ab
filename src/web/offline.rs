//! Installing the site and using it offline: the web app manifest, the service worker and the
//! page it shows for what was not kept.

use axum::extract::Path;
use axum::http::{HeaderMap, header};
use axum::response::{IntoResponse, Response};
use serde_json::json;

use super::negotiate::ui_chrome;
use super::pages::{PageResult, ui_lang, with_lang_cookie};
use crate::assets::{ICON, SERVICE_WORKER};
use crate::domain::Lang;
use crate::i18n::Translator;
use crate::views::error_page;

/// `/manifest.webmanifest`: what a phone needs to put the site on its home screen.
pub async fn manifest() -> Response {
    let t = Translator::new(Lang::De);
    let manifest = json!({
        "name": format!("{} {}", t.t("site-name"), t.t("site-district")),
        "short_name": t.t("site-name"),
        "start_url": "/",
        "scope": "/",
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": "#0b5cad",
        "icons": [{"src": ICON.url, "sizes": "any", "type": "image/svg+xml", "purpose": "any"}],
    });
    ([(header::CONTENT_TYPE, "application/manifest+json")], manifest.to_string()).into_response()
}

/// `/sw.js`: served from the root so that it may keep pages of every language; never cached
/// long, so that a new version reaches phones.
pub async fn service_worker() -> Response {
    ([(header::CONTENT_TYPE, "text/javascript; charset=utf-8"), (header::CACHE_CONTROL, "no-cache")], SERVICE_WORKER)
        .into_response()
}

/// `/{ui}/offline`: what the service worker shows for a page it did not keep.
pub async fn offline_page(Path(ui): Path<String>, headers: HeaderMap) -> PageResult {
    let lang = ui_lang(&ui, &headers)?;
    let chrome = ui_chrome(lang, "/offline", None);
    Ok(with_lang_cookie(lang, error_page(&chrome, "offline-heading", "offline-text", &[])))
}
