//! Assessment methods as versioned data, like instruments and band tables
//! (same shape: key, version, canonical JSON, checksum), and the method a
//! survey names. A survey from before methods existed names none until
//! start-up gives it the method its band table belongs to.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Method {
    Table,
    Id,
    Key,
    Version,
    Title,
    Definition,
    Checksum,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Survey {
    Table,
    MethodId,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Method::Table)
                    .col(pk_uuid(Method::Id))
                    .col(string(Method::Key))
                    .col(integer(Method::Version))
                    .col(string(Method::Title))
                    .col(text(Method::Definition))
                    .col(string(Method::Checksum))
                    .col(timestamp_with_time_zone(Method::CreatedAt))
                    .index(
                        Index::create()
                            .unique()
                            .col(Method::Key)
                            .col(Method::Version),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Survey::Table)
                    .add_column(uuid_null(Survey::MethodId))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Survey::Table)
                    .drop_column(Survey::MethodId)
                    .to_owned(),
            )
            .await?;
        manager
            .drop_table(Table::drop().table(Method::Table).to_owned())
            .await
    }
}
