//! The agency's own questions beside a survey's instrument: versions of
//! the question list (a draft, then published versions that never change
//! once answered), and on each response the version it was given under.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum QuestionSet {
    Table,
    Id,
    SurveyId,
    Version,
    Body,
    CreatedAt,
    UpdatedAt,
    PublishedAt,
}

#[derive(DeriveIden)]
enum Response {
    Table,
    QuestionsVersion,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(QuestionSet::Table)
                    .col(uuid(QuestionSet::Id).primary_key())
                    .col(uuid(QuestionSet::SurveyId))
                    .col(integer(QuestionSet::Version))
                    .col(text(QuestionSet::Body))
                    .col(timestamp_with_time_zone(QuestionSet::CreatedAt))
                    .col(timestamp_with_time_zone(QuestionSet::UpdatedAt))
                    .col(timestamp_with_time_zone_null(QuestionSet::PublishedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("question_set_version")
                    .table(QuestionSet::Table)
                    .col(QuestionSet::SurveyId)
                    .col(QuestionSet::Version)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Response::Table)
                    .add_column(integer_null(Response::QuestionsVersion))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Response::Table)
                    .drop_column(Response::QuestionsVersion)
                    .to_owned(),
            )
            .await?;
        manager
            .drop_table(Table::drop().table(QuestionSet::Table).to_owned())
            .await
    }
}
