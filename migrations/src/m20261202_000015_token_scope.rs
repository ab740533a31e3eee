//! API tokens get an end date and a scope. A token made before this
//! migration keeps working as it did: no end date and read-write, so no
//! queue system stops overnight; its owner can revoke it and make a
//! bounded one.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum ApiToken {
    Table,
    ExpiresAt,
    ReadOnly,
}

#[derive(DeriveIden)]
enum UserToken {
    Table,
    ExpiresAt,
    ReadOnly,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite alters one at a time.
        for (table, column) in [
            (
                ApiToken::Table.into_iden(),
                timestamp_with_time_zone_null(ApiToken::ExpiresAt),
            ),
            (
                ApiToken::Table.into_iden(),
                boolean(ApiToken::ReadOnly).default(false).to_owned(),
            ),
            (
                UserToken::Table.into_iden(),
                timestamp_with_time_zone_null(UserToken::ExpiresAt),
            ),
            (
                UserToken::Table.into_iden(),
                boolean(UserToken::ReadOnly).default(false).to_owned(),
            ),
        ] {
            manager
                .alter_table(Table::alter().table(table).add_column(column).to_owned())
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for (table, column) in [
            (ApiToken::Table.into_iden(), ApiToken::ExpiresAt.into_iden()),
            (ApiToken::Table.into_iden(), ApiToken::ReadOnly.into_iden()),
            (
                UserToken::Table.into_iden(),
                UserToken::ExpiresAt.into_iden(),
            ),
            (
                UserToken::Table.into_iden(),
                UserToken::ReadOnly.into_iden(),
            ),
        ] {
            manager
                .alter_table(Table::alter().table(table).drop_column(column).to_owned())
                .await?;
        }
        Ok(())
    }
}
