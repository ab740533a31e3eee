//! Figures the public results page shows beside the score, read from the
//! counted responses themselves (never the suspect ones, as scores): how
//! many gave each item its best answer, and when the first and the newest
//! counted response came.

use crate::store::entities::{answer, response};
use chrono::{DateTime, Utc};
use sea_orm::{
    ColumnTrait, DatabaseConnection, DbErr, EntityTrait, JoinType, QueryFilter, QuerySelect,
    RelationTrait, Select,
};
use std::collections::HashMap;
use uuid::Uuid;

/// Which counted responses: one survey, maybe one unit, maybe a span of
/// time (`[start, end)`).
#[derive(Clone, Copy, Debug)]
pub struct Counted {
    /// The survey.
    pub survey_id: Uuid,
    /// One unit only.
    pub unit_id: Option<Uuid>,
    /// Submitted within.
    pub span: Option<(DateTime<Utc>, DateTime<Utc>)>,
}

impl Counted {
    fn narrow<E: EntityTrait>(&self, q: Select<E>) -> Select<E> {
        let mut q = q
            .filter(response::Column::SurveyId.eq(self.survey_id))
            .filter(response::Column::Suspect.eq(false));
        if let Some(unit) = self.unit_id {
            q = q.filter(response::Column::UnitId.eq(unit));
        }
        if let Some((start, end)) = self.span {
            q = q
                .filter(response::Column::SubmittedAt.gte(start))
                .filter(response::Column::SubmittedAt.lt(end));
        }
        q
    }
}

/// Per item key: how many counted responses answered it with `best`.
pub async fn best_answers(
    db: &DatabaseConnection,
    counted: Counted,
    best: i16,
) -> Result<HashMap<String, u64>, DbErr> {
    let q = answer::Entity::find()
        .select_only()
        .column(answer::Column::ItemKey)
        .column_as(answer::Column::ResponseId.count(), "n")
        .join(JoinType::InnerJoin, answer::Relation::Response.def())
        .filter(answer::Column::Score.eq(best))
        .group_by(answer::Column::ItemKey);
    let rows: Vec<(String, i64)> = counted.narrow(q).into_tuple().all(db).await?;
    Ok(rows
        .into_iter()
        .map(|(k, n)| (k, n.max(0) as u64))
        .collect())
}

/// When the first and the newest counted response came (none: none yet).
pub async fn first_and_last(
    db: &DatabaseConnection,
    counted: Counted,
) -> Result<Option<(DateTime<Utc>, DateTime<Utc>)>, DbErr> {
    let q = response::Entity::find()
        .select_only()
        .column_as(response::Column::SubmittedAt.min(), "first")
        .column_as(response::Column::SubmittedAt.max(), "last");
    // Both none when nothing is counted.
    type Bounds = (Option<DateTime<Utc>>, Option<DateTime<Utc>>);
    let row: Option<Bounds> = counted.narrow(q).into_tuple().one(db).await?;
    Ok(row.and_then(|(a, b)| Some((a?, b?))))
}

/// How many counted responses came through each channel (`form`, `api`,
/// `import`, `demo`), most first.
pub async fn by_channel(
    db: &DatabaseConnection,
    counted: Counted,
) -> Result<Vec<(String, u64)>, DbErr> {
    let q = response::Entity::find()
        .select_only()
        .column(response::Column::Channel)
        .column_as(response::Column::Id.count(), "n")
        .group_by(response::Column::Channel);
    let rows: Vec<(String, i64)> = counted.narrow(q).into_tuple().all(db).await?;
    let mut out: Vec<(String, u64)> = rows
        .into_iter()
        .map(|(c, n)| (c, n.max(0) as u64))
        .collect();
    out.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    Ok(out)
}

/// Per (item key, value) of the items `keys`: how many counted responses
/// gave that answer.
pub async fn answer_counts(
    db: &DatabaseConnection,
    counted: Counted,
    keys: &[String],
) -> Result<HashMap<(String, String), u64>, DbErr> {
    if keys.is_empty() {
        return Ok(HashMap::new());
    }
    let q = answer::Entity::find()
        .select_only()
        .column(answer::Column::ItemKey)
        .column(answer::Column::Value)
        .column_as(answer::Column::ResponseId.count(), "n")
        .join(JoinType::InnerJoin, answer::Relation::Response.def())
        .filter(answer::Column::ItemKey.is_in(keys.iter().cloned()))
        .group_by(answer::Column::ItemKey)
        .group_by(answer::Column::Value);
    let rows: Vec<(String, String, i64)> = counted.narrow(q).into_tuple().all(db).await?;
    Ok(rows
        .into_iter()
        .map(|(k, v, n)| ((k, v), n.max(0) as u64))
        .collect())
}
