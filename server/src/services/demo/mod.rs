//! Demo data that looks like the real thing: a regency in Bali with its
//! licensing office, Dukcapil, a Puskesmas and its education office; a city
//! in Kalimantan; a police resort; a land office; and three open surveys,
//! `demo` (maladministration perception), `demo-skm` (SKM) and `demo-trust`
//! (public trust, open to anyone), with the regency's Ombudsman opinion.
//! Loading it twice changes nothing.

pub mod consultation;
mod data;
mod opinion;
pub mod proofs;
mod seed;
pub mod year;

pub use opinion::demo_year;

use crate::store::entities::instrument;
use crate::store::responses::{self, NewResponse};
use app::domain::answers::CheckedAnswer;
use app::domain::instrument::{Instrument, ItemKind, NOT_APPLICABLE};
use data::AGENCIES;
use sea_orm::{ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter};
use seed::{upsert_agency, upsert_survey, upsert_unit};

/// Loads the demo providers and surveys, plus `responses` made-up responses
/// per demo survey (0 for none). Safe to run any number of times.
pub async fn load(db: &DatabaseConnection, responses: usize) -> Result<(), DbErr> {
    for a in AGENCIES {
        let agency_id = upsert_agency(db, a).await?;
        for (slug, name, sector, users) in a.units {
            upsert_unit(db, agency_id, slug, name, sector, *users).await?;
        }
    }
    let demo = upsert_survey(
        db,
        "demo",
        "kab-klungkung",
        &["dpmptsp", "dukcapil", "puskesmas-klungkung-1", "disdikpora"],
        ("maladministration-perception", 2),
        ("ori-2025", 2),
        "Survei Pelayanan Publik Kabupaten Klungkung 2026",
    )
    .await?;
    let skm = upsert_survey(
        db,
        "demo-skm",
        "kota-balikpapan",
        &["dpmptsp"],
        ("skm", 2),
        ("skm-2017", 1),
        "Survei Kepuasan Masyarakat DPMPTSP Kota Balikpapan 2026",
    )
    .await?;
    let trust = upsert_survey(
        db,
        "demo-trust",
        "kab-klungkung",
        &["dpmptsp", "dukcapil", "puskesmas-klungkung-1", "disdikpora"],
        ("public-trust", 1),
        ("ori-2025", 2),
        "Survei Kepercayaan Masyarakat Kabupaten Klungkung 2026",
    )
    .await?;
    let klungkung = upsert_agency(db, &AGENCIES[0]).await?;
    opinion::load(db, klungkung, &[demo.0, trust.0]).await?;
    for (survey_id, units, instrument_id) in [demo, skm, trust] {
        let instrument = instrument::Entity::find_by_id(instrument_id)
            .one(db)
            .await?
            .ok_or_else(|| DbErr::RecordNotFound("demo instrument".into()))?;
        let def: Instrument = serde_json::from_str(&instrument.definition)
            .map_err(|e| DbErr::Custom(e.to_string()))?;
        let mut rng = Lcg(units.len() as u64 * 7919 + 1);
        let made = (0..responses).map(|i| {
            let new = NewResponse {
                survey_id,
                unit_id: Some(units[i % units.len()]),
                token_hash: format!("demo-{survey_id}-{i}"),
                channel: "demo",
                submitted_at: chrono::Utc::now() - chrono::Duration::hours((i * 7) as i64),
                answers: made_up_answers(&def, &mut rng),
                ..Default::default()
            };
            (&def, new)
        });
        let made: Vec<_> = made.collect();
        for chunk in made.chunks(500) {
            for outcome in responses::store_many(db, chunk.to_vec()).await? {
                outcome?;
            }
        }
    }
    Ok(())
}

/// Answers leaning towards good service, with some trouble and some "not
/// applicable", so that demo scores look plausible.
fn made_up_answers(def: &Instrument, rng: &mut Lcg) -> Vec<CheckedAnswer> {
    def.items
        .iter()
        .filter_map(|item| {
            let (value, score) = match item.kind {
                ItemKind::Scale => {
                    let r = rng.next() % 100;
                    if r < 6 && item.offers_not_applicable(def) {
                        (NOT_APPLICABLE.to_string(), None)
                    } else {
                        let v: i16 = match r {
                            0..=9 => 2,
                            10..=39 => 3,
                            40..=43 => 1,
                            _ => 4,
                        };
                        (v.to_string(), Some(v))
                    }
                }
                ItemKind::Choice if !item.eligible.is_empty() => (item.eligible[0].clone(), None),
                ItemKind::Choice => {
                    let o = &item.options[(rng.next() as usize) % item.options.len()];
                    (o.value.clone(), None)
                }
                ItemKind::Text | ItemKind::Multi | ItemKind::Number | ItemKind::Date => {
                    return None;
                }
            };
            Some(CheckedAnswer {
                key: item.key.clone(),
                value,
                score,
            })
        })
        .collect()
}

/// A tiny deterministic generator: demo data is the same on every machine.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
}

/// The password of every demo account. Demo data is for trying Persepsi
/// out; never load it into a database citizens use.
pub const DEMO_PASSWORD: &str = "persepsi-demo";

/// Demo accounts, one per role: (e-mail, role, agency slug, province).
pub const DEMO_ACCOUNTS: &[(
    &str,
    crate::services::access::Role,
    Option<&str>,
    Option<&str>,
)] = &[
    (
        "admin@demo.persepsi.id",
        crate::services::access::Role::Admin,
        None,
        None,
    ),
    (
        "klungkung@demo.persepsi.id",
        crate::services::access::Role::Manager,
        Some("kab-klungkung"),
        None,
    ),
    (
        "balikpapan@demo.persepsi.id",
        crate::services::access::Role::Manager,
        Some("kota-balikpapan"),
        None,
    ),
    (
        "penilai@demo.persepsi.id",
        crate::services::access::Role::Assessor,
        None,
        None,
    ),
    (
        "penilai.bali@demo.persepsi.id",
        crate::services::access::Role::Assessor,
        None,
        Some("Bali"),
    ),
    (
        "pencacah@demo.persepsi.id",
        crate::services::access::Role::Enumerator,
        None,
        None,
    ),
];

/// Creates the demo accounts that do not exist yet.
pub async fn accounts(db: &DatabaseConnection) -> Result<(), DbErr> {
    use crate::store::entities::{agency, app_user};
    for (email, role, agency_slug, province) in DEMO_ACCOUNTS {
        let exists = app_user::Entity::find()
            .filter(app_user::Column::Email.eq(*email))
            .one(db)
            .await?
            .is_some();
        if exists {
            continue;
        }
        let agency_id = match agency_slug {
            Some(slug) => agency::Entity::find()
                .filter(agency::Column::Slug.eq(*slug))
                .one(db)
                .await?
                .map(|a| a.id),
            None => None,
        };
        if agency_slug.is_some() && agency_id.is_none() {
            // A manager of an agency not loaded: no account at all.
            continue;
        }
        crate::services::auth::create_user(
            db,
            email,
            DEMO_PASSWORD,
            *role,
            agency_id,
            province.map(str::to_string),
        )
        .await?;
    }
    Ok(())
}
