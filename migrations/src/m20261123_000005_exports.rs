//! For assessors: each response's answers also as one JSON object (so an
//! export reads one row per response), an audit log of who exported what,
//! and API tokens that act as their owner.

use sea_orm_migration::sea_orm::DatabaseBackend;
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Response {
    Table,
    Answers,
}

#[derive(DeriveIden)]
enum AuditLog {
    Table,
    Id,
    At,
    UserId,
    Actor,
    Action,
    Detail,
}

#[derive(DeriveIden)]
enum UserToken {
    Table,
    Id,
    UserId,
    Name,
    TokenHash,
    CreatedAt,
    RevokedAt,
}

#[derive(DeriveIden)]
enum AppUser {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // {"item_key": "value", …}, written with the answers.
        manager
            .alter_table(
                Table::alter()
                    .table(Response::Table)
                    .add_column(text(Response::Answers).default("{}"))
                    .to_owned(),
            )
            .await?;
        let fill = match manager.get_database_backend() {
            DatabaseBackend::Postgres => {
                "UPDATE response r SET answers = sub.j FROM \
                 (SELECT response_id, json_object_agg(item_key, value)::text AS j \
                  FROM answer GROUP BY response_id) sub \
                 WHERE sub.response_id = r.id"
            }
            _ => {
                "UPDATE response SET answers = \
                 (SELECT json_group_object(item_key, value) FROM answer WHERE answer.response_id = response.id) \
                 WHERE EXISTS (SELECT 1 FROM answer WHERE answer.response_id = response.id)"
            }
        };
        manager.get_connection().execute_unprepared(fill).await?;
        manager
            .create_table(
                Table::create()
                    .table(AuditLog::Table)
                    .col(pk_uuid(AuditLog::Id))
                    .col(timestamp_with_time_zone(AuditLog::At))
                    .col(uuid_null(AuditLog::UserId))
                    // E-mail of the account, or "token NAME".
                    .col(string(AuditLog::Actor))
                    .col(string(AuditLog::Action))
                    // JSON: what exactly (format, filters).
                    .col(text(AuditLog::Detail))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_audit_log_at")
                    .table(AuditLog::Table)
                    .col(AuditLog::At)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(UserToken::Table)
                    .col(pk_uuid(UserToken::Id))
                    .col(uuid(UserToken::UserId))
                    .col(string(UserToken::Name))
                    .col(string_uniq(UserToken::TokenHash))
                    .col(timestamp_with_time_zone(UserToken::CreatedAt))
                    .col(timestamp_with_time_zone_null(UserToken::RevokedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(UserToken::Table, UserToken::UserId)
                            .to(AppUser::Table, AppUser::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for t in [UserToken::Table.into_iden(), AuditLog::Table.into_iden()] {
            manager
                .drop_table(Table::drop().table(t).to_owned())
                .await?;
        }
        manager
            .alter_table(
                Table::alter()
                    .table(Response::Table)
                    .drop_column(Response::Answers)
                    .to_owned(),
            )
            .await
    }
}
