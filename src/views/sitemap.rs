use std::fmt::Write;

use super::layout::x_default;
use crate::base_url::BaseUrl;
use crate::domain::Lang;

/// A sitemap (sitemaps.org 0.9) of every home page and offer page in every UI language, each
/// URL with its language versions as `xhtml:link` alternates. `offers` are ids with the day
/// they were last confirmed.
pub fn sitemap(base: &BaseUrl, offers: &[(String, Option<String>)]) -> String {
    let mut xml = String::from(concat!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
        "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n"
    ));
    page_urls(&mut xml, base, "/", None);
    for (id, updated) in offers {
        page_urls(&mut xml, base, &format!("/offers/{id}"), updated.as_deref());
    }
    xml.push_str("</urlset>\n");
    xml
}

/// One `<url>` per UI language for the page at `here`.
fn page_urls(xml: &mut String, base: &BaseUrl, here: &str, updated: Option<&str>) {
    let url_in = |lang: Lang| escape(&base.join(&format!("/{lang}{here}")));
    for lang in Lang::ALL {
        let _ = write!(xml, "  <url>\n    <loc>{}</loc>\n", url_in(lang));
        if let Some(day) = updated {
            let _ = writeln!(xml, "    <lastmod>{}</lastmod>", escape(day));
        }
        for other in Lang::ALL {
            let _ =
                writeln!(xml, "    <xhtml:link rel=\"alternate\" hreflang=\"{other}\" href=\"{}\"/>", url_in(other));
        }
        let default = escape(&x_default(base, here));
        let _ = writeln!(xml, "    <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"{default}\"/>");
        xml.push_str("  </url>\n");
    }
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;").replace('\'', "&apos;")
}
