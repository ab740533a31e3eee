//! Assessment methods: how an assessor's figures are put together. A
//! method is versioned data, like instruments and band tables: which
//! sources feed which component and with which weight, which table labels
//! the composite, and the rule for the predicate of potential
//! maladministration. Numbers that the assessor never published are marked
//! unconfirmed and shown so.
//!
//! The parts: the definition and its checks (here), the predicate
//! ([`predicate`]) and the composite ([`composite`]).

pub mod composite;
pub mod predicate;

use super::text::Text;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// One version of an assessment method.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Method {
    /// Stable key, e.g. `ori-2025`.
    pub key: String,
    /// Version number.
    pub version: u32,
    /// Name shown to people.
    pub title: Text,
    /// Where the method comes from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Text>,
    /// What to tell people about it on screen (what is unconfirmed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
    /// The instrument whose score is the users' perception.
    pub perception_instrument: String,
    /// The instrument whose score is public trust, when the method has it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trust_instrument: Option<String>,
    /// The band table that labels the composite.
    pub labels: TableRef,
    /// Added to the label when the entity followed up every finding.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clean_label: Option<Text>,
    /// The components, in the order they are shown.
    pub components: Vec<Component>,
    /// The predicate of potential maladministration, when the method has
    /// one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub predicate: Option<PredicateRule>,
    /// When users and the internal checks are said to disagree.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disagreement: Option<DisagreementRule>,
}

/// A band table by key and version.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TableRef {
    /// Band-table key.
    pub table: String,
    /// Band-table version.
    pub version: u32,
}

/// A weighted component of the composite (a dimension, or public trust).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Component {
    /// Stable key, e.g. `process`.
    pub key: String,
    /// Name shown to people.
    pub label: Text,
    /// What it measures, in plain words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub help: Option<Text>,
    /// Weight in percent of the composite.
    pub weight: f64,
    /// False where the weight was not published and is an assumption.
    #[serde(default = "yes")]
    pub confirmed: bool,
    /// Where its value comes from, each with its share of the component.
    pub parts: Vec<Part>,
}

/// A source of a component's value.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Part {
    /// Stable key, unique in the method; entered figures are stored under
    /// it.
    pub key: String,
    /// Name shown to people.
    pub label: Text,
    /// Where the figure comes from.
    pub source: Source,
    /// Share of the component (the parts' weights are normalised).
    #[serde(default = "one")]
    pub weight: f64,
    /// False where this share was not published and is an assumption.
    #[serde(default = "yes")]
    pub confirmed: bool,
}

/// Where a part's figure comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Source {
    /// Entered (or imported) by an assessor: 0–100.
    Entered,
    /// The users' perception survey's score.
    Perception,
    /// The public-trust survey's score.
    Trust,
}

/// The rule for the predicate of potential maladministration: high when
/// any form was met by more than `share` percent of users, judged on the
/// interval (the interval's lower bound above the share), low when every
/// form's upper bound is at or below it, and not yet decided otherwise.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PredicateRule {
    /// The share of users, in percent.
    pub share: f64,
    /// Fewest respondents for a predicate.
    #[serde(default = "thirty")]
    pub min_n: u32,
    /// False where the share was not published and is an assumption.
    #[serde(default = "yes")]
    pub confirmed: bool,
}

/// When an entered figure (an internal check) and the users' perception
/// disagree: the entered figure exceeds the perception interval's upper
/// bound by more than `gap` points, or it reaches `high` while the
/// predicate is high.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DisagreementRule {
    /// The entered parts compared with the users' perception.
    pub parts: Vec<String>,
    /// Points between the entered figure and the perception's upper bound.
    pub gap: f64,
    /// An entered figure at least this high counts as near-perfect.
    pub high: f64,
}

fn yes() -> bool {
    true
}

fn one() -> f64 {
    1.0
}

fn thirty() -> u32 {
    30
}

impl Method {
    /// `key@version`, as the API names it.
    pub fn reference(&self) -> String {
        format!("{}@{}", self.key, self.version)
    }

    /// Every part whose figure an assessor enters, in order.
    pub fn entered_parts(&self) -> impl Iterator<Item = &Part> {
        self.components
            .iter()
            .flat_map(|c| &c.parts)
            .filter(|p| p.source == Source::Entered)
    }

    /// Whether any number of the method is an assumption.
    pub fn has_unconfirmed(&self) -> bool {
        self.components
            .iter()
            .any(|c| !c.confirmed || c.parts.iter().any(|p| !p.confirmed))
            || self.predicate.as_ref().is_some_and(|p| !p.confirmed)
    }

    /// Checks that the method is coherent.
    pub fn validate(&self) -> Result<(), Vec<String>> {
        let mut problems = Vec::new();
        if self.key.is_empty()
            || !self
                .key
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        {
            problems.push(format!(
                "key `{}`: use lowercase letters, digits and `-`",
                self.key
            ));
        }
        if self.version == 0 {
            problems.push("version: must be 1 or more".into());
        }
        if self.components.is_empty() {
            problems.push("components: at least one is needed".into());
        }
        let total: f64 = self.components.iter().map(|c| c.weight).sum();
        if (total - 100.0).abs() > 0.01 {
            problems.push(format!("components: weights add up to {total}, not 100"));
        }
        let mut keys = BTreeSet::new();
        for c in &self.components {
            if !keys.insert(c.key.as_str()) {
                problems.push(format!("component `{}`: key used twice", c.key));
            }
            if !(c.weight.is_finite() && c.weight > 0.0) {
                problems.push(format!("component `{}`: weight must be above 0", c.key));
            }
            if c.parts.is_empty() {
                problems.push(format!("component `{}`: at least one part", c.key));
            }
            for p in &c.parts {
                if p.key != c.key && !keys.insert(p.key.as_str()) {
                    problems.push(format!("part `{}`: key used twice", p.key));
                }
                if !(p.weight.is_finite() && p.weight > 0.0) {
                    problems.push(format!("part `{}`: weight must be above 0", p.key));
                }
                if p.source == Source::Trust && self.trust_instrument.is_none() {
                    problems.push(format!(
                        "part `{}`: a trust part needs `trust_instrument`",
                        p.key
                    ));
                }
            }
        }
        if let Some(rule) = &self.disagreement {
            for key in &rule.parts {
                if !self.entered_parts().any(|p| &p.key == key) {
                    problems.push(format!("disagreement: `{key}` is not an entered part"));
                }
            }
        }
        if let Some(rule) = &self.predicate
            && !(rule.share > 0.0 && rule.share < 100.0)
        {
            problems.push("predicate: share must be between 0 and 100".into());
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(problems)
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// The shipped methods, parsed.
    pub(crate) fn shipped() -> (Method, Method) {
        let a: Method = toml::from_str(include_str!(
            "../../../definitions/methods/ori-2023.v1.toml"
        ))
        .unwrap();
        let b: Method = toml::from_str(include_str!(
            "../../../definitions/methods/ori-2025.v1.toml"
        ))
        .unwrap();
        (a, b)
    }

    #[test]
    fn the_shipped_methods_are_coherent() {
        let (a, b) = shipped();
        a.validate().unwrap();
        b.validate().unwrap();
        // 2023: the users' perception is the output dimension, 24.24 %.
        let output = a.components.iter().find(|c| c.key == "output").unwrap();
        assert_eq!(output.weight, 24.24);
        assert_eq!(output.parts[0].source, Source::Perception);
        // 2025: public trust 30 % (published); perception inside process.
        let trust = b.components.iter().find(|c| c.key == "trust").unwrap();
        assert_eq!((trust.weight, trust.confirmed), (30.0, true));
        let process = b.components.iter().find(|c| c.key == "process").unwrap();
        assert!(process.parts.iter().any(|p| p.source == Source::Perception));
        assert!(b.has_unconfirmed());
        assert!(!b.predicate.as_ref().unwrap().confirmed);
    }

    #[test]
    fn weights_must_add_up_and_keys_be_unique() {
        let (mut a, _) = shipped();
        a.components[0].weight += 1.0;
        let p = a.validate().unwrap_err();
        assert!(p.iter().any(|p| p.contains("add up")), "{p:?}");
        let (mut a, _) = shipped();
        let again = a.components[1].clone();
        a.components[1].weight -= again.weight / 2.0;
        a.components.push(Component {
            weight: again.weight / 2.0,
            ..again
        });
        let p = a.validate().unwrap_err();
        assert!(p.iter().any(|p| p.contains("used twice")), "{p:?}");
    }
}
