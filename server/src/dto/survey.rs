//! `GET /api/v1/surveys/{slug}`: a survey's questions and a fresh token.

use app::domain::instrument::Instrument;
use app::domain::text::Lang;
use serde::{Deserialize, Serialize};

/// One answer option.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, utoipa::ToSchema)]
pub struct OptionDto {
    /// The value to send.
    pub value: String,
    /// Its label in the requested language.
    pub label: String,
}

/// One question.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, utoipa::ToSchema)]
pub struct ItemDto {
    /// The key to answer under.
    pub key: String,
    /// `scale`, `choice` or `text`; an own question may also be `multi`
    /// (several values, comma-separated), `number` or `date`
    /// (`YYYY-MM-DD`).
    pub kind: String,
    /// Whether an answer is required.
    pub required: bool,
    /// The question.
    pub text: String,
    /// The options (none for text items).
    pub options: Vec<OptionDto>,
    /// Longest text answer (text items).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_len: Option<usize>,
    /// Asked only after this answer to an earlier question, `key=value`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub asked_if: Option<String>,
}

/// A unit the respondent may name.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, utoipa::ToSchema)]
pub struct UnitDto {
    /// The value to send as `unit`.
    pub slug: String,
    /// Its name.
    pub name: String,
}

/// The survey definition.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, utoipa::ToSchema)]
pub struct SurveyDto {
    /// Public slug.
    pub slug: String,
    /// Title.
    pub title: String,
    /// Instrument key and version, e.g. `skm@1`.
    pub instrument: String,
    /// Units covered.
    pub units: Vec<UnitDto>,
    /// The questions.
    pub items: Vec<ItemDto>,
    /// The agency's own questions, asked after `items` (never part of the
    /// score); over the API every one of them may be left out.
    #[serde(default)]
    pub own_items: Vec<ItemDto>,
    /// A signed one-time token for one response.
    pub token: String,
}

impl SurveyDto {
    /// Shapes the instrument's items for the API.
    pub fn items(instrument: &Instrument, lang: Lang) -> Vec<ItemDto> {
        instrument
            .items
            .iter()
            .map(|item| ItemDto {
                key: item.key.clone(),
                kind: item.kind.as_str().to_string(),
                required: item.required,
                text: item.text.get(lang).to_string(),
                options: item
                    .options(instrument)
                    .into_iter()
                    .map(|o| OptionDto {
                        value: o.value,
                        label: o.label.get(lang).to_string(),
                    })
                    .collect(),
                max_len: (item.kind == app::domain::instrument::ItemKind::Text)
                    .then(|| item.text_limit()),
                asked_if: item
                    .show_if
                    .as_ref()
                    .map(|c| format!("{}={}", c.key, c.value)),
            })
            .collect()
    }
}
