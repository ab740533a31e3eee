//! The standard Helvetica (every PDF reader has it, nothing is embedded)
//! in the Windows-1252 ("WinAnsi") encoding: turning text into its bytes,
//! and measuring it to wrap lines and align figures. The widths are
//! Adobe's published metrics (thousandths of the font size) for codes 32
//! to 255.

/// Helvetica's widths, codes 32–255.
pub const REGULAR: [u16; 224] = [
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556,
    556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667,
    611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
    667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500,
    222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
    0, 556, 0, 222, 556, 333, 1000, 556, 556, 333, 1000, 667, 333, 1000, 0, 611, 0, 0, 222, 222,
    333, 333, 350, 556, 1000, 333, 1000, 500, 333, 944, 0, 500, 667, 278, 333, 556, 556, 556, 556,
    260, 556, 333, 737, 370, 556, 584, 333, 737, 333, 400, 584, 333, 333, 333, 578, 537, 278, 333,
    333, 365, 556, 834, 834, 834, 611, 667, 667, 667, 667, 667, 667, 1000, 722, 667, 667, 667, 667,
    278, 278, 278, 278, 722, 722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722, 722, 667, 667,
    611, 556, 556, 556, 556, 556, 556, 889, 500, 556, 556, 556, 556, 278, 278, 278, 278, 556, 556,
    556, 556, 556, 556, 556, 584, 611, 556, 556, 556, 556, 500, 556, 500,
];

/// Helvetica-Bold's widths, codes 32–255.
pub const BOLD: [u16; 224] = [
    278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556,
    556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667,
    611, 778, 722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
    667, 611, 333, 278, 333, 584, 556, 333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556,
    278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
    0, 556, 0, 278, 556, 500, 1000, 556, 556, 333, 1000, 667, 333, 1000, 0, 611, 0, 0, 278, 278,
    500, 500, 350, 556, 1000, 333, 1000, 556, 333, 944, 0, 500, 667, 278, 333, 556, 556, 556, 556,
    280, 556, 333, 737, 370, 556, 584, 333, 737, 333, 400, 584, 333, 333, 333, 611, 556, 278, 333,
    333, 365, 556, 834, 834, 834, 611, 722, 722, 722, 722, 722, 722, 1000, 722, 667, 667, 667, 667,
    278, 278, 278, 278, 722, 722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722, 722, 667, 667,
    611, 556, 556, 556, 556, 556, 556, 889, 556, 556, 556, 556, 556, 278, 278, 278, 278, 611, 611,
    611, 611, 611, 611, 611, 584, 611, 611, 611, 611, 611, 556, 611, 556,
];

/// Characters outside WinAnsi written with ones inside it.
const STAND_INS: &[(char, &str)] = &[
    ('≥', ">="),
    ('≤', "<="),
    ('\u{2009}', " "),
    ('\u{202f}', " "),
    ('\u{2212}', "-"),
    ('→', "->"),
];

/// WinAnsi's codes 128–159, by the character they stand for.
const HIGH: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}',
    '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
];

/// One character's code, or none outside WinAnsi.
fn code(c: char) -> Option<u8> {
    match c as u32 {
        0x20..=0x7e | 0xa0..=0xff => Some(c as u32 as u8),
        _ => HIGH
            .iter()
            .position(|h| *h == c)
            .filter(|i| ![1, 13, 15, 16, 29].contains(i))
            .map(|i| 0x80 + i as u8),
    }
}

/// `text` in WinAnsi bytes: tabs and line breaks as spaces, characters
/// it cannot show as a stand-in or "?".
pub fn encode(text: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    for c in text.chars() {
        if c.is_whitespace() && code(c).is_none() {
            out.push(b' ');
        } else if let Some(b) = code(c) {
            out.push(b);
        } else if let Some((_, s)) = STAND_INS.iter().find(|(k, _)| *k == c) {
            out.extend_from_slice(s.as_bytes());
        } else {
            out.push(b'?');
        }
    }
    out
}

/// The width of encoded `bytes` at `size` points.
pub fn width(bytes: &[u8], size: f32, bold: bool) -> f32 {
    let table = if bold { &BOLD } else { &REGULAR };
    let units: u32 = bytes
        .iter()
        .map(|b| u32::from(table[usize::from(b.saturating_sub(32))]))
        .sum();
    units as f32 * size / 1000.0
}

/// `text` broken into lines no wider than `max` points, between words
/// (a word wider than a line is cut).
pub fn wrap(text: &str, size: f32, bold: bool, max: f32) -> Vec<Vec<u8>> {
    let space = width(b" ", size, bold);
    let mut lines: Vec<Vec<u8>> = Vec::new();
    let mut line: Vec<u8> = Vec::new();
    let mut used = 0.0;
    for word in text.split_whitespace() {
        let mut w = encode(word);
        let mut ww = width(&w, size, bold);
        if !line.is_empty() && used + space + ww > max {
            lines.push(std::mem::take(&mut line));
            used = 0.0;
        }
        while ww > max && w.len() > 1 {
            // Cut a word too long for any line.
            let mut cut = w.len() - 1;
            while cut > 1 && width(&w[..cut], size, bold) > max {
                cut -= 1;
            }
            lines.push(w[..cut].to_vec());
            w = w[cut..].to_vec();
            ww = width(&w, size, bold);
        }
        if !line.is_empty() {
            line.push(b' ');
            used += space;
        }
        line.extend_from_slice(&w);
        used += ww;
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_indonesian_text_and_stand_ins() {
        assert_eq!(
            encode("Nilai 78,4 – baik"),
            b"Nilai 78,4 \x96 baik".to_vec()
        );
        assert_eq!(encode("≥ 88"), b">= 88".to_vec());
        assert_eq!(encode("café"), b"caf\xe9".to_vec());
        assert_eq!(encode("日本"), b"??".to_vec());
        assert_eq!(encode("a\nb"), b"a b".to_vec());
    }

    #[test]
    fn measures_with_helvetica_metrics() {
        // "Hello" in Helvetica: 722 + 556 + 222 + 222 + 556 = 2278.
        assert!((width(b"Hello", 10.0, false) - 22.78).abs() < 1e-3);
        assert!(width(b"Hello", 10.0, true) > width(b"Hello", 10.0, false));
    }

    #[test]
    fn wraps_between_words_and_cuts_long_words() {
        let lines = wrap("satu dua tiga empat lima enam", 10.0, false, 60.0);
        assert!(lines.len() > 1);
        for l in &lines {
            assert!(width(l, 10.0, false) <= 60.0);
        }
        let joined: Vec<u8> = lines.join(&b' ');
        assert_eq!(joined, b"satu dua tiga empat lima enam".to_vec());
        let long = wrap(&"x".repeat(200), 10.0, false, 50.0);
        assert!(long.len() > 3);
        assert!(long.iter().all(|l| width(l, 10.0, false) <= 50.0));
        assert_eq!(wrap("", 10.0, false, 50.0), vec![Vec::<u8>::new()]);
    }
}
