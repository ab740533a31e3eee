//! The rate limits' shared part: one row per limited action and keyed
//! hash, holding the theoretical arrival time (GCRA, in microseconds) of
//! the next request, so that several servers spend one budget. The
//! servers' own in-memory limiters answer first; this is asked only when
//! they let a request through.

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

/// Spends one request of `key`'s budget at `now` (microseconds): `None`
/// when it may pass, else how many microseconds until one would.
pub async fn take(
    db: &DatabaseConnection,
    key: &str,
    now: i64,
    rule: Gcra,
) -> Result<Option<i64>, DbErr> {
    let backend = db.get_database_backend();
    let greatest = match backend {
        sea_orm::DatabaseBackend::Postgres => "GREATEST",
        _ => "MAX",
    };
    // One statement: a new key starts at now + increment; a known one
    // moves on by an increment unless that would pass the tolerance.
    let sql = format!(
        "INSERT INTO rate_budget (key, tat) VALUES ($1, $2 + $3) \
         ON CONFLICT (key) DO UPDATE SET tat = {greatest}(rate_budget.tat, $2) + $3 \
         WHERE {greatest}(rate_budget.tat, $2) + $3 - $2 <= $4 \
         RETURNING tat"
    );
    let passed = db
        .query_one_raw(Statement::from_sql_and_values(
            backend,
            sql,
            [
                key.into(),
                now.into(),
                rule.increment.into(),
                rule.tolerance.into(),
            ],
        ))
        .await?;
    if passed.is_some() {
        return Ok(None);
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
    Ok(Some((tat + rule.increment - rule.tolerance - now).max(1)))
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
