//! Uncertainty of a score, with respondents as the sampling units.
//!
//! A survey's score is a ratio estimator: S = c · Σᵢ wᵢ·mᵢ / Σᵢ wᵢ, where mᵢ
//! is the mean of item i over the respondents who answered it (not
//! applicable answers are left out). Because respondents skip different
//! items, items are not independent samples; the variance is therefore
//! found by linearisation (the delta method) over respondents:
//!
//!   zᵣ = c/W · Σᵢ wᵢ · aᵣᵢ·(yᵣᵢ − mᵢ) / nᵢ          (aᵣᵢ = 1 if r answered i)
//!   Var(S) ≈ n/(n−1) · Σᵣ zᵣ²
//!
//! Σᵣ zᵣ² expands into per-item and per-pair sums (Σyᵢyⱼ, Σyᵢ over those who
//! also answered j, and how many answered both), which [`Tally`] keeps. A
//! tally is additive: units add up to an agency, days to a month, and a
//! response is added once, when it is stored. The 95 % interval uses
//! Student's t with n − 1 degrees of freedom and is clipped to the scale.

use super::instrument::Instrument;
use serde::{Deserialize, Serialize};

/// Running sums over respondents, enough for a score and its variance.
/// Items are the instrument's scored items, in order.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Tally {
    /// Respondents.
    pub n: u64,
    /// Respondents with at least one scored answer, and the sums of their
    /// own scores and squared scores (for the spread between respondents).
    pub scored: u64,
    /// Σ of respondents' own scores.
    pub score_sum: f64,
    /// Σ of respondents' own scores squared.
    pub score_sq: f64,
    /// Per item: answered count and sums.
    pub items: Vec<ItemSums>,
    /// Per pair i < j, in row order (0,1), (0,2), …, (1,2), ….
    pub pairs: Vec<PairSums>,
}

/// Sums of one item.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ItemSums {
    /// Respondents who gave a scored answer.
    pub n: u64,
    /// Σ answers.
    pub sum: i64,
    /// Σ answers².
    pub sq: i64,
}

/// Sums of one pair of items (i, j).
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PairSums {
    /// Respondents who answered both.
    pub n: u64,
    /// Σ yᵢ·yⱼ over them.
    pub prod: i64,
    /// Σ yᵢ over them.
    pub sum_i: i64,
    /// Σ yⱼ over them.
    pub sum_j: i64,
}

/// The index of pair (i, j), i < j, among k items.
fn pair_index(k: usize, i: usize, j: usize) -> usize {
    debug_assert!(i < j && j < k);
    i * (2 * k - i - 1) / 2 + (j - i - 1)
}

/// Marks the compact text form of a tally (see [`Tally::encode`]).
const COMPACT: &str = "t1";

impl Tally {
    /// A compact text form, read back exactly by [`Tally::decode`]: the
    /// numbers in a fixed order, separated by spaces. Reading thousands of
    /// these is several times faster than reading JSON objects.
    pub fn encode(&self) -> String {
        use std::fmt::Write;
        let mut out =
            String::with_capacity(16 + 12 * (self.items.len() * 3 + self.pairs.len() * 4));
        let _ = write!(
            out,
            "{COMPACT} {} {} {} {} {} {}",
            self.n,
            self.scored,
            self.score_sum,
            self.score_sq,
            self.items.len(),
            self.pairs.len()
        );
        for i in &self.items {
            let _ = write!(out, " {} {} {}", i.n, i.sum, i.sq);
        }
        for p in &self.pairs {
            let _ = write!(out, " {} {} {} {}", p.n, p.prod, p.sum_i, p.sum_j);
        }
        out
    }

    /// Reads [`Tally::encode`]'s form; `None` for anything else.
    pub fn decode(text: &str) -> Option<Tally> {
        fn num<T: std::str::FromStr>(it: &mut std::str::Split<'_, char>) -> Option<T> {
            it.next()?.parse().ok()
        }
        let mut it = text.split(' ');
        if it.next()? != COMPACT {
            return None;
        }
        let n: u64 = num(&mut it)?;
        let scored: u64 = num(&mut it)?;
        let score_sum: f64 = num(&mut it)?;
        let score_sq: f64 = num(&mut it)?;
        let k: usize = num(&mut it)?;
        let p: usize = num(&mut it)?;
        if k > 1000 || p != k * k.saturating_sub(1) / 2 {
            return None;
        }
        let mut items = Vec::with_capacity(k);
        for _ in 0..k {
            items.push(ItemSums {
                n: num(&mut it)?,
                sum: num(&mut it)?,
                sq: num(&mut it)?,
            });
        }
        let mut pairs = Vec::with_capacity(p);
        for _ in 0..p {
            pairs.push(PairSums {
                n: num(&mut it)?,
                prod: num(&mut it)?,
                sum_i: num(&mut it)?,
                sum_j: num(&mut it)?,
            });
        }
        if it.next().is_some() {
            return None;
        }
        Some(Tally {
            n,
            scored,
            score_sum,
            score_sq,
            items,
            pairs,
        })
    }

    /// An empty tally for `k` scored items.
    pub fn new(k: usize) -> Self {
        Tally {
            items: vec![ItemSums::default(); k],
            pairs: vec![PairSums::default(); k * k.saturating_sub(1) / 2],
            ..Tally::default()
        }
    }

    /// Adds one respondent: their scored answer to each scored item (None
    /// when skipped or not applicable). `weights` and `conversion` give the
    /// respondent's own score.
    pub fn add(&mut self, answers: &[Option<i16>], weights: &[f64], conversion: f64) {
        let k = self.items.len();
        assert_eq!(answers.len(), k, "one answer slot per scored item");
        self.n += 1;
        let (mut num, mut den) = (0.0, 0.0);
        for (i, a) in answers.iter().enumerate() {
            let Some(y) = a.map(i64::from) else { continue };
            let s = &mut self.items[i];
            s.n += 1;
            s.sum += y;
            s.sq += y * y;
            num += weights[i] * y as f64;
            den += weights[i];
            for (j, b) in answers.iter().enumerate().skip(i + 1) {
                if let Some(x) = b.map(i64::from) {
                    let p = &mut self.pairs[pair_index(k, i, j)];
                    p.n += 1;
                    p.prod += y * x;
                    p.sum_i += y;
                    p.sum_j += x;
                }
            }
        }
        if den > 0.0 {
            let own = num / den * conversion;
            self.scored += 1;
            self.score_sum += own;
            self.score_sq += own * own;
        }
    }

    /// Adds another tally of the same instrument.
    pub fn merge(&mut self, other: &Tally) {
        self.n += other.n;
        self.scored += other.scored;
        self.score_sum += other.score_sum;
        self.score_sq += other.score_sq;
        for (a, b) in self.items.iter_mut().zip(&other.items) {
            a.n += b.n;
            a.sum += b.sum;
            a.sq += b.sq;
        }
        for (a, b) in self.pairs.iter_mut().zip(&other.pairs) {
            a.n += b.n;
            a.prod += b.prod;
            a.sum_i += b.sum_i;
            a.sum_j += b.sum_j;
        }
    }
}

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
    let items = scored
        .iter()
        .zip(&tally.items)
        .zip(&means)
        .map(|((item, s), m)| ItemEstimate {
            key: item.key.clone(),
            n: s.n,
            mean: *m,
            sd: sample_sd(s.n as f64, s.sum as f64, s.sq as f64),
        })
        .collect();
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

/// Rounds to two decimals, as scores are published.
pub fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// The lowest and highest possible score.
pub fn scale_bounds(instrument: &Instrument) -> (f64, f64) {
    let c = instrument.conversion;
    (
        f64::from(instrument.scale.min) * c,
        f64::from(instrument.scale.max) * c,
    )
}

fn sample_sd(n: f64, sum: f64, sq: f64) -> Option<f64> {
    (n >= 2.0).then(|| ((sq - sum * sum / n) / (n - 1.0)).max(0.0).sqrt())
}

/// The 97.5 % quantile of Student's t with `df` degrees of freedom
/// (Cornish–Fisher expansion around the normal; within 0.01 of the exact
/// value from 3 degrees of freedom up, exact values below).
pub fn t_quantile_975(df: f64) -> f64 {
    const SMALL: [f64; 3] = [12.706, 4.303, 3.182];
    if df < 1.0 {
        return f64::INFINITY;
    }
    if df < 4.0 {
        return SMALL[df as usize - 1];
    }
    let z: f64 = 1.959_963_984_540_054;
    let (z3, z5, z7) = (z.powi(3), z.powi(5), z.powi(7));
    z + (z3 + z) / (4.0 * df)
        + (5.0 * z5 + 16.0 * z3 + 3.0 * z) / (96.0 * df * df)
        + (3.0 * z7 + 19.0 * z5 + 17.0 * z3 - 15.0 * z) / (384.0 * df.powi(3))
}

/// The sample a unit with `population` users in the period needs for a
/// 95 % confidence level and a 5 % margin (Krejcie & Morgan, 1970).
pub fn krejcie_morgan(population: u64) -> u64 {
    const CHI2: f64 = 3.841;
    const P: f64 = 0.5;
    const D: f64 = 0.05;
    if population == 0 {
        return 0;
    }
    let n = population as f64;
    let s = CHI2 * n * P * (1.0 - P) / (D * D * (n - 1.0) + CHI2 * P * (1.0 - P));
    // Round to the nearest respondent, as the published table does.
    (s.round() as u64).min(population)
}

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
    use crate::domain::instrument::tests::sample;

    fn tally_of(rows: &[[Option<i16>; 2]]) -> Tally {
        let i = sample();
        let weights: Vec<f64> = i.scored_items().map(|x| x.weight).collect();
        let mut t = Tally::new(2);
        for r in rows {
            t.add(r, &weights, i.conversion);
        }
        t
    }

    #[test]
    fn pair_indexes_cover_the_triangle_once() {
        let k = 5;
        let mut seen = vec![];
        for i in 0..k {
            for j in i + 1..k {
                seen.push(pair_index(k, i, j));
            }
        }
        assert_eq!(seen, (0..10).collect::<Vec<_>>());
    }

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
    fn rounding_to_two_decimals() {
        assert_eq!(round2(88.305_000_1), 88.31);
        assert_eq!(round2(76.604), 76.6);
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

    #[test]
    fn merged_tallies_equal_one_tally() {
        let rows = [
            [Some(4), Some(1)],
            [Some(2), None],
            [None, Some(4)],
            [Some(3), Some(3)],
        ];
        let mut a = tally_of(&rows[..2]);
        a.merge(&tally_of(&rows[2..]));
        assert_eq!(a, tally_of(&rows));
    }

    #[test]
    fn krejcie_morgan_matches_the_published_table() {
        for (population, sample) in [
            (10, 10),
            (100, 80),
            (1000, 278),
            (10_000, 370),
            (1_000_000, 384),
        ] {
            assert_eq!(krejcie_morgan(population), sample, "N = {population}");
        }
    }

    #[test]
    fn t_quantiles_are_close_to_the_tables() {
        for (df, t) in [
            (4.0, 2.776),
            (9.0, 2.262),
            (29.0, 2.045),
            (100.0, 1.984),
            (1e9, 1.960),
        ] {
            assert!(
                (t_quantile_975(df) - t).abs() < 0.01,
                "df {df}: {}",
                t_quantile_975(df)
            );
        }
    }

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

    mod properties {
        use super::*;
        use proptest::prelude::*;

        fn answer() -> impl Strategy<Value = Option<i16>> {
            prop_oneof![1 => Just(None), 4 => (1i16..=4).prop_map(Some)]
        }

        fn rows(max: usize) -> impl Strategy<Value = Vec<[Option<i16>; 2]>> {
            prop::collection::vec([answer(), answer()], 1..max)
        }

        proptest! {
            #[test]
            fn a_tally_survives_its_compact_form(rows in rows(300)) {
                let t = tally_of(&rows);
                let text = t.encode();
                prop_assert_eq!(Tally::decode(&text), Some(t.clone()));
                prop_assert_eq!(Tally::decode(&text.replace(' ', "  ")), None);
                prop_assert_eq!(Tally::decode(&format!("{text} 1")), None);
                prop_assert_eq!(Tally::decode(&serde_json::to_string(&t).unwrap()), None);
            }

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
