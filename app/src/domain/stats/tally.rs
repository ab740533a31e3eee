//! Running sums over respondents: what a score and its variance are
//! computed from, kept per item and per pair of items, additive across
//! units and days, and stored in a compact text form.

use super::compact::Numbers;
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
    /// Answers at the bottom of the scale (at most [`LOW_AT_MOST`]): on
    /// the maladministration form, the users who met that form of
    /// maladministration, for its prevalence.
    #[serde(default)]
    pub low: u64,
}

/// The highest answer counted as "low" (1 or 2 on a 1–4 scale: "yes,
/// clearly" and "yes, a little"; formerly "often" and "sometimes").
pub const LOW_AT_MOST: i64 = 2;

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
pub(super) fn pair_index(k: usize, i: usize, j: usize) -> usize {
    debug_assert!(i < j && j < k);
    i * (2 * k - i - 1) / 2 + (j - i - 1)
}

/// Marks the compact text form of a tally (see [`Tally::encode`]).
pub const COMPACT: &str = "t2";

/// The earlier compact form, without the low counts: still read, and
/// rebuilt from the stored answers at start-up.
const COMPACT_V1: &str = "t1";

impl Tally {
    /// A compact text form, read back exactly by [`Tally::decode`]: the
    /// numbers in a fixed order, separated by spaces. Reading thousands of
    /// these is several times faster than reading JSON objects.
    pub fn encode(&self) -> String {
        use std::fmt::Write;
        let mut out =
            String::with_capacity(16 + 12 * (self.items.len() * 4 + self.pairs.len() * 4));
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
            let _ = write!(out, " {} {} {} {}", i.n, i.sum, i.sq, i.low);
        }
        for p in &self.pairs {
            let _ = write!(out, " {} {} {} {}", p.n, p.prod, p.sum_i, p.sum_j);
        }
        out
    }

    /// Reads [`Tally::encode`]'s form; `None` for anything else.
    pub fn decode(text: &str) -> Option<Tally> {
        let mut it = Numbers::new(text);
        let with_low = match it.word()? {
            w if w == COMPACT.as_bytes() => true,
            w if w == COMPACT_V1.as_bytes() => false,
            _ => return None,
        };
        let n = it.count()?;
        let scored = it.count()?;
        let score_sum = it.real()?;
        let score_sq = it.real()?;
        let k = usize::try_from(it.count()?).ok()?;
        let p = usize::try_from(it.count()?).ok()?;
        if k > 1000 || p != k * k.saturating_sub(1) / 2 {
            return None;
        }
        let mut items = Vec::with_capacity(k);
        for _ in 0..k {
            items.push(ItemSums {
                n: it.count()?,
                sum: it.whole()?,
                sq: it.whole()?,
                low: if with_low { it.count()? } else { 0 },
            });
        }
        let mut pairs = Vec::with_capacity(p);
        for _ in 0..p {
            pairs.push(PairSums {
                n: it.count()?,
                prod: it.whole()?,
                sum_i: it.whole()?,
                sum_j: it.whole()?,
            });
        }
        if !it.finished() {
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
            s.low += u64::from(y <= LOW_AT_MOST);
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

    /// Takes out another tally of the same instrument that was added to
    /// this one (responses moved out of a score). Counts never go below
    /// zero.
    pub fn remove(&mut self, other: &Tally) {
        self.n = self.n.saturating_sub(other.n);
        self.scored = self.scored.saturating_sub(other.scored);
        self.score_sum -= other.score_sum;
        self.score_sq -= other.score_sq;
        if self.scored == 0 {
            // No drift of floating sums left behind.
            (self.score_sum, self.score_sq) = (0.0, 0.0);
        }
        for (a, b) in self.items.iter_mut().zip(&other.items) {
            a.n = a.n.saturating_sub(b.n);
            a.sum -= b.sum;
            a.sq -= b.sq;
            a.low = a.low.saturating_sub(b.low);
        }
        for (a, b) in self.pairs.iter_mut().zip(&other.pairs) {
            a.n = a.n.saturating_sub(b.n);
            a.prod -= b.prod;
            a.sum_i -= b.sum_i;
            a.sum_j -= b.sum_j;
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
            a.low += b.low;
        }
        for (a, b) in self.pairs.iter_mut().zip(&other.pairs) {
            a.n += b.n;
            a.prod += b.prod;
            a.sum_i += b.sum_i;
            a.sum_j += b.sum_j;
        }
    }
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::domain::instrument::tests::sample;
    use proptest::prelude::*;

    /// A tally of the sample instrument's two scored items over `rows`.
    pub(in crate::domain::stats) fn tally_of(rows: &[[Option<i16>; 2]]) -> Tally {
        let i = sample();
        let weights: Vec<f64> = i.scored_items().map(|x| x.weight).collect();
        let mut t = Tally::new(2);
        for r in rows {
            t.add(r, &weights, i.conversion);
        }
        t
    }

    fn answer() -> impl Strategy<Value = Option<i16>> {
        prop_oneof![1 => Just(None), 4 => (1i16..=4).prop_map(Some)]
    }

    /// Between 1 and `max` respondents' answers to the two scored items.
    pub(in crate::domain::stats) fn rows(
        max: usize,
    ) -> impl Strategy<Value = Vec<[Option<i16>; 2]>> {
        prop::collection::vec([answer(), answer()], 1..max)
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
    fn a_removed_tally_leaves_the_rest() {
        let rows = [[Some(4), Some(1)], [Some(2), None], [None, Some(4)]];
        let mut all = tally_of(&rows);
        all.remove(&tally_of(&rows[1..]));
        let first = tally_of(&rows[..1]);
        assert_eq!(
            (all.n, all.items.clone(), all.pairs.clone()),
            (first.n, first.items.clone(), first.pairs.clone())
        );
        assert!((all.score_sum - first.score_sum).abs() < 1e-9);
        all.remove(&first);
        assert_eq!(all.encode(), Tally::new(2).encode(), "nothing left");
    }

    mod properties {
        use super::*;

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
        }
    }
}
