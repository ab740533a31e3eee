//! Report cards: an assessor issues one for a finished year (confirmed,
//! audited); its page at `/v/{code}` confirms it and keeps the figures as
//! issued, with ORI's opinion from 2025; a forged code is unknown; the rated agency cannot issue its
//! own, and another agency's manager finds nothing.

use crate::db_test;
use crate::followup::answered;
use crate::support::{Browser, TestApp};
use chrono::{TimeZone, Utc};
use persepsi_server::services::demo::DEMO_PASSWORD;
use persepsi_server::store::entities::{audit_log, certificate};
use sea_orm::{ColumnTrait, EntityTrait};

db_test!(
    a_certificate_is_verified_by_its_code_and_a_forged_one_refused,
    |db| {
        let app = TestApp::start(db).await;
        answered(
            &app,
            Utc.with_ymd_and_hms(2025, 6, 10, 3, 0, 0).unwrap(),
            2,
            30,
        )
        .await;
        app.state
            .clock
            .set(Utc.with_ymd_and_hms(2026, 12, 1, 3, 0, 0).unwrap());
        persepsi_server::services::demo::accounts(app.db())
            .await
            .unwrap();
        let assessor = Browser::new(&app);
        assert_eq!(
            assessor
                .login("penilai.bali@demo.persepsi.id", DEMO_PASSWORD)
                .await,
            303
        );
        let path = "/admin/a/kab-klungkung/certificates";
        let page = assessor.get(path).await.text().await.unwrap();
        assert!(page.contains("<option value=\"2025\">"), "a finished year");
        assert!(
            !page.contains("<option value=\"2026\">"),
            "2026 has not ended"
        );

        // Unconfirmed: nothing issued.
        let csrf = assessor.csrf().await;
        assessor
            .post(path, &[("csrf", &csrf), ("year", "2025")])
            .await;
        assert_eq!(app.stored::<certificate::Entity>().await, 0);

        let issued = assessor
            .post(
                path,
                &[("csrf", &csrf), ("year", "2025"), ("confirm", "yes")],
            )
            .await;
        assert_eq!(issued.status(), 303);
        let at = issued.headers()["location"].to_str().unwrap().to_string();
        let code = at.trim_start_matches("/v/").to_string();
        assert_eq!(code.len(), 10, "{at}");
        let logged = app
            .stored_where::<audit_log::Entity>(audit_log::Column::Action.eq("issue-certificate"))
            .await;
        assert_eq!(logged, 1);

        // Anyone can check it, however the code is typed.
        let shown = app.get(&at).await;
        assert_eq!(shown.status(), 200);
        let html = shown.text().await.unwrap();
        assert!(html.contains("Sertifikat ini asli"));
        assert!(html.contains("Dinas Kependudukan dan Pencatatan Sipil"));
        assert!(html.contains(&format!("Kode verifikasi: {code}")));
        // From 2025 the card carries ORI's opinion (the users' perception
        // feeds it here).
        assert!(html.contains("Opini Ombudsman RI") && html.contains("ori-2025@1"));
        let typed = format!("/v/{}-{}", &code[..5].to_lowercase(), &code[5..]);
        assert_eq!(app.get(&typed).await.status(), 200);

        // A forged code is unknown.
        let forged = app.get("/v/ZZZZZ99999").await;
        assert_eq!(forged.status(), 404);
        assert!(forged.text().await.unwrap().contains("Kode tidak dikenal"));

        // The figures stay as issued, whatever arrives later.
        answered(
            &app,
            Utc.with_ymd_and_hms(2025, 7, 10, 3, 0, 0).unwrap(),
            4,
            20,
        )
        .await;
        let row = certificate::Entity::find()
            .one(app.db())
            .await
            .unwrap()
            .unwrap();
        assert!(row.body.contains("\"n\":30"), "{}", row.body);
        let again = app.get(&at).await.text().await.unwrap();
        assert_eq!(again.matches(">30<").count(), 1, "still 30 respondents");

        // The rated agency cannot certify itself; another agency sees none.
        let manager = app.klungkung_manager().await;
        let csrf = manager.csrf().await;
        let own = manager
            .post(
                path,
                &[("csrf", &csrf), ("year", "2025"), ("confirm", "yes")],
            )
            .await;
        assert_eq!(own.status(), 403);
        crate::admin_access::accounts(&app).await;
        let stranger = Browser::new(&app);
        stranger
            .login("balikpapan@uji.id", crate::admin_access::PASSWORD)
            .await;
        assert_eq!(stranger.get(path).await.status(), 404);
        assert_eq!(app.stored::<certificate::Entity>().await, 1);
    }
);
