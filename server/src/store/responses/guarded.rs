//! Responses that consume a service code or note their device: stored one
//! at a time, each under a savepoint, so a refusal undoes only itself.

use super::model::{DeviceCheck, NewResponse, StoreError, Stored, answers_json};
use crate::store::entities::{device_seen, response};
use crate::store::{codes, tallies};
use app::domain::signals::{DevicePolicy, Signal};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, DatabaseTransaction, DbErr, EntityTrait, QueryFilter,
    TransactionTrait, TryInsertResult, sea_query::OnConflict,
};
use uuid::Uuid;

/// The response row of `new` under `id`.
pub(super) fn response_row(id: Uuid, new: &NewResponse) -> response::ActiveModel {
    response::ActiveModel {
        id: Set(id),
        survey_id: Set(new.survey_id),
        unit_id: Set(new.unit_id),
        token_hash: Set(new.token_hash.clone()),
        channel: Set(new.channel.to_string()),
        verified: Set(new.code_id.is_some()),
        suspect: Set(new.flags.suspect()),
        flags: Set(new.flags.to_string()),
        answers: Set(answers_json(&new.answers)),
        submitted_at: Set(new.submitted_at),
        network: Set(new.network.clone()),
        pattern: Set(new.pattern.clone()),
        fill_secs: Set(new.fill_secs),
        restored_at: Set(None),
        device_id: Set(new.via.device_id),
        interviewer_id: Set(new.via.interviewer_id),
        counter_id: Set(new.via.counter_id),
        questions_version: Set(new.questions_version),
    }
}

/// Stores one response that consumes a service code or notes its device,
/// under a savepoint of `txn`. `None` when its token was used before.
pub(super) async fn store_guarded(
    txn: &DatabaseTransaction,
    id: Uuid,
    new: &mut NewResponse,
) -> Result<Option<Result<Stored, StoreError>>, DbErr> {
    let sp = txn.begin().await?;
    let inserted = response::Entity::insert(response_row(id, new))
        .on_conflict(
            OnConflict::column(response::Column::TokenHash)
                .do_nothing()
                .to_owned(),
        )
        .try_insert()
        .exec_without_returning(&sp)
        .await?;
    if !matches!(inserted, TryInsertResult::Inserted(n) if n > 0) {
        sp.rollback().await?;
        return Ok(None);
    }
    if let Some(code_id) = new.code_id
        && !codes::consume(&sp, code_id, id, new.submitted_at).await?
    {
        sp.rollback().await?;
        return Ok(Some(Err(StoreError::CodeTaken)));
    }
    let month = tallies::month_of(new.submitted_at);
    if let Some(device) = &new.device
        && !first_from_device(&sp, new.survey_id, &month, device, new.submitted_at).await?
    {
        if device.policy == DevicePolicy::Reject {
            sp.rollback().await?;
            return Ok(Some(Err(StoreError::RepeatDevice)));
        }
        new.flags.mark(Signal::RepeatDevice, true);
        response::Entity::update_many()
            .col_expr(response::Column::Suspect, true.into())
            .col_expr(response::Column::Flags, new.flags.to_string().into())
            .filter(response::Column::Id.eq(id))
            .exec(&sp)
            .await?;
    }
    sp.commit().await?;
    Ok(Some(Ok(Stored { id, created: true })))
}

/// Notes the device for the survey and month; false when it was noted
/// already (a repeat).
async fn first_from_device(
    txn: &DatabaseTransaction,
    survey_id: Uuid,
    month: &str,
    device: &DeviceCheck,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<bool, DbErr> {
    let inserted = device_seen::Entity::insert(device_seen::ActiveModel {
        survey_id: Set(survey_id),
        month: Set(month.to_string()),
        device_hash: Set(device.hash.clone()),
        created_at: Set(now),
    })
    .on_conflict(
        OnConflict::columns([
            device_seen::Column::SurveyId,
            device_seen::Column::Month,
            device_seen::Column::DeviceHash,
        ])
        .do_nothing()
        .to_owned(),
    )
    .try_insert()
    .exec_without_returning(txn)
    .await?;
    Ok(matches!(inserted, TryInsertResult::Inserted(n) if n > 0))
}
