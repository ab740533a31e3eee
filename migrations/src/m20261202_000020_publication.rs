//! What an agency has published: a survey's closed period, chosen by its
//! manager, shown on the agency's public page until withdrawn.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Publication {
    Table,
    Id,
    SurveyId,
    Period,
    PublishedAt,
    PublishedBy,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Publication::Table)
                    .col(pk_uuid(Publication::Id))
                    .col(uuid(Publication::SurveyId))
                    .col(string(Publication::Period))
                    .col(timestamp_with_time_zone(Publication::PublishedAt))
                    .col(uuid(Publication::PublishedBy))
                    .index(
                        Index::create()
                            .unique()
                            .col(Publication::SurveyId)
                            .col(Publication::Period),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Publication::Table).to_owned())
            .await
    }
}
