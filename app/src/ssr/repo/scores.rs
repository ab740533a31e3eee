//! Tallying a survey's answers for its score, in the database.

use crate::domain::scoring::{self, ItemTally, Score};
use crate::ssr::entities::{answer, response};
use crate::ssr::repo::surveys::LoadedSurvey;
use sea_orm::{
    ColumnTrait, DatabaseConnection, DbErr, EntityTrait, FromQueryResult, PaginatorTrait,
    QueryFilter, QuerySelect, RelationTrait,
    sea_query::{Expr, ExprTrait, JoinType},
};

#[derive(FromQueryResult)]
struct Row {
    item_key: String,
    n: i64,
    sum: Option<i64>,
}

/// The survey's score over its accepted (not suspect) responses.
pub async fn survey_score(db: &DatabaseConnection, s: &LoadedSurvey) -> Result<Score, DbErr> {
    let n = response::Entity::find()
        .filter(response::Column::SurveyId.eq(s.survey.id))
        .filter(response::Column::Suspect.eq(false))
        .count(db)
        .await?;
    let rows = answer::Entity::find()
        .select_only()
        .column(answer::Column::ItemKey)
        .column_as(
            Expr::col((answer::Entity, answer::Column::Score)).count(),
            "n",
        )
        .column_as(
            Expr::col((answer::Entity, answer::Column::Score))
                .sum()
                .cast_as("bigint"),
            "sum",
        )
        .join(JoinType::InnerJoin, answer::Relation::Response.def())
        .filter(response::Column::SurveyId.eq(s.survey.id))
        .filter(response::Column::Suspect.eq(false))
        .filter(answer::Column::Score.is_not_null())
        .group_by(answer::Column::ItemKey)
        .into_model::<Row>()
        .all(db)
        .await?;
    let tallies: Vec<ItemTally> = rows
        .into_iter()
        .map(|r| ItemTally {
            key: r.item_key,
            n: u64::try_from(r.n).unwrap_or(0),
            sum: r.sum.unwrap_or(0),
        })
        .collect();
    Ok(scoring::score(&s.instrument, n, &tallies))
}
