//! QR codes for survey links, as SVG (for print and the poster) and PNG
//! (for word processors and chat apps). The encoder is the `qrcode` crate;
//! the PNG is written with the `png` crate from its modules.

use qrcode::render::svg;
use qrcode::{Color, EcLevel, QrCode};

/// Quiet zone around the code, in modules (the standard asks for four).
const QUIET: usize = 4;

fn code(url: &str) -> Result<QrCode, String> {
    // Level M survives a smudge or a fold in a printed poster.
    QrCode::with_error_correction_level(url.as_bytes(), EcLevel::M)
        .map_err(|e| format!("cannot encode {url}: {e}"))
}

/// The QR code of `url` as a standalone SVG document.
pub fn svg(url: &str) -> Result<String, String> {
    Ok(code(url)?
        .render::<svg::Color<'_>>()
        .min_dimensions(240, 240)
        .quiet_zone(true)
        .dark_color(svg::Color("#000000"))
        .light_color(svg::Color("#ffffff"))
        .build())
}

/// The QR code of `url` as a greyscale PNG, `scale` pixels per module.
pub fn png(url: &str, scale: usize) -> Result<Vec<u8>, String> {
    let qr = code(url)?;
    let width = qr.width();
    let colors = qr.to_colors();
    let side = (width + 2 * QUIET) * scale;
    let mut pixels = vec![255u8; side * side];
    for (i, c) in colors.iter().enumerate() {
        if *c == Color::Dark {
            let (x, y) = ((i % width + QUIET) * scale, (i / width + QUIET) * scale);
            for row in y..y + scale {
                pixels[row * side + x..row * side + x + scale].fill(0);
            }
        }
    }
    let mut out = Vec::new();
    {
        let mut encoder = png::Encoder::new(&mut out, side as u32, side as u32);
        encoder.set_color(png::ColorType::Grayscale);
        encoder.set_depth(png::BitDepth::Eight);
        let mut writer = encoder.write_header().map_err(|e| e.to_string())?;
        writer
            .write_image_data(&pixels)
            .map_err(|e| e.to_string())?;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn svg_and_png_encode_the_link() {
        let url = "https://survei.example.go.id/s/demo?u=dukcapil";
        let s = svg(url).unwrap();
        assert!(s.starts_with("<?xml") && s.contains("<svg"));
        let p = png(url, 8).unwrap();
        assert_eq!(&p[1..4], b"PNG");
        let decoder = png::Decoder::new(std::io::Cursor::new(p));
        let reader = decoder.read_info().unwrap();
        let info = reader.info();
        assert_eq!(info.width, info.height);
        let modules = info.width as usize / 8 - 2 * QUIET;
        assert_eq!(modules, code(url).unwrap().width());
    }
}
