//! What an export reads, and who may read it: the filters resolved within
//! the caller's reach.

use crate::error::AppError;
use crate::services::access::{Actor, Role};
pub use crate::services::filters::PlanError;
use crate::services::filters::invalid;
use crate::services::state::AppState;
use crate::store::entities::{agency, service_unit, survey};
use app::domain::bands::BandTable;
use app::domain::instrument::{Instrument, Item};
use app::domain::period;
use chrono::{DateTime, FixedOffset, NaiveDate, Utc};
use rustc_hash::FxHashMap;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder};
use serde::Deserialize;
use std::collections::HashMap;
use std::sync::Arc;
use uuid::Uuid;

/// The filters, as on the ranking.
#[derive(Clone, Debug, Default, Deserialize, serde::Serialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct ExportQuery {
    /// One agency (slug).
    pub agency: Option<String>,
    /// One province (agency region).
    pub region: Option<String>,
    /// One kind of provider.
    pub kind: Option<String>,
    /// One sector of units.
    pub sector: Option<String>,
    /// One survey (slug).
    pub survey: Option<String>,
    /// `key@version` or `key` (the newest version in use).
    pub instrument: Option<String>,
    /// `2026`, `2026-Q3` or `2026-11`.
    pub period: Option<String>,
    /// Only service-verified responses.
    #[serde(default)]
    pub verified: bool,
    /// Include responses flagged suspect (left out by default).
    #[serde(default)]
    pub suspect: bool,
    /// CSV only: start with a byte-order mark, for Excel (the default on
    /// the admin pages' downloads; `false` leaves it out).
    pub bom: Option<bool>,
    /// CSV only: `excel` (`;` between cells, decimal comma, as Excel in
    /// the Indonesian locale reads them; the default of the admin pages'
    /// downloads) or `plain` (RFC 4180 with `,` and a decimal point; the
    /// default of the API). Empty or left out: the default.
    #[param(pattern = "^(excel|plain)?$")]
    pub flavour: Option<String>,
}

/// A resolved export: what to read and how to name it.
#[derive(Clone, Debug)]
pub struct Plan {
    /// The instrument version every row answers.
    pub instrument: Arc<Instrument>,
    /// The band table of the first survey.
    pub bands: Arc<BandTable>,
    /// Surveys read: id → (slug, agency slug, agency name).
    pub surveys: FxHashMap<Uuid, (String, String, String)>,
    /// Each survey's agency's time zone, by its province (WIB, WITA,
    /// WIT), in which its responses' times are told.
    pub zones: FxHashMap<Uuid, FixedOffset>,
    /// Units: id → (slug, name, sector).
    pub units: FxHashMap<Uuid, (String, String, String)>,
    /// Only these units (a sector filter).
    pub unit_ids: Option<Vec<Uuid>>,
    /// Submitted from (inclusive) and to (exclusive).
    pub between: Option<Span>,
    /// Only verified.
    pub verified_only: bool,
    /// Suspect ones too.
    pub include_suspect: bool,
    /// The filters as asked, for the codebook and the audit log.
    pub query: ExportQuery,
    /// Questions whose column this export leaves out (receipt numbers, in
    /// an agency's own export).
    pub withheld: Vec<String>,
    /// Whether the interviewer of each interview is given: only within an
    /// assessor's reach, never to the rated agency.
    pub interviewers: bool,
    /// The published versions of the survey's own questions, oldest
    /// first, when the export reads one survey (each survey asks its own).
    pub own: Vec<app::domain::own::OwnSet>,
}

/// Questions that ask for a receipt or queue number. Such a number can
/// lead the rated agency back to the person who answered, so only
/// assessors and admins see it: an agency's own export (its managers, its
/// API tokens) leaves the column out. A keyed hash would not do: the agency
/// could send a form with a number it suspects and compare the hashes.
pub const RECEIPT_ITEMS: [&str; 1] = ["proof"];

impl Plan {
    /// The own questions' columns: every key any version asked, in the
    /// order first asked.
    pub fn own_keys(&self) -> Vec<&str> {
        let mut keys: Vec<&str> = Vec::new();
        for q in self.own.iter().flat_map(|v| v.questions.iter()) {
            if !keys.contains(&q.key.as_str()) {
                keys.push(&q.key);
            }
        }
        keys
    }

    /// The questions that are columns of this export, in order.
    pub fn items(&self) -> impl Iterator<Item = &Item> {
        self.instrument
            .items
            .iter()
            .filter(|i| !self.withheld.contains(&i.key))
    }
}

/// The questions `actor` may not read in an export of `instrument`.
fn withheld(actor: &Actor, instrument: &Instrument) -> Vec<String> {
    match actor.role {
        Role::Admin | Role::Assessor => Vec::new(),
        Role::Manager | Role::Enumerator => instrument
            .items
            .iter()
            .filter(|i| RECEIPT_ITEMS.contains(&i.key.as_str()))
            .map(|i| i.key.clone())
            .collect(),
    }
}

/// Submitted from (inclusive) and to (exclusive).
pub type Span = (DateTime<Utc>, DateTime<Utc>);

/// Western Indonesian Time (UTC+7), in which exports tell the time.
pub(super) fn wib() -> FixedOffset {
    FixedOffset::east_opt(7 * 3600).expect("UTC+7")
}

fn month_start(month: &str) -> Option<DateTime<Utc>> {
    let d = NaiveDate::parse_from_str(&format!("{month}-01"), "%Y-%m-%d").ok()?;
    Some(
        d.and_hms_opt(0, 0, 0)?
            .and_local_timezone(wib())
            .single()?
            .with_timezone(&Utc),
    )
}

/// Resolves the filters within the actor's reach.
pub async fn plan(state: &AppState, actor: &Actor, q: ExportQuery) -> Result<Plan, PlanError> {
    let db = &state.db;
    let agencies = in_reach(db, actor, &q).await?;
    let mut surveys = surveys_of(db, &agencies, &q).await?;
    let (instrument_id, instrument) = choose_instrument(state, &surveys, &q).await?;
    surveys.retain(|s| s.instrument_id == instrument_id);
    let bands = match surveys.first() {
        Some(s) => state.band_table(s.band_table_id).await?,
        None => return Err(invalid("instrument", app::i18n::NO_SURVEY)),
    };
    let between = between(q.period.as_deref())?;
    let units: FxHashMap<Uuid, (String, String, String)> = service_unit::Entity::find()
        .filter(service_unit::Column::AgencyId.is_in(agencies.keys().copied().collect::<Vec<_>>()))
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, (u.slug, u.name, u.sector)))
        .collect();
    let unit_ids = q.sector.as_ref().map(|sector| {
        units
            .iter()
            .filter(|(_, (_, _, s))| s == sector)
            .map(|(id, _)| *id)
            .collect::<Vec<_>>()
    });
    let zones = surveys
        .iter()
        .map(|s| {
            let zone = app::domain::zone::of_region(&agencies[&s.agency_id].region);
            let offset = FixedOffset::east_opt(zone.offset_seconds()).unwrap_or_else(wib);
            (s.id, offset)
        })
        .collect();
    let own = match surveys.as_slice() {
        [only] => crate::store::questions::versions(db, only.id)
            .await?
            .into_iter()
            .filter(|v| v.published_at.is_some())
            .map(|v| v.set)
            .collect(),
        _ => Vec::new(),
    };
    let surveys = surveys
        .into_iter()
        .map(|s| {
            let a = &agencies[&s.agency_id];
            (s.id, (s.slug, a.slug.clone(), a.name.clone()))
        })
        .collect();
    Ok(Plan {
        withheld: withheld(actor, &instrument),
        interviewers: actor.assesses(),
        own,
        instrument,
        bands,
        surveys,
        zones,
        units,
        unit_ids,
        between,
        verified_only: q.verified,
        include_suspect: q.suspect,
        query: q,
    })
}

/// The agencies the actor sees that the filters name, by id.
async fn in_reach(
    db: &DatabaseConnection,
    actor: &Actor,
    q: &ExportQuery,
) -> Result<HashMap<Uuid, agency::Model>, PlanError> {
    let mut agencies = crate::services::access::agencies(db, actor).await?;
    agencies.retain(|a| {
        q.agency.as_ref().is_none_or(|s| &a.slug == s)
            && q.region
                .as_ref()
                .is_none_or(|r| a.region.eq_ignore_ascii_case(r))
            && q.kind.as_ref().is_none_or(|k| &a.kind == k)
    });
    if q.agency.is_some() && agencies.is_empty() {
        // Outside the caller's reach reads exactly like absent.
        return Err(PlanError::App(AppError::NotFound));
    }
    Ok(agencies.into_iter().map(|a| (a.id, a)).collect())
}

/// The published surveys of those agencies (one, when the filter names it),
/// oldest first.
async fn surveys_of(
    db: &DatabaseConnection,
    agencies: &HashMap<Uuid, agency::Model>,
    q: &ExportQuery,
) -> Result<Vec<survey::Model>, PlanError> {
    let mut surveys = survey::Entity::find()
        .filter(survey::Column::AgencyId.is_in(agencies.keys().copied().collect::<Vec<_>>()))
        .filter(survey::Column::Status.ne("draft"))
        .order_by_asc(survey::Column::CreatedAt)
        .all(db)
        .await?;
    if let Some(slug) = &q.survey {
        surveys.retain(|s| &s.slug == slug);
        if surveys.is_empty() {
            return Err(PlanError::App(AppError::NotFound));
        }
    }
    Ok(surveys)
}

/// One instrument version per export: its questions are the columns. The
/// one asked for (its newest version in use when none is named), or the
/// only one in use.
async fn choose_instrument(
    state: &AppState,
    surveys: &[survey::Model],
    q: &ExportQuery,
) -> Result<(Uuid, Arc<Instrument>), PlanError> {
    let mut versions: Vec<(Uuid, Arc<Instrument>)> = Vec::new();
    for s in surveys {
        if !versions.iter().any(|(id, _)| *id == s.instrument_id) {
            versions.push((s.instrument_id, state.instrument(s.instrument_id).await?));
        }
    }
    let asked = q
        .instrument
        .as_deref()
        .map(|f| f.split_once('@').unwrap_or((f, "")));
    let chosen = match asked {
        Some((key, version)) => versions
            .iter()
            .filter(|(_, i)| {
                i.key == key && (version.is_empty() || i.version.to_string() == version)
            })
            .max_by_key(|(_, i)| i.version)
            .cloned(),
        None if versions.len() <= 1 => versions.first().cloned(),
        None => return Err(invalid("instrument", app::i18n::SEVERAL_INSTRUMENTS)),
    };
    chosen.ok_or_else(|| invalid("instrument", app::i18n::NO_SURVEY_IN_REACH))
}

/// The instants a period (`2026`, `2026-Q3`, `2026-11`) spans, in WIB.
fn between(period: Option<&str>) -> Result<Option<Span>, PlanError> {
    let Some(p) = period else {
        return Ok(None);
    };
    let (from, to) =
        period::months(p).ok_or_else(|| invalid("period", app::i18n::WRITE_PERIOD_AS_2026))?;
    let start = month_start(&from).expect("a valid month");
    let end = month_start(&to).expect("a valid month") + chrono::Duration::days(32);
    let end = month_start(&crate::store::tallies::month_of(end)).expect("a month");
    Ok(Some((start, end)))
}
