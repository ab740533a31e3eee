//! Webhooks: an agency's receivers (a URL, the events it wants, the secret
//! that signs each delivery, and how far the periodic events have been
//! looked at), and every delivery with its attempts' outcome.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Webhook {
    Table,
    Id,
    AgencyId,
    Url,
    Secret,
    Events,
    SeenUntil,
    Bands,
    CreatedBy,
    CreatedAt,
}

#[derive(DeriveIden)]
enum WebhookDelivery {
    Table,
    Id,
    WebhookId,
    Event,
    Body,
    State,
    Attempts,
    NextAt,
    LastCode,
    LastError,
    CreatedAt,
    DeliveredAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Webhook::Table)
                    .col(uuid(Webhook::Id).primary_key())
                    .col(uuid(Webhook::AgencyId))
                    .col(string(Webhook::Url))
                    .col(string(Webhook::Secret))
                    .col(string(Webhook::Events))
                    .col(timestamp_with_time_zone(Webhook::SeenUntil))
                    .col(text(Webhook::Bands).default("{}"))
                    .col(string(Webhook::CreatedBy))
                    .col(timestamp_with_time_zone(Webhook::CreatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_webhook_agency")
                    .table(Webhook::Table)
                    .col(Webhook::AgencyId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(WebhookDelivery::Table)
                    .col(uuid(WebhookDelivery::Id).primary_key())
                    .col(uuid(WebhookDelivery::WebhookId))
                    .col(string(WebhookDelivery::Event))
                    .col(text(WebhookDelivery::Body))
                    .col(string(WebhookDelivery::State))
                    .col(integer(WebhookDelivery::Attempts).default(0))
                    .col(timestamp_with_time_zone_null(WebhookDelivery::NextAt))
                    .col(integer_null(WebhookDelivery::LastCode))
                    .col(string_null(WebhookDelivery::LastError))
                    .col(timestamp_with_time_zone(WebhookDelivery::CreatedAt))
                    .col(timestamp_with_time_zone_null(WebhookDelivery::DeliveredAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_webhook_delivery_due")
                    .table(WebhookDelivery::Table)
                    .col(WebhookDelivery::NextAt)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_webhook_delivery_webhook")
                    .table(WebhookDelivery::Table)
                    .col(WebhookDelivery::WebhookId)
                    .col(WebhookDelivery::CreatedAt)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(WebhookDelivery::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(Webhook::Table).to_owned())
            .await
    }
}
