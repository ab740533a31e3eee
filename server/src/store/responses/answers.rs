//! A batch's answers, written in as few statements as the database needs.

use super::{STATEMENT_ROWS, statement_sized};
use crate::store::entities::answer;
use sea_orm::{
    ActiveValue::Set, ConnectionTrait, DatabaseTransaction, DbBackend, DbErr, EntityTrait,
    Statement,
};

/// Every row of a batch's answers, as one JSON parameter.
const FROM_JSON: &str = r#"INSERT INTO "answer" ("response_id", "item_key", "value", "score")
SELECT "response_id", "item_key", "value", "score"
FROM json_to_recordset($1::json)
  AS r("response_id" uuid, "item_key" text, "value" text, "score" smallint)"#;

/// Rows a PostgreSQL batch writes as one JSON parameter at most: below
/// this the statements of a few sizes cost a round trip each, above it
/// PostgreSQL's reading of the JSON costs more than binding the rows.
const AS_JSON_BELOW: usize = STATEMENT_ROWS[0];

/// Writes `rows`. On PostgreSQL each statement is a round trip: what is
/// left under [`AS_JSON_BELOW`] rows goes in one statement (a respondent's
/// eleven answers had taken five), the rest in statements of that many
/// rows. SQLite, in the process, takes them all in multi-row inserts of a
/// few sizes.
pub(super) async fn insert(
    txn: &DatabaseTransaction,
    mut rows: Vec<answer::Model>,
) -> Result<(), DbErr> {
    if txn.get_database_backend() == DbBackend::Postgres {
        let rest = rows.split_off(rows.len() / AS_JSON_BELOW * AS_JSON_BELOW);
        if !rest.is_empty() {
            let json = serde_json::to_string(&rest).map_err(|e| DbErr::Custom(e.to_string()))?;
            txn.execute_raw(Statement::from_sql_and_values(
                DbBackend::Postgres,
                FROM_JSON,
                [json.into()],
            ))
            .await?;
        }
    }
    let mut models: Vec<answer::ActiveModel> = rows
        .into_iter()
        .map(|a| answer::ActiveModel {
            response_id: Set(a.response_id),
            item_key: Set(a.item_key),
            value: Set(a.value),
            score: Set(a.score),
        })
        .collect();
    for chunk in statement_sized(&mut models) {
        answer::Entity::insert_many(chunk)
            .exec_without_returning(txn)
            .await?;
    }
    Ok(())
}
