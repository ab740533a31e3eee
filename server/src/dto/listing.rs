//! `GET /api/v1/agencies`, `/api/v1/agencies/{agency}/units` and
//! `/api/v1/surveys`: what a client lists before it asks for a survey or
//! a score. Pages are numbered from 1.

use serde::{Deserialize, Serialize};

/// Most rows in one page.
pub const MAX_PER_PAGE: u32 = 100;
/// Rows in a page unless asked.
pub const PER_PAGE: u32 = 50;

/// One agency (public-service provider).
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, utoipa::ToSchema)]
pub struct AgencyItem {
    /// Its slug (the `agency` of other calls).
    pub slug: String,
    /// Its name.
    pub name: String,
    /// `ministry`, `agency`, `province`, `regency`, `city`,
    /// `police_resort`, `land_office`, …
    pub kind: String,
    /// Its region (province).
    pub region: String,
}

/// A page of agencies.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, utoipa::ToSchema)]
pub struct AgencyList {
    /// Agencies matching, on every page.
    pub total: u64,
    /// This page (from 1).
    pub page: u32,
    /// Rows per page.
    pub per_page: u32,
    /// This page's agencies, by name.
    pub items: Vec<AgencyItem>,
}

/// One service unit.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, utoipa::ToSchema)]
pub struct UnitItem {
    /// Its slug (the `unit` of a response, a score filter or a code batch).
    pub slug: String,
    /// Its name.
    pub name: String,
    /// `licensing`, `health`, `education`, `civil_registration`,
    /// `police`, `land`, `other`, …
    pub sector: String,
}

/// An agency's units.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, utoipa::ToSchema)]
pub struct UnitList {
    /// The agency's slug.
    pub agency: String,
    /// Its units, by name.
    pub items: Vec<UnitItem>,
}

/// One survey.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, utoipa::ToSchema)]
pub struct SurveyItem {
    /// Its public slug (the `slug` of other calls).
    pub slug: String,
    /// Its title.
    pub title: String,
    /// Its agency's slug.
    pub agency: String,
    /// `open`, `closed`, or `draft` (drafts only for a token within reach).
    pub status: String,
    /// When answering opens, if set.
    pub opens_at: Option<chrono::DateTime<chrono::Utc>>,
    /// When answering closes, if set.
    pub closes_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Its instrument version, `key@version`.
    pub instrument: String,
    /// Its units' slugs.
    pub units: Vec<String>,
    /// The citizen's form (a path on this server).
    pub form_path: String,
    /// The public results page (a path on this server).
    pub results_path: String,
    /// The results as open data, CSV (a path on this server).
    pub results_csv_path: String,
}

/// A page of surveys.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, utoipa::ToSchema)]
pub struct SurveyList {
    /// Surveys matching, on every page.
    pub total: u64,
    /// This page (from 1).
    pub page: u32,
    /// Rows per page.
    pub per_page: u32,
    /// This page's surveys, by title.
    pub items: Vec<SurveyItem>,
}

/// Filters of `GET /api/v1/agencies`.
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct AgencyQuery {
    /// Only this kind (e.g. `regency`).
    pub kind: Option<String>,
    /// Only this region (province), as written by the agency.
    pub region: Option<String>,
    /// The page, from 1.
    #[param(minimum = 1, maximum = 100000)]
    pub page: Option<u32>,
    /// Rows per page (1 to 100, default 50).
    #[param(minimum = 1, maximum = 100)]
    pub per_page: Option<u32>,
}

/// A survey's status, as a filter.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum StatusFilter {
    /// Answering now (or soon).
    Open,
    /// No longer answered; results stay.
    Closed,
    /// Not yet published (only within a token's reach).
    Draft,
}

impl StatusFilter {
    /// As stored.
    pub fn as_str(self) -> &'static str {
        match self {
            StatusFilter::Open => "open",
            StatusFilter::Closed => "closed",
            StatusFilter::Draft => "draft",
        }
    }
}

/// Filters of `GET /api/v1/surveys`.
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct SurveyQuery {
    /// Only this agency's (slug).
    pub agency: Option<String>,
    /// Only surveys covering this unit (slug).
    pub unit: Option<String>,
    /// Only this status.
    pub status: Option<StatusFilter>,
    /// The page, from 1.
    #[param(minimum = 1, maximum = 100000)]
    pub page: Option<u32>,
    /// Rows per page (1 to 100, default 50).
    #[param(minimum = 1, maximum = 100)]
    pub per_page: Option<u32>,
}
