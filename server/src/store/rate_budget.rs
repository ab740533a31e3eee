//! The rate limits' shared part: one row per limited action and keyed
//! hash, holding the theoretical arrival time (GCRA, in microseconds) of
//! the next request, so that several servers spend one budget. A server
//! takes several requests' worth at once (a lease) and spends them from
//! memory, so a busy address shared by many citizens (a carrier's) costs
//! one statement per lease, not one per request.

use sea_orm::{ConnectionTrait, DatabaseConnection, DbErr, Statement};

/// The rule of one budget: a request costs `increment` and the budget
/// holds `tolerance` (both in microseconds: period ÷ count, and period).
#[derive(Clone, Copy, Debug)]
pub struct Gcra {
    /// Time one request uses.
    pub increment: i64,
    /// How far ahead of now the budget may be spent.
    pub tolerance: i64,
}

/// What the budget gave.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Grant {
    /// This many requests (at least one, at most the number asked).
    Granted(i64),
    /// None: microseconds until one would pass.
    Wait(i64),
}

/// Takes up to `want` requests (at least 1, at most the budget) of `key`'s
/// budget at `now` (microseconds): as many as fit, or how long until one
/// would.
pub async fn take(
    db: &DatabaseConnection,
    key: &str,
    now: i64,
    rule: Gcra,
    want: i64,
) -> Result<Grant, DbErr> {
    let backend = db.get_database_backend();
    let (greatest, least) = match backend {
        sea_orm::DatabaseBackend::Postgres => ("GREATEST", "LEAST"),
        _ => ("MAX", "MIN"),
    };
    let want = want.clamp(1, (rule.tolerance / rule.increment).max(1));
    // One statement: a new key starts `want` increments from now; a known
    // one moves on by as many increments as fit within the tolerance, if
    // one does. The SET expressions read the row as it was.
    let room = format!("(($4 - ({greatest}(rate_budget.tat, $2) - $2)) / $3)");
    let sql = format!(
        "INSERT INTO rate_budget (key, tat, granted) VALUES ($1, $2 + $3 * $5, $5) \
         ON CONFLICT (key) DO UPDATE SET \
         granted = {least}($5, {room}), \
         tat = {greatest}(rate_budget.tat, $2) + $3 * {least}($5, {room}) \
         WHERE {greatest}(rate_budget.tat, $2) + $3 - $2 <= $4 \
         RETURNING granted"
    );
    let granted = db
        .query_one_raw(Statement::from_sql_and_values(
            backend,
            sql,
            [
                key.into(),
                now.into(),
                rule.increment.into(),
                rule.tolerance.into(),
                want.into(),
            ],
        ))
        .await?
        .and_then(|r| r.try_get_by_index::<i64>(0).ok());
    if let Some(n) = granted {
        return Ok(Grant::Granted(n.max(1)));
    }
    let tat: Option<i64> = db
        .query_one_raw(Statement::from_sql_and_values(
            backend,
            "SELECT tat FROM rate_budget WHERE key = $1",
            [key.into()],
        ))
        .await?
        .and_then(|r| r.try_get_by_index(0).ok());
    let tat = tat.unwrap_or(now);
    Ok(Grant::Wait(
        (tat + rule.increment - rule.tolerance - now).max(1),
    ))
}

/// Forgets budgets that are whole again (their arrival time has passed).
pub async fn forget_full(db: &DatabaseConnection, now: i64) -> Result<u64, DbErr> {
    let done = db
        .execute_raw(Statement::from_sql_and_values(
            db.get_database_backend(),
            "DELETE FROM rate_budget WHERE tat < $1",
            [now.into()],
        ))
        .await?;
    Ok(done.rows_affected())
}
