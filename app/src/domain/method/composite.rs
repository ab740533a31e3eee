//! The composite of an assessment: each component is the weighted mean of
//! its parts' figures (entered by an assessor, or a survey's score), and
//! the composite the weighted sum of the components. Entered figures carry
//! no sampling error; a survey's does, so the composite's standard error is
//! √Σ (wᶜ·wᵖ·seᵖ)² over the survey parts (the surveys are independent
//! samples), and its 95 % interval ±1.96 of it, clipped to 0–100.

use super::predicate::Predicate;
use super::{Method, Source};
use crate::domain::bands::{Band, BandTable};
use crate::domain::stats::round2;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A survey's figure: its score and standard error.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    /// The score, 0–100.
    pub score: f64,
    /// Its standard error, when it is an estimate.
    pub se: Option<f64>,
    /// The upper end of its 95 % interval.
    pub upper: Option<f64>,
}

/// What an assessment has to work with.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Figures {
    /// Entered figures by part key, 0–100.
    pub entered: BTreeMap<String, f64>,
    /// The users' perception survey.
    pub perception: Option<Figure>,
    /// The public-trust survey.
    pub trust: Option<Figure>,
    /// The predicate of the users' answers, when the method has one.
    pub predicate: Option<Predicate>,
}

/// One component's value.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ComponentValue {
    /// The component's key.
    pub key: String,
    /// Its weight in percent.
    pub weight: f64,
    /// Its value, when every part has a figure.
    pub value: Option<f64>,
    /// Its standard error.
    pub se: Option<f64>,
}

/// A composite and how it was reached.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Composite {
    /// Per component, in the method's order.
    pub components: Vec<ComponentValue>,
    /// Parts without a figure yet (keys); the composite waits for them.
    pub missing: Vec<String>,
    /// The composite, two decimals, when nothing is missing.
    pub score: Option<f64>,
    /// Its standard error.
    pub se: Option<f64>,
    /// Its 95 % interval.
    pub ci: Option<(f64, f64)>,
}

/// Where an internal check and the users disagree.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Disagreement {
    /// The entered part.
    pub part: String,
    /// Its figure.
    pub entered: f64,
    /// The upper end of the users' perception interval.
    pub perception_upper: Option<f64>,
    /// Whether the users' answers gave a high predicate.
    pub predicate_high: bool,
}

/// Combines `figures` by `method`'s weights.
pub fn compose(method: &Method, figures: &Figures) -> Composite {
    let mut missing = Vec::new();
    let mut components = Vec::new();
    let (mut total, mut var, mut complete) = (0.0, 0.0, true);
    for c in &method.components {
        let parts_weight: f64 = c.parts.iter().map(|p| p.weight).sum();
        let (mut value, mut c_var, mut whole) = (0.0, 0.0, true);
        for p in &c.parts {
            let share = p.weight / parts_weight;
            let figure = match p.source {
                Source::Entered => figures.entered.get(&p.key).map(|&score| Figure {
                    score,
                    se: None,
                    upper: None,
                }),
                Source::Perception => figures.perception,
                Source::Trust => figures.trust,
            };
            match figure {
                Some(f) => {
                    value += share * f.score;
                    c_var += (share * f.se.unwrap_or(0.0)).powi(2);
                }
                None => {
                    missing.push(p.key.clone());
                    whole = false;
                }
            }
        }
        complete &= whole;
        if whole {
            total += c.weight / 100.0 * value;
            var += (c.weight / 100.0).powi(2) * c_var;
        }
        components.push(ComponentValue {
            key: c.key.clone(),
            weight: c.weight,
            value: whole.then(|| round2(value)),
            se: whole.then(|| c_var.sqrt()),
        });
    }
    let score = complete.then(|| round2(total));
    let se = complete.then(|| var.sqrt());
    let ci = score.zip(se).map(|(s, se)| {
        (
            round2((s - 1.96 * se).max(0.0)),
            round2((s + 1.96 * se).min(100.0)),
        )
    });
    Composite {
        components,
        missing,
        score,
        se,
        ci,
    }
}

impl Composite {
    /// The labels the composite's interval touches, best first: one label,
    /// or several when the interval straddles a cut-off.
    pub fn labels<'a>(&self, table: &'a BandTable) -> Vec<&'a Band> {
        match (self.score, self.ci) {
            (_, Some((lo, hi))) => table.bands_between(lo, hi),
            (Some(s), None) => table.classify(s).into_iter().collect(),
            _ => Vec::new(),
        }
    }
}

/// The entered parts that tell a different story from the users, by the
/// method's rule.
pub fn disagreements(method: &Method, figures: &Figures) -> Vec<Disagreement> {
    let Some(rule) = &method.disagreement else {
        return Vec::new();
    };
    let upper = figures.perception.and_then(|f| f.upper.or(Some(f.score)));
    let high = matches!(figures.predicate, Some(Predicate::High { .. }));
    rule.parts
        .iter()
        .filter_map(|key| {
            let entered = *figures.entered.get(key)?;
            let gap = upper.is_some_and(|u| entered - u > rule.gap);
            let near_perfect = high && entered >= rule.high;
            (gap || near_perfect).then(|| Disagreement {
                part: key.clone(),
                entered,
                perception_upper: upper,
                predicate_high: high,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::tests::shipped;
    use super::*;

    fn figures_2025() -> Figures {
        let mut entered = BTreeMap::new();
        for (k, v) in [
            ("input", 81.0),
            ("standards", 90.0),
            ("output", 70.0),
            ("complaints", 60.0),
        ] {
            entered.insert(k.to_string(), v);
        }
        Figures {
            entered,
            perception: Some(Figure {
                score: 84.0,
                se: Some(2.0),
                upper: Some(88.0),
            }),
            trust: Some(Figure {
                score: 75.0,
                se: Some(3.0),
                upper: Some(81.0),
            }),
            predicate: None,
        }
    }

    #[test]
    fn the_composite_is_the_weighted_sum_of_its_parts() {
        let (_, m) = shipped();
        let c = compose(&m, &figures_2025());
        // By hand: process = (90 + 84)/2 = 87; the four dimensions 17.5 %
        // each, trust 30 %: 0.175·(81 + 87 + 70 + 60) + 0.3·75 = 74.65.
        assert!(c.missing.is_empty());
        assert_eq!(c.score, Some(74.65));
        // se = √((0.175·0.5·2)² + (0.3·3)²) = √(0.030625 + 0.81) = 0.9169.
        assert!((c.se.unwrap() - 0.9169).abs() < 1e-4, "{:?}", c.se);
        assert_eq!(c.ci, Some((72.85, 76.45)));
    }

    #[test]
    fn a_missing_figure_is_named_and_holds_the_composite_back() {
        let (_, m) = shipped();
        let mut f = figures_2025();
        f.trust = None;
        let c = compose(&m, &f);
        assert_eq!(c.score, None);
        assert_eq!(c.missing, ["trust"]);
        assert!(
            c.components
                .iter()
                .any(|v| v.key == "input" && v.value == Some(81.0))
        );
    }

    #[test]
    fn near_perfect_on_paper_while_users_report_maladministration() {
        let (_, m) = shipped();
        let mut f = figures_2025();
        f.entered.insert("standards".into(), 98.0);
        f.perception = Some(Figure {
            score: 70.0,
            se: Some(2.0),
            upper: Some(74.0),
        });
        let d = disagreements(&m, &f);
        assert_eq!(d.len(), 1);
        assert_eq!((d[0].part.as_str(), d[0].entered), ("standards", 98.0));
        // Close figures and no high predicate: no disagreement.
        assert!(disagreements(&m, &figures_2025()).is_empty());
        // A high predicate with a near-perfect entry is one too.
        let mut f = figures_2025();
        f.entered.insert("standards".into(), 95.0);
        f.predicate = Some(Predicate::High { forms: vec![5] });
        assert_eq!(disagreements(&m, &f).len(), 1);
    }
}
