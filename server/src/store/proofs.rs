//! Proof photos' rows: a picture waiting for its answers, attached to a
//! response, reviewed (accepting one moves its response into the verified
//! tallies, in one transaction), and deleted when its time is up. The
//! pictures themselves are in the object store (`services::proof`).

use crate::store::entities::{proof, response, survey};
use crate::store::signals::shift_tallies;
use crate::store::tallies::{Key, month_of};
use app::domain::instrument::Instrument;
use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait,
    QueryFilter, QueryOrder, QuerySelect, TransactionTrait,
};
use uuid::Uuid;

/// Waiting for its answers, then for review.
pub const PENDING: &str = "pending";
/// Accepted as proof: its response counts as verified.
pub const ACCEPTED: &str = "accepted";
/// Rejected, with a reason.
pub const REJECTED: &str = "rejected";

/// A processed picture to record.
#[derive(Clone, Debug)]
pub struct NewProof {
    /// Its id (also its public id in the review pages).
    pub id: Uuid,
    /// The survey it was sent to.
    pub survey_id: Uuid,
    /// Where its bytes are.
    pub object_key: String,
    /// Their size.
    pub bytes: usize,
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// When it came.
    pub at: DateTime<Utc>,
}

/// Records a picture that waits for its answers.
pub async fn hold(db: &DatabaseConnection, p: &NewProof) -> Result<(), DbErr> {
    proof::Entity::insert(proof::ActiveModel {
        id: Set(p.id),
        survey_id: Set(p.survey_id),
        unit_id: Set(None),
        response_id: Set(None),
        object_key: Set(p.object_key.clone()),
        bytes: Set(i64::try_from(p.bytes).unwrap_or(i64::MAX)),
        width: Set(i32::try_from(p.width).unwrap_or(i32::MAX)),
        height: Set(i32::try_from(p.height).unwrap_or(i32::MAX)),
        status: Set(PENDING.into()),
        reason: Set(String::new()),
        reviewed_by: Set(None),
        reviewed_at: Set(None),
        created_at: Set(p.at),
    })
    .exec_without_returning(db)
    .await?;
    Ok(())
}

/// Attaches the held picture `id` of `survey_id` to the response
/// `response_id`, unless that response has one already or the picture is
/// attached or unknown. Whether it was attached.
pub async fn attach(
    db: &DatabaseConnection,
    id: Uuid,
    survey_id: Uuid,
    response_id: Uuid,
) -> Result<bool, DbErr> {
    let Some(r) = response::Entity::find_by_id(response_id).one(db).await? else {
        return Ok(false);
    };
    let taken = proof::Entity::find()
        .filter(proof::Column::ResponseId.eq(response_id))
        .one(db)
        .await?
        .is_some();
    if taken || r.survey_id != survey_id {
        return Ok(false);
    }
    let done = proof::Entity::update_many()
        .col_expr(proof::Column::ResponseId, Expr::value(response_id))
        .col_expr(proof::Column::UnitId, Expr::value(r.unit_id))
        .filter(proof::Column::Id.eq(id))
        .filter(proof::Column::SurveyId.eq(survey_id))
        .filter(proof::Column::ResponseId.is_null())
        .exec(db)
        .await?;
    Ok(done.rows_affected == 1)
}

/// Whether `id` is a held picture of `survey_id` younger than `since`.
pub async fn is_held(
    db: &DatabaseConnection,
    id: Uuid,
    survey_id: Uuid,
    since: DateTime<Utc>,
) -> Result<bool, DbErr> {
    Ok(proof::Entity::find_by_id(id)
        .filter(proof::Column::SurveyId.eq(survey_id))
        .filter(proof::Column::ResponseId.is_null())
        .filter(proof::Column::CreatedAt.gte(since))
        .one(db)
        .await?
        .is_some())
}

/// The picture `id`.
pub async fn find(db: &DatabaseConnection, id: Uuid) -> Result<Option<proof::Model>, DbErr> {
    proof::Entity::find_by_id(id).one(db).await
}

/// Pictures attached to a response and waiting for review, oldest first,
/// of `survey_ids` (all when `None`).
pub async fn waiting(
    db: &DatabaseConnection,
    survey_ids: Option<&[Uuid]>,
    limit: u64,
) -> Result<Vec<proof::Model>, DbErr> {
    let mut q = proof::Entity::find()
        .filter(proof::Column::Status.eq(PENDING))
        .filter(proof::Column::ResponseId.is_not_null());
    if let Some(ids) = survey_ids {
        q = q.filter(proof::Column::SurveyId.is_in(ids.to_vec()));
    }
    q.order_by_asc(proof::Column::CreatedAt)
        .limit(limit)
        .all(db)
        .await
}

/// Records the review of the pending picture `id`: accepted (its response
/// becomes verified and moves to the verified tallies) or rejected with
/// `reason`. Whether it was still pending.
pub async fn review(
    db: &DatabaseConnection,
    instrument: &Instrument,
    id: Uuid,
    accept: bool,
    reason: &str,
    by: Uuid,
    at: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let txn = db.begin().await?;
    let done = proof::Entity::update_many()
        .col_expr(
            proof::Column::Status,
            Expr::value(if accept { ACCEPTED } else { REJECTED }),
        )
        .col_expr(proof::Column::Reason, Expr::value(reason))
        .col_expr(proof::Column::ReviewedBy, Expr::value(Some(by)))
        .col_expr(proof::Column::ReviewedAt, Expr::value(Some(at)))
        .filter(proof::Column::Id.eq(id))
        .filter(proof::Column::Status.eq(PENDING))
        .filter(proof::Column::ResponseId.is_not_null())
        .exec(&txn)
        .await?;
    if done.rows_affected != 1 {
        return Ok(false);
    }
    if accept {
        verify(&txn, instrument, id).await?;
    }
    txn.commit().await?;
    Ok(true)
}

/// Marks the response of picture `id` verified, its answers moved from the
/// unverified tallies to the verified ones.
async fn verify(
    txn: &impl ConnectionTrait,
    instrument: &Instrument,
    id: Uuid,
) -> Result<(), DbErr> {
    let Some(response_id) = proof::Entity::find_by_id(id)
        .one(txn)
        .await?
        .and_then(|p| p.response_id)
    else {
        return Ok(());
    };
    let Some(r) = response::Entity::find_by_id(response_id)
        .lock_exclusive()
        .one(txn)
        .await?
        .filter(|r| !r.verified)
    else {
        return Ok(());
    };
    response::Entity::update_many()
        .col_expr(response::Column::Verified, Expr::value(true))
        .filter(response::Column::Id.eq(r.id))
        .exec(txn)
        .await?;
    let rows = [r];
    shift_tallies(
        txn,
        instrument,
        &rows,
        |row| Key {
            survey_id: row.survey_id,
            unit_id: row.unit_id,
            month: month_of(row.submitted_at),
            verified: false,
            suspect: row.suspect,
        },
        |from| Key {
            verified: true,
            ..from.clone()
        },
    )
    .await
}

/// Pictures whose time is up at `now`: held ones never attached after
/// `held_for`; the others `keep` after their survey closed, or 365 days
/// after they came when the survey has no closing date.
pub async fn expired(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    held_for: chrono::Duration,
    keep: chrono::Duration,
) -> Result<Vec<proof::Model>, DbErr> {
    let mut out = proof::Entity::find()
        .filter(proof::Column::ResponseId.is_null())
        .filter(proof::Column::CreatedAt.lt(now - held_for))
        .all(db)
        .await?;
    let closed: Vec<(Uuid, Option<DateTime<Utc>>)> = survey::Entity::find()
        .select_only()
        .column(survey::Column::Id)
        .column(survey::Column::ClosesAt)
        .into_tuple()
        .all(db)
        .await?;
    for (survey_id, closes_at) in closed {
        let mut q = proof::Entity::find()
            .filter(proof::Column::SurveyId.eq(survey_id))
            .filter(proof::Column::ResponseId.is_not_null());
        q = match closes_at {
            Some(t) if t + keep <= now => q,
            Some(_) => continue,
            None => q.filter(proof::Column::CreatedAt.lt(now - chrono::Duration::days(365))),
        };
        out.extend(q.all(db).await?);
    }
    Ok(out)
}

/// Deletes the row of picture `id`.
pub async fn delete(db: &DatabaseConnection, id: Uuid) -> Result<(), DbErr> {
    proof::Entity::delete_by_id(id).exec(db).await?;
    Ok(())
}
