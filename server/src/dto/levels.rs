//! `GET /api/v1/scores`: scores per agency and unit.

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
