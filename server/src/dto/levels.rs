//! `GET /api/v1/scores`: scores per agency and unit.

use crate::store::levels::AgencyScores;
use app::domain::stats::round2;
use app::domain::text::Lang;
use app::views::score::ScoreDto;
use serde::{Deserialize, Serialize};

/// One unit's score.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, utoipa::ToSchema)]
pub struct UnitScoreDto {
    /// Unit slug.
    pub unit: String,
    /// Unit name.
    pub unit_name: String,
    /// Sector.
    pub sector: String,
    /// Expected service users per year, when recorded.
    pub expected_users: Option<i32>,
    /// The score.
    pub score: ScoreDto,
}

/// The unweighted mean of unit scores.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, utoipa::ToSchema)]
pub struct MeanOfUnitsDto {
    /// Units with a score.
    pub units: usize,
    /// Mean of their scores.
    pub score: Option<f64>,
    /// Its standard error.
    pub se: Option<f64>,
    /// 95 % interval.
    pub ci: Option<[f64; 2]>,
}

/// One agency on one instrument version.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, utoipa::ToSchema)]
pub struct AgencyScoresDto {
    /// Agency slug.
    pub agency: String,
    /// Agency name.
    pub agency_name: String,
    /// Kind (regency, city, police resort…).
    pub kind: String,
    /// Region.
    pub region: String,
    /// Instrument key and version.
    pub instrument: String,
    /// Which agency figure leads: `pooled` (all respondents together).
    pub shown: String,
    /// All respondents together.
    pub pooled: ScoreDto,
    /// Each unit counted once.
    pub mean_of_units: MeanOfUnitsDto,
    /// Per unit.
    pub units: Vec<UnitScoreDto>,
}

/// The answer of `GET /api/v1/scores`.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, utoipa::ToSchema)]
pub struct LevelScoresDto {
    /// One entry per agency and instrument version.
    pub scores: Vec<AgencyScoresDto>,
}

impl LevelScoresDto {
    /// Shapes the computed scores.
    pub fn new(all: &[AgencyScores], lang: Lang) -> Self {
        let scores = all
            .iter()
            .map(|a| AgencyScoresDto {
                agency: a.agency.slug.clone(),
                agency_name: a.agency.name.clone(),
                kind: a.agency.kind.clone(),
                region: a.agency.region.clone(),
                instrument: format!("{}@{}", a.instrument.key, a.instrument.version),
                shown: "pooled".to_string(),
                pooled: ScoreDto::new(&a.pooled, &a.bands, lang),
                mean_of_units: MeanOfUnitsDto {
                    units: a
                        .units
                        .iter()
                        .filter(|u| u.score.estimate.score.is_some())
                        .count(),
                    score: a.mean_of_units.score.map(round2),
                    se: a.mean_of_units.se.map(round2),
                    ci: a.mean_of_units.ci.map(|(lo, hi)| [round2(lo), round2(hi)]),
                },
                units: a
                    .units
                    .iter()
                    .map(|u| UnitScoreDto {
                        unit: u.unit.slug.clone(),
                        unit_name: u.unit.name.clone(),
                        sector: u.unit.sector.clone(),
                        expected_users: u.unit.expected_users,
                        score: ScoreDto::new(&u.score, &a.bands, lang),
                    })
                    .collect(),
            })
            .collect();
        LevelScoresDto { scores }
    }
}
