//! Public consultation (*uji publik*) of a service standard, end to end on
//! both databases: a manager creates one; citizens reply (a double send of
//! one token counts once, a missing choice is refused beside its field in
//! Indonesian, the hidden field's reply is kept but set aside); the
//! manager sees agreement per component, answers each, writes the final
//! text and closes it; the record page and PDF and the public page show
//! every component's figures and answers, never an author; another
//! agency's manager gets 404 on every page of it.

use crate::admin_access::{PASSWORD, accounts};
use crate::db_test;
use crate::report::pdf_text;
use crate::support::{Browser, TestApp, attr_value};
use chrono::{Duration, Utc};
use persepsi_server::store::entities::{consultation_reply, consultation_vote};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

const SLUG: &str = "uji-izin-usaha";

/// Moves the clock a minute on: a person reads before sending.
fn later(app: &TestApp) {
    app.state
        .clock
        .set(app.state.clock.now() + Duration::minutes(1));
}

/// The citizen's form: its token.
async fn token(app: &TestApp) -> String {
    let html = app.get(&format!("/k/{SLUG}")).await.text().await.unwrap();
    attr_value(&html, "name=\"token\" value=\"").expect("a form token")
}

/// Sends a reply with `token`; returns the answer.
async fn send(app: &TestApp, token: &str, pairs: &[(&str, &str)]) -> reqwest::Response {
    let mut all = vec![("token", token), ("lang", "id")];
    all.extend_from_slice(pairs);
    app.post_form(&format!("/k/{SLUG}"), &all).await
}

async fn text(r: reqwest::Response) -> String {
    r.text().await.unwrap()
}

db_test!(
    a_consultation_is_answered_by_citizens_and_by_its_agency,
    |db| {
        let app = TestApp::start(db).await;
        accounts(&app).await;
        let manager = Browser::new(&app);
        assert_eq!(manager.login("klungkung@uji.id", PASSWORD).await, 303);
        let new = "/admin/a/kab-klungkung/consultations/new";
        assert_eq!(manager.get(new).await.status(), 200);
        let opens = (Utc::now() - Duration::days(2))
            .format("%Y-%m-%d")
            .to_string();
        let closes = (Utc::now() + Duration::days(30))
            .format("%Y-%m-%d")
            .to_string();
        let base = [
            ("title", "Uji publik standar izin usaha mikro"),
            ("slug", SLUG),
            ("service", "Izin Usaha Mikro"),
            ("opens", opens.as_str()),
            ("closes", closes.as_str()),
        ];
        // No draft at all: refused beside the first component.
        assert_eq!(manager.send(new, &base).await, 422);
        let mut pairs = base.to_vec();
        pairs.extend([
            ("draft_requirements", "KTP, NIB dan fotokopi KTP"),
            ("draft_time", "7 hari kerja"),
            ("draft_cost", "Tidak dipungut biaya"),
        ]);
        assert_eq!(manager.send(new, &pairs).await, 303);
        let list = text(manager.get("/admin/a/kab-klungkung/consultations").await).await;
        assert!(list.contains(&format!("/admin/k/{SLUG}")));

        // A citizen forgets one choice: 422, in Indonesian, answers kept.
        let first = token(&app).await;
        later(&app);
        let r = send(
            &app,
            &first,
            &[
                ("v-requirements", "agree"),
                ("v-cost", "agree"),
                ("c-time", "Terlalu lama, mohon 2 hari"),
            ],
        )
        .await;
        assert_eq!(r.status(), 422);
        let page = text(r).await;
        assert!(page.contains("Pilih Setuju atau Tidak setuju."), "{page}");
        assert!(page.contains("Terlalu lama, mohon 2 hari"), "comment kept");
        let full = [
            ("v-requirements", "agree"),
            ("v-time", "disagree"),
            ("c-time", "Terlalu lama, mohon 2 hari"),
            ("v-cost", "agree"),
        ];
        let r = send(&app, &first, &full).await;
        assert_eq!(r.status(), 303);
        assert_eq!(r.headers()["location"], format!("/k/{SLUG}/thanks"));
        // Back, then Send again: the first reply, not a second.
        assert_eq!(send(&app, &first, &full).await.status(), 303);
        assert_eq!(app.stored::<consultation_reply::Entity>().await, 1);
        assert_eq!(app.stored::<consultation_vote::Entity>().await, 3);

        let second = token(&app).await;
        let third = token(&app).await;
        let bot = token(&app).await;
        later(&app);
        let r = send(
            &app,
            &second,
            &[
                ("v-requirements", "agree"),
                ("v-time", "disagree"),
                ("c-time", "Dua hari cukup"),
                ("v-cost", "agree"),
            ],
        )
        .await;
        assert_eq!(r.status(), 303);
        let r = send(
            &app,
            &third,
            &[
                ("v-requirements", "disagree"),
                ("c-requirements", "Tanpa fotokopi KTP"),
                ("v-time", "agree"),
                ("v-cost", "agree"),
            ],
        )
        .await;
        assert_eq!(r.status(), 303);
        // The hidden field filled: kept, set aside from the figures.
        let r = send(
            &app,
            &bot,
            &[
                ("website", "http://spam.example"),
                ("v-requirements", "disagree"),
                ("c-requirements", "SPAM-DARI-BOT"),
                ("v-time", "disagree"),
                ("v-cost", "disagree"),
            ],
        )
        .await;
        assert_eq!(r.status(), 303);
        // A forged token stores nothing.
        let r = send(&app, "bukan-token", &full).await;
        assert_eq!(r.status(), 422);
        assert_eq!(app.stored::<consultation_reply::Entity>().await, 4);

        let admin = format!("/admin/k/{SLUG}");
        let page = text(manager.get(&admin).await).await;
        assert!(page.contains("2 dari 3 setuju"), "requirements: {page}");
        assert!(page.contains("1 dari 3 setuju"), "time");
        assert!(page.contains("3 dari 3 setuju"), "cost");
        assert!(page.contains("Tanpa fotokopi KTP") && page.contains("Dua hari cukup"));
        assert!(
            !page.contains("SPAM-DARI-BOT"),
            "the bot's reply is set aside"
        );
        assert!(page.contains("1 disisihkan"));
        assert!(page.contains(&format!("/k/{SLUG}")), "the link");
        let poster = text(manager.get(&format!("{admin}/poster")).await).await;
        assert!(poster.contains("<svg"), "the QR code");

        // Not public before it is closed and answered.
        assert_eq!(app.get(&format!("/uji/{SLUG}")).await.status(), 404);

        // Another agency's manager finds nothing; an assessor only reads.
        let other = Browser::new(&app);
        assert_eq!(other.login("balikpapan@uji.id", PASSWORD).await, 303);
        let pages = [
            admin.clone(),
            format!("{admin}/c/time"),
            format!("{admin}/final"),
            format!("{admin}/close"),
            format!("{admin}/record"),
            format!("{admin}/record.pdf"),
            format!("{admin}/poster"),
        ];
        for p in &pages {
            assert_eq!(other.get(p).await.status(), 404, "{p}");
        }
        for p in &pages[1..4] {
            assert_eq!(other.send(p, &[("decision", "not")]).await, 404, "{p}");
        }
        assert_eq!(
            other
                .get("/admin/a/kab-klungkung/consultations")
                .await
                .status(),
            404
        );
        assert_eq!(other.send(new, &pairs).await, 404);
        let assessor = Browser::new(&app);
        assert_eq!(assessor.login("penilai@uji.id", PASSWORD).await, 303);
        assert_eq!(assessor.get(&admin).await.status(), 200);
        assert_eq!(assessor.get(&format!("{admin}/c/time")).await.status(), 403);
        assert_eq!(assessor.send(&format!("{admin}/close"), &[]).await, 403);

        // The agency answers each component.
        let answer = |key: &str| format!("{admin}/c/{key}");
        assert_eq!(manager.send(&answer("time"), &[("reason", "x")]).await, 422);
        assert_eq!(manager.send(&answer("nothing"), &[]).await, 404);
        let answers = [
            (
                "requirements",
                "partly",
                "Fotokopi KTP tidak lagi diminta",
                "",
            ),
            (
                "time",
                "accepted",
                "Proses daring memungkinkan",
                "2 hari kerja",
            ),
            ("cost", "not", "Sudah gratis", ""),
        ];
        for (key, decision, reason, final_text) in answers {
            let status = manager
                .send(
                    &answer(key),
                    &[
                        ("decision", decision),
                        ("reason", reason),
                        ("final_text", final_text),
                    ],
                )
                .await;
            assert_eq!(status, 303, "{key}");
        }
        let final_text = "Persyaratan: KTP dan NIB. Waktu: 2 hari kerja. Biaya: gratis.";
        assert_eq!(
            manager
                .send(&format!("{admin}/final"), &[("final_text", final_text)])
                .await,
            303
        );
        assert_eq!(app.get(&format!("/uji/{SLUG}")).await.status(), 404);
        let ask = text(manager.get(&format!("{admin}/close")).await).await;
        assert!(ask.contains("tidak dapat dibatalkan"), "asks first");
        assert_eq!(manager.send(&format!("{admin}/close"), &[]).await, 303);
        assert_eq!(app.get(&format!("/k/{SLUG}")).await.status(), 410);

        // The record, on the page and as a PDF.
        let record = text(manager.get(&format!("{admin}/record")).await).await;
        for needle in [
            "Berita acara uji publik",
            "Persyaratan",
            "Jangka waktu penyelesaian",
            "Biaya/tarif",
            "2 dari 3 setuju",
            "Diterima sebagian: Fotokopi KTP tidak lagi diminta",
            "Tanpa fotokopi KTP",
            final_text,
        ] {
            assert!(record.contains(needle), "record: {needle}");
        }
        let r = manager.get(&format!("{admin}/record.pdf")).await;
        assert_eq!(r.status(), 200);
        assert_eq!(r.headers()["content-type"], "application/pdf");
        let bytes = r.bytes().await.unwrap();
        assert!(bytes.starts_with(b"%PDF"));
        let pdf = pdf_text(&bytes);
        for needle in [
            "Persyaratan",
            "Jangka waktu penyelesaian",
            "Biaya/tarif",
            "1 dari 3 setuju",
            "Tidak diterima",
            "Dua hari cukup",
        ] {
            assert!(pdf.contains(needle), "pdf: {needle}\n{pdf}");
        }

        // The public page: figures, answers, comments, no author.
        let r = app.get(&format!("/uji/{SLUG}")).await;
        assert_eq!(r.status(), 200);
        let public = text(r).await;
        for needle in [
            "2 hari kerja",
            "3 dari 3 setuju",
            "Diterima sebagian",
            "Sudah gratis",
            "Dua hari cukup",
            final_text,
        ] {
            assert!(public.contains(needle), "public: {needle}");
        }
        assert!(!public.contains("SPAM-DARI-BOT"));
        assert!(!public.contains("klungkung@uji.id"));
        let english = text(app.get(&format!("/uji/{SLUG}?lang=en")).await).await;
        assert!(english.contains("3 of 3 agree") && english.contains("Partly accepted"));
    }
);

db_test!(
    the_demo_consultation_is_found_from_the_agency_public_page,
    |db| {
        let app = TestApp::start(db).await;
        let now = app.state.clock.now();
        persepsi_server::services::demo::consultation::load(app.db(), now)
            .await
            .unwrap();
        // Loading it twice changes nothing.
        persepsi_server::services::demo::consultation::load(app.db(), now)
            .await
            .unwrap();
        assert_eq!(app.stored::<consultation_reply::Entity>().await, 64);
        let agency = app.get("/p/kota-balikpapan").await;
        assert_eq!(agency.status(), 200);
        let agency = agency.text().await.unwrap();
        assert!(agency.contains("Uji publik standar pelayanan"), "{agency}");
        assert!(agency.contains("href=\"/uji/demo-izin-usaha\""));
        let public = app.get("/uji/demo-izin-usaha").await;
        assert_eq!(public.status(), 200);
        let public = public.text().await.unwrap();
        assert!(public.contains("7 (tujuh) hari kerja"), "the draft");
        assert!(public.contains("2 (dua) hari kerja"), "the final text");
        assert!(public.contains("Tujuh hari terlalu lama"), "a comment");
        // Another agency's page does not list it.
        let other = app.get("/p/kab-klungkung").await.text().await.unwrap();
        assert!(!other.contains("demo-izin-usaha"));
    }
);

/// An open consultation of Klungkung's, made as the manager's form makes it.
async fn open_consultation(app: &TestApp) {
    let a = persepsi_server::store::entities::agency::Entity::find()
        .filter(persepsi_server::store::entities::agency::Column::Slug.eq("kab-klungkung"))
        .one(app.db())
        .await
        .unwrap()
        .unwrap();
    let now = app.state.clock.now();
    persepsi_server::store::consultations::create(
        app.db(),
        persepsi_server::store::consultations::NewConsultation {
            agency_id: a.id,
            slug: SLUG.into(),
            title: "Uji publik".into(),
            service: "Izin usaha".into(),
            opens_at: now - Duration::days(1),
            closes_at: now + Duration::days(30),
            drafts: vec![("time".into(), "7 hari kerja".into())],
            created_by: uuid::Uuid::nil(),
            now,
        },
    )
    .await
    .unwrap();
}

db_test!(floods_and_crossed_tokens_do_not_count, |db| {
    let app = TestApp::start_with(db, |c| {
        c.responses.burst_floor = 2;
        c.limits.submit_network = "5/60".parse().unwrap();
    })
    .await;
    open_consultation(&app).await;
    // A survey's form token is no consultation's.
    let survey_token = app.form_token("demo").await;
    later(&app);
    let r = send(&app, &survey_token, &[("v-time", "agree")]).await;
    assert_eq!(r.status(), 422);
    assert_eq!(app.stored::<consultation_reply::Entity>().await, 0);

    // One network sends reply after reply: beyond the floor they are set
    // aside, beyond the address's budget refused.
    let mut tokens = Vec::new();
    for _ in 0..7 {
        tokens.push(token(&app).await);
    }
    later(&app);
    let mut statuses = Vec::new();
    for t in &tokens {
        statuses.push(
            send(&app, t, &[("v-time", "disagree")])
                .await
                .status()
                .as_u16(),
        );
    }
    assert!(statuses.contains(&429), "{statuses:?}");
    let stored = consultation_reply::Entity::find()
        .all(app.db())
        .await
        .unwrap();
    let set_aside = stored.iter().filter(|r| r.flags.contains("burst")).count();
    assert!(stored.len() < 7 && stored.len() >= 3, "{}", stored.len());
    assert_eq!(
        set_aside,
        stored.len() - 2,
        "all but the first two are a burst"
    );
    // The manager's figures count only the first two.
    accounts(&app).await;
    let manager = Browser::new(&app);
    assert_eq!(manager.login("klungkung@uji.id", PASSWORD).await, 303);
    let page = text(manager.get(&format!("/admin/k/{SLUG}")).await).await;
    assert!(page.contains("0 dari 2 setuju"), "{page}");
});
