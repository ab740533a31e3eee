//! A score and its uncertainty: from one tally by linearisation over
//! respondents ([`estimate`]), or as the unweighted mean of several
//! independent estimates ([`mean_of`]).

use super::quantile::t_quantile_975;
use super::scale::scale_bounds;
use super::tally::{Tally, pair_index};
use crate::domain::instrument::{Instrument, Item};
use serde::{Deserialize, Serialize};

/// A score with its uncertainty.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Estimate {
    /// Respondents counted.
    pub n: u64,
    /// The score, when anything was answered.
    pub score: Option<f64>,
    /// Standard error of the score.
    pub se: Option<f64>,
    /// Standard deviation of respondents' own scores.
    pub sd: Option<f64>,
    /// 95 % confidence interval, clipped to the scale.
    pub ci: Option<(f64, f64)>,
    /// Per scored item: key, answered, mean, standard deviation.
    pub items: Vec<ItemEstimate>,
}

/// One item's mean.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ItemEstimate {
    /// Item key.
    pub key: String,
    /// Respondents who gave a scored answer.
    pub n: u64,
    /// Mean answer.
    pub mean: Option<f64>,
    /// Standard deviation of the answers.
    pub sd: Option<f64>,
}

/// The score of a tally and its uncertainty.
pub fn estimate(instrument: &Instrument, tally: &Tally) -> Estimate {
    let scored: Vec<_> = instrument.scored_items().collect();
    let k = scored.len();
    assert_eq!(tally.items.len(), k, "tally made for this instrument");
    let c = instrument.conversion;
    let means: Vec<Option<f64>> = tally
        .items
        .iter()
        .map(|s| (s.n > 0).then(|| s.sum as f64 / s.n as f64))
        .collect();
    let items = item_estimates(&scored, tally, &means);
    let w: f64 = scored
        .iter()
        .zip(&means)
        .filter(|(_, m)| m.is_some())
        .map(|(i, _)| i.weight)
        .sum();
    if w <= 0.0 {
        return Estimate {
            n: tally.n,
            score: None,
            se: None,
            sd: None,
            ci: None,
            items,
        };
    }
    let score = scored
        .iter()
        .zip(&means)
        .filter_map(|(i, m)| m.map(|m| i.weight * m))
        .sum::<f64>()
        / w
        * c;
    let sum_z2 = sum_of_squared_z(&scored, tally, &means);
    let n = tally.n as f64;
    let (se, ci) = if tally.n >= 2 {
        let se = (c / w) * (n / (n - 1.0) * sum_z2.max(0.0)).sqrt();
        let half = t_quantile_975(n - 1.0) * se;
        let (lo, hi) = scale_bounds(instrument);
        (
            Some(se),
            Some(((score - half).max(lo), (score + half).min(hi))),
        )
    } else {
        (None, None)
    };
    Estimate {
        n: tally.n,
        score: Some(score),
        se,
        sd: sample_sd(tally.scored as f64, tally.score_sum, tally.score_sq),
        ci,
        items,
    }
}

/// Per scored item: key, answered, mean and standard deviation.
fn item_estimates(scored: &[&Item], tally: &Tally, means: &[Option<f64>]) -> Vec<ItemEstimate> {
    scored
        .iter()
        .zip(&tally.items)
        .zip(means)
        .map(|((item, s), m)| ItemEstimate {
            key: item.key.clone(),
            n: s.n,
            mean: *m,
            sd: sample_sd(s.n as f64, s.sum as f64, s.sq as f64),
        })
        .collect()
}

/// Σᵣ zᵣ² without the factor (c/W)², from the tally's per-item and
/// per-pair sums.
fn sum_of_squared_z(scored: &[&Item], tally: &Tally, means: &[Option<f64>]) -> f64 {
    let k = scored.len();
    // Σᵣ zᵣ² = (c/W)² Σᵢ Σⱼ wᵢwⱼ/(nᵢnⱼ) · Cᵢⱼ, Cᵢⱼ = Σᵣ aᵣᵢaᵣⱼ(yᵣᵢ − mᵢ)(yᵣⱼ − mⱼ).
    let coef: Vec<f64> = scored
        .iter()
        .zip(&tally.items)
        .map(|(i, s)| if s.n > 0 { i.weight / s.n as f64 } else { 0.0 })
        .collect();
    let mut sum_z2 = 0.0;
    for i in 0..k {
        let (Some(mi), s) = (means[i], tally.items[i]) else {
            continue;
        };
        let cii = s.sq as f64 - 2.0 * mi * s.sum as f64 + mi * mi * s.n as f64;
        sum_z2 += coef[i] * coef[i] * cii;
        for j in i + 1..k {
            let Some(mj) = means[j] else { continue };
            let p = tally.pairs[pair_index(k, i, j)];
            let cij =
                p.prod as f64 - mj * p.sum_i as f64 - mi * p.sum_j as f64 + mi * mj * p.n as f64;
            sum_z2 += 2.0 * coef[i] * coef[j] * cij;
        }
    }
    sum_z2
}

/// The unweighted mean of several estimates (e.g. an agency's unit scores:
/// each unit counts once). Units are independent samples, so the standard
/// error is √(Σ SEᵤ²) / k; the interval uses t with Σ(nᵤ − 1) degrees of
/// freedom. Per item: the mean of the units' item means.
pub fn mean_of(instrument: &Instrument, parts: &[Estimate]) -> Estimate {
    let scored: Vec<&Estimate> = parts.iter().filter(|e| e.score.is_some()).collect();
    let n = parts.iter().map(|e| e.n).sum();
    let items = instrument
        .scored_items()
        .enumerate()
        .map(|(i, item)| {
            let means: Vec<f64> = parts.iter().filter_map(|e| e.items.get(i)?.mean).collect();
            ItemEstimate {
                key: item.key.clone(),
                n: parts
                    .iter()
                    .filter_map(|e| e.items.get(i))
                    .map(|m| m.n)
                    .sum(),
                mean: (!means.is_empty()).then(|| means.iter().sum::<f64>() / means.len() as f64),
                sd: None,
            }
        })
        .collect();
    if scored.is_empty() {
        return Estimate {
            n,
            score: None,
            se: None,
            sd: None,
            ci: None,
            items,
        };
    }
    let k = scored.len() as f64;
    let score = scored.iter().filter_map(|e| e.score).sum::<f64>() / k;
    let se = scored
        .iter()
        .map(|e| e.se.map(|s| s * s))
        .sum::<Option<f64>>()
        .map(|v| v.sqrt() / k);
    let df: f64 = scored.iter().map(|e| e.n.saturating_sub(1) as f64).sum();
    let (lo, hi) = scale_bounds(instrument);
    let ci = se.filter(|_| df >= 1.0).map(|se| {
        let half = t_quantile_975(df) * se;
        ((score - half).max(lo), (score + half).min(hi))
    });
    Estimate {
        n,
        score: Some(score),
        se,
        sd: None,
        ci,
        items,
    }
}

/// The sample standard deviation from a count, a sum and a sum of squares.
fn sample_sd(n: f64, sum: f64, sq: f64) -> Option<f64> {
    (n >= 2.0).then(|| ((sq - sum * sum / n) / (n - 1.0)).max(0.0).sqrt())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::instrument::tests::sample;
    use crate::domain::stats::tally::tests::tally_of;

    #[test]
    fn the_score_is_the_weighted_mean_of_item_means() {
        // a: 4, 2 and one skipped → mean 3 over n = 2; b (weight 3): 1, 1, 4 → mean 2.
        let rows = [[Some(4), Some(1)], [Some(2), Some(1)], [None, Some(4)]];
        let e = estimate(&sample(), &tally_of(&rows));
        // (1×3 + 3×2) / 4 × 25 = 56.25
        assert_eq!(e.score, Some(56.25));
        assert_eq!(e.items[0].mean, Some(3.0));
        assert_eq!(e.items[0].n, 2);
        assert_eq!(e.n, 3);
    }

    #[test]
    fn an_item_nobody_scored_is_left_out_and_no_answers_no_score() {
        let e = estimate(&sample(), &tally_of(&[[None, Some(4)], [None, Some(4)]]));
        assert_eq!(e.items[0].mean, None);
        assert_eq!(e.score, Some(100.0));
        let none = estimate(&sample(), &tally_of(&[[None, None]]));
        assert_eq!((none.n, none.score, none.ci), (1, None, None));
    }

    #[test]
    fn the_mean_of_units_counts_each_unit_once() {
        let big = estimate(&sample(), &tally_of(&vec![[Some(4), Some(4)]; 90]));
        let small = estimate(
            &sample(),
            &tally_of(&[[Some(1), Some(1)], [Some(2), Some(1)]]),
        );
        let m = mean_of(&sample(), &[big.clone(), small.clone()]);
        assert_eq!(m.n, 92);
        let expected = (big.score.unwrap() + small.score.unwrap()) / 2.0;
        assert!((m.score.unwrap() - expected).abs() < 1e-9);
        let se = (big.se.unwrap().powi(2) + small.se.unwrap().powi(2)).sqrt() / 2.0;
        assert!((m.se.unwrap() - se).abs() < 1e-9);
        let (lo, hi) = m.ci.unwrap();
        assert!(lo < m.score.unwrap() && m.score.unwrap() < hi);
    }

    #[test]
    fn complete_answers_give_the_textbook_standard_error() {
        // Every respondent answers both items: the score is a mean of
        // respondents' own scores and the delta method is exact.
        let rows: Vec<[Option<i16>; 2]> = (0..40)
            .map(|r| [Some((r % 4 + 1) as i16), Some(((r / 4) % 4 + 1) as i16)])
            .collect();
        let t = tally_of(&rows);
        let e = estimate(&sample(), &t);
        let own: Vec<f64> = rows
            .iter()
            .map(|r| (f64::from(r[0].unwrap()) + 3.0 * f64::from(r[1].unwrap())) / 4.0 * 25.0)
            .collect();
        let n = own.len() as f64;
        let mean = own.iter().sum::<f64>() / n;
        let sd = (own.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / (n - 1.0)).sqrt();
        assert!((e.score.unwrap() - mean).abs() < 1e-9);
        assert!((e.sd.unwrap() - sd).abs() < 1e-9);
        assert!(
            (e.se.unwrap() - sd / n.sqrt()).abs() < 1e-9,
            "{:?} vs {}",
            e.se,
            sd / n.sqrt()
        );
        let (lo, hi) = e.ci.unwrap();
        assert!(lo < mean && mean < hi);
    }

    mod properties {
        use super::*;
        use crate::domain::stats::tally::tests::rows;
        use proptest::prelude::*;

        proptest! {
            #[test]
            fn the_score_and_its_interval_stay_on_the_scale(rows in rows(200)) {
                let e = estimate(&sample(), &tally_of(&rows));
                if let Some(s) = e.score {
                    prop_assert!((25.0..=100.0).contains(&s), "score {s}");
                    if let Some((lo, hi)) = e.ci {
                        prop_assert!(25.0 <= lo && lo <= s + 1e-9 && s - 1e-9 <= hi && hi <= 100.0,
                            "{lo} {s} {hi}");
                    }
                }
            }

            #[test]
            fn raising_an_answer_never_lowers_the_score(
                rows in rows(100), pick in any::<prop::sample::Index>(), item in 0usize..2
            ) {
                let before = estimate(&sample(), &tally_of(&rows)).score;
                let mut raised = rows.clone();
                let r = pick.index(raised.len());
                if let Some(v) = raised[r][item].filter(|v| *v < 4) {
                    raised[r][item] = Some(v + 1);
                }
                let after = estimate(&sample(), &tally_of(&raised)).score;
                prop_assert!(after.unwrap_or(0.0) >= before.unwrap_or(0.0) - 1e-9);
            }

            #[test]
            fn the_order_of_responses_does_not_matter(rows in rows(100), seed in any::<u64>()) {
                let mut shuffled = rows.clone();
                // A deterministic shuffle from the seed.
                let mut s = seed | 1;
                for i in (1..shuffled.len()).rev() {
                    s ^= s << 13; s ^= s >> 7; s ^= s << 17;
                    shuffled.swap(i, (s % (i as u64 + 1)) as usize);
                }
                let (a, b) = (estimate(&sample(), &tally_of(&rows)), estimate(&sample(), &tally_of(&shuffled)));
                prop_assert_eq!(a.n, b.n);
                match (a.score, b.score) {
                    (Some(x), Some(y)) => prop_assert!((x - y).abs() < 1e-9),
                    (x, y) => prop_assert_eq!(x, y),
                }
                match (a.se, b.se) {
                    (Some(x), Some(y)) => prop_assert!((x - y).abs() < 1e-9),
                    (x, y) => prop_assert_eq!(x, y),
                }
            }

            #[test]
            fn the_interval_narrows_as_the_sample_grows(rows in rows(60)) {
                let once = estimate(&sample(), &tally_of(&rows));
                let twice: Vec<_> = rows.iter().chain(rows.iter()).copied().collect();
                let more = estimate(&sample(), &tally_of(&twice));
                if let (Some((lo1, hi1)), Some((lo2, hi2)), Some(se)) = (once.ci, more.ci, once.se) {
                    prop_assume!(se > 1e-9);
                    prop_assert!(hi2 - lo2 < hi1 - lo1 + 1e-9, "{} !< {}", hi2 - lo2, hi1 - lo1);
                    prop_assert!((more.score.unwrap() - once.score.unwrap()).abs() < 1e-9);
                }
            }
        }
    }
}
