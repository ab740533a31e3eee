//! The rate limits' shared part (several servers on one PostgreSQL): per
//! limited action and keyed hash, the theoretical arrival time of the next
//! request (GCRA, as each server's own limiter keeps in memory), and how
//! many requests the last server to ask was granted at once. On
//! PostgreSQL the table is UNLOGGED: it is not written to the journal and
//! is emptied by a crash, which for a budget of a few minutes is right.
//! SQLite has one server and never uses it.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let sql = match manager.get_database_backend() {
            sea_orm::DatabaseBackend::Postgres => {
                "CREATE UNLOGGED TABLE rate_budget (key VARCHAR(80) PRIMARY KEY, tat BIGINT NOT NULL, granted BIGINT NOT NULL)"
            }
            _ => {
                "CREATE TABLE rate_budget (key VARCHAR(80) PRIMARY KEY, tat BIGINT NOT NULL, granted BIGINT NOT NULL)"
            }
        };
        manager.get_connection().execute_unprepared(sql).await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .get_connection()
            .execute_unprepared("DROP TABLE rate_budget")
            .await?;
        Ok(())
    }
}
