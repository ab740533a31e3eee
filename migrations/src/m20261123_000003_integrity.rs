//! What keeps the ballot honest: why a response is suspect, one-time
//! service codes that verify a response, the per-survey "one device, one
//! voice" policy with its keyed device hashes, and API tokens.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Response {
    Table,
    Id,
    Flags,
}

#[derive(DeriveIden)]
enum Survey {
    Table,
    Id,
    DevicePolicy,
}

#[derive(DeriveIden)]
enum ServiceUnit {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Agency {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum VerificationCode {
    Table,
    Id,
    UnitId,
    BatchId,
    CodeHash,
    CreatedAt,
    ExpiresAt,
    UsedAt,
    ResponseId,
}

#[derive(DeriveIden)]
enum DeviceSeen {
    Table,
    SurveyId,
    Month,
    DeviceHash,
    CreatedAt,
}

#[derive(DeriveIden)]
enum ApiToken {
    Table,
    Id,
    Name,
    TokenHash,
    AgencyId,
    CreatedAt,
    RevokedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // Comma-separated signals ("honeypot,fast"); empty when none.
        manager
            .alter_table(
                Table::alter()
                    .table(Response::Table)
                    .add_column(string(Response::Flags).default(""))
                    .to_owned(),
            )
            .await?;
        // `allow`, `flag` or `reject` repeat answers from one device.
        manager
            .alter_table(
                Table::alter()
                    .table(Survey::Table)
                    .add_column(string(Survey::DevicePolicy).default("allow"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(VerificationCode::Table)
                    .col(pk_uuid(VerificationCode::Id))
                    .col(uuid(VerificationCode::UnitId))
                    .col(uuid(VerificationCode::BatchId))
                    // Keyed hash of the normalised code; the code itself is
                    // shown once, when generated.
                    .col(string_uniq(VerificationCode::CodeHash))
                    .col(timestamp_with_time_zone(VerificationCode::CreatedAt))
                    .col(timestamp_with_time_zone_null(VerificationCode::ExpiresAt))
                    .col(timestamp_with_time_zone_null(VerificationCode::UsedAt))
                    .col(uuid_null(VerificationCode::ResponseId))
                    .foreign_key(
                        ForeignKey::create()
                            .from(VerificationCode::Table, VerificationCode::UnitId)
                            .to(ServiceUnit::Table, ServiceUnit::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(VerificationCode::Table, VerificationCode::ResponseId)
                            .to(Response::Table, Response::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_verification_code_batch")
                    .table(VerificationCode::Table)
                    .col(VerificationCode::BatchId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(DeviceSeen::Table)
                    .col(uuid(DeviceSeen::SurveyId))
                    // "YYYY-MM" in UTC+7: the period within which a device
                    // has one voice, and the period of the key that hashed it.
                    .col(string(DeviceSeen::Month))
                    .col(string(DeviceSeen::DeviceHash))
                    .col(timestamp_with_time_zone(DeviceSeen::CreatedAt))
                    .primary_key(
                        Index::create()
                            .col(DeviceSeen::SurveyId)
                            .col(DeviceSeen::Month)
                            .col(DeviceSeen::DeviceHash),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(DeviceSeen::Table, DeviceSeen::SurveyId)
                            .to(Survey::Table, Survey::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_device_seen_created")
                    .table(DeviceSeen::Table)
                    .col(DeviceSeen::CreatedAt)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ApiToken::Table)
                    .col(pk_uuid(ApiToken::Id))
                    .col(string(ApiToken::Name))
                    .col(string_uniq(ApiToken::TokenHash))
                    // The agency the token acts for.
                    .col(uuid(ApiToken::AgencyId))
                    .col(timestamp_with_time_zone(ApiToken::CreatedAt))
                    .col(timestamp_with_time_zone_null(ApiToken::RevokedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(ApiToken::Table, ApiToken::AgencyId)
                            .to(Agency::Table, Agency::Id),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            ApiToken::Table.into_iden(),
            DeviceSeen::Table.into_iden(),
            VerificationCode::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        manager
            .alter_table(
                Table::alter()
                    .table(Survey::Table)
                    .drop_column(Survey::DevicePolicy)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Response::Table)
                    .drop_column(Response::Flags)
                    .to_owned(),
            )
            .await
    }
}
