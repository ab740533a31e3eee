//! What the answers to a survey's own questions show: each option's share
//! with its 95 % Wilson interval, a scale's or a number's mean with its
//! 95 % t interval, the span of dates, and the texts as written.

use super::{OwnKind, OwnQuestion, OwnSet};
use crate::domain::stats::{Share, round2, t_quantile_975};
use crate::domain::text::Text;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One option's share of those who answered.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OptionFigure {
    /// Its label.
    pub label: Text,
    /// Its share (with its count and interval).
    pub share: Share,
}

/// A mean with its 95 % interval.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Mean {
    /// Answers it is the mean of.
    pub n: u64,
    /// The mean (two decimals).
    pub mean: f64,
    /// Its 95 % interval (none below two answers).
    pub ci: Option<(f64, f64)>,
}

impl Mean {
    /// The mean of `values`, `None` when there are none.
    pub fn of(values: &[f64]) -> Option<Mean> {
        let n = values.len();
        if n == 0 {
            return None;
        }
        let mean = values.iter().sum::<f64>() / n as f64;
        let ci = (n >= 2).then(|| {
            let var = values.iter().map(|v| (v - mean).powi(2)).sum::<f64>() / (n - 1) as f64;
            let half = t_quantile_975((n - 1) as f64) * (var / n as f64).sqrt();
            (round2(mean - half), round2(mean + half))
        });
        Some(Mean {
            n: n as u64,
            mean: round2(mean),
            ci,
        })
    }
}

/// What one question's answers show.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QuestionFigures {
    /// The question.
    pub question: OwnQuestion,
    /// Respondents it was asked of (all, or those whose answer made it
    /// asked).
    pub asked: u64,
    /// Respondents who answered it.
    pub answered: u64,
    /// Each option's share (choices and scales).
    pub options: Vec<OptionFigure>,
    /// The mean (scales and numbers).
    pub mean: Option<Mean>,
    /// The smallest and largest answer (numbers and dates).
    pub span: Option<(String, String)>,
    /// The texts as written, newest last (texts only).
    pub texts: Vec<String>,
}

/// The figures of every question of `set` over `answers` (one map of key
/// to value per response given under that version).
pub fn figures(set: &OwnSet, answers: &[BTreeMap<String, String>]) -> Vec<QuestionFigures> {
    set.questions.iter().map(|q| one(q, answers)).collect()
}

fn one(q: &OwnQuestion, answers: &[BTreeMap<String, String>]) -> QuestionFigures {
    let asked: Vec<&BTreeMap<String, String>> = answers
        .iter()
        .filter(|a| q.show_if.as_ref().is_none_or(|c| c.met(a)))
        .collect();
    let given: Vec<&str> = asked
        .iter()
        .filter_map(|a| a.get(&q.key).map(String::as_str))
        .filter(|v| !v.is_empty())
        .collect();
    let answered = given.len() as u64;
    let options = q
        .choices()
        .into_iter()
        .map(|c| {
            let met = given
                .iter()
                .filter(|v| v.split(',').any(|p| p == c.value))
                .count() as u64;
            OptionFigure {
                label: c.label,
                share: Share::of(met, answered),
            }
        })
        .collect();
    let numbers: Vec<f64> = if q.kind.is_scale() || q.kind == OwnKind::Number {
        given.iter().filter_map(|v| v.parse().ok()).collect()
    } else {
        vec![]
    };
    let span = match q.kind {
        OwnKind::Number => numbers
            .iter()
            .copied()
            .fold(None, |acc: Option<(f64, f64)>, v| {
                Some(acc.map_or((v, v), |(lo, hi)| (lo.min(v), hi.max(v))))
            })
            .map(|(lo, hi)| (lo.to_string(), hi.to_string())),
        OwnKind::Date => {
            let mut dates = given.clone();
            dates.sort_unstable();
            dates
                .first()
                .zip(dates.last())
                .map(|(a, b)| (a.to_string(), b.to_string()))
        }
        _ => None,
    };
    QuestionFigures {
        question: q.clone(),
        asked: asked.len() as u64,
        answered,
        options,
        mean: Mean::of(&numbers),
        span,
        texts: if q.kind == OwnKind::Text {
            given.iter().map(|s| s.to_string()).collect()
        } else {
            vec![]
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::own::tests::sample;

    fn answers(rows: &[&[(&str, &str)]]) -> Vec<BTreeMap<String, String>> {
        rows.iter()
            .map(|r| {
                r.iter()
                    .map(|(k, v)| (k.to_string(), v.to_string()))
                    .collect()
            })
            .collect()
    }

    #[test]
    fn shares_means_and_the_conditional_base() {
        let rows = answers(&[
            &[("own-1", "1"), ("own-2", "5"), ("own-3", "10")],
            &[("own-1", "1"), ("own-2", "3"), ("own-3", "20")],
            &[("own-1", "2")],
            &[("own-1", "2"), ("own-3", "30")],
        ]);
        let f = figures(&sample(), &rows);
        assert_eq!(f[0].answered, 4);
        assert_eq!(f[0].options[0].share.percent, Some(50.0));
        let (lo, hi) = f[0].options[0].share.ci.unwrap();
        assert!(lo < 50.0 && hi > 50.0);
        assert_eq!(f[1].asked, 2, "asked only after a yes");
        assert_eq!(f[1].mean.unwrap().mean, 4.0);
        let m = f[2].mean.unwrap();
        assert_eq!((m.n, m.mean), (3, 20.0));
        let (lo, hi) = m.ci.unwrap();
        assert!(
            lo < 0.0 && hi > 40.0,
            "t with 2 degrees of freedom is wide: {lo}–{hi}"
        );
        assert_eq!(f[2].span, Some(("10".into(), "30".into())));
    }

    #[test]
    fn one_answer_has_a_mean_but_no_interval() {
        let m = Mean::of(&[3.0]).unwrap();
        assert_eq!((m.mean, m.ci), (3.0, None));
        assert_eq!(Mean::of(&[]), None);
    }
}
