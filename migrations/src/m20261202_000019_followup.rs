//! The follow-up plan (*Rencana Tindak Lanjut*): an agency's actions on a
//! survey's weakest elements for a period, each with an owner, a deadline,
//! a status and evidence notes.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum FollowupAction {
    Table,
    Id,
    SurveyId,
    UnitId,
    Period,
    ItemKey,
    Action,
    Owner,
    DueOn,
    Status,
    Evidence,
    CreatedBy,
    CreatedAt,
    UpdatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(FollowupAction::Table)
                    .col(pk_uuid(FollowupAction::Id))
                    .col(uuid(FollowupAction::SurveyId))
                    .col(uuid_null(FollowupAction::UnitId))
                    .col(string(FollowupAction::Period))
                    .col(string(FollowupAction::ItemKey))
                    .col(text(FollowupAction::Action))
                    .col(string(FollowupAction::Owner))
                    .col(string(FollowupAction::DueOn))
                    .col(string(FollowupAction::Status))
                    .col(text(FollowupAction::Evidence))
                    .col(uuid(FollowupAction::CreatedBy))
                    .col(timestamp_with_time_zone(FollowupAction::CreatedAt))
                    .col(timestamp_with_time_zone(FollowupAction::UpdatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("followup_action_survey_period")
                    .table(FollowupAction::Table)
                    .col(FollowupAction::SurveyId)
                    .col(FollowupAction::Period)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(FollowupAction::Table).to_owned())
            .await
    }
}
