//! Exports for assessors' own tools: every response (one row each, one
//! column per question) as CSV, NDJSON or XLSX, streamed page by page so
//! that a million rows need no more memory than one page; and a codebook
//! that says what every column means.
//!
//! What an export may contain is decided by the caller's reach
//! (`services::access`): only agencies the account sees are ever read.

use crate::error::AppError;
use crate::services::access::Actor;
use crate::services::state::AppState;
use crate::store::entities::{agency, response, service_unit, survey};
use app::domain::answers::{FieldErrors, push_error};
use app::domain::bands::BandTable;
use app::domain::instrument::Instrument;
use app::domain::period;
use chrono::{DateTime, FixedOffset, NaiveDate, Utc};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;
use uuid::Uuid;

/// Rows read per query.
pub const PAGE: u64 = 4_000;

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
    /// CSV only: start with a byte-order mark, for Excel.
    #[serde(default)]
    pub bom: bool,
}

/// A resolved export: what to read and how to name it.
#[derive(Clone, Debug)]
pub struct Plan {
    /// The instrument version every row answers.
    pub instrument: Arc<Instrument>,
    /// The band table of the first survey.
    pub bands: Arc<BandTable>,
    /// Surveys read: id → (slug, agency slug, agency name).
    pub surveys: HashMap<Uuid, (String, String, String)>,
    /// Units: id → (slug, name, sector).
    pub units: HashMap<Uuid, (String, String, String)>,
    /// Only these units (a sector filter).
    pub unit_ids: Option<Vec<Uuid>>,
    /// Submitted from (inclusive) and to (exclusive).
    pub between: Option<(DateTime<Utc>, DateTime<Utc>)>,
    /// Only verified.
    pub verified_only: bool,
    /// Suspect ones too.
    pub include_suspect: bool,
    /// The filters as asked, for the codebook and the audit log.
    pub query: ExportQuery,
}

/// Why an export cannot be made.
#[derive(Debug)]
pub enum PlanError {
    /// A filter is wrong: messages per field.
    Invalid(FieldErrors),
    /// The database failed.
    App(AppError),
}

impl From<sea_orm::DbErr> for PlanError {
    fn from(e: sea_orm::DbErr) -> Self {
        PlanError::App(AppError::from(e))
    }
}

fn invalid(field: &str, message: app::i18n::Tr) -> PlanError {
    let mut e = FieldErrors::new();
    push_error(&mut e, field, message.text());
    PlanError::Invalid(e)
}

fn wib() -> FixedOffset {
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
    let mut agencies = crate::services::access::agencies(db, actor)
        .await
        .map_err(PlanError::App)?;
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
    let by_id: HashMap<Uuid, agency::Model> = agencies.into_iter().map(|a| (a.id, a)).collect();
    let mut surveys = survey::Entity::find()
        .filter(survey::Column::AgencyId.is_in(by_id.keys().copied().collect::<Vec<_>>()))
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
    // One instrument version per export: its questions are the columns.
    let mut versions: Vec<(Uuid, Arc<Instrument>)> = Vec::new();
    for s in &surveys {
        if !versions.iter().any(|(id, _)| *id == s.instrument_id) {
            versions.push((s.instrument_id, state.instrument(s.instrument_id).await?));
        }
    }
    let chosen = match q
        .instrument
        .as_deref()
        .map(|f| f.split_once('@').unwrap_or((f, "")))
    {
        Some((key, version)) => versions
            .iter()
            .filter(|(_, i)| {
                i.key == key && (version.is_empty() || i.version.to_string() == version)
            })
            .max_by_key(|(_, i)| i.version)
            .cloned(),
        None if versions.len() <= 1 => versions.first().cloned(),
        None => {
            return Err(invalid("instrument", app::i18n::SEVERAL_INSTRUMENTS));
        }
    };
    let Some((instrument_id, instrument)) = chosen else {
        return Err(invalid("instrument", app::i18n::NO_SURVEY_IN_REACH));
    };
    surveys.retain(|s| s.instrument_id == instrument_id);
    let bands = match surveys.first() {
        Some(s) => state.band_table(s.band_table_id).await?,
        None => return Err(invalid("instrument", app::i18n::NO_SURVEY)),
    };
    let between = match q.period.as_deref() {
        None => None,
        Some(p) => {
            let (from, to) = period::months(p)
                .ok_or_else(|| invalid("period", app::i18n::WRITE_PERIOD_AS_2026))?;
            let start = month_start(&from).expect("a valid month");
            let end = month_start(&to).expect("a valid month") + chrono::Duration::days(32);
            let end = month_start(&crate::store::tallies::month_of(end)).expect("a month");
            Some((start, end))
        }
    };
    let units: HashMap<Uuid, (String, String, String)> = service_unit::Entity::find()
        .filter(service_unit::Column::AgencyId.is_in(by_id.keys().copied().collect::<Vec<_>>()))
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
    Ok(Plan {
        instrument,
        bands,
        surveys: surveys
            .into_iter()
            .map(|s| {
                let a = &by_id[&s.agency_id];
                (s.id, (s.slug, a.slug.clone(), a.name.clone()))
            })
            .collect(),
        units,
        unit_ids,
        between,
        verified_only: q.verified,
        include_suspect: q.suspect,
        query: q,
    })
}

/// The fixed columns before the questions.
pub const FIXED: [&str; 11] = [
    "response_id",
    "submitted_at",
    "survey",
    "agency",
    "agency_name",
    "unit",
    "unit_name",
    "channel",
    "verified",
    "suspect",
    "flags",
];

/// The header row: fixed columns, then one per question.
pub fn header(plan: &Plan) -> Vec<String> {
    FIXED
        .iter()
        .map(|s| s.to_string())
        .chain(plan.instrument.items.iter().map(|i| i.key.clone()))
        .collect()
}

/// One value of a row; text borrowed from the plan or the stored row where
/// it can be (a million-row export then copies no names).
#[derive(Clone, Debug, PartialEq)]
pub enum Cell<'a> {
    /// Text (neutralised where a spreadsheet would run it).
    Text(std::borrow::Cow<'a, str>),
    /// A whole number.
    Int(i64),
    /// Yes / no.
    Bool(bool),
    /// Nothing.
    Empty,
}

/// What an export reads of a response (not its token hash).
#[derive(Clone, Debug, sea_orm::FromQueryResult)]
pub struct ExportRow {
    /// Id.
    pub id: Uuid,
    /// Survey.
    pub survey_id: Uuid,
    /// Unit.
    pub unit_id: Option<Uuid>,
    /// `form`, `api`, `demo`.
    pub channel: String,
    /// Carried a service code.
    pub verified: bool,
    /// Tripped a signal.
    pub suspect: bool,
    /// Which signals.
    pub flags: String,
    /// Answers as JSON.
    pub answers: String,
    /// When.
    pub submitted_at: DateTime<Utc>,
}

/// The responses the plan selects, as a query.
fn selected(plan: &Plan) -> sea_orm::Select<response::Entity> {
    let mut q = response::Entity::find()
        .filter(response::Column::SurveyId.is_in(plan.surveys.keys().copied().collect::<Vec<_>>()));
    if let Some(units) = &plan.unit_ids {
        q = q.filter(response::Column::UnitId.is_in(units.clone()));
    }
    if let Some((from, to)) = plan.between {
        q = q
            .filter(response::Column::SubmittedAt.gte(from))
            .filter(response::Column::SubmittedAt.lt(to));
    }
    if plan.verified_only {
        q = q.filter(response::Column::Verified.eq(true));
    }
    if !plan.include_suspect {
        q = q.filter(response::Column::Suspect.eq(false));
    }
    q
}

/// How many rows the export will have (for progress).
pub async fn count(state: &AppState, plan: &Plan) -> Result<u64, sea_orm::DbErr> {
    use sea_orm::PaginatorTrait;
    selected(plan).count(&state.db).await
}

/// A page of responses after `after` (submitted_at, id), in order.
pub async fn page(
    state: &AppState,
    plan: &Plan,
    after: Option<(DateTime<Utc>, Uuid)>,
) -> Result<Vec<ExportRow>, sea_orm::DbErr> {
    let mut q = selected(plan);
    if let Some((t, id)) = after {
        // A row-value comparison, so the (survey, time) index serves it.
        q = q.filter(
            Expr::tuple([
                Expr::col(response::Column::SubmittedAt),
                Expr::col(response::Column::Id),
            ])
            .gt(Expr::tuple([Expr::value(t), Expr::value(id)])),
        );
    }
    q.select_only()
        .columns([
            response::Column::Id,
            response::Column::SurveyId,
            response::Column::UnitId,
            response::Column::Channel,
            response::Column::Verified,
            response::Column::Suspect,
            response::Column::Flags,
            response::Column::Answers,
            response::Column::SubmittedAt,
        ])
        .order_by_asc(response::Column::SubmittedAt)
        .order_by_asc(response::Column::Id)
        .limit(PAGE)
        .into_model::<ExportRow>()
        .all(&state.db)
        .await
}

/// A response as a row, in the order of [`header`].
pub fn row<'a>(plan: &'a Plan, r: &'a ExportRow) -> Vec<Cell<'a>> {
    let text = |s: &'a str| Cell::Text(s.into());
    let (survey, agency, agency_name) = plan
        .surveys
        .get(&r.survey_id)
        .map(|(s, a, n)| (text(s), text(a), text(n)))
        .unwrap_or((Cell::Empty, Cell::Empty, Cell::Empty));
    let (unit, unit_name) = r
        .unit_id
        .and_then(|u| plan.units.get(&u))
        .map(|(s, n, _)| (text(s), text(n)))
        .unwrap_or((Cell::Empty, Cell::Empty));
    // Borrowed when no value needs unescaping (nearly always).
    let borrowed: Option<BTreeMap<&str, &str>> = serde_json::from_str(&r.answers).ok();
    let owned: BTreeMap<String, String> = match borrowed {
        Some(_) => BTreeMap::new(),
        None => serde_json::from_str(&r.answers).unwrap_or_default(),
    };
    let answer = |key: &str| -> Option<&str> {
        match &borrowed {
            Some(b) => b.get(key).copied(),
            None => owned.get(key).map(String::as_str),
        }
    };
    let mut out = vec![
        Cell::Text(r.id.to_string().into()),
        Cell::Text(r.submitted_at.with_timezone(&wib()).to_rfc3339().into()),
        survey,
        agency,
        agency_name,
        unit,
        unit_name,
        text(&r.channel),
        Cell::Bool(r.verified),
        Cell::Bool(r.suspect),
        text(&r.flags),
    ];
    for item in &plan.instrument.items {
        out.push(match answer(&item.key) {
            None => Cell::Empty,
            Some(v) => match v.parse::<i64>() {
                Ok(n) => Cell::Int(n),
                Err(_) => Cell::Text(v.to_string().into()),
            },
        });
    }
    out
}

/// A text cell made inert for spreadsheets: one that begins with `=`, `+`,
/// `-`, `@`, a tab or a carriage return (and is not simply a number) gets a
/// leading apostrophe, so it is shown, never evaluated.
pub fn neutralise(s: &str) -> std::borrow::Cow<'_, str> {
    let risky = s.starts_with(['=', '+', '-', '@', '\t', '\r']);
    if risky && s.parse::<f64>().is_err() {
        std::borrow::Cow::Owned(format!("'{s}"))
    } else {
        std::borrow::Cow::Borrowed(s)
    }
}

/// Appends one CSV record (RFC 4180: comma separated, CRLF, quotes doubled)
/// to `out`.
pub fn csv_record<'a, 'c: 'a>(out: &mut String, cells: impl IntoIterator<Item = &'a Cell<'c>>) {
    let mut first = true;
    for c in cells {
        if !first {
            out.push(',');
        }
        first = false;
        match c {
            Cell::Empty => {}
            Cell::Int(n) => {
                use std::fmt::Write;
                let _ = write!(out, "{n}");
            }
            Cell::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Cell::Text(t) => {
                let t = neutralise(t);
                if t.contains([',', '"', '\n', '\r']) || t.starts_with('\'') {
                    out.push('"');
                    out.push_str(&t.replace('"', "\"\""));
                    out.push('"');
                } else {
                    out.push_str(&t);
                }
            }
        }
    }
    out.push_str("\r\n");
}

/// One NDJSON line: an object of `header` → cell (JSON is never evaluated,
/// so text is kept as given).
pub fn ndjson_line(out: &mut String, header: &[String], cells: &[Cell]) {
    let map: serde_json::Map<String, serde_json::Value> = header
        .iter()
        .zip(cells)
        .map(|(k, c)| {
            let v = match c {
                Cell::Empty => serde_json::Value::Null,
                Cell::Int(n) => (*n).into(),
                Cell::Bool(b) => (*b).into(),
                Cell::Text(t) => t.clone().into(),
            };
            (k.clone(), v)
        })
        .collect();
    out.push_str(&serde_json::Value::Object(map).to_string());
    out.push('\n');
}

/// The codebook: versions, every column with its wording, the method and
/// the filters.
pub fn codebook(plan: &Plan) -> serde_json::Value {
    let i = &plan.instrument;
    let fixed = serde_json::json!({
        "response_id": "Response id (UUID).",
        "submitted_at": "When it was received, in Western Indonesian Time (UTC+7), RFC 3339.",
        "survey": "Survey (slug).",
        "agency": "Provider (slug).",
        "agency_name": "Provider name.",
        "unit": "Service unit (slug), empty when none.",
        "unit_name": "Service unit name.",
        "channel": "form (the web page), api (the JSON API: apps, queue systems), import (entered by the agency: paper forms, kiosk records) or demo.",
        "verified": "true when a one-time service code came with it.",
        "suspect": "true when a bot signal tripped (left out of scores by default).",
        "flags": "The signals: honeypot, fast, other-survey, repeat-device.",
    });
    let items: Vec<serde_json::Value> = i
        .items
        .iter()
        .map(|it| {
            serde_json::json!({
                "column": it.key,
                "kind": it.kind.as_str(),
                "text_id": it.text.id,
                "text_en": it.text.en,
                "counts_in_score": it.kind == app::domain::instrument::ItemKind::Scale,
                "weight": it.weight,
                "not_applicable": it.not_applicable,
                "labels_id": it.labels.as_ref().map(|l| l.iter().map(|t| t.id.clone()).collect::<Vec<_>>()),
            })
        })
        .collect();
    serde_json::json!({
        "instrument": { "key": i.key, "version": i.version, "title_id": i.title.id, "title_en": i.title.en, "conversion": i.conversion },
        "band_table": { "key": plan.bands.key, "version": plan.bands.version, "min_n": plan.bands.min_n, "bands": plan.bands.bands },
        "method": app::views::score::METHOD,
        "scale": "1 (worst) to 4 (best); na = not applicable; the score is the weighted mean of item means × conversion.",
        "cells": "Text cells that begin with = + - @ tab or carriage return get a leading ' in CSV and XLSX so spreadsheets show them and never evaluate them.",
        "columns": fixed,
        "questions": items,
        "filters": plan.query,
        "surveys": plan.surveys.values().map(|(s, a, _)| format!("{a}/{s}")).collect::<Vec<_>>(),
        "generated_at": Utc::now().with_timezone(&wib()).to_rfc3339(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_made_inert_and_numbers_kept() {
        for bad in [
            "=1+1",
            "+SUM(A1)",
            "-2+3",
            "@cmd",
            "\tx",
            "\rx",
            "=HYPERLINK(\"x\")",
        ] {
            assert!(neutralise(bad).starts_with('\''), "{bad:?}");
        }
        for ok in ["-2.5", "+3", "halo", "", "4"] {
            assert_eq!(neutralise(ok), ok);
        }
        let mut out = String::new();
        csv_record(
            &mut out,
            &[
                Cell::Text("a,b".into()),
                Cell::Text("say \"hi\"".into()),
                Cell::Text("=1+1".into()),
                Cell::Int(4),
                Cell::Empty,
                Cell::Bool(true),
            ],
        );
        assert_eq!(out, "\"a,b\",\"say \"\"hi\"\"\",\"'=1+1\",4,,true\r\n");
    }
}
