//! People who run surveys: accounts with a role (admin, agency manager,
//! assessor), their server-side sessions, and the origins allowed to embed
//! each survey.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum AppUser {
    Table,
    Id,
    Email,
    PasswordHash,
    Role,
    AgencyId,
    Province,
    CreatedAt,
    DisabledAt,
}

#[derive(DeriveIden)]
enum Session {
    Table,
    IdHash,
    UserId,
    Csrf,
    CreatedAt,
    ExpiresAt,
}

#[derive(DeriveIden)]
enum Agency {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Survey {
    Table,
    EmbedOrigins,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(AppUser::Table)
                    .col(pk_uuid(AppUser::Id))
                    // Lower-cased.
                    .col(string_uniq(AppUser::Email))
                    // Argon2id, PHC string format.
                    .col(string(AppUser::PasswordHash))
                    // `admin`, `manager` or `assessor`.
                    .col(string(AppUser::Role))
                    // A manager's agency.
                    .col(uuid_null(AppUser::AgencyId))
                    // An assessor limited to one province (agency.region).
                    .col(string_null(AppUser::Province))
                    .col(timestamp_with_time_zone(AppUser::CreatedAt))
                    .col(timestamp_with_time_zone_null(AppUser::DisabledAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(AppUser::Table, AppUser::AgencyId)
                            .to(Agency::Table, Agency::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Session::Table)
                    // Keyed hash of the cookie's value; the value itself is
                    // only in the browser.
                    .col(string(Session::IdHash).primary_key())
                    .col(uuid(Session::UserId))
                    // The session's anti-forgery token, in every admin form.
                    .col(string(Session::Csrf))
                    .col(timestamp_with_time_zone(Session::CreatedAt))
                    .col(timestamp_with_time_zone(Session::ExpiresAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Session::Table, Session::UserId)
                            .to(AppUser::Table, AppUser::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_session_user")
                    .table(Session::Table)
                    .col(Session::UserId)
                    .to_owned(),
            )
            .await?;
        // Space-separated origins (`https://dinas.example.go.id`) that may
        // show the survey in a frame.
        manager
            .alter_table(
                Table::alter()
                    .table(Survey::Table)
                    .add_column(text(Survey::EmbedOrigins).default(""))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Survey::Table)
                    .drop_column(Survey::EmbedOrigins)
                    .to_owned(),
            )
            .await?;
        for table in [Session::Table.into_iden(), AppUser::Table.into_iden()] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
