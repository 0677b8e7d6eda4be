//! QR codes drawn on the server as inline SVG: a phone's camera app opens the link, no scanner
//! in the page and no image request.

use qrcode::QrCode;
use qrcode::render::svg;

/// The QR code of `text` as an `<svg>` element with `label` as its accessible name (the XML
/// prolog, which HTML does not take, left out). None when the text is too long for a QR code.
pub fn svg(text: &str, label: &str) -> Option<String> {
    let code = QrCode::new(text.as_bytes()).ok()?;
    let drawn = code.render::<svg::Color>().min_dimensions(200, 200).build();
    let element = &drawn[drawn.find("<svg")?..];
    let label = label.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;");
    Some(element.replacen("<svg", &format!("<svg role=\"img\" aria-label=\"{label}\""), 1))
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_join_link_becomes_an_inline_svg_with_a_name() {
        let drawn = super::svg("https://treffpunkt.example.org/join?code=KALK7Q3M", "Code <KALK>").unwrap();
        assert!(drawn.starts_with("<svg role=\"img\" aria-label=\"Code &lt;KALK>\""));
        assert!(drawn.ends_with("</svg>") && !drawn.contains("<?xml"));
    }
}
