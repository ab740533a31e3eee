//! Public consultation (*uji publik*) of a service standard: the draft of
//! each component, the citizens' replies (one per form token) and their
//! agreement and comments per component, and the agency's answers.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Consultation {
    Table,
    Id,
    AgencyId,
    Slug,
    Title,
    Service,
    OpensAt,
    ClosesAt,
    ClosedAt,
    FinalText,
    CreatedBy,
    CreatedAt,
}

#[derive(DeriveIden)]
enum ConsultationComponent {
    Table,
    ConsultationId,
    Key,
    Position,
    Draft,
    Decision,
    Reason,
    FinalText,
    AnsweredAt,
}

#[derive(DeriveIden)]
enum ConsultationReply {
    Table,
    Id,
    ConsultationId,
    TokenHash,
    Network,
    Flags,
    SubmittedAt,
}

#[derive(DeriveIden)]
enum ConsultationVote {
    Table,
    ReplyId,
    ConsultationId,
    Key,
    Agree,
    Comment,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Consultation::Table)
                    .col(uuid(Consultation::Id).primary_key())
                    .col(uuid(Consultation::AgencyId))
                    .col(string_uniq(Consultation::Slug))
                    .col(string(Consultation::Title))
                    .col(string(Consultation::Service))
                    .col(timestamp_with_time_zone(Consultation::OpensAt))
                    .col(timestamp_with_time_zone(Consultation::ClosesAt))
                    .col(timestamp_with_time_zone_null(Consultation::ClosedAt))
                    .col(text_null(Consultation::FinalText))
                    .col(uuid(Consultation::CreatedBy))
                    .col(timestamp_with_time_zone(Consultation::CreatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ConsultationComponent::Table)
                    .col(uuid(ConsultationComponent::ConsultationId))
                    .col(string(ConsultationComponent::Key))
                    .col(integer(ConsultationComponent::Position))
                    .col(text(ConsultationComponent::Draft))
                    .col(string_null(ConsultationComponent::Decision))
                    .col(text_null(ConsultationComponent::Reason))
                    .col(text_null(ConsultationComponent::FinalText))
                    .col(timestamp_with_time_zone_null(
                        ConsultationComponent::AnsweredAt,
                    ))
                    .primary_key(
                        Index::create()
                            .col(ConsultationComponent::ConsultationId)
                            .col(ConsultationComponent::Key),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ConsultationReply::Table)
                    .col(uuid(ConsultationReply::Id).primary_key())
                    .col(uuid(ConsultationReply::ConsultationId))
                    .col(string_uniq(ConsultationReply::TokenHash))
                    .col(string_null(ConsultationReply::Network))
                    .col(string(ConsultationReply::Flags).default(""))
                    .col(timestamp_with_time_zone(ConsultationReply::SubmittedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_consultation_reply_consultation")
                    .table(ConsultationReply::Table)
                    .col(ConsultationReply::ConsultationId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ConsultationVote::Table)
                    .col(uuid(ConsultationVote::ReplyId))
                    .col(uuid(ConsultationVote::ConsultationId))
                    .col(string(ConsultationVote::Key))
                    .col(boolean(ConsultationVote::Agree))
                    .col(text_null(ConsultationVote::Comment))
                    .primary_key(
                        Index::create()
                            .col(ConsultationVote::ReplyId)
                            .col(ConsultationVote::Key),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_consultation_vote_consultation")
                    .table(ConsultationVote::Table)
                    .col(ConsultationVote::ConsultationId)
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            ConsultationVote::Table.into_iden(),
            ConsultationReply::Table.into_iden(),
            ConsultationComponent::Table.into_iden(),
            Consultation::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
