use std::fmt::Write;

use maud::{Markup, PreEscaped};
use qrcode::{Color, QrCode};

/// The light margin a scanner needs around the code, in modules.
const QUIET_ZONE: usize = 4;

/// A QR code of `url` as inline SVG, for print: black on white whatever the colour scheme, one
/// path with a rectangle per run of dark modules (a few kB). Hidden from screen readers; the URL
/// is printed beside it. Empty if the URL is too long to encode, which no page URL is.
pub fn qr_code(url: &str) -> Markup {
    let Ok(code) = QrCode::new(url.as_bytes()) else {
        return PreEscaped(String::new());
    };
    let width = code.width();
    let size = width + 2 * QUIET_ZONE;
    let mut path = String::new();
    for (y, row) in code.to_colors().chunks(width).enumerate() {
        let mut x = 0;
        while x < width {
            let run = row[x..].iter().take_while(|c| **c == Color::Dark).count();
            if run > 0 {
                let _ = write!(path, "M{} {}h{run}v1h-{run}z", x + QUIET_ZONE, y + QUIET_ZONE);
            }
            x += run.max(1);
        }
    }
    PreEscaped(format!(
        "<svg class=\"qr-code\" aria-hidden=\"true\" focusable=\"false\" xmlns=\"http://www.w3.org/2000/svg\" \
         viewBox=\"0 0 {size} {size}\" shape-rendering=\"crispEdges\"><rect width=\"{size}\" height=\"{size}\" \
         fill=\"#fff\"/><path fill=\"#000\" d=\"{path}\"/></svg>"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_one_inline_svg_path_of_the_dark_modules() {
        let svg = qr_code("https://wegweiser.example.org/ar/offers/vhs-unna-integrationskurs").into_string();
        assert!(svg.starts_with("<svg class=\"qr-code\" aria-hidden=\"true\""), "{svg}");
        assert!(svg.ends_with("</svg>") && svg.matches("<path").count() == 1);
        assert!(!svg.contains("style="), "the page's CSP forbids inline styles");
        assert!(svg.len() < 6000, "{} bytes", svg.len());
        // Every code starts with its finder pattern: seven dark modules in the first row.
        assert!(svg.contains("M4 4h7v1h-7z"), "{svg}");
    }
}
