//! Demo data that looks like the real thing: a regency in Bali with its
//! licensing office, Dukcapil, a Puskesmas and its education office; a city
//! in Kalimantan; a police resort; a land office; and two open surveys,
//! `demo` (maladministration perception) and `demo-skm` (SKM). Loading it
//! twice changes nothing.

use crate::store::entities::{agency, band_table, instrument, service_unit, survey, survey_unit};
use crate::store::responses::{self, NewResponse};
use app::domain::answers::CheckedAnswer;
use app::domain::instrument::{Instrument, ItemKind, NOT_APPLICABLE};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter,
    sea_query::OnConflict,
};
use uuid::Uuid;

struct DemoAgency {
    slug: &'static str,
    name: &'static str,
    kind: &'static str,
    region: &'static str,
    units: &'static [(&'static str, &'static str, &'static str, i32)],
}

const AGENCIES: &[DemoAgency] = &[
    DemoAgency {
        slug: "kab-klungkung",
        name: "Pemerintah Kabupaten Klungkung",
        kind: "regency",
        region: "Bali",
        units: &[
            (
                "dpmptsp",
                "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
                "licensing",
                4800,
            ),
            (
                "dukcapil",
                "Dinas Kependudukan dan Pencatatan Sipil",
                "civil_registration",
                12000,
            ),
            (
                "puskesmas-klungkung-1",
                "UPTD Puskesmas Klungkung I",
                "health",
                9000,
            ),
            (
                "disdikpora",
                "Dinas Pendidikan, Kepemudaan dan Olahraga",
                "education",
                2500,
            ),
        ],
    },
    DemoAgency {
        slug: "kota-balikpapan",
        name: "Pemerintah Kota Balikpapan",
        kind: "city",
        region: "Kalimantan Timur",
        units: &[
            (
                "dpmptsp",
                "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Balikpapan",
                "licensing",
                7000,
            ),
            (
                "dukcapil",
                "Dinas Kependudukan dan Pencatatan Sipil Kota Balikpapan",
                "civil_registration",
                20000,
            ),
        ],
    },
    DemoAgency {
        slug: "polres-klungkung",
        name: "Kepolisian Resor Klungkung",
        kind: "police_resort",
        region: "Bali",
        units: &[(
            "satpas-sim",
            "Satuan Penyelenggara Administrasi SIM",
            "police",
            6000,
        )],
    },
    DemoAgency {
        slug: "kantah-banjarmasin",
        name: "Kantor Pertanahan Kota Banjarmasin",
        kind: "land_office",
        region: "Kalimantan Selatan",
        units: &[(
            "loket-pelayanan",
            "Loket Pelayanan Pertanahan",
            "land",
            3000,
        )],
    },
];

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
        ("maladministration-perception", 1),
        ("ori-2025", 1),
        "Survei Persepsi Maladministrasi Kabupaten Klungkung 2026",
    )
    .await?;
    let skm = upsert_survey(
        db,
        "demo-skm",
        "kota-balikpapan",
        &["dpmptsp"],
        ("skm", 1),
        ("skm-2017", 1),
        "Survei Kepuasan Masyarakat DPMPTSP Kota Balikpapan 2026",
    )
    .await?;
    for (survey_id, units, instrument_id) in [demo, skm] {
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
                ItemKind::Text => return None,
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

async fn upsert_agency(db: &DatabaseConnection, a: &DemoAgency) -> Result<Uuid, DbErr> {
    if let Some(found) = agency::Entity::find()
        .filter(agency::Column::Slug.eq(a.slug))
        .one(db)
        .await?
    {
        return Ok(found.id);
    }
    let id = Uuid::new_v4();
    agency::Entity::insert(agency::ActiveModel {
        id: Set(id),
        slug: Set(a.slug.into()),
        name: Set(a.name.into()),
        kind: Set(a.kind.into()),
        region: Set(a.region.into()),
        parent_id: Set(None),
        created_at: Set(chrono::Utc::now()),
    })
    .exec_without_returning(db)
    .await?;
    Ok(id)
}

async fn upsert_unit(
    db: &DatabaseConnection,
    agency_id: Uuid,
    slug: &str,
    name: &str,
    sector: &str,
    users: i32,
) -> Result<Uuid, DbErr> {
    if let Some(found) = unit_id(db, agency_id, slug).await? {
        return Ok(found);
    }
    let id = Uuid::new_v4();
    service_unit::Entity::insert(service_unit::ActiveModel {
        id: Set(id),
        agency_id: Set(agency_id),
        slug: Set(slug.into()),
        name: Set(name.into()),
        sector: Set(sector.into()),
        expected_users: Set(Some(users)),
    })
    .exec_without_returning(db)
    .await?;
    Ok(id)
}

async fn unit_id(
    db: &DatabaseConnection,
    agency_id: Uuid,
    slug: &str,
) -> Result<Option<Uuid>, DbErr> {
    Ok(service_unit::Entity::find()
        .filter(service_unit::Column::AgencyId.eq(agency_id))
        .filter(service_unit::Column::Slug.eq(slug))
        .one(db)
        .await?
        .map(|u| u.id))
}

/// Creates the survey when missing; returns its id, unit ids and instrument id.
async fn upsert_survey(
    db: &DatabaseConnection,
    slug: &str,
    agency_slug: &str,
    unit_slugs: &[&str],
    instrument_key: (&str, i32),
    bands_key: (&str, i32),
    title: &str,
) -> Result<(Uuid, Vec<Uuid>, Uuid), DbErr> {
    let not_found = |what: &str| DbErr::RecordNotFound(format!("demo {what}"));
    let agency = agency::Entity::find()
        .filter(agency::Column::Slug.eq(agency_slug))
        .one(db)
        .await?
        .ok_or_else(|| not_found("agency"))?;
    let instrument = instrument::Entity::find()
        .filter(instrument::Column::Key.eq(instrument_key.0))
        .filter(instrument::Column::Version.eq(instrument_key.1))
        .one(db)
        .await?
        .ok_or_else(|| not_found("instrument"))?;
    let bands = band_table::Entity::find()
        .filter(band_table::Column::Key.eq(bands_key.0))
        .filter(band_table::Column::Version.eq(bands_key.1))
        .one(db)
        .await?
        .ok_or_else(|| not_found("band table"))?;
    let mut units = Vec::new();
    for u in unit_slugs {
        units.push(
            unit_id(db, agency.id, u)
                .await?
                .ok_or_else(|| not_found("unit"))?,
        );
    }
    let existing = survey::Entity::find()
        .filter(survey::Column::Slug.eq(slug))
        .one(db)
        .await?;
    let id = match existing {
        Some(s) => s.id,
        None => {
            let id = Uuid::new_v4();
            survey::Entity::insert(survey::ActiveModel {
                id: Set(id),
                slug: Set(slug.into()),
                agency_id: Set(agency.id),
                instrument_id: Set(instrument.id),
                band_table_id: Set(bands.id),
                title: Set(title.into()),
                status: Set("open".into()),
                opens_at: Set(None),
                closes_at: Set(None),
                created_at: Set(chrono::Utc::now()),
                device_policy: Set("allow".into()),
                embed_origins: Set(String::new()),
            })
            .exec_without_returning(db)
            .await?;
            id
        }
    };
    survey_unit::Entity::insert_many(units.iter().map(|u| survey_unit::ActiveModel {
        survey_id: Set(id),
        unit_id: Set(*u),
    }))
    .on_conflict(
        OnConflict::columns([survey_unit::Column::SurveyId, survey_unit::Column::UnitId])
            .do_nothing()
            .to_owned(),
    )
    .try_insert()
    .exec_without_returning(db)
    .await?;
    Ok((id, units, instrument.id))
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
