//! Persepsi's database schema. One file per migration; an applied migration
//! is never edited, only followed by a new one.

pub use sea_orm_migration::prelude::*;

mod m20261123_000001_initial;
mod m20261123_000002_tally;
mod m20261123_000003_integrity;
mod m20261123_000004_accounts;
mod m20261123_000005_exports;
mod m20261201_000010_accounts_hardening;
mod m20261201_000011_flood;
mod m20261202_000013_invites;
mod m20261202_000015_token_scope;
mod m20261202_000016_methods;
mod m20261202_000017_proof;
mod m20261202_000018_opinion;
mod m20261202_000019_followup;
mod m20261202_000020_publication;
mod m20261202_000021_certificate;
mod m20261202_000022_field;
mod m20261202_000023_questions;
mod m20261202_000024_consultation;
mod m20261203_000025_rate_budget;
mod m20261203_000026_webhooks;

/// Every migration, oldest first.
pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261123_000001_initial::Migration),
            Box::new(m20261123_000002_tally::Migration),
            Box::new(m20261123_000003_integrity::Migration),
            Box::new(m20261123_000004_accounts::Migration),
            Box::new(m20261123_000005_exports::Migration),
            Box::new(m20261201_000010_accounts_hardening::Migration),
            Box::new(m20261201_000011_flood::Migration),
            Box::new(m20261202_000013_invites::Migration),
            Box::new(m20261202_000015_token_scope::Migration),
            Box::new(m20261202_000016_methods::Migration),
            Box::new(m20261202_000018_opinion::Migration),
            Box::new(m20261202_000019_followup::Migration),
            Box::new(m20261202_000020_publication::Migration),
            Box::new(m20261202_000021_certificate::Migration),
            Box::new(m20261202_000017_proof::Migration),
            Box::new(m20261202_000022_field::Migration),
            Box::new(m20261202_000023_questions::Migration),
            Box::new(m20261202_000024_consultation::Migration),
            Box::new(m20261203_000025_rate_budget::Migration),
            Box::new(m20261203_000026_webhooks::Migration),
        ]
    }
}
