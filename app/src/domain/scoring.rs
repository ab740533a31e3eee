//! The perception score: weighted mean of item means, converted to the
//! instrument's range (×25 maps 1–4 onto 25–100). "Not applicable" answers
//! are left out of an item's mean.

use super::instrument::Instrument;
use serde::{Deserialize, Serialize};

/// Count and sum of one item's scored answers.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ItemTally {
    /// The item's key.
    pub key: String,
    /// How many respondents gave a scored answer.
    pub n: u64,
    /// The sum of those answers.
    pub sum: i64,
}

/// One item's mean.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ItemMean {
    /// The item's key.
    pub key: String,
    /// Respondents who gave a scored answer.
    pub n: u64,
    /// Their mean answer, if any answered.
    pub mean: Option<f64>,
}

/// A survey's score.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Score {
    /// Responses counted.
    pub n: u64,
    /// The score, when at least one scored item has answers.
    pub score: Option<f64>,
    /// Every scored item, in instrument order.
    pub items: Vec<ItemMean>,
}

/// Computes the score from the number of responses and per-item tallies.
/// Items without any scored answer are left out of the weighted mean.
pub fn score(instrument: &Instrument, n: u64, tallies: &[ItemTally]) -> Score {
    let mut weighted = 0.0;
    let mut weights = 0.0;
    let items = instrument
        .scored_items()
        .map(|item| {
            let tally = tallies.iter().find(|t| t.key == item.key);
            let (n, mean) = match tally {
                Some(t) if t.n > 0 => (t.n, Some(t.sum as f64 / t.n as f64)),
                _ => (0, None),
            };
            if let Some(m) = mean {
                weighted += item.weight * m;
                weights += item.weight;
            }
            ItemMean {
                key: item.key.clone(),
                n,
                mean,
            }
        })
        .collect();
    let score = (weights > 0.0).then(|| weighted / weights * instrument.conversion);
    Score { n, score, items }
}

/// Rounds to two decimals, as scores are published.
pub fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::instrument::tests::sample;

    fn t(key: &str, n: u64, sum: i64) -> ItemTally {
        ItemTally {
            key: key.into(),
            n,
            sum,
        }
    }

    #[test]
    fn weighted_mean_of_item_means_times_conversion() {
        // a: answers 4, 2 and one "na" → mean 3 over n=2; b (weight 3): 1, 1, 4 → mean 2.
        let s = score(&sample(), 3, &[t("a", 2, 6), t("b", 3, 6)]);
        assert_eq!(s.items[0].mean, Some(3.0));
        assert_eq!(s.items[0].n, 2);
        // (1×3 + 3×2) / 4 × 25 = 56.25
        assert_eq!(s.score, Some(56.25));
        assert_eq!(s.n, 3);
    }

    #[test]
    fn an_item_nobody_scored_is_left_out() {
        let s = score(&sample(), 2, &[t("b", 2, 8)]);
        assert_eq!(s.items[0].mean, None);
        assert_eq!(s.score, Some(100.0));
    }

    #[test]
    fn no_answers_no_score() {
        let s = score(&sample(), 0, &[]);
        assert_eq!(s.score, None);
        assert_eq!(s.items.len(), 2);
    }

    #[test]
    fn rounding_to_two_decimals() {
        assert_eq!(round2(88.305_000_1), 88.31);
        assert_eq!(round2(76.604), 76.6);
    }
}
