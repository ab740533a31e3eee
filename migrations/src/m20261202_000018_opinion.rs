//! The Ombudsman's opinion: the figures an assessor enters per agency,
//! year and method part (the dimensions this product does not collect),
//! and whether the agency followed up every Ombudsman finding that year
//! (the *Tanpa Maladministrasi* addition to the label).

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum OpinionFigure {
    Table,
    Id,
    AgencyId,
    Year,
    MethodId,
    Part,
    Value,
    EnteredBy,
    EnteredAt,
}

#[derive(DeriveIden)]
enum OpinionFollowUp {
    Table,
    Id,
    AgencyId,
    Year,
    FollowedUp,
    EnteredBy,
    EnteredAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(OpinionFigure::Table)
                    .col(pk_uuid(OpinionFigure::Id))
                    .col(uuid(OpinionFigure::AgencyId))
                    .col(integer(OpinionFigure::Year))
                    .col(uuid(OpinionFigure::MethodId))
                    .col(string(OpinionFigure::Part))
                    .col(double(OpinionFigure::Value))
                    .col(uuid_null(OpinionFigure::EnteredBy))
                    .col(timestamp_with_time_zone(OpinionFigure::EnteredAt))
                    .index(
                        Index::create()
                            .unique()
                            .col(OpinionFigure::AgencyId)
                            .col(OpinionFigure::Year)
                            .col(OpinionFigure::MethodId)
                            .col(OpinionFigure::Part),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(OpinionFollowUp::Table)
                    .col(pk_uuid(OpinionFollowUp::Id))
                    .col(uuid(OpinionFollowUp::AgencyId))
                    .col(integer(OpinionFollowUp::Year))
                    .col(boolean(OpinionFollowUp::FollowedUp))
                    .col(uuid_null(OpinionFollowUp::EnteredBy))
                    .col(timestamp_with_time_zone(OpinionFollowUp::EnteredAt))
                    .index(
                        Index::create()
                            .unique()
                            .col(OpinionFollowUp::AgencyId)
                            .col(OpinionFollowUp::Year),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(OpinionFollowUp::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(OpinionFigure::Table).to_owned())
            .await
    }
}
