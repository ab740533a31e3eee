//! The change between two periods' scores, and whether it is more than
//! noise.

use super::estimate::Estimate;
use super::quantile::t_quantile_975;
use serde::{Deserialize, Serialize};

/// The change from one period's estimate to the next, with its own 95 %
/// interval (the two samples are independent respondents).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Change {
    /// Later score minus earlier score.
    pub delta: f64,
    /// 95 % interval of the change.
    pub ci: (f64, f64),
    /// Whether the interval excludes zero: a change, not noise.
    pub significant: bool,
}

/// The change between two estimates, when both have a score and an error.
pub fn change(earlier: &Estimate, later: &Estimate) -> Option<Change> {
    let (a, b) = (earlier.score?, later.score?);
    let se = (earlier.se?.powi(2) + later.se?.powi(2)).sqrt();
    let df = (earlier.n.min(later.n) as f64 - 1.0).max(1.0);
    let half = t_quantile_975(df) * se;
    let delta = b - a;
    let ci = (delta - half, delta + half);
    Some(Change {
        delta,
        ci,
        significant: ci.0 > 0.0 || ci.1 < 0.0,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_change_inside_the_noise_is_not_significant() {
        let e = |score, se, n| Estimate {
            n,
            score: Some(score),
            se: Some(se),
            sd: None,
            ci: None,
            items: vec![],
        };
        let small = change(&e(70.0, 3.0, 40), &e(72.0, 3.0, 40)).unwrap();
        assert!(!small.significant);
        let big = change(&e(50.0, 1.0, 200), &e(80.0, 1.0, 200)).unwrap();
        assert!(big.significant && big.ci.0 > 25.0);
    }
}
