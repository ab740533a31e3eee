//! The app icon of the kiosk and the interviewer's list (installed on a
//! tablet or a phone), drawn here: no image file to fetch at build time.

/// The brand colour, as in the style sheet.
const BRAND: [u8; 3] = [0x0b, 0x5c, 0xad];

/// A square icon of `side` pixels: a white check mark on the brand colour.
pub fn icon(side: u32) -> Vec<u8> {
    let s = side as f32;
    // The mark: two strokes, from (0.28, 0.52) to (0.44, 0.68) to (0.74, 0.34).
    let strokes = [
        ((0.28 * s, 0.52 * s), (0.44 * s, 0.68 * s)),
        ((0.44 * s, 0.68 * s), (0.74 * s, 0.34 * s)),
    ];
    let width = 0.07 * s;
    let near = |x: f32, y: f32| {
        strokes.iter().any(|&((ax, ay), (bx, by))| {
            let (dx, dy) = (bx - ax, by - ay);
            let t = (((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)).clamp(0.0, 1.0);
            let (px, py) = (ax + t * dx - x, ay + t * dy - y);
            px * px + py * py <= width * width
        })
    };
    let mut pixels = Vec::with_capacity((side * side * 3) as usize);
    for y in 0..side {
        for x in 0..side {
            if near(x as f32 + 0.5, y as f32 + 0.5) {
                pixels.extend_from_slice(&[255, 255, 255]);
            } else {
                pixels.extend_from_slice(&BRAND);
            }
        }
    }
    let mut out = Vec::new();
    {
        let mut encoder = png::Encoder::new(&mut out, side, side);
        encoder.set_color(png::ColorType::Rgb);
        encoder.set_depth(png::BitDepth::Eight);
        let mut writer = encoder.write_header().expect("a PNG header");
        writer.write_image_data(&pixels).expect("the pixels fit");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn icons_are_pngs_of_their_size() {
        for side in [192, 512] {
            let bytes = icon(side);
            assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n");
            let decoder = png::Decoder::new(std::io::Cursor::new(bytes));
            let reader = decoder.read_info().unwrap();
            assert_eq!((reader.info().width, reader.info().height), (side, side));
        }
    }
}
