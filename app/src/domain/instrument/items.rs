//! Reading an instrument's items: the options a respondent can pick, text
//! limits, which items count in the score, and what answers report.

use super::definition::{Instrument, Item, ItemKind, MAX_TEXT_LEN, NOT_APPLICABLE};
use crate::domain::text::Text;

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
            ItemKind::Choice | ItemKind::Multi => self
                .options
                .iter()
                .map(|o| OptionView {
                    value: o.value.clone(),
                    label: &o.label,
                })
                .collect(),
            ItemKind::Text | ItemKind::Number | ItemKind::Date => Vec::new(),
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
}
