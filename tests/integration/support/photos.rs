//! Pictures for the proof tests, made here: a JPEG carrying an EXIF block
//! with an orientation and a GPS position (spliced in by hand, as a phone
//! writes it), a PNG, and a PNG whose header promises a huge picture.
// Shared with the server's unit tests of `services::proof::picture`;
// each uses part of it.
#![allow(dead_code)]

use image::{DynamicImage, ImageFormat, RgbImage};
use std::io::Cursor;

/// A `width`×`height` picture with some detail, encoded as `format`.
pub fn encoded(width: u32, height: u32, format: ImageFormat) -> Vec<u8> {
    let img = RgbImage::from_fn(width, height, |x, y| {
        image::Rgb([
            (x * 7 % 256) as u8,
            (y * 5 % 256) as u8,
            ((x + y) % 256) as u8,
        ])
    });
    let mut out = Cursor::new(Vec::new());
    DynamicImage::ImageRgb8(img)
        .write_to(&mut out, format)
        .expect("encodes");
    out.into_inner()
}

/// A JPEG with an EXIF block: orientation `orientation` and a GPS
/// latitude of 8°39′S (Bali).
pub fn jpeg_with_gps(width: u32, height: u32, orientation: u16) -> Vec<u8> {
    let jpeg = encoded(width, height, ImageFormat::Jpeg);
    let mut tiff: Vec<u8> = b"MM\0\x2a\0\0\0\x08".to_vec();
    let entry = |out: &mut Vec<u8>, tag: u16, kind: u16, count: u32, value: [u8; 4]| {
        out.extend(tag.to_be_bytes());
        out.extend(kind.to_be_bytes());
        out.extend(count.to_be_bytes());
        out.extend(value);
    };
    // IFD0 at 8: orientation, and where the GPS IFD is (38).
    tiff.extend(2u16.to_be_bytes());
    let o = orientation.to_be_bytes();
    entry(&mut tiff, 0x0112, 3, 1, [o[0], o[1], 0, 0]);
    entry(&mut tiff, 0x8825, 4, 1, 38u32.to_be_bytes());
    tiff.extend(0u32.to_be_bytes());
    // The GPS IFD at 38: latitude reference and latitude (at 68).
    tiff.extend(2u16.to_be_bytes());
    entry(&mut tiff, 0x0001, 2, 2, [b'S', 0, 0, 0]);
    entry(&mut tiff, 0x0002, 5, 3, 68u32.to_be_bytes());
    tiff.extend(0u32.to_be_bytes());
    for (num, den) in [(8u32, 1u32), (39, 1), (0, 1)] {
        tiff.extend(num.to_be_bytes());
        tiff.extend(den.to_be_bytes());
    }
    let mut app1 = vec![0xFF, 0xE1];
    app1.extend(((2 + 6 + tiff.len()) as u16).to_be_bytes());
    app1.extend(b"Exif\0\0");
    app1.extend(tiff);
    let mut out = jpeg[..2].to_vec();
    out.extend(app1);
    out.extend(&jpeg[2..]);
    out
}

/// Whether `bytes` carry an EXIF block (an APP1 marker or its name).
pub fn has_exif(bytes: &[u8]) -> bool {
    bytes.windows(2).any(|w| w == [0xFF, 0xE1]) || bytes.windows(4).any(|w| w == b"Exif")
}

/// The dimensions of an encoded picture.
pub fn dimensions(bytes: &[u8]) -> (u32, u32) {
    let img = image::load_from_memory(bytes).expect("decodes");
    (img.width(), img.height())
}

/// A PNG whose header says `width`×`height` RGBA, with no pixels after
/// it: a decoder that believed it would reserve the memory first.
pub fn png_bomb(width: u32, height: u32) -> Vec<u8> {
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut ihdr = Vec::new();
    ihdr.extend(width.to_be_bytes());
    ihdr.extend(height.to_be_bytes());
    ihdr.extend([8, 6, 0, 0, 0]);
    chunk(&mut out, b"IHDR", &ihdr);
    chunk(
        &mut out,
        b"IDAT",
        &[0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01],
    );
    chunk(&mut out, b"IEND", &[]);
    out
}

fn chunk(out: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
    out.extend((data.len() as u32).to_be_bytes());
    let mut crc_input = kind.to_vec();
    crc_input.extend(data);
    out.extend(crc_input.iter());
    out.extend(crc32(&crc_input).to_be_bytes());
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}
