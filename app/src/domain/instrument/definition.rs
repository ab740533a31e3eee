//! What an instrument is: its questions, answer scales and weights, as
//! read from a definition file.

use crate::domain::text::Text;
use serde::{Deserialize, Serialize};

/// The value a respondent gives for "don't know / not applicable".
pub const NOT_APPLICABLE: &str = "na";

/// Form field names that item keys may not take.
pub const RESERVED_KEYS: &[&str] = &[
    "token",
    "unit",
    "website",
    "lang",
    "code",
    "started",
    "switch_lang",
    "screen",
];

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
    /// Any number of a list of options (the agency's own questions).
    Multi,
    /// A number.
    Number,
    /// A date, `YYYY-MM-DD`.
    Date,
}

impl ItemKind {
    /// The name used in the JSON API.
    pub fn as_str(self) -> &'static str {
        match self {
            ItemKind::Scale => "scale",
            ItemKind::Choice => "choice",
            ItemKind::Text => "text",
            ItemKind::Multi => "multi",
            ItemKind::Number => "number",
            ItemKind::Date => "date",
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
    /// A short name for charts and tables, e.g. SKM's element name
    /// ("Persyaratan"). Absent in older versions; left out of the stored
    /// form when absent so those versions stay byte for byte the same.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub short: Option<Text>,
    /// The official term the question stands for, shown under a plainly
    /// worded question where an assessor needs it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub term: Option<Text>,
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
    /// Asked only after this answer to an earlier question.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub show_if: Option<ShowIf>,
}

/// The answer to an earlier question that makes a question asked.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ShowIf {
    /// The earlier question's key.
    pub key: String,
    /// The value it must have been given (one of those picked, for a
    /// question that takes several).
    pub value: String,
}

impl ShowIf {
    /// Whether `answers` make the question asked.
    pub fn met(&self, answers: &std::collections::BTreeMap<String, String>) -> bool {
        answers
            .get(&self.key)
            .is_some_and(|v| v.split(',').any(|part| part == self.value))
    }
}

fn yes() -> bool {
    true
}

fn one() -> f64 {
    1.0
}
