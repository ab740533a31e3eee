use super::*;

// The integration tests' picture maker, shared.
#[path = "../../../../tests/integration/support/photos.rs"]
mod photos;

#[test]
fn exif_and_its_gps_position_are_gone() {
    let sent = photos::jpeg_with_gps(64, 48, 1);
    assert!(photos::has_exif(&sent), "the test picture carries EXIF");
    let kept = process(&sent).expect("kept");
    assert!(!photos::has_exif(&kept.jpeg));
    assert_eq!(&kept.jpeg[..2], &[0xFF, 0xD8], "a JPEG");
}

#[test]
fn the_orientation_is_applied() {
    // Orientation 6: the camera was turned; the picture is shown rotated
    // a quarter turn, so a wide one becomes tall.
    let kept = process(&photos::jpeg_with_gps(80, 40, 6)).expect("kept");
    assert_eq!((kept.width, kept.height), (40, 80));
    assert_eq!(photos::dimensions(&kept.jpeg), (40, 80));
}

#[test]
fn a_png_is_kept_as_jpeg_and_large_ones_shrink() {
    let kept = process(&photos::encoded(2000, 1000, ImageFormat::Png)).expect("kept");
    assert_eq!((kept.width, kept.height), (1600, 800));
    assert!(kept.jpeg.len() <= KEPT_BYTES);
}

#[test]
fn text_is_not_a_picture() {
    assert_eq!(
        process(b"name,answer\nBudi,4\n").unwrap_err(),
        Refused::NotImage
    );
    assert_eq!(process(b"").unwrap_err(), Refused::NotImage);
}

#[test]
fn a_decompression_bomb_is_refused_before_decoding() {
    assert_eq!(
        process(&photos::png_bomb(13_000, 10)).unwrap_err(),
        Refused::TooLarge
    );
    assert_eq!(
        process(&photos::png_bomb(11_000, 11_000)).unwrap_err(),
        Refused::TooLarge
    );
}
