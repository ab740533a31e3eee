//! Reading the compact text form of a tally: numbers separated by single
//! spaces, read straight from the bytes. A ranking reads tens of thousands
//! of these, so each number is parsed in the same pass that finds its end,
//! with nothing copied.

/// The numbers of a compact tally, one at a time. Any deviation from the
/// form (an empty number, a second space, a sign where none belongs, a
/// number too large) makes every reader return `None`.
pub(super) struct Numbers<'a> {
    /// What is left after the last number read; `None` once the text has
    /// ended.
    rest: Option<&'a [u8]>,
}

impl<'a> Numbers<'a> {
    pub(super) fn new(text: &'a str) -> Self {
        Numbers {
            rest: Some(text.as_bytes()),
        }
    }

    /// The next word as it is.
    pub(super) fn word(&mut self) -> Option<&'a [u8]> {
        let s = self.rest?;
        let end = s.iter().position(|&b| b == b' ').unwrap_or(s.len());
        self.skip(s, end)
    }

    /// Moves past the `len` bytes of `s` just read and the space after
    /// them; those bytes, unless there were none.
    fn skip(&mut self, s: &'a [u8], len: usize) -> Option<&'a [u8]> {
        if len == 0 {
            return None;
        }
        self.rest = if len == s.len() {
            None
        } else {
            Some(&s[len + 1..])
        };
        Some(&s[..len])
    }

    /// Digits from the start of `s` up to a space or the end, as a number.
    fn digits(s: &[u8]) -> Option<(u64, usize)> {
        let mut value: u64 = 0;
        let mut len = 0;
        for &b in s {
            if b == b' ' {
                break;
            }
            let d = b.wrapping_sub(b'0');
            if d > 9 {
                return None;
            }
            value = value.checked_mul(10)?.checked_add(u64::from(d))?;
            len += 1;
        }
        (len > 0).then_some((value, len))
    }

    /// The next number, a count.
    pub(super) fn count(&mut self) -> Option<u64> {
        let s = self.rest?;
        let (value, len) = Self::digits(s)?;
        self.skip(s, len)?;
        Some(value)
    }

    /// The next number, whole and perhaps negative.
    pub(super) fn whole(&mut self) -> Option<i64> {
        let s = self.rest?;
        let negative = s.first() == Some(&b'-');
        let (magnitude, len) = Self::digits(&s[usize::from(negative)..])?;
        let value = if negative {
            0i64.checked_sub_unsigned(magnitude)?
        } else {
            i64::try_from(magnitude).ok()?
        };
        self.skip(s, len + usize::from(negative))?;
        Some(value)
    }

    /// The next number, with a fraction.
    pub(super) fn real(&mut self) -> Option<f64> {
        std::str::from_utf8(self.word()?).ok()?.parse().ok()
    }

    /// Whether every number has been read.
    pub(super) fn finished(&self) -> bool {
        self.rest.is_none()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_read_exactly_and_anything_else_refused() {
        let mut n = Numbers::new("t2 0 18446744073709551615 -9223372036854775808 2.5");
        assert_eq!(n.word(), Some(&b"t2"[..]));
        assert_eq!(n.count(), Some(0));
        assert_eq!(n.count(), Some(u64::MAX));
        assert_eq!(n.whole(), Some(i64::MIN));
        assert_eq!(n.real(), Some(2.5));
        assert!(n.finished());
        assert_eq!(n.count(), None);
        for bad in ["18446744073709551616", "", " 1", "+1", "-1", "1a", "1.5"] {
            assert_eq!(Numbers::new(bad).count(), None, "{bad:?}");
        }
        for bad in [
            "9223372036854775808",
            "-9223372036854775809",
            "-",
            "--1",
            "+1",
        ] {
            assert_eq!(Numbers::new(bad).whole(), None, "{bad:?}");
        }
        let mut two_spaces = Numbers::new("1  2");
        assert_eq!(two_spaces.count(), Some(1));
        assert_eq!(two_spaces.count(), None);
        let mut trailing = Numbers::new("1 ");
        assert_eq!(trailing.count(), Some(1));
        assert!(!trailing.finished());
        assert_eq!(trailing.count(), None);
    }
}
