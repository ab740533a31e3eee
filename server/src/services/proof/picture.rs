//! A photo as it is kept: decoded by its content (JPEG, PNG or WebP only,
//! whatever its name or declared type), turned upright by its EXIF
//! orientation, shrunk and encoded again as JPEG. Encoding anew keeps the
//! pixels only: EXIF (with any GPS position), XMP, ICC profiles and
//! comments are left behind. Decoding is bounded in size and memory, so a
//! small file that unpacks to a huge picture is refused.

use image::codecs::jpeg::JpegEncoder;
use image::{DynamicImage, ImageDecoder, ImageFormat, ImageReader, Limits};
use std::io::Cursor;

/// Largest width or height a photo may have.
pub const MAX_SIDE: u32 = 12_000;
/// Most memory one decode may take, in bytes.
pub const MAX_ALLOC: u64 = 256 * 1024 * 1024;
/// Longest side of a kept picture, in pixels.
pub const KEPT_SIDE: u32 = 1_600;
/// Largest kept picture, in bytes.
pub const KEPT_BYTES: usize = 400 * 1024;

/// Why a file is not kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refused {
    /// Not a JPEG, PNG or WebP picture.
    NotImage,
    /// Wider or taller than [`MAX_SIDE`], or it would take too much memory.
    TooLarge,
    /// It claims to be a picture but cannot be decoded.
    Unreadable,
}

/// A picture ready to keep: JPEG bytes without metadata.
#[derive(Clone, Debug)]
pub struct Kept {
    /// The JPEG.
    pub jpeg: Vec<u8>,
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
}

/// Decodes `bytes` and encodes them again as a picture to keep. Slow (tens
/// of milliseconds to seconds): call it off the async threads.
pub fn process(bytes: &[u8]) -> Result<Kept, Refused> {
    let reader = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|_| Refused::Unreadable)?;
    match reader.format() {
        Some(ImageFormat::Jpeg | ImageFormat::Png | ImageFormat::WebP) => {}
        _ => return Err(Refused::NotImage),
    }
    let mut reader = reader;
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(MAX_ALLOC);
    reader.limits(limits);
    let mut decoder = reader.into_decoder().map_err(refusal)?;
    // The decoder checks the sides; the memory the pixels need is checked
    // here, before any is taken.
    if decoder.total_bytes() > MAX_ALLOC {
        return Err(Refused::TooLarge);
    }
    let orientation = decoder.orientation().ok();
    let mut picture = DynamicImage::from_decoder(decoder).map_err(refusal)?;
    if let Some(o) = orientation {
        picture.apply_orientation(o);
    }
    if picture.width().max(picture.height()) > KEPT_SIDE {
        picture = picture.resize(KEPT_SIDE, KEPT_SIDE, image::imageops::FilterType::Triangle);
    }
    // JPEG has no alpha: flatten to RGB.
    let rgb = DynamicImage::ImageRgb8(picture.to_rgb8());
    encode_within(&rgb, KEPT_BYTES)
}

/// The JPEG of `picture` at the highest quality that fits in `max`
/// bytes (shrinking it further when even a low quality does not).
fn encode_within(picture: &DynamicImage, max: usize) -> Result<Kept, Refused> {
    let mut current = picture.clone();
    loop {
        for quality in [85u8, 75, 65, 55, 45, 35] {
            let mut out = Vec::new();
            current
                .write_with_encoder(JpegEncoder::new_with_quality(&mut out, quality))
                .map_err(|_| Refused::Unreadable)?;
            if out.len() <= max {
                return Ok(Kept {
                    jpeg: out,
                    width: current.width(),
                    height: current.height(),
                });
            }
        }
        let (w, h) = (current.width() * 3 / 4, current.height() * 3 / 4);
        if w < 16 || h < 16 {
            return Err(Refused::TooLarge);
        }
        current = current.resize(w, h, image::imageops::FilterType::Triangle);
    }
}

fn refusal(e: image::ImageError) -> Refused {
    match e {
        image::ImageError::Limits(_) => Refused::TooLarge,
        image::ImageError::Unsupported(_) => Refused::NotImage,
        _ => Refused::Unreadable,
    }
}

#[cfg(test)]
#[path = "picture_tests.rs"]
mod tests;
