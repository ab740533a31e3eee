//! Report cards and certificates (*rapor*, *sertifikat*) an assessor issues
//! to an agency for a year: the figures as they were when issued, and a
//! code anyone can check on the public verification page.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Certificate {
    Table,
    Id,
    Code,
    AgencyId,
    Year,
    IssuedBy,
    IssuedAt,
    Body,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Certificate::Table)
                    .col(pk_uuid(Certificate::Id))
                    .col(string_uniq(Certificate::Code))
                    .col(uuid(Certificate::AgencyId))
                    .col(string(Certificate::Year))
                    .col(string(Certificate::IssuedBy))
                    .col(timestamp_with_time_zone(Certificate::IssuedAt))
                    .col(text(Certificate::Body))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Certificate::Table).to_owned())
            .await
    }
}
