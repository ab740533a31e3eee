//! The predicate of potential maladministration (*potensi
//! maladministrasi tinggi / rendah*), judged on each form's interval, not
//! its point: one form whose lower bound is above the method's share makes
//! it high; every form's upper bound at or below the share makes it low;
//! anything else is not decided yet (more responses are needed).

use super::PredicateRule;
use crate::domain::stats::Share;
use serde::{Deserialize, Serialize};

/// What the rule says of a unit's (or agency's) forms.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "predicate", rename_all = "snake_case")]
pub enum Predicate {
    /// Fewer respondents than the rule asks for.
    TooSmall {
        /// Respondents so far.
        n: u64,
        /// Respondents the rule asks for.
        min: u32,
    },
    /// High potential: these forms (indices in the instrument's order) were
    /// surely met by more than the share.
    High {
        /// The forms above the share.
        forms: Vec<usize>,
    },
    /// Low potential: every form surely at or below the share.
    Low,
    /// The intervals of these forms straddle the share.
    Undecided {
        /// The forms whose interval straddles the share.
        forms: Vec<usize>,
    },
}

impl Predicate {
    /// A short machine name: `high`, `low`, `undecided`, `too_small`.
    pub fn code(&self) -> &'static str {
        match self {
            Predicate::TooSmall { .. } => "too_small",
            Predicate::High { .. } => "high",
            Predicate::Low => "low",
            Predicate::Undecided { .. } => "undecided",
        }
    }
}

/// Judges `shares` (one per form) of `n` respondents by `rule`.
pub fn judge(rule: &PredicateRule, n: u64, shares: &[Share]) -> Predicate {
    if n < u64::from(rule.min_n) {
        return Predicate::TooSmall { n, min: rule.min_n };
    }
    let above: Vec<usize> = shares
        .iter()
        .enumerate()
        .filter(|(_, s)| s.ci.is_some_and(|(lo, _)| lo > rule.share))
        .map(|(i, _)| i)
        .collect();
    if !above.is_empty() {
        return Predicate::High { forms: above };
    }
    let straddling: Vec<usize> = shares
        .iter()
        .enumerate()
        .filter(|(_, s)| s.ci.is_some_and(|(_, hi)| hi > rule.share))
        .map(|(i, _)| i)
        .collect();
    if straddling.is_empty() {
        Predicate::Low
    } else {
        Predicate::Undecided { forms: straddling }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule() -> PredicateRule {
        PredicateRule {
            share: 10.0,
            min_n: 30,
            confirmed: false,
        }
    }

    #[test]
    fn one_form_surely_above_the_share_makes_it_high() {
        // 12 of 40 met payment requests: 30 %, interval 18.1–45.3 %.
        let shares = [Share::of(0, 40), Share::of(12, 40), Share::of(1, 40)];
        assert_eq!(
            judge(&rule(), 40, &shares),
            Predicate::High { forms: vec![1] }
        );
    }

    #[test]
    fn the_point_alone_does_not_decide() {
        // 5 of 40 is 12.5 %, above 10 %, but its interval reaches 5.5 %.
        let shares = [Share::of(5, 40), Share::of(0, 40)];
        assert_eq!(
            judge(&rule(), 40, &shares),
            Predicate::Undecided { forms: vec![0] }
        );
    }

    #[test]
    fn every_form_surely_below_makes_it_low() {
        // 0 of 200: upper bound 1.9 %; 4 of 200: upper bound 5.0 %.
        let shares = [Share::of(0, 200), Share::of(4, 200)];
        assert_eq!(judge(&rule(), 200, &shares), Predicate::Low);
        assert_eq!(
            judge(&rule(), 12, &shares),
            Predicate::TooSmall { n: 12, min: 30 }
        );
    }
}
