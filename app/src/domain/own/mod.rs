//! The agency's own questions, asked beside the survey's instrument and
//! never counted in its score. A survey's questions come in versions: the
//! draft a manager edits, and published versions that answers keep.
//!
//! The parts: the question and its kinds (here), checking a manager's
//! edit (`edit`) and the figures of their answers (`figures`).

pub mod edit;
pub mod figures;

use crate::domain::instrument::{ChoiceOption, Instrument, Item, ItemKind, Scale, ShowIf};
use crate::domain::text::Text;
use crate::i18n::{self, Tr};
use serde::{Deserialize, Serialize};

/// What every own question's key starts with: instrument keys never hold
/// a `-`, so the two never meet.
pub const OWN_PREFIX: &str = "own-";

/// Most own questions one survey may ask.
pub const MAX_QUESTIONS: usize = 20;

/// Longest answer to a short-text question, in characters.
pub const TEXT_LIMIT: usize = 300;

/// Whether `key` names an own question.
pub fn is_own(key: &str) -> bool {
    key.starts_with(OWN_PREFIX)
}

/// What kind of answer an own question takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OwnKind {
    /// One of a list of options.
    Single,
    /// Any number of a list of options.
    Multi,
    /// 1 (very poor) to 5 (very good).
    Scale5,
    /// 1 (not good) to 4 (very good), as SKM's scale.
    Scale4,
    /// A short text.
    Text,
    /// A number.
    Number,
    /// A date.
    Date,
}

impl OwnKind {
    /// Every kind, in the order the editor offers them.
    pub const ALL: [OwnKind; 7] = [
        OwnKind::Single,
        OwnKind::Multi,
        OwnKind::Scale5,
        OwnKind::Scale4,
        OwnKind::Text,
        OwnKind::Number,
        OwnKind::Date,
    ];

    /// Its code in forms, exports and the codebook.
    pub fn code(self) -> &'static str {
        match self {
            OwnKind::Single => "single",
            OwnKind::Multi => "multi",
            OwnKind::Scale5 => "scale5",
            OwnKind::Scale4 => "scale4",
            OwnKind::Text => "text",
            OwnKind::Number => "number",
            OwnKind::Date => "date",
        }
    }

    /// The kind with this code.
    pub fn parse(code: &str) -> Option<OwnKind> {
        OwnKind::ALL.into_iter().find(|k| k.code() == code)
    }

    /// Its name for managers.
    pub fn name(self) -> Tr {
        match self {
            OwnKind::Single => i18n::OWN_KIND_SINGLE,
            OwnKind::Multi => i18n::OWN_KIND_MULTI,
            OwnKind::Scale5 => i18n::OWN_KIND_SCALE5,
            OwnKind::Scale4 => i18n::OWN_KIND_SCALE4,
            OwnKind::Text => i18n::OWN_KIND_TEXT,
            OwnKind::Number => i18n::OWN_KIND_NUMBER,
            OwnKind::Date => i18n::OWN_KIND_DATE,
        }
    }

    /// Whether the manager lists its options.
    pub fn has_options(self) -> bool {
        matches!(self, OwnKind::Single | OwnKind::Multi)
    }

    /// Whether its answers are points on a scale (a mean is reported).
    pub fn is_scale(self) -> bool {
        matches!(self, OwnKind::Scale5 | OwnKind::Scale4)
    }

    /// Whether an answer to it can make a later question asked.
    pub fn can_lead(self) -> bool {
        self.has_options() || self.is_scale()
    }
}

/// One own question.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OwnQuestion {
    /// `own-N`, kept through every version.
    pub key: String,
    /// What kind of answer it takes.
    pub kind: OwnKind,
    /// The question (English may be empty: Indonesian is shown then).
    pub text: Text,
    /// A hint under it.
    #[serde(default)]
    pub help: Option<Text>,
    /// Whether an answer is required (when it is asked).
    pub required: bool,
    /// The options of a choice question, in order; their values are
    /// their positions, from 1.
    #[serde(default)]
    pub options: Vec<Text>,
    /// Asked only after this answer to an earlier own question.
    #[serde(default)]
    pub show_if: Option<ShowIf>,
}

/// The labels of the two scales, from the lowest value up.
fn scale_labels(kind: OwnKind) -> Vec<Text> {
    let trs: &[Tr] = match kind {
        OwnKind::Scale5 => &[
            i18n::OWN_SCALE5_1,
            i18n::OWN_SCALE5_2,
            i18n::OWN_SCALE5_3,
            i18n::OWN_SCALE5_4,
            i18n::OWN_SCALE5_5,
        ],
        OwnKind::Scale4 => &[
            i18n::OWN_SCALE4_1,
            i18n::OWN_SCALE4_2,
            i18n::OWN_SCALE4_3,
            i18n::OWN_SCALE4_4,
        ],
        _ => &[],
    };
    trs.iter()
        .enumerate()
        .map(|(n, tr)| {
            let t = tr.text();
            Text::new(
                format!("{} · {}", n + 1, t.id),
                format!("{} · {}", n + 1, t.en),
            )
        })
        .collect()
}

impl OwnQuestion {
    /// The values a respondent can pick with their labels: "1", "2", …
    /// (none for text, number and date).
    pub fn choices(&self) -> Vec<ChoiceOption> {
        let labels = if self.kind.is_scale() {
            scale_labels(self.kind)
        } else {
            self.options.clone()
        };
        labels
            .into_iter()
            .enumerate()
            .map(|(n, label)| ChoiceOption {
                value: (n + 1).to_string(),
                label,
            })
            .collect()
    }

    /// The question as the form shows and checks it.
    pub fn item(&self) -> Item {
        let kind = match self.kind {
            OwnKind::Single | OwnKind::Scale5 | OwnKind::Scale4 => ItemKind::Choice,
            OwnKind::Multi => ItemKind::Multi,
            OwnKind::Text => ItemKind::Text,
            OwnKind::Number => ItemKind::Number,
            OwnKind::Date => ItemKind::Date,
        };
        Item {
            key: self.key.clone(),
            kind,
            text: self.text.clone(),
            short: None,
            term: None,
            section: None,
            help: self.help.clone(),
            required: self.required,
            weight: 0.0,
            labels: None,
            not_applicable: None,
            options: self.choices(),
            eligible: vec![],
            ineligible_message: None,
            max_len: Some(TEXT_LIMIT),
            show_if: self.show_if.clone(),
        }
    }
}

/// One version of a survey's own questions.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OwnSet {
    /// Its version number, from 1.
    pub version: i32,
    /// The questions, in the order asked.
    pub questions: Vec<OwnQuestion>,
}

impl OwnSet {
    /// The questions as a form of their own, to show and check beside the
    /// instrument (`scale` is the instrument's, unused by them).
    pub fn form(&self, scale: &Scale) -> Instrument {
        Instrument {
            key: "own".into(),
            version: u32::try_from(self.version).unwrap_or(0),
            title: i18n::OWN_TITLE.text(),
            disclaimer: None,
            intro: None,
            stem: None,
            scale: scale.clone(),
            conversion: 0.0,
            items: self.questions.iter().map(OwnQuestion::item).collect(),
        }
    }

    /// The question with this key.
    pub fn question(&self, key: &str) -> Option<&OwnQuestion> {
        self.questions.iter().find(|q| q.key == key)
    }

    /// The position (from 0) of the question with this key.
    pub fn position(&self, key: &str) -> Option<usize> {
        self.questions.iter().position(|q| q.key == key)
    }

    /// A key no question of this set has taken (`taken` lists keys used
    /// by earlier versions too, so a key never means two questions).
    pub fn next_key<'a>(&self, taken: impl IntoIterator<Item = &'a str>) -> String {
        let number = |k: &str| {
            k.strip_prefix(OWN_PREFIX)
                .and_then(|n| n.parse::<u32>().ok())
        };
        let most = self
            .questions
            .iter()
            .filter_map(|q| number(&q.key))
            .chain(taken.into_iter().filter_map(number))
            .max()
            .unwrap_or(0);
        format!("{OWN_PREFIX}{}", most + 1)
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::domain::answers;
    use std::collections::BTreeMap;

    /// Three questions: a yes/no, one asked only after "yes", a number.
    pub fn sample() -> OwnSet {
        let t = |s: &str| Text::new(s, "");
        OwnSet {
            version: 1,
            questions: vec![
                OwnQuestion {
                    key: "own-1".into(),
                    kind: OwnKind::Single,
                    text: t("Pernah antre?"),
                    help: None,
                    required: true,
                    options: vec![t("Ya"), t("Tidak")],
                    show_if: None,
                },
                OwnQuestion {
                    key: "own-2".into(),
                    kind: OwnKind::Scale5,
                    text: t("Seberapa nyaman ruang tunggu?"),
                    help: None,
                    required: true,
                    options: vec![],
                    show_if: Some(ShowIf {
                        key: "own-1".into(),
                        value: "1".into(),
                    }),
                },
                OwnQuestion {
                    key: "own-3".into(),
                    kind: OwnKind::Number,
                    text: t("Berapa menit?"),
                    help: None,
                    required: false,
                    options: vec![],
                    show_if: None,
                },
            ],
        }
    }

    fn raw(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn a_conditional_question_is_required_only_when_asked() {
        let set = sample();
        let form = set.form(&crate::domain::instrument::tests::sample().scale);
        let errors = answers::check(&form, &raw(&[("own-1", "1")])).unwrap_err();
        assert_eq!(errors.keys().collect::<Vec<_>>(), ["own-2"]);
        let ok = answers::check(&form, &raw(&[("own-1", "2"), ("own-2", "5")])).unwrap();
        assert_eq!(ok.len(), 1, "an answer to a question not asked is dropped");
        let ok = answers::check(
            &form,
            &raw(&[("own-1", "1"), ("own-2", "5"), ("own-3", "2,5")]),
        )
        .unwrap();
        assert_eq!(ok[2].value, "2.5", "a decimal comma is read");
        let bad = answers::check(&form, &raw(&[("own-1", "3"), ("own-3", "lima")])).unwrap_err();
        assert_eq!(bad.keys().collect::<Vec<_>>(), ["own-1", "own-3"]);
    }

    #[test]
    fn keys_are_never_reused() {
        let set = sample();
        assert_eq!(set.next_key([]), "own-4");
        assert_eq!(set.next_key(["own-9"]), "own-10");
        assert!(is_own("own-1") && !is_own("u1"));
    }

    #[test]
    fn dates_are_checked_as_calendar_dates() {
        assert!(answers::is_date("2024-02-29"));
        assert!(!answers::is_date("2023-02-29"));
        assert!(!answers::is_date("2023-13-01"));
        assert!(!answers::is_date("1/2/2023"));
    }
}
