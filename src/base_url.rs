//! The site's public address, from which canonical links, calendar ids and the sitemap are
//! built. It is configuration, not request data: a proxy's `Host` header is never trusted.
//! May import: nothing.

use std::fmt;
use std::str::FromStr;

/// An absolute `http(s)://` address without a trailing `/`, e.g. `https://wegweiser.kreis-unna.de`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BaseUrl {
    text: String,
    host: String,
    /// Scheme, host and port, as a browser's `Origin` header names the site.
    origin: String,
}

impl BaseUrl {
    /// The absolute URL of `path`, which starts with `/`.
    pub fn join(&self, path: &str) -> String {
        format!("{}{path}", self.text)
    }

    /// The host name, used to make calendar UIDs globally unique.
    pub fn host(&self) -> &str {
        &self.host
    }

    /// `scheme://host[:port]`: what a browser sends as `Origin` from the site's own pages.
    pub fn origin(&self) -> &str {
        &self.origin
    }
}

impl Default for BaseUrl {
    fn default() -> Self {
        let text = "http://127.0.0.1:8080".to_owned();
        BaseUrl { origin: text.clone(), text, host: "127.0.0.1".to_owned() }
    }
}

impl FromStr for BaseUrl {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let problem = |why: &str| format!("`{text}` is not a base URL: {why} (e.g. https://wegweiser.example.org)");
        let url = url::Url::parse(text.trim()).map_err(|e| problem(&e.to_string()))?;
        if !matches!(url.scheme(), "http" | "https") {
            return Err(problem("it must start with http:// or https://"));
        }
        let host = url.host_str().ok_or_else(|| problem("it has no host"))?.to_owned();
        if url.query().is_some() || url.fragment().is_some() {
            return Err(problem("it must not have a query or fragment"));
        }
        let text = url.as_str().trim_end_matches('/').to_owned();
        let origin = url.origin().ascii_serialization();
        Ok(BaseUrl { text, host, origin })
    }
}

impl fmt::Display for BaseUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joins_paths_without_doubling_the_slash() {
        let base: BaseUrl = "https://wegweiser.example.org/".parse().unwrap();
        assert_eq!(base.join("/de/"), "https://wegweiser.example.org/de/");
        assert_eq!(base.host(), "wegweiser.example.org");
        let below: BaseUrl = "https://example.org/wegweiser".parse().unwrap();
        assert_eq!(below.join("/sitemap.xml"), "https://example.org/wegweiser/sitemap.xml");
    }

    #[test]
    fn the_default_matches_the_default_bind_address() {
        assert_eq!(BaseUrl::default(), "http://127.0.0.1:8080".parse().unwrap());
    }

    #[test]
    fn rejects_what_cannot_prefix_a_path() {
        for bad in ["", "wegweiser.de", "ftp://example.org", "https://example.org/?a=1", "https://example.org/#x"] {
            assert!(bad.parse::<BaseUrl>().is_err(), "{bad:?}");
        }
    }
}
