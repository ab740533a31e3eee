//! Webhooks and their deliveries: registering, listing and removing an
//! agency's receivers; queuing an event for each receiver that wants it;
//! claiming due deliveries (one server each, however many serve) and
//! recording how each attempt went.

use crate::store::entities::{webhook, webhook_delivery};
use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr,
    EntityTrait, QueryFilter, QueryOrder, QuerySelect,
};
use uuid::Uuid;

/// Waiting for a (next) attempt.
pub const PENDING: &str = "pending";
/// The receiver answered 2xx.
pub const DELIVERED: &str = "delivered";
/// Given up after a day of attempts.
pub const FAILED: &str = "failed";

/// A receiver to register.
pub struct NewWebhook<'a> {
    pub agency_id: Uuid,
    pub url: &'a str,
    pub secret: &'a str,
    pub events: &'a [String],
    pub created_by: &'a str,
}

/// Registers a receiver; periodic events start from `now`.
pub async fn create(
    db: &DatabaseConnection,
    new: NewWebhook<'_>,
    now: DateTime<Utc>,
) -> Result<webhook::Model, DbErr> {
    webhook::ActiveModel {
        id: Set(Uuid::now_v7()),
        agency_id: Set(new.agency_id),
        url: Set(new.url.to_string()),
        secret: Set(new.secret.to_string()),
        events: Set(new.events.join(",")),
        seen_until: Set(now),
        bands: Set("{}".into()),
        created_by: Set(new.created_by.to_string()),
        created_at: Set(now),
    }
    .insert(db)
    .await
}

/// An agency's receivers, oldest first.
pub async fn of_agency(
    db: &DatabaseConnection,
    agency_id: Uuid,
) -> Result<Vec<webhook::Model>, DbErr> {
    webhook::Entity::find()
        .filter(webhook::Column::AgencyId.eq(agency_id))
        .order_by_asc(webhook::Column::CreatedAt)
        .all(db)
        .await
}

/// Every receiver (for the periodic events).
pub async fn all(db: &DatabaseConnection) -> Result<Vec<webhook::Model>, DbErr> {
    webhook::Entity::find().all(db).await
}

/// Removes one of an agency's receivers and its deliveries; whether it
/// was there.
pub async fn remove(db: &DatabaseConnection, agency_id: Uuid, id: Uuid) -> Result<bool, DbErr> {
    let Some(w) = webhook::Entity::find_by_id(id)
        .filter(webhook::Column::AgencyId.eq(agency_id))
        .one(db)
        .await?
    else {
        return Ok(false);
    };
    webhook_delivery::Entity::delete_many()
        .filter(webhook_delivery::Column::WebhookId.eq(w.id))
        .exec(db)
        .await?;
    webhook::Entity::delete_by_id(w.id).exec(db).await?;
    Ok(true)
}

/// Queues `body` (an `event`) for `hook`, to be tried at once.
pub async fn enqueue(
    db: &impl ConnectionTrait,
    hook: Uuid,
    id: Uuid,
    event: &str,
    body: &str,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    webhook_delivery::ActiveModel {
        id: Set(id),
        webhook_id: Set(hook),
        event: Set(event.to_string()),
        body: Set(body.to_string()),
        state: Set(PENDING.into()),
        attempts: Set(0),
        next_at: Set(Some(now)),
        last_code: Set(None),
        last_error: Set(None),
        created_at: Set(now),
        delivered_at: Set(None),
    }
    .insert(db)
    .await?;
    Ok(())
}

/// Deliveries due at `now`, oldest first.
pub async fn due(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    limit: u64,
) -> Result<Vec<webhook_delivery::Model>, DbErr> {
    webhook_delivery::Entity::find()
        .filter(webhook_delivery::Column::State.eq(PENDING))
        .filter(webhook_delivery::Column::NextAt.lte(now))
        .order_by_asc(webhook_delivery::Column::NextAt)
        .limit(limit)
        .all(db)
        .await
}

/// When the next pending delivery is due, if any is.
pub async fn next_due(db: &DatabaseConnection) -> Result<Option<DateTime<Utc>>, DbErr> {
    let next: Option<Option<DateTime<Utc>>> = webhook_delivery::Entity::find()
        .select_only()
        .column(webhook_delivery::Column::NextAt)
        .filter(webhook_delivery::Column::State.eq(PENDING))
        .order_by_asc(webhook_delivery::Column::NextAt)
        .into_tuple()
        .one(db)
        .await?;
    Ok(next.flatten())
}

/// Takes `d` for this server until `until`: false when another server
/// took it first (its `next_at` moved).
pub async fn claim(
    db: &DatabaseConnection,
    d: &webhook_delivery::Model,
    until: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let done = webhook_delivery::Entity::update_many()
        .col_expr(
            webhook_delivery::Column::NextAt,
            sea_orm::sea_query::Expr::value(Some(until)),
        )
        .filter(webhook_delivery::Column::Id.eq(d.id))
        .filter(webhook_delivery::Column::State.eq(PENDING))
        .filter(webhook_delivery::Column::NextAt.eq(d.next_at))
        .exec(db)
        .await?;
    Ok(done.rows_affected == 1)
}

/// How one attempt went.
pub struct Attempt {
    /// The receiver's status, when it answered.
    pub code: Option<u16>,
    /// Why it failed, when it did.
    pub error: Option<String>,
    /// The delivery's state after it.
    pub state: &'static str,
    /// When to try again, if at all.
    pub next_at: Option<DateTime<Utc>>,
}

/// Records an attempt on `d`.
pub async fn record(
    db: &DatabaseConnection,
    d: &webhook_delivery::Model,
    a: Attempt,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let mut m: webhook_delivery::ActiveModel = d.clone().into();
    m.attempts = Set(d.attempts + 1);
    m.last_code = Set(a.code.map(i32::from));
    m.last_error = Set(a.error.map(|e| e.chars().take(300).collect()));
    m.state = Set(a.state.to_string());
    m.next_at = Set(a.next_at);
    if a.state == DELIVERED {
        m.delivered_at = Set(Some(now));
    }
    m.update(db).await?;
    Ok(())
}

/// The newest deliveries of `hook`.
pub async fn deliveries(
    db: &DatabaseConnection,
    hook: Uuid,
    limit: u64,
) -> Result<Vec<webhook_delivery::Model>, DbErr> {
    webhook_delivery::Entity::find()
        .filter(webhook_delivery::Column::WebhookId.eq(hook))
        .order_by_desc(webhook_delivery::Column::CreatedAt)
        .limit(limit)
        .all(db)
        .await
}

/// Sends delivery `id` of one of `hooks` again at once, whatever became
/// of it; whether it was found.
pub async fn retry(
    db: &DatabaseConnection,
    hooks: &[Uuid],
    id: Uuid,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let done = webhook_delivery::Entity::update_many()
        .col_expr(
            webhook_delivery::Column::State,
            sea_orm::sea_query::Expr::value(PENDING),
        )
        .col_expr(
            webhook_delivery::Column::NextAt,
            sea_orm::sea_query::Expr::value(Some(now)),
        )
        .filter(webhook_delivery::Column::Id.eq(id))
        .filter(webhook_delivery::Column::WebhookId.is_in(hooks.to_vec()))
        .exec(db)
        .await?;
    Ok(done.rows_affected == 1)
}

/// Moves `hook`'s mark from `from` to `to`, with the bands now announced:
/// false when another server moved it first (it announces them).
pub async fn advance(
    db: &impl ConnectionTrait,
    hook: Uuid,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
    bands: &str,
) -> Result<bool, DbErr> {
    let done = webhook::Entity::update_many()
        .col_expr(
            webhook::Column::SeenUntil,
            sea_orm::sea_query::Expr::value(to),
        )
        .col_expr(
            webhook::Column::Bands,
            sea_orm::sea_query::Expr::value(bands),
        )
        .filter(webhook::Column::Id.eq(hook))
        .filter(webhook::Column::SeenUntil.eq(from))
        .exec(db)
        .await?;
    Ok(done.rows_affected == 1)
}

/// Per survey of `agency_id` (its slug), responses stored with a time in
/// `(from, to]`: the agency's surveys, then one grouped count.
pub async fn stored_between(
    db: &DatabaseConnection,
    agency_id: Uuid,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> Result<Vec<(String, i64)>, DbErr> {
    use crate::store::entities::{response, survey};
    let surveys: std::collections::HashMap<Uuid, String> = survey::Entity::find()
        .select_only()
        .column(survey::Column::Id)
        .column(survey::Column::Slug)
        .filter(survey::Column::AgencyId.eq(agency_id))
        .into_tuple::<(Uuid, String)>()
        .all(db)
        .await?
        .into_iter()
        .collect();
    let counts: Vec<(Uuid, i64)> = response::Entity::find()
        .select_only()
        .column(response::Column::SurveyId)
        .column_as(response::Column::Id.count(), "n")
        .filter(response::Column::SurveyId.is_in(surveys.keys().copied()))
        .filter(response::Column::SubmittedAt.gt(from))
        .filter(response::Column::SubmittedAt.lte(to))
        .group_by(response::Column::SurveyId)
        .into_tuple()
        .all(db)
        .await?;
    Ok(counts
        .into_iter()
        .filter_map(|(id, n)| Some((surveys.get(&id)?.clone(), n)))
        .collect())
}

/// Surveys of `agency_id` whose closing time fell in `(from, to]`: slug
/// and title.
pub async fn closed_between(
    db: &DatabaseConnection,
    agency_id: Uuid,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> Result<Vec<(String, String)>, DbErr> {
    use crate::store::entities::survey;
    survey::Entity::find()
        .select_only()
        .column(survey::Column::Slug)
        .column(survey::Column::Title)
        .filter(survey::Column::AgencyId.eq(agency_id))
        .filter(survey::Column::ClosesAt.gt(from))
        .filter(survey::Column::ClosesAt.lte(to))
        .into_tuple()
        .all(db)
        .await
}
