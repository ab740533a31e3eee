//! The follow-up plan (*Rencana Tindak Lanjut*): actions an agency takes on
//! its weakest elements, and what became of them. Suggestions come from a
//! period's item scores, lowest first, each with its interval; an action's
//! outcome is the element's change to the next period, with whether it is
//! more than noise.

use super::instrument::Instrument;
use super::stats::{Change, Estimate, change, round2, t_quantile_975};
use serde::{Deserialize, Serialize};

/// Where an action stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Not started.
    Planned,
    /// Under way.
    InProgress,
    /// Finished (with evidence notes).
    Done,
}

impl Status {
    /// Every status, in order.
    pub const ALL: [Status; 3] = [Status::Planned, Status::InProgress, Status::Done];

    /// The stored code.
    pub fn code(self) -> &'static str {
        match self {
            Status::Planned => "planned",
            Status::InProgress => "in_progress",
            Status::Done => "done",
        }
    }

    /// Reads a stored code.
    pub fn parse(s: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|st| st.code() == s)
    }
}

/// One element (scored item) of a period, on the survey's 25–100 scale.
#[derive(Clone, Debug, PartialEq)]
pub struct Element {
    /// Item key.
    pub key: String,
    /// The element's own estimate (its mean × the conversion).
    pub estimate: Estimate,
}

/// An item's mean as an estimate of its own, on the survey's scale: the
/// score is mean × conversion, the interval Student's t over the
/// respondents who answered it.
pub fn element_estimates(instrument: &Instrument, estimate: &Estimate) -> Vec<Element> {
    let c = instrument.conversion;
    estimate
        .items
        .iter()
        .map(|i| {
            let se =
                i.sd.filter(|_| i.n > 1)
                    .map(|sd| sd / (i.n as f64).sqrt() * c);
            let score = i.mean.map(|m| round2(m * c));
            let ci = score.zip(se).map(|(s, se)| {
                let half = t_quantile_975((i.n as f64 - 1.0).max(1.0)) * se;
                (round2(s - half), round2(s + half))
            });
            Element {
                key: i.key.clone(),
                estimate: Estimate {
                    n: i.n,
                    score,
                    se,
                    sd: i.sd,
                    ci,
                    items: Vec::new(),
                },
            }
        })
        .collect()
}

/// The elements from weakest to strongest; elements nobody answered last.
pub fn weakest(instrument: &Instrument, estimate: &Estimate) -> Vec<Element> {
    let mut out = element_estimates(instrument, estimate);
    out.sort_by(|a, b| match (a.estimate.score, b.estimate.score) {
        (Some(x), Some(y)) => x.total_cmp(&y),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => std::cmp::Ordering::Equal,
    });
    out
}

/// Whether an action is overdue on `today` (both "YYYY-MM-DD"): its
/// deadline has passed and it is not done.
pub fn overdue(due: &str, status: Status, today: &str) -> bool {
    status != Status::Done && is_date(due) && due < today
}

/// Whether `s` is a calendar date written "YYYY-MM-DD".
pub fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num = |r: std::ops::Range<usize>| s.get(r).and_then(|x| x.parse::<u32>().ok());
    let (Some(y), Some(m), Some(d)) = (num(0..4), num(5..7), num(8..10)) else {
        return false;
    };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (2000..=2100).contains(&y) && (1..=days).contains(&d)
}

/// What became of an element between the plan's period and the next.
pub fn outcome(before: &Element, after: &Element) -> Option<Change> {
    change(&before.estimate, &after.estimate)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::instrument::tests::sample;
    use crate::domain::stats::{ItemEstimate, Tally, estimate};

    fn with_items(items: Vec<ItemEstimate>) -> Estimate {
        Estimate {
            n: 40,
            score: Some(70.0),
            se: Some(1.0),
            sd: Some(5.0),
            ci: None,
            items,
        }
    }

    fn item(key: &str, n: u64, mean: Option<f64>, sd: Option<f64>) -> ItemEstimate {
        ItemEstimate {
            key: key.into(),
            n,
            mean,
            sd,
        }
    }

    #[test]
    fn the_weakest_element_comes_first_with_its_interval() {
        let i = sample();
        let e = with_items(vec![
            item("a", 40, Some(3.2), Some(0.6)),
            item("b", 40, Some(2.4), Some(0.8)),
        ]);
        let w = weakest(&i, &e);
        assert_eq!(w[0].key, "b");
        assert_eq!(w[0].estimate.score, Some(2.4 * i.conversion));
        let (lo, hi) = w[0].estimate.ci.unwrap();
        // se = 0.8/√40·c; t(39) = 2.0227.
        let half = 2.0227 * 0.8 / 40f64.sqrt() * i.conversion;
        assert!((hi - lo - 2.0 * half).abs() < 0.05, "{lo} {hi}");
        // Nothing answered yet: every element, none with a score.
        let none = weakest(&i, &estimate(&i, &Tally::new(2)));
        assert!(none.iter().all(|e| e.estimate.score.is_none()));
    }

    #[test]
    fn unanswered_elements_sort_last() {
        let i = sample();
        let e = with_items(vec![
            item("a", 0, None, None),
            item("b", 40, Some(3.9), Some(0.1)),
        ]);
        let keys: Vec<_> = weakest(&i, &e).into_iter().map(|e| e.key).collect();
        assert_eq!(keys, ["b", "a"]);
    }

    #[test]
    fn only_unfinished_actions_past_their_deadline_are_overdue() {
        assert!(overdue("2026-03-31", Status::InProgress, "2026-04-01"));
        assert!(!overdue("2026-03-31", Status::Done, "2026-04-01"));
        assert!(!overdue("2026-03-31", Status::Planned, "2026-03-31"));
        assert!(is_date("2028-02-29") && !is_date("2026-02-29") && !is_date("2026-13-01"));
        assert!(!is_date("31-03-2026") && !is_date(""));
    }

    #[test]
    fn an_element_that_rose_beyond_the_noise_counts_as_moved() {
        let i = sample();
        let before = &weakest(&i, &with_items(vec![item("a", 100, Some(2.0), Some(0.7))]))[0];
        let after = &weakest(&i, &with_items(vec![item("a", 100, Some(2.8), Some(0.7))]))[0];
        let c = outcome(before, after).unwrap();
        assert!(c.significant && c.delta > 0.0);
        let same = &weakest(&i, &with_items(vec![item("a", 100, Some(2.05), Some(0.7))]))[0];
        assert!(!outcome(before, same).unwrap().significant);
    }
}
