//! The responses export: one row per response, the fixed columns and then
//! one per question, read a page at a time.

use super::answers::AnswerColumns;
use super::format::{self, Download, Format};
use super::plan::{ExportQuery, Plan, PlanError, plan, wib};
use super::rows::Rows;
use super::{Cell, audit, codebook};
use crate::error::AppError;
use crate::services::access::Actor;
use crate::services::state::AppState;
use crate::store::entities::response;
use chrono::{DateTime, Utc};
use rust_xlsxwriter::{Workbook, XlsxError};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ColumnTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use tokio::sync::mpsc;
use uuid::Uuid;

/// Rows read per query.
pub const PAGE: u64 = 4_000;

/// The fixed columns before the questions.
pub const FIXED: [&str; 12] = [
    "response_id",
    "submitted_at",
    "survey",
    "agency",
    "agency_name",
    "unit",
    "unit_name",
    "channel",
    "interviewer",
    "verified",
    "suspect",
    "flags",
];

/// The column of the version of the survey's own questions a response
/// was given under, before their columns.
pub const OWN_VERSION: &str = "questions_version";

/// The responses `query` selects within `actor`'s reach, as a file in
/// `format`; the export is logged first, and the row count given for
/// progress.
pub async fn responses(
    state: &AppState,
    actor: &Actor,
    query: ExportQuery,
    format: Format,
) -> Result<Download, PlanError> {
    let plan = plan(state, actor, query).await?;
    audit(
        state,
        actor,
        &format!("responses.{}", format.ext()),
        &plan.query,
    )
    .await?;
    let rows = count(state, &plan).await?;
    let stamp = Utc::now().format("%Y%m%d-%H%M");
    let name = format!(
        "persepsi-{}-v{}-{stamp}.{}",
        plan.instrument.key,
        plan.instrument.version,
        format.ext()
    );
    let pages = match super::sqlite_reader::file_of(&state.db).await? {
        Some(file) => {
            let plan = plan.clone();
            let after = move |last: Option<&ExportRow>| {
                use sea_orm::QueryTrait;
                page_query(&plan, last.map(|l| (l.submitted_at, l.id)))
                    .build(sea_orm::DbBackend::Sqlite)
            };
            super::sqlite_reader::pages(file, after, PAGE as usize, from_sqlite)
        }
        None => pages(state.clone(), plan.clone()),
    };
    let source = Responses {
        header: header(&plan),
        layout: Layout::of(&plan),
        pages,
        plan,
    };
    let mut download = format::download(source, format, name).await?;
    download.rows = Some(rows);
    Ok(download)
}

/// The header row: fixed columns, then one per question.
pub fn header(plan: &Plan) -> Vec<String> {
    let own = plan.own_keys();
    let version = (!own.is_empty()).then(|| OWN_VERSION.to_string());
    FIXED
        .iter()
        .map(|s| s.to_string())
        .chain(plan.items().map(|i| i.key.clone()))
        .chain(version)
        .chain(own.into_iter().map(str::to_string))
        .collect()
}

/// What an export reads of a response (not its token hash).
#[derive(Clone, Debug)]
pub struct ExportRow {
    /// Id.
    pub id: Uuid,
    /// Survey.
    pub survey_id: Uuid,
    /// Unit.
    pub unit_id: Option<Uuid>,
    /// `form`, `api`, `import`, `kiosk`, `interview`, `demo`.
    pub channel: String,
    /// Who asked, for an interview.
    pub interviewer_id: Option<Uuid>,
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
    /// The version of the own questions it was given under.
    pub questions_version: Option<i32>,
}

/// Read by position, in the order of [`COLUMNS`]: by name, every column of
/// every row had its name built and looked up.
impl sea_orm::FromQueryResult for ExportRow {
    fn from_query_result(res: &sea_orm::QueryResult, _pre: &str) -> Result<Self, DbErr> {
        Ok(ExportRow {
            id: res.try_get_by_index(0)?,
            survey_id: res.try_get_by_index(1)?,
            unit_id: res.try_get_by_index(2)?,
            channel: res.try_get_by_index(3)?,
            interviewer_id: res.try_get_by_index(4)?,
            verified: res.try_get_by_index(5)?,
            suspect: res.try_get_by_index(6)?,
            flags: res.try_get_by_index(7)?,
            answers: res.try_get_by_index(8)?,
            submitted_at: res.try_get_by_index(9)?,
            questions_version: res.try_get_by_index(10)?,
        })
    }
}

/// A row read from SQLite by the export's own reader, in the order of
/// [`COLUMNS`].
fn from_sqlite(row: &rusqlite::Row<'_>) -> Result<ExportRow, DbErr> {
    use super::sqlite_reader::{failed, id, instant, text};
    use rusqlite::types::ValueRef;
    let at = |i: usize| row.get_ref(i).map_err(failed);
    let required = |i: usize| id(at(i)?)?.ok_or_else(|| failed("an id is missing"));
    let number = |i: usize| at(i)?.as_i64().map_err(failed);
    Ok(ExportRow {
        id: required(0)?,
        survey_id: required(1)?,
        unit_id: id(at(2)?)?,
        channel: text(at(3)?)?.to_string(),
        interviewer_id: id(at(4)?)?,
        verified: number(5)? != 0,
        suspect: number(6)? != 0,
        flags: text(at(7)?)?.to_string(),
        answers: text(at(8)?)?.to_string(),
        submitted_at: instant(at(9)?)?,
        questions_version: match at(10)? {
            ValueRef::Null => None,
            _ => Some(i32::try_from(number(10)?).map_err(failed)?),
        },
    })
}

/// What an export reads of a response, in the order of [`ExportRow`].
pub(super) const COLUMNS: [response::Column; 11] = [
    response::Column::Id,
    response::Column::SurveyId,
    response::Column::UnitId,
    response::Column::Channel,
    response::Column::InterviewerId,
    response::Column::Verified,
    response::Column::Suspect,
    response::Column::Flags,
    response::Column::Answers,
    response::Column::SubmittedAt,
    response::Column::QuestionsVersion,
];

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
pub async fn count(state: &AppState, plan: &Plan) -> Result<u64, DbErr> {
    use sea_orm::PaginatorTrait;
    selected(plan).count(&state.db).await
}

/// The query of a page of responses after `after` (submitted_at, id),
/// oldest first, reading [`COLUMNS`]: what both readers send.
fn page_query(
    plan: &Plan,
    after: Option<(DateTime<Utc>, Uuid)>,
) -> sea_orm::Select<response::Entity> {
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
        .columns(COLUMNS)
        .order_by_asc(response::Column::SubmittedAt)
        .order_by_asc(response::Column::Id)
        .limit(PAGE)
}

/// A page of responses after `after` (submitted_at, id), in order.
pub async fn page(
    state: &AppState,
    plan: &Plan,
    after: Option<(DateTime<Utc>, Uuid)>,
) -> Result<Vec<ExportRow>, DbErr> {
    page_query(plan, after)
        .into_model::<ExportRow>()
        .all(&state.db)
        .await
}

/// The pages of an export, read ahead by one on their own task, so reading
/// the next page overlaps with writing this one.
fn pages(state: AppState, plan: Plan) -> mpsc::Receiver<Result<Vec<ExportRow>, DbErr>> {
    super::paging::paged((state, plan), PAGE as usize, |(state, plan), last| {
        let after = last.map(|l: &ExportRow| (l.submitted_at, l.id));
        async move {
            let rows = page(&state, &plan, after).await?;
            Ok(((state, plan), rows))
        }
    })
}

/// Where the answers of a plan's rows go, after the fixed columns: its
/// questions, then (when the survey asks its own) the version they were
/// asked under and the own questions.
#[derive(Clone, Debug)]
pub struct Layout {
    answers: AnswerColumns,
    /// Answer cells, the version's included.
    width: usize,
    /// The version's cell among them.
    version: Option<usize>,
}

impl Layout {
    /// The layout of `plan`'s rows, as [`header`] names them.
    pub fn of(plan: &Plan) -> Layout {
        let items: Vec<&str> = plan.items().map(|i| i.key.as_str()).collect();
        let own = plan.own_keys();
        let version = (!own.is_empty()).then_some(items.len());
        let own_from = items.len() + 1;
        let width = items.len() + version.map_or(0, |_| 1 + own.len());
        let answers = AnswerColumns::new(
            items
                .iter()
                .enumerate()
                .map(|(i, k)| (*k, i))
                .chain(own.iter().enumerate().map(|(i, k)| (*k, own_from + i))),
        );
        Layout {
            answers,
            width,
            version,
        }
    }
}

/// A response as a row, in the order of [`header`] (`layout` is
/// [`Layout::of`] the plan).
pub fn row<'a>(plan: &'a Plan, layout: &Layout, r: &'a ExportRow) -> Vec<Cell<'a>> {
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
    let mut out = Vec::with_capacity(FIXED.len() + layout.width);
    out.extend([
        Cell::Id(r.id),
        Cell::Time(
            r.submitted_at
                .with_timezone(plan.zones.get(&r.survey_id).unwrap_or(&wib())),
        ),
        survey,
        agency,
        agency_name,
        unit,
        unit_name,
        text(&r.channel),
        match r.interviewer_id.filter(|_| plan.interviewers) {
            Some(who) => Cell::Id(who),
            None => Cell::Empty,
        },
        Cell::Bool(r.verified),
        Cell::Bool(r.suspect),
        text(&r.flags),
    ]);
    out.resize(FIXED.len() + layout.width, Cell::Empty);
    let answers = &mut out[FIXED.len()..];
    layout.answers.fill(&r.answers, answers);
    if let Some(v) = layout.version {
        answers[v] = r
            .questions_version
            .map_or(Cell::Empty, |v| Cell::Int(v.into()));
    }
    out
}

/// The responses of a plan, a page at a time.
struct Responses {
    plan: Plan,
    layout: Layout,
    header: Vec<String>,
    pages: mpsc::Receiver<Result<Vec<ExportRow>, DbErr>>,
}

impl Rows for Responses {
    type Row = ExportRow;
    const SHEET: &'static str = "responses";

    fn header(&self) -> &[String] {
        &self.header
    }

    async fn next(&mut self) -> Result<Option<Vec<ExportRow>>, AppError> {
        Ok(self.pages.recv().await.transpose()?)
    }

    fn cells<'a>(&'a self, row: &'a ExportRow) -> Vec<Cell<'a>> {
        self::row(&self.plan, &self.layout, row)
    }

    /// The codebook beside the data.
    fn more_sheets(&self, book: &mut Workbook) -> Result<(), XlsxError> {
        codebook::sheet(book, &self.plan)
    }
}
