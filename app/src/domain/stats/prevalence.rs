//! Prevalence: the share of respondents who met something (a form of
//! maladministration), with a 95 % Wilson score interval. Wilson's
//! interval stays inside 0–1 and behaves with small samples and shares
//! near 0, where the textbook (Wald) interval collapses to a point.

use super::scale::round2;
use super::tally::Tally;
use serde::{Deserialize, Serialize};

/// z for a two-sided 95 % interval.
const Z95: f64 = 1.959_963_984_540_054;

/// A share with its interval, all in percent (two decimals).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Share {
    /// Respondents who met it.
    pub met: u64,
    /// Respondents who answered (1–4; "don't know" left out).
    pub n: u64,
    /// met ÷ n, in percent; `None` when nobody answered.
    pub percent: Option<f64>,
    /// The 95 % Wilson interval, in percent.
    pub ci: Option<(f64, f64)>,
}

/// The 95 % Wilson score interval of `met` out of `n`, as fractions.
pub fn wilson(met: u64, n: u64) -> Option<(f64, f64)> {
    if n == 0 || met > n {
        return None;
    }
    let (n, p) = (n as f64, met as f64 / n as f64);
    let z2 = Z95 * Z95;
    let denom = 1.0 + z2 / n;
    let centre = (p + z2 / (2.0 * n)) / denom;
    let half = Z95 / denom * (p * (1.0 - p) / n + z2 / (4.0 * n * n)).sqrt();
    Some(((centre - half).max(0.0), (centre + half).min(1.0)))
}

impl Share {
    /// The share of `met` out of `n`.
    pub fn of(met: u64, n: u64) -> Share {
        let percent = (n > 0).then(|| round2(100.0 * met as f64 / n as f64));
        let ci = wilson(met, n).map(|(lo, hi)| (round2(100.0 * lo), round2(100.0 * hi)));
        Share {
            met,
            n,
            percent,
            ci,
        }
    }
}

/// Per scored item of a tally, the share of respondents whose answer was
/// low (see [`super::tally::LOW_AT_MOST`]), in the instrument's item order.
pub fn prevalence(tally: &Tally) -> Vec<Share> {
    tally.items.iter().map(|i| Share::of(i.low, i.n)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wilson_matches_a_hand_computation() {
        // 3 of 30: p = 0.1, z² = 3.8415; centre = (0.1 + 0.064025)/1.128049
        // = 0.145406; half = 1.959964/1.128049 · √(0.003 + 0.001067)
        // = 1.737481 · 0.063772 = 0.110802 → 3.46 % to 25.62 %.
        let s = Share::of(3, 30);
        assert_eq!(s.percent, Some(10.0));
        let (lo, hi) = s.ci.unwrap();
        assert!((lo - 3.46).abs() <= 0.01, "{lo}");
        assert!((hi - 25.62).abs() <= 0.01, "{hi}");
    }

    #[test]
    fn none_met_still_has_an_upper_bound() {
        // 0 of 30: the interval is 0 to z²/(n + z²) = 3.8415/33.8415.
        let s = Share::of(0, 30);
        let (lo, hi) = s.ci.unwrap();
        assert_eq!(lo, 0.0);
        assert!((hi - 11.35).abs() <= 0.01, "{hi}");
        assert_eq!(Share::of(0, 0).ci, None);
        assert_eq!(Share::of(0, 0).percent, None);
    }

    #[test]
    fn all_met_reaches_one_hundred() {
        let s = Share::of(12, 12);
        assert_eq!(s.ci.unwrap().1, 100.0);
        assert!(s.ci.unwrap().0 > 70.0);
    }
}
