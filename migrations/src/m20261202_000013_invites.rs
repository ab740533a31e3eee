//! Accounts made in the admin pages: a one-time link (kept only as a keyed
//! hash, expiring, single use) with which the invited person chooses their
//! password; and the agency an audit-log entry concerns, so that a manager
//! can read their agency's log and no other.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Invite {
    Table,
    Id,
    UserId,
    TokenHash,
    CreatedBy,
    CreatedAt,
    ExpiresAt,
    UsedAt,
}

#[derive(DeriveIden)]
enum AuditLog {
    Table,
    AgencyId,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Invite::Table)
                    .col(uuid(Invite::Id).primary_key())
                    .col(uuid(Invite::UserId))
                    .col(string(Invite::TokenHash).unique_key())
                    .col(uuid_null(Invite::CreatedBy))
                    .col(timestamp_with_time_zone(Invite::CreatedAt))
                    .col(timestamp_with_time_zone(Invite::ExpiresAt))
                    .col(timestamp_with_time_zone_null(Invite::UsedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(AuditLog::Table)
                    .add_column(uuid_null(AuditLog::AgencyId))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(AuditLog::Table)
                    .drop_column(AuditLog::AgencyId)
                    .to_owned(),
            )
            .await?;
        manager
            .drop_table(Table::drop().table(Invite::Table).to_owned())
            .await
    }
}
