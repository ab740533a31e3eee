//! Running sums per survey, unit, month and response status, from which
//! scores and their confidence intervals are computed without reading every
//! answer. Each key is split over a few shards so that concurrent
//! submissions to one unit do not all wait for one row.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Tally {
    Table,
    SurveyId,
    UnitKey,
    Month,
    Verified,
    Suspect,
    Shard,
    Data,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Tally::Table)
                    .col(uuid(Tally::SurveyId))
                    // The unit's id as text, or "" for responses without a unit.
                    .col(string(Tally::UnitKey))
                    // "YYYY-MM" in Western Indonesian Time (UTC+7).
                    .col(string(Tally::Month))
                    .col(boolean(Tally::Verified))
                    .col(boolean(Tally::Suspect))
                    .col(small_integer(Tally::Shard))
                    // The sums as JSON (see app::domain::stats::Tally).
                    .col(text(Tally::Data))
                    .primary_key(
                        Index::create()
                            .col(Tally::SurveyId)
                            .col(Tally::UnitKey)
                            .col(Tally::Month)
                            .col(Tally::Verified)
                            .col(Tally::Suspect)
                            .col(Tally::Shard),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Tally::Table, Tally::SurveyId)
                            .to(Alias::new("survey"), Alias::new("id")),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Tally::Table).to_owned())
            .await
    }
}
