//! A survey's free-text answers (comments, suggestions), newest first, a
//! page at a time, filtered by unit, month and whether the response was
//! flagged. Never the network or device a response came from.

use crate::store::entities::{answer, response};
use chrono::{DateTime, Utc};
use sea_orm::{
    ColumnTrait, DatabaseConnection, DbErr, EntityTrait, JoinType, QueryFilter, QueryOrder,
    QuerySelect, RelationTrait,
};
use uuid::Uuid;

/// Comments per page.
pub const PER_PAGE: u64 = 30;

/// Which responses' comments to read.
#[derive(Clone, Debug, Default)]
pub struct Filter {
    /// One unit's.
    pub unit_id: Option<Uuid>,
    /// Submitted in `[from, to)`.
    pub span: Option<(DateTime<Utc>, DateTime<Utc>)>,
    /// Only flagged ones (`Some(true)`), only counted ones (`Some(false)`).
    pub flagged: Option<bool>,
}

/// One comment as read.
#[derive(Clone, Debug)]
pub struct Comment {
    /// When its response came.
    pub submitted_at: DateTime<Utc>,
    /// The unit it is about, when known.
    pub unit_id: Option<Uuid>,
    /// The question it answers.
    pub item_key: String,
    /// What the citizen wrote.
    pub text: String,
    /// Whether the response is left out of scores as suspect.
    pub flagged: bool,
}

type Row = (
    DateTime<Utc>,
    Option<Uuid>,
    String,
    String,
    bool,
    Option<DateTime<Utc>>,
);

/// Page `page` (from 0) of `survey_id`'s answers to `items` that `filter`
/// keeps, newest first; and whether more follow.
pub async fn page(
    db: &DatabaseConnection,
    survey_id: Uuid,
    items: &[String],
    filter: &Filter,
    page: u64,
) -> Result<(Vec<Comment>, bool), DbErr> {
    if items.is_empty() {
        return Ok((Vec::new(), false));
    }
    let mut q = answer::Entity::find()
        .select_only()
        .column(response::Column::SubmittedAt)
        .column(response::Column::UnitId)
        .column(answer::Column::ItemKey)
        .column(answer::Column::Value)
        .column(response::Column::Suspect)
        .column(response::Column::RestoredAt)
        .join(JoinType::InnerJoin, answer::Relation::Response.def())
        .filter(response::Column::SurveyId.eq(survey_id))
        .filter(answer::Column::ItemKey.is_in(items.to_vec()))
        .filter(answer::Column::Value.ne(""));
    if let Some(u) = filter.unit_id {
        q = q.filter(response::Column::UnitId.eq(u));
    }
    if let Some((from, to)) = filter.span {
        q = q
            .filter(response::Column::SubmittedAt.gte(from))
            .filter(response::Column::SubmittedAt.lt(to));
    }
    match filter.flagged {
        Some(true) => {
            q = q
                .filter(response::Column::Suspect.eq(true))
                .filter(response::Column::RestoredAt.is_null());
        }
        Some(false) => {
            q = q.filter(
                sea_orm::Condition::any()
                    .add(response::Column::Suspect.eq(false))
                    .add(response::Column::RestoredAt.is_not_null()),
            );
        }
        None => {}
    }
    let mut rows: Vec<Row> = q
        .order_by_desc(response::Column::SubmittedAt)
        .order_by_asc(answer::Column::ResponseId)
        .order_by_asc(answer::Column::ItemKey)
        .offset(page.saturating_mul(PER_PAGE))
        .limit(PER_PAGE + 1)
        .into_tuple()
        .all(db)
        .await?;
    let more = rows.len() as u64 > PER_PAGE;
    rows.truncate(PER_PAGE as usize);
    Ok((
        rows.into_iter()
            .map(|(at, unit, key, text, suspect, restored)| Comment {
                submitted_at: at,
                unit_id: unit,
                item_key: key,
                text,
                flagged: suspect && restored.is_none(),
            })
            .collect(),
        more,
    ))
}

/// Deletes the answers to `keys` of `survey_id`'s responses (those sent
/// before `before`, when given): the free text, never the answers that
/// count. How many were deleted.
pub async fn forget(
    db: &DatabaseConnection,
    survey_id: Uuid,
    keys: &[String],
    before: Option<DateTime<Utc>>,
) -> Result<u64, DbErr> {
    use sea_orm::sea_query::Query;
    if keys.is_empty() {
        return Ok(0);
    }
    let mut responses = Query::select();
    responses
        .column(response::Column::Id)
        .from(response::Entity)
        .and_where(response::Column::SurveyId.eq(survey_id));
    if let Some(before) = before {
        responses.and_where(response::Column::SubmittedAt.lt(before));
    }
    let done = answer::Entity::delete_many()
        .filter(answer::Column::ItemKey.is_in(keys.to_vec()))
        .filter(answer::Column::Value.ne(""))
        .filter(answer::Column::ResponseId.in_subquery(responses.to_owned()))
        .exec(db)
        .await?;
    Ok(done.rows_affected)
}
