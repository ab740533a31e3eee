//! What the flood signals judge by: the network a response came from and
//! its answer set, each as a short keyed hash (never the address or the
//! answers themselves), the seconds between the form and the response,
//! and when an assessor restored a flagged response.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Response {
    Table,
    SurveyId,
    SubmittedAt,
    Network,
    Pattern,
    FillSecs,
    RestoredAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite alters one at a time.
        for column in [
            string_null(Response::Network),
            string_null(Response::Pattern),
            integer_null(Response::FillSecs),
            timestamp_with_time_zone_null(Response::RestoredAt),
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Response::Table)
                        .add_column(column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .create_index(
                Index::create()
                    .name("idx_response_network")
                    .table(Response::Table)
                    .col(Response::SurveyId)
                    .col(Response::Network)
                    .col(Response::SubmittedAt)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name("idx_response_network")
                    .table(Response::Table)
                    .to_owned(),
            )
            .await?;
        for column in [
            Response::Network,
            Response::Pattern,
            Response::FillSecs,
            Response::RestoredAt,
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Response::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
