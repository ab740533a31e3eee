//! Instruments: the questions of a survey, their answer scales and how they
//! are weighted. Instruments are versioned data (see `app/definitions/`),
//! never constants in code.

use super::text::Text;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// The value a respondent gives for "don't know / not applicable".
pub const NOT_APPLICABLE: &str = "na";

/// Form field names that item keys may not take.
pub const RESERVED_KEYS: &[&str] = &["token", "unit", "website", "lang", "code", "started"];

/// Longest free-text answer any instrument may allow.
pub const MAX_TEXT_LEN: usize = 2000;

/// One version of a questionnaire.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Instrument {
    /// Stable key shared by all versions, e.g. `maladministration-perception`.
    pub key: String,
    /// Version number; a published version never changes.
    pub version: u32,
    /// Name shown to people.
    pub title: Text,
    /// What the figure is and is not, shown beside scores.
    #[serde(default)]
    pub disclaimer: Option<Text>,
    /// Introduction shown above the questions.
    #[serde(default)]
    pub intro: Option<Text>,
    /// The common question stem of the scale items.
    #[serde(default)]
    pub stem: Option<Text>,
    /// The answer scale scale items use unless they bring their own labels.
    pub scale: Scale,
    /// Multiplier from the weighted mean of item means to the score
    /// (25 maps a 1–4 scale onto 25–100, as SKM does).
    pub conversion: f64,
    /// The questions, in the order shown.
    pub items: Vec<Item>,
}

/// A numeric answer scale, e.g. 1–4.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scale {
    /// Lowest value.
    pub min: i16,
    /// Highest value (the best answer).
    pub max: i16,
    /// One label per value, from `min` to `max`.
    pub labels: Vec<Text>,
    /// Label of the "don't know / not applicable" answer, when offered.
    #[serde(default)]
    pub not_applicable: Option<Text>,
}

/// What kind of answer an item takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemKind {
    /// A value on the instrument's scale; counts in the score.
    Scale,
    /// One of a list of options (screening, respondent profile).
    Choice,
    /// Free text.
    Text,
}

impl ItemKind {
    /// The name used in the JSON API.
    pub fn as_str(self) -> &'static str {
        match self {
            ItemKind::Scale => "scale",
            ItemKind::Choice => "choice",
            ItemKind::Text => "text",
        }
    }
}

/// One option of a choice item.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChoiceOption {
    /// The value stored and sent.
    pub value: String,
    /// What the respondent reads.
    pub label: Text,
}

/// One question.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Item {
    /// Stable key, also the form field name: lowercase letters, digits, `_`.
    pub key: String,
    /// What kind of answer it takes.
    pub kind: ItemKind,
    /// The question.
    pub text: Text,
    /// A heading shown before this item, starting a new section.
    #[serde(default)]
    pub section: Option<Text>,
    /// A hint under the question.
    #[serde(default)]
    pub help: Option<Text>,
    /// Whether an answer is required.
    #[serde(default = "yes")]
    pub required: bool,
    /// Weight in the score (scale items only).
    #[serde(default = "one")]
    pub weight: f64,
    /// Answer labels of this item, overriding the instrument's scale labels.
    #[serde(default)]
    pub labels: Option<Vec<Text>>,
    /// Whether "not applicable" is offered; by default, when the scale has it.
    #[serde(default)]
    pub not_applicable: Option<bool>,
    /// The options of a choice item.
    #[serde(default)]
    pub options: Vec<ChoiceOption>,
    /// For a screening item: the values that make a respondent eligible.
    #[serde(default)]
    pub eligible: Vec<String>,
    /// What an ineligible respondent is told.
    #[serde(default)]
    pub ineligible_message: Option<Text>,
    /// Longest answer of a text item, in characters.
    #[serde(default)]
    pub max_len: Option<usize>,
}

fn yes() -> bool {
    true
}

fn one() -> f64 {
    1.0
}

/// One answer option of an item, as forms and the API list them.
#[derive(Clone, Debug, PartialEq)]
pub struct OptionView<'a> {
    /// The value sent back.
    pub value: String,
    /// The label.
    pub label: &'a Text,
}

impl Item {
    /// The labels of a scale item, from the lowest value up.
    pub fn scale_labels<'a>(&'a self, instrument: &'a Instrument) -> &'a [Text] {
        self.labels.as_deref().unwrap_or(&instrument.scale.labels)
    }

    /// Whether a scale item offers "not applicable".
    pub fn offers_not_applicable(&self, instrument: &Instrument) -> bool {
        self.kind == ItemKind::Scale
            && self
                .not_applicable
                .unwrap_or(instrument.scale.not_applicable.is_some())
            && instrument.scale.not_applicable.is_some()
    }

    /// Every option the respondent can pick, in display order (text items
    /// have none).
    pub fn options<'a>(&'a self, instrument: &'a Instrument) -> Vec<OptionView<'a>> {
        match self.kind {
            ItemKind::Scale => {
                let mut out: Vec<OptionView<'a>> = self
                    .scale_labels(instrument)
                    .iter()
                    .zip(instrument.scale.min..=instrument.scale.max)
                    .map(|(label, v)| OptionView {
                        value: v.to_string(),
                        label,
                    })
                    .collect();
                if self.offers_not_applicable(instrument)
                    && let Some(label) = &instrument.scale.not_applicable
                {
                    out.push(OptionView {
                        value: NOT_APPLICABLE.to_string(),
                        label,
                    });
                }
                out
            }
            ItemKind::Choice => self
                .options
                .iter()
                .map(|o| OptionView {
                    value: o.value.clone(),
                    label: &o.label,
                })
                .collect(),
            ItemKind::Text => Vec::new(),
        }
    }

    /// Longest accepted text answer.
    pub fn text_limit(&self) -> usize {
        self.max_len.unwrap_or(500).min(MAX_TEXT_LEN)
    }
}

impl Instrument {
    /// The item with this key.
    pub fn item(&self, key: &str) -> Option<&Item> {
        self.items.iter().find(|i| i.key == key)
    }

    /// Whether `answers` tell of maladministration suffered: on the
    /// maladministration instrument, any form answered 1 or 2 (it happened
    /// always or often).
    pub fn reports_maladministration(
        &self,
        answers: &std::collections::BTreeMap<String, String>,
    ) -> bool {
        self.key == "maladministration-perception"
            && self.scored_items().any(|i| {
                answers
                    .get(&i.key)
                    .and_then(|v| v.trim().parse::<i16>().ok())
                    .is_some_and(|v| v <= 2)
            })
    }

    /// The items that count in the score.
    pub fn scored_items(&self) -> impl Iterator<Item = &Item> {
        self.items
            .iter()
            .filter(|i| i.kind == ItemKind::Scale && i.weight > 0.0)
    }

    /// Checks that the definition is coherent. Each problem names the item.
    pub fn validate(&self) -> Result<(), Vec<String>> {
        let mut problems = Vec::new();
        if !is_key(&self.key, '-') {
            problems.push(format!(
                "key `{}`: use lowercase letters, digits and `-`",
                self.key
            ));
        }
        if self.version == 0 {
            problems.push("version: must be 1 or more".into());
        }
        if self.title.id.trim().is_empty() {
            problems.push("title: the Indonesian title is empty".into());
        }
        if !(self.conversion.is_finite() && self.conversion > 0.0) {
            problems.push("conversion: must be a positive number".into());
        }
        let scale = &self.scale;
        let width = i32::from(scale.max) - i32::from(scale.min) + 1;
        if width < 2 {
            problems.push("scale: max must be above min".into());
        } else if scale.labels.len() as i32 != width {
            problems.push(format!(
                "scale: {} labels for {} values",
                scale.labels.len(),
                width
            ));
        }
        let mut seen = BTreeSet::new();
        for item in &self.items {
            let at = format!("item `{}`", item.key);
            if !is_key(&item.key, '_') || item.key.len() > 40 {
                problems.push(format!(
                    "{at}: key must be 1–40 lowercase letters, digits or `_`"
                ));
            }
            if RESERVED_KEYS.contains(&item.key.as_str()) {
                problems.push(format!("{at}: key is reserved for the form"));
            }
            if !seen.insert(item.key.as_str()) {
                problems.push(format!("{at}: key used twice"));
            }
            if item.text.id.trim().is_empty() {
                problems.push(format!("{at}: the Indonesian text is empty"));
            }
            if !(item.weight.is_finite() && item.weight >= 0.0) {
                problems.push(format!("{at}: weight must be 0 or more"));
            }
            match item.kind {
                ItemKind::Scale => {
                    if let Some(labels) = &item.labels
                        && labels.len() as i32 != width
                    {
                        problems.push(format!(
                            "{at}: {} labels for {} scale values",
                            labels.len(),
                            width
                        ));
                    }
                    if !item.options.is_empty() {
                        problems.push(format!("{at}: a scale item takes no options"));
                    }
                }
                ItemKind::Choice => {
                    if item.options.len() < 2 {
                        problems.push(format!("{at}: a choice needs at least two options"));
                    }
                    let mut values = BTreeSet::new();
                    for o in &item.options {
                        if o.value.is_empty() || o.value.len() > 40 {
                            problems.push(format!("{at}: option values must be 1–40 characters"));
                        }
                        if !values.insert(o.value.as_str()) {
                            problems.push(format!("{at}: option `{}` listed twice", o.value));
                        }
                    }
                    for e in &item.eligible {
                        if !values.contains(e.as_str()) {
                            problems.push(format!("{at}: eligible value `{e}` is not an option"));
                        }
                    }
                }
                ItemKind::Text => {
                    if item.max_len.is_some_and(|m| m == 0 || m > MAX_TEXT_LEN) {
                        problems.push(format!("{at}: max_len must be 1–{MAX_TEXT_LEN}"));
                    }
                }
            }
        }
        if self.scored_items().next().is_none() {
            problems.push("items: no scale item with a positive weight to score".into());
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(problems)
        }
    }
}

fn is_key(s: &str, sep: char) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == sep)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A small instrument for tests: two weighted scale items (one with
    /// "not applicable"), a screening choice and a comment.
    pub fn sample() -> Instrument {
        let l = |s: &str| Text::new(s, s);
        Instrument {
            key: "sample".into(),
            version: 1,
            title: l("Contoh"),
            disclaimer: None,
            intro: None,
            stem: None,
            scale: Scale {
                min: 1,
                max: 4,
                labels: vec![l("1"), l("2"), l("3"), l("4")],
                not_applicable: Some(l("NA")),
            },
            conversion: 25.0,
            items: vec![
                Item {
                    key: "used".into(),
                    kind: ItemKind::Choice,
                    text: l("Used?"),
                    section: None,
                    help: None,
                    required: true,
                    weight: 1.0,
                    labels: None,
                    not_applicable: None,
                    options: vec![
                        ChoiceOption {
                            value: "ya".into(),
                            label: l("Ya"),
                        },
                        ChoiceOption {
                            value: "tidak".into(),
                            label: l("Tidak"),
                        },
                    ],
                    eligible: vec!["ya".into()],
                    ineligible_message: Some(l("Only users")),
                    max_len: None,
                },
                Item {
                    key: "a".into(),
                    kind: ItemKind::Scale,
                    text: l("A"),
                    section: None,
                    help: None,
                    required: true,
                    weight: 1.0,
                    labels: None,
                    not_applicable: None,
                    options: vec![],
                    eligible: vec![],
                    ineligible_message: None,
                    max_len: None,
                },
                Item {
                    key: "b".into(),
                    kind: ItemKind::Scale,
                    text: l("B"),
                    section: None,
                    help: None,
                    required: true,
                    weight: 3.0,
                    labels: None,
                    not_applicable: Some(false),
                    options: vec![],
                    eligible: vec![],
                    ineligible_message: None,
                    max_len: None,
                },
                Item {
                    key: "comment".into(),
                    kind: ItemKind::Text,
                    text: l("Comment"),
                    section: None,
                    help: None,
                    required: false,
                    weight: 0.0,
                    labels: None,
                    not_applicable: None,
                    options: vec![],
                    eligible: vec![],
                    ineligible_message: None,
                    max_len: Some(10),
                },
            ],
        }
    }

    #[test]
    fn sample_is_valid_and_lists_options() {
        let i = sample();
        assert_eq!(i.validate(), Ok(()));
        let a = i.item("a").unwrap();
        let values: Vec<_> = a.options(&i).into_iter().map(|o| o.value).collect();
        assert_eq!(values, ["1", "2", "3", "4", "na"]);
        let b = i.item("b").unwrap();
        assert_eq!(b.options(&i).len(), 4, "b opts out of not applicable");
    }

    #[test]
    fn validation_names_the_item_and_problem() {
        let mut i = sample();
        i.items[1].key = "token".into();
        i.items[2].labels = Some(vec![Text::new("x", "x")]);
        i.items[0].eligible = vec!["maybe".into()];
        let problems = i.validate().unwrap_err();
        assert!(
            problems
                .iter()
                .any(|p| p.contains("item `token`") && p.contains("reserved"))
        );
        assert!(
            problems
                .iter()
                .any(|p| p.contains("item `b`") && p.contains("1 labels for 4"))
        );
        assert!(
            problems
                .iter()
                .any(|p| p.contains("`maybe` is not an option"))
        );
    }
}
