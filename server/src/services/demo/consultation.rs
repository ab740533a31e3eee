//! A public consultation in the demo: Balikpapan's licensing office asked
//! the public about its draft standard for a business licence (the seeds
//! tell of the licence going from seven days to two). Closed and answered,
//! so `/uji/demo-izin-usaha` and the agency's public page show its
//! outcome. Loading it twice changes nothing.

use super::Lcg;
use crate::store::consultations::{self, Answer, NewConsultation, NewReply};
use crate::store::entities::agency;
use chrono::{DateTime, Duration, Utc};
use sea_orm::{ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter};
use uuid::Uuid;

/// Its address code.
pub const SLUG: &str = "demo-izin-usaha";

/// Replies it got.
const REPLIES: usize = 64;

/// Each component asked: its draft, the share (in percent) who agree, a
/// comment some of the others write, and the agency's answer (decision,
/// reason, final text).
type Part = (&'static str, &'static str, u64, &'static str, Answered);
type Answered = (&'static str, &'static str, &'static str);

const PARTS: &[Part] = &[
    (
        "requirements",
        "KTP pemohon, NPWP, akta pendirian (badan usaha), dan bukti penguasaan lokasi usaha.",
        82,
        "Bukti penguasaan lokasi sulit bagi pedagang kecil yang menyewa.",
        (
            "partly",
            "Surat keterangan sewa dari pemilik tempat diterima sebagai bukti penguasaan lokasi.",
            "KTP pemohon, NPWP, akta pendirian (badan usaha), dan bukti penguasaan lokasi usaha atau surat keterangan sewa.",
        ),
    ),
    (
        "procedure",
        "Permohonan diajukan melalui OSS atau loket DPMPTSP; berkas diperiksa petugas; izin diterbitkan dan dapat diunduh.",
        88,
        "Mohon ada pemberitahuan lewat pesan singkat saat izin terbit.",
        (
            "accepted",
            "Pemohon diberi tahu lewat pesan singkat saat izin terbit.",
            "",
        ),
    ),
    (
        "time",
        "7 (tujuh) hari kerja sejak berkas dinyatakan lengkap.",
        31,
        "Tujuh hari terlalu lama; usaha kecil tidak bisa menunggu.",
        (
            "accepted",
            "Pemeriksaan berkas dan penerbitan izin dilakukan paralel, sehingga waktu dapat dipersingkat.",
            "2 (dua) hari kerja sejak berkas dinyatakan lengkap.",
        ),
    ),
    (
        "cost",
        "Tidak dipungut biaya.",
        97,
        "Pastikan tidak ada pungutan di loket.",
        (
            "accepted",
            "Tetap tanpa biaya; nomor pengaduan dipasang di setiap loket.",
            "",
        ),
    ),
];

/// The final standard, as the agency wrote it after the consultation.
const FINAL: &str = "Standar pelayanan izin usaha DPMPTSP Kota Balikpapan: persyaratan KTP, NPWP, akta pendirian (badan usaha), dan bukti penguasaan lokasi atau surat keterangan sewa; permohonan melalui OSS atau loket, pemberitahuan lewat pesan singkat saat izin terbit; jangka waktu 2 (dua) hari kerja sejak berkas lengkap; tanpa biaya.";

/// Loads the consultation, unless it is there already.
pub async fn load(db: &DatabaseConnection, now: DateTime<Utc>) -> Result<(), DbErr> {
    if consultations::by_slug(db, SLUG).await?.is_some() {
        return Ok(());
    }
    let Some(a) = agency::Entity::find()
        .filter(agency::Column::Slug.eq("kota-balikpapan"))
        .one(db)
        .await?
    else {
        return Ok(());
    };
    let (opens_at, closes_at) = (now - Duration::days(60), now - Duration::days(30));
    let c = consultations::create(
        db,
        NewConsultation {
            agency_id: a.id,
            slug: SLUG.into(),
            title: "Uji Publik Standar Pelayanan Izin Usaha".into(),
            service: "Izin usaha (DPMPTSP Kota Balikpapan)".into(),
            opens_at,
            closes_at,
            drafts: PARTS
                .iter()
                .map(|(key, draft, ..)| (key.to_string(), draft.to_string()))
                .collect(),
            created_by: Uuid::nil(),
            now: opens_at,
        },
    )
    .await?;
    let mut rng = Lcg(19);
    for i in 0..REPLIES {
        let votes = PARTS
            .iter()
            .map(|(key, _, agree_pct, comment, _)| {
                let agrees = rng.next() % 100 < *agree_pct;
                let says = (!agrees && rng.next().is_multiple_of(3)).then(|| comment.to_string());
                (key.to_string(), agrees, says)
            })
            .collect();
        consultations::store_reply(
            db,
            NewReply {
                consultation_id: c.id,
                token_hash: format!("demo-uji-{i}"),
                network: None,
                flags: String::new(),
                submitted_at: opens_at + Duration::hours(6 + 10 * i as i64),
                votes,
            },
        )
        .await?;
    }
    for (key, _, _, _, (decision, reason, final_text)) in PARTS {
        let answer = Answer {
            decision: decision.to_string(),
            reason: reason.to_string(),
            final_text: final_text.to_string(),
        };
        consultations::answer(db, c.id, key, answer, closes_at).await?;
    }
    consultations::set_final(db, c.id, FINAL).await?;
    consultations::close(db, c.id, closes_at).await
}
