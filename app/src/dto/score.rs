//! `GET /api/v1/surveys/{slug}/score`.

use crate::domain::bands::BandTable;
use crate::domain::scoring::{Score, round2};
use crate::domain::text::Lang;
use serde::{Deserialize, Serialize};

/// One item's mean.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct ItemScoreDto {
    /// Item key.
    pub key: String,
    /// Mean answer (two decimals), when anyone answered.
    pub mean: Option<f64>,
    /// Scored answers.
    pub n: u64,
}

/// The band a score falls in.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct BandDto {
    /// Band key.
    pub key: String,
    /// Label.
    pub label: String,
    /// `green`, `yellow`, `red` or `black`.
    pub zone: String,
    /// False when the cut-off is not officially published.
    pub confirmed: bool,
}

/// A survey's score.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct ScoreDto {
    /// Responses counted.
    pub n: u64,
    /// The score (two decimals), when there are scored answers.
    pub score: Option<f64>,
    /// Per item.
    pub items: Vec<ItemScoreDto>,
    /// The band, once `n` reaches `band_min_n`.
    pub band: Option<BandDto>,
    /// Band table key and version, e.g. `ori-2025@1`.
    pub band_table: String,
    /// Fewest responses for which a band is given.
    pub band_min_n: u32,
}

impl ScoreDto {
    /// Shapes a score for the API.
    pub fn new(score: &Score, bands: &BandTable, lang: Lang) -> Self {
        let band = score
            .score
            .filter(|_| score.n >= u64::from(bands.min_n))
            .and_then(|s| bands.classify(s))
            .map(|b| BandDto {
                key: b.key.clone(),
                label: b.label.get(lang).to_string(),
                zone: b.zone.as_str().to_string(),
                confirmed: b.confirmed,
            });
        ScoreDto {
            n: score.n,
            score: score.score.map(round2),
            items: score
                .items
                .iter()
                .map(|m| ItemScoreDto {
                    key: m.key.clone(),
                    mean: m.mean.map(round2),
                    n: m.n,
                })
                .collect(),
            band,
            band_table: format!("{}@{}", bands.key, bands.version),
            band_min_n: bands.min_n,
        }
    }
}
