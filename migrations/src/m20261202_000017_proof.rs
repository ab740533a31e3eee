//! Proof of service by photo: a survey may ask for a picture of the
//! receipt or document (off by default), and each picture has a row of its
//! own, apart from the answers, that an assessor reviews. The picture's
//! bytes live in an object store; the row names them by key.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Survey {
    Table,
    ProofPhotos,
}

#[derive(DeriveIden)]
enum Proof {
    Table,
    Id,
    SurveyId,
    UnitId,
    ResponseId,
    ObjectKey,
    Bytes,
    Width,
    Height,
    Status,
    Reason,
    ReviewedBy,
    ReviewedAt,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Survey::Table)
                    .add_column(boolean(Survey::ProofPhotos).default(false))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Proof::Table)
                    .col(uuid(Proof::Id).primary_key())
                    .col(uuid(Proof::SurveyId))
                    .col(uuid_null(Proof::UnitId))
                    // Empty while the picture waits for its answers.
                    .col(uuid_null(Proof::ResponseId).unique_key())
                    .col(string(Proof::ObjectKey))
                    .col(big_integer(Proof::Bytes))
                    .col(integer(Proof::Width))
                    .col(integer(Proof::Height))
                    .col(string(Proof::Status))
                    .col(string(Proof::Reason).default(""))
                    .col(uuid_null(Proof::ReviewedBy))
                    .col(timestamp_with_time_zone_null(Proof::ReviewedAt))
                    .col(timestamp_with_time_zone(Proof::CreatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_proof_status")
                    .table(Proof::Table)
                    .col(Proof::Status)
                    .col(Proof::CreatedAt)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Proof::Table).to_owned())
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Survey::Table)
                    .drop_column(Survey::ProofPhotos)
                    .to_owned(),
            )
            .await
    }
}
