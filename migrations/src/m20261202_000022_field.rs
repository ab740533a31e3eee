//! Collecting at the counter and in the field: tablets paired to a unit
//! (kiosks), interview targets per unit, counters (*loket*) a response can
//! be attributed to, and on each response the kiosk, interviewer or
//! counter it came through.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum KioskDevice {
    Table,
    Id,
    SurveyId,
    UnitId,
    Name,
    Faces,
    PairCodeHash,
    PairExpiresAt,
    KeyHash,
    CreatedBy,
    CreatedAt,
    PairedAt,
    RevokedAt,
}

#[derive(DeriveIden)]
enum FieldQuota {
    Table,
    SurveyId,
    UnitId,
    Target,
    SetBy,
    SetAt,
}

#[derive(DeriveIden)]
enum ServiceCounter {
    Table,
    Id,
    SurveyId,
    UnitId,
    Label,
    Code,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Response {
    Table,
    DeviceId,
    InterviewerId,
    CounterId,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(KioskDevice::Table)
                    .col(uuid(KioskDevice::Id).primary_key())
                    .col(uuid(KioskDevice::SurveyId))
                    .col(uuid(KioskDevice::UnitId))
                    .col(string(KioskDevice::Name))
                    .col(boolean(KioskDevice::Faces).default(false))
                    .col(string_null(KioskDevice::PairCodeHash).unique_key())
                    .col(timestamp_with_time_zone_null(KioskDevice::PairExpiresAt))
                    .col(string_null(KioskDevice::KeyHash).unique_key())
                    .col(uuid(KioskDevice::CreatedBy))
                    .col(timestamp_with_time_zone(KioskDevice::CreatedAt))
                    .col(timestamp_with_time_zone_null(KioskDevice::PairedAt))
                    .col(timestamp_with_time_zone_null(KioskDevice::RevokedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(FieldQuota::Table)
                    .col(uuid(FieldQuota::SurveyId))
                    .col(uuid(FieldQuota::UnitId))
                    .col(integer(FieldQuota::Target))
                    .col(uuid(FieldQuota::SetBy))
                    .col(timestamp_with_time_zone(FieldQuota::SetAt))
                    .primary_key(
                        Index::create()
                            .col(FieldQuota::SurveyId)
                            .col(FieldQuota::UnitId),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ServiceCounter::Table)
                    .col(uuid(ServiceCounter::Id).primary_key())
                    .col(uuid(ServiceCounter::SurveyId))
                    .col(uuid(ServiceCounter::UnitId))
                    .col(string(ServiceCounter::Label))
                    .col(string_uniq(ServiceCounter::Code))
                    .col(timestamp_with_time_zone(ServiceCounter::CreatedAt))
                    .to_owned(),
            )
            .await?;
        // SQLite adds one column per statement.
        for column in [
            Response::DeviceId,
            Response::InterviewerId,
            Response::CounterId,
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Response::Table)
                        .add_column(uuid_null(column))
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [
            Response::DeviceId,
            Response::InterviewerId,
            Response::CounterId,
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
        for table in [
            ServiceCounter::Table.into_iden(),
            FieldQuota::Table.into_iden(),
            KioskDevice::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
