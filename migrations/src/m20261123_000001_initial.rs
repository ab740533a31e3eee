//! The first schema: providers and their units, versioned instruments and
//! band tables, surveys, and the responses citizens give.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Setting {
    Table,
    Key,
    Value,
}

#[derive(DeriveIden)]
enum Agency {
    Table,
    Id,
    Slug,
    Name,
    Kind,
    Region,
    ParentId,
    CreatedAt,
}

#[derive(DeriveIden)]
enum ServiceUnit {
    Table,
    Id,
    AgencyId,
    Slug,
    Name,
    Sector,
    ExpectedUsers,
}

#[derive(DeriveIden)]
enum Instrument {
    Table,
    Id,
    Key,
    Version,
    Title,
    Definition,
    Checksum,
    CreatedAt,
}

#[derive(DeriveIden)]
enum BandTable {
    Table,
    Id,
    Key,
    Version,
    Title,
    Definition,
    Checksum,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Survey {
    Table,
    Id,
    Slug,
    AgencyId,
    InstrumentId,
    BandTableId,
    Title,
    Status,
    OpensAt,
    ClosesAt,
    CreatedAt,
}

#[derive(DeriveIden)]
enum SurveyUnit {
    Table,
    SurveyId,
    UnitId,
}

#[derive(DeriveIden)]
enum Response {
    Table,
    Id,
    SurveyId,
    UnitId,
    TokenHash,
    Channel,
    Verified,
    Suspect,
    SubmittedAt,
}

#[derive(DeriveIden)]
enum Answer {
    Table,
    ResponseId,
    ItemKey,
    Value,
    Score,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Setting::Table)
                    .col(string(Setting::Key).primary_key())
                    .col(text(Setting::Value))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Agency::Table)
                    .col(pk_uuid(Agency::Id))
                    .col(string_uniq(Agency::Slug))
                    .col(string(Agency::Name))
                    .col(string(Agency::Kind))
                    .col(string(Agency::Region))
                    .col(uuid_null(Agency::ParentId))
                    .col(timestamp_with_time_zone(Agency::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Agency::Table, Agency::ParentId)
                            .to(Agency::Table, Agency::Id),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(ServiceUnit::Table)
                    .col(pk_uuid(ServiceUnit::Id))
                    .col(uuid(ServiceUnit::AgencyId))
                    .col(string(ServiceUnit::Slug))
                    .col(string(ServiceUnit::Name))
                    .col(string(ServiceUnit::Sector))
                    .col(integer_null(ServiceUnit::ExpectedUsers))
                    .foreign_key(
                        ForeignKey::create()
                            .from(ServiceUnit::Table, ServiceUnit::AgencyId)
                            .to(Agency::Table, Agency::Id),
                    )
                    .index(
                        Index::create()
                            .unique()
                            .col(ServiceUnit::AgencyId)
                            .col(ServiceUnit::Slug),
                    )
                    .to_owned(),
            )
            .await?;

        for (table, id, key, version, title, definition, checksum, created) in [
            (
                Instrument::Table.into_iden(),
                Instrument::Id.into_iden(),
                Instrument::Key.into_iden(),
                Instrument::Version.into_iden(),
                Instrument::Title.into_iden(),
                Instrument::Definition.into_iden(),
                Instrument::Checksum.into_iden(),
                Instrument::CreatedAt.into_iden(),
            ),
            (
                BandTable::Table.into_iden(),
                BandTable::Id.into_iden(),
                BandTable::Key.into_iden(),
                BandTable::Version.into_iden(),
                BandTable::Title.into_iden(),
                BandTable::Definition.into_iden(),
                BandTable::Checksum.into_iden(),
                BandTable::CreatedAt.into_iden(),
            ),
        ] {
            manager
                .create_table(
                    Table::create()
                        .table(table)
                        .col(pk_uuid(id))
                        .col(string(key.clone()))
                        .col(integer(version.clone()))
                        .col(string(title))
                        .col(text(definition))
                        .col(string(checksum))
                        .col(timestamp_with_time_zone(created))
                        .index(Index::create().unique().col(key).col(version))
                        .to_owned(),
                )
                .await?;
        }

        manager
            .create_table(
                Table::create()
                    .table(Survey::Table)
                    .col(pk_uuid(Survey::Id))
                    .col(string_uniq(Survey::Slug))
                    .col(uuid(Survey::AgencyId))
                    .col(uuid(Survey::InstrumentId))
                    .col(uuid(Survey::BandTableId))
                    .col(string(Survey::Title))
                    .col(string(Survey::Status))
                    .col(timestamp_with_time_zone_null(Survey::OpensAt))
                    .col(timestamp_with_time_zone_null(Survey::ClosesAt))
                    .col(timestamp_with_time_zone(Survey::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Survey::Table, Survey::AgencyId)
                            .to(Agency::Table, Agency::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Survey::Table, Survey::InstrumentId)
                            .to(Instrument::Table, Instrument::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Survey::Table, Survey::BandTableId)
                            .to(BandTable::Table, BandTable::Id),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(SurveyUnit::Table)
                    .col(uuid(SurveyUnit::SurveyId))
                    .col(uuid(SurveyUnit::UnitId))
                    .primary_key(
                        Index::create()
                            .col(SurveyUnit::SurveyId)
                            .col(SurveyUnit::UnitId),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(SurveyUnit::Table, SurveyUnit::SurveyId)
                            .to(Survey::Table, Survey::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(SurveyUnit::Table, SurveyUnit::UnitId)
                            .to(ServiceUnit::Table, ServiceUnit::Id),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Response::Table)
                    .col(pk_uuid(Response::Id))
                    .col(uuid(Response::SurveyId))
                    .col(uuid_null(Response::UnitId))
                    // One response per signed form token, enforced here.
                    .col(string_uniq(Response::TokenHash))
                    .col(string(Response::Channel))
                    .col(boolean(Response::Verified))
                    .col(boolean(Response::Suspect))
                    .col(timestamp_with_time_zone(Response::SubmittedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Response::Table, Response::SurveyId)
                            .to(Survey::Table, Survey::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Response::Table, Response::UnitId)
                            .to(ServiceUnit::Table, ServiceUnit::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_response_survey_submitted")
                    .table(Response::Table)
                    .col(Response::SurveyId)
                    .col(Response::SubmittedAt)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Answer::Table)
                    .col(uuid(Answer::ResponseId))
                    .col(string(Answer::ItemKey))
                    .col(text(Answer::Value))
                    // The numeric value that counts in scores; NULL for text,
                    // choices and "not applicable".
                    .col(small_integer_null(Answer::Score))
                    .primary_key(Index::create().col(Answer::ResponseId).col(Answer::ItemKey))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Answer::Table, Answer::ResponseId)
                            .to(Response::Table, Response::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            Answer::Table.into_iden(),
            Response::Table.into_iden(),
            SurveyUnit::Table.into_iden(),
            Survey::Table.into_iden(),
            BandTable::Table.into_iden(),
            Instrument::Table.into_iden(),
            ServiceUnit::Table.into_iden(),
            Agency::Table.into_iden(),
            Setting::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
