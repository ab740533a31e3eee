//! What a new password must be: ten characters or more, not on the list of
//! common passwords shipped with the server, not one character repeated, a
//! short pattern repeated or a simple sequence, and not the account's
//! e-mail address (or its part before `@`). Checked wherever a password is
//! set: `persepsi user create` and the change-password page.
//!
//! The list is server-side only (it never reaches the browser's bundle),
//! so the rule lives here rather than in `app::domain`.

use std::collections::HashSet;
use std::sync::LazyLock;

/// Shortest password accepted.
pub const MIN_PASSWORD: usize = 10;
/// Longest password accepted, in bytes (hashing has a cost).
pub const MAX_PASSWORD: usize = 1000;

static COMMON: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    include_str!("common-passwords.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
});

/// Why a new password is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Weak {
    /// Under [`MIN_PASSWORD`] characters (or over [`MAX_PASSWORD`] bytes).
    Length,
    /// Common, repeated or a sequence: guessed early by anyone trying.
    Guessable,
    /// The account's e-mail address, or its part before `@`.
    Email,
}

/// Checks a new password for the account `email`.
pub fn check(password: &str, email: &str) -> Result<(), Weak> {
    if password.chars().count() < MIN_PASSWORD || password.len() > MAX_PASSWORD {
        return Err(Weak::Length);
    }
    let lower = password.trim().to_lowercase();
    let email = email.trim().to_lowercase();
    let local = email.split('@').next().unwrap_or_default();
    if lower == email || (!local.is_empty() && lower == local) {
        return Err(Weak::Email);
    }
    if COMMON.contains(lower.as_str()) || repeats(&lower) || is_sequence(&lower) {
        return Err(Weak::Guessable);
    }
    Ok(())
}

/// A unit of one to four characters repeated (`aaaaaaaaaa`, `abcabcabca`,
/// `1212121212`).
fn repeats(s: &str) -> bool {
    let chars: Vec<char> = s.chars().collect();
    (1..=4).any(|unit| {
        chars.len() > unit && chars.iter().enumerate().all(|(i, c)| *c == chars[i % unit])
    })
}

/// Each character one after or one before the last (`abcdefghij`,
/// `0123456789`, `9876543210`).
fn is_sequence(s: &str) -> bool {
    let codes: Vec<i64> = s.chars().map(|c| i64::from(u32::from(c))).collect();
    let steps: Vec<i64> = codes.windows(2).map(|w| w[1] - w[0]).collect();
    steps.iter().all(|d| *d == 1) || steps.iter().all(|d| *d == -1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weak_passwords_are_refused_and_strong_ones_pass() {
        let email = "penilai.bali@uji.id";
        for (password, why) in [
            ("pendek", Weak::Length),
            ("aaaaaaaaaa", Weak::Guessable),
            ("abcabcabcabc", Weak::Guessable),
            ("1212121212", Weak::Guessable),
            ("abcdefghijk", Weak::Guessable),
            ("9876543210", Weak::Guessable),
            ("Password123", Weak::Guessable),
            ("QWERTYUIOP", Weak::Guessable),
            ("indonesia123", Weak::Guessable),
            ("Penilai.Bali@uji.id", Weak::Email),
            ("penilai.bali", Weak::Email),
        ] {
            assert_eq!(check(password, email), Err(why), "{password}");
        }
        for good in [
            "kata-sandi-uji-123",
            "Kopi tubruk di Semarapura",
            "k3l1nci-m3rah",
        ] {
            assert_eq!(check(good, email), Ok(()), "{good}");
        }
        assert!(COMMON.len() > 3000, "the list is there: {}", COMMON.len());
    }
}
