//! The versions of a survey's own questions: at most one draft, and the
//! published versions answers were given under. A published version that
//! nobody answered yet is replaced when the draft is published; one with
//! answers never changes, the draft becomes the next version.

use crate::store::entities::{question_set, response};
use app::domain::own::{OwnSet, is_own};
use chrono::{DateTime, Utc};
use sea_orm::sea_query::Condition;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr,
    EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, TransactionTrait,
};
use std::collections::BTreeMap;
use uuid::Uuid;

/// One version, with when it was published (`None`: the draft).
#[derive(Clone, Debug)]
pub struct Version {
    /// The questions.
    pub set: OwnSet,
    /// When it was published.
    pub published_at: Option<DateTime<Utc>>,
}

fn read(row: question_set::Model) -> Result<Version, DbErr> {
    let questions = serde_json::from_str(&row.body)
        .map_err(|e| DbErr::Custom(format!("question set {}: {e}", row.id)))?;
    Ok(Version {
        set: OwnSet {
            version: row.version,
            questions,
        },
        published_at: row.published_at,
    })
}

/// Every version of a survey's questions, oldest first, the draft last.
pub async fn versions(db: &impl ConnectionTrait, survey_id: Uuid) -> Result<Vec<Version>, DbErr> {
    question_set::Entity::find()
        .filter(question_set::Column::SurveyId.eq(survey_id))
        .order_by_asc(question_set::Column::Version)
        .all(db)
        .await?
        .into_iter()
        .map(read)
        .collect()
}

/// The version citizens are asked now: the newest published.
pub async fn published(
    db: &impl ConnectionTrait,
    survey_id: Uuid,
) -> Result<Option<OwnSet>, DbErr> {
    let row = question_set::Entity::find()
        .filter(question_set::Column::SurveyId.eq(survey_id))
        .filter(question_set::Column::PublishedAt.is_not_null())
        .order_by_desc(question_set::Column::Version)
        .one(db)
        .await?;
    row.map(|r| read(r).map(|v| v.set)).transpose()
}

/// What the editor works on: the draft, else a new draft copied from the
/// newest published version (or empty), not yet stored.
pub fn working(versions: &[Version]) -> Version {
    if let Some(draft) = versions.iter().find(|v| v.published_at.is_none()) {
        return draft.clone();
    }
    let newest = versions.last();
    Version {
        set: OwnSet {
            version: newest.map_or(1, |v| v.set.version + 1),
            questions: newest.map(|v| v.set.questions.clone()).unwrap_or_default(),
        },
        published_at: None,
    }
}

/// Every key the survey's questions ever had.
pub fn keys_taken(versions: &[Version]) -> Vec<&str> {
    versions
        .iter()
        .flat_map(|v| v.set.questions.iter().map(|q| q.key.as_str()))
        .collect()
}

/// Keeps `set` as the survey's draft.
pub async fn save_draft(
    db: &impl ConnectionTrait,
    survey_id: Uuid,
    set: &OwnSet,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let body = serde_json::to_string(&set.questions).map_err(|e| DbErr::Custom(e.to_string()))?;
    let draft = question_set::Entity::find()
        .filter(question_set::Column::SurveyId.eq(survey_id))
        .filter(question_set::Column::PublishedAt.is_null())
        .one(db)
        .await?;
    match draft {
        Some(row) => {
            let mut row: question_set::ActiveModel = row.into();
            row.body = Set(body);
            row.updated_at = Set(now);
            row.update(db).await?;
        }
        None => {
            question_set::ActiveModel {
                id: Set(Uuid::new_v4()),
                survey_id: Set(survey_id),
                version: Set(set.version),
                body: Set(body),
                created_at: Set(now),
                updated_at: Set(now),
                published_at: Set(None),
            }
            .insert(db)
            .await?;
        }
    }
    Ok(())
}

/// Responses given under `version`.
pub async fn answered(
    db: &impl ConnectionTrait,
    survey_id: Uuid,
    version: i32,
) -> Result<u64, DbErr> {
    response::Entity::find()
        .filter(response::Column::SurveyId.eq(survey_id))
        .filter(response::Column::QuestionsVersion.eq(version))
        .count(db)
        .await
}

/// Publishes the draft; returns the version citizens are asked from now
/// (`None` when there was no draft).
pub async fn publish(
    db: &DatabaseConnection,
    survey_id: Uuid,
    now: DateTime<Utc>,
) -> Result<Option<i32>, DbErr> {
    let txn = db.begin().await?;
    let all = versions(&txn, survey_id).await?;
    let Some(draft) = all.iter().find(|v| v.published_at.is_none()) else {
        return Ok(None);
    };
    let newest = all.iter().rev().find(|v| v.published_at.is_some());
    if let Some(newest) = newest
        && newest.set.questions == draft.set.questions
    {
        // Nothing changed: no new version, the draft is dropped.
        question_set::Entity::delete_many()
            .filter(question_set::Column::SurveyId.eq(survey_id))
            .filter(question_set::Column::PublishedAt.is_null())
            .exec(&txn)
            .await?;
        txn.commit().await?;
        return Ok(Some(newest.set.version));
    }
    let mut version = draft.set.version;
    if let Some(newest) = newest
        && answered(&txn, survey_id, newest.set.version).await? == 0
    {
        // Nobody answered it: the draft takes its place and number.
        version = newest.set.version;
        question_set::Entity::delete_many()
            .filter(question_set::Column::SurveyId.eq(survey_id))
            .filter(question_set::Column::Version.eq(version))
            .exec(&txn)
            .await?;
    }
    question_set::Entity::update_many()
        .col_expr(question_set::Column::Version, version.into())
        .col_expr(question_set::Column::PublishedAt, Some(now).into())
        .col_expr(question_set::Column::UpdatedAt, now.into())
        .filter(question_set::Column::SurveyId.eq(survey_id))
        .filter(question_set::Column::PublishedAt.is_null())
        .exec(&txn)
        .await?;
    txn.commit().await?;
    Ok(Some(version))
}

/// The own answers of every counted response given under `version`, one
/// map a response, oldest first.
pub async fn answers(
    db: &impl ConnectionTrait,
    survey_id: Uuid,
    version: i32,
) -> Result<Vec<BTreeMap<String, String>>, DbErr> {
    let rows: Vec<String> = response::Entity::find()
        .select_only()
        .column(response::Column::Answers)
        .filter(response::Column::SurveyId.eq(survey_id))
        .filter(response::Column::QuestionsVersion.eq(version))
        .filter(
            Condition::any()
                .add(response::Column::Suspect.eq(false))
                .add(response::Column::RestoredAt.is_not_null()),
        )
        .order_by_asc(response::Column::SubmittedAt)
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows
        .iter()
        .map(|json| {
            let all: BTreeMap<String, String> = serde_json::from_str(json).unwrap_or_default();
            all.into_iter().filter(|(k, _)| is_own(k)).collect()
        })
        .collect())
}

/// Gives survey `to` the questions of survey `from` (a copy for a new
/// period): its newest published version as version 1, and its draft,
/// when it has one, as the draft.
pub async fn copy(
    db: &DatabaseConnection,
    from: Uuid,
    to: Uuid,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let all = versions(db, from).await?;
    let newest = all.iter().rev().find(|v| v.published_at.is_some());
    let draft = all.iter().find(|v| v.published_at.is_none());
    let txn = db.begin().await?;
    let mut version = 1;
    for (v, published) in [(newest, Some(now)), (draft, None)] {
        let Some(v) = v else { continue };
        let body =
            serde_json::to_string(&v.set.questions).map_err(|e| DbErr::Custom(e.to_string()))?;
        question_set::ActiveModel {
            id: Set(Uuid::new_v4()),
            survey_id: Set(to),
            version: Set(version),
            body: Set(body),
            created_at: Set(now),
            updated_at: Set(now),
            published_at: Set(published),
        }
        .insert(&txn)
        .await?;
        version += 1;
    }
    txn.commit().await
}
