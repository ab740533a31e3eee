//! The agency's public page: nothing until a manager publishes a finished
//! period (after a confirmation, audited); then the units' scores, the
//! sample and the follow-up plan's progress, cacheable, without comments;
//! a badge per unit as an image and as a frame any site may show.

use crate::db_test;
use crate::followup::answered;
use crate::support::{Browser, TestApp};
use chrono::{TimeZone, Utc};
use persepsi_server::store::entities::{audit_log, publication};
use sea_orm::ColumnTrait;

db_test!(
    a_published_period_shows_on_the_public_page_and_its_badges,
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

        // Nothing published yet.
        let page = app.get("/p/kab-klungkung").await;
        assert_eq!(page.status(), 200);
        assert!(page.text().await.unwrap().contains("belum menerbitkan"));
        assert_eq!(
            app.get("/p/kab-klungkung/dukcapil/badge.svg")
                .await
                .status(),
            404
        );
        assert_eq!(app.get("/p/no-such-agency").await.status(), 404);

        // Unconfirmed, or a period still running: nothing changes.
        let manager = app.klungkung_manager().await;
        let form = manager
            .get("/admin/s/demo/publish")
            .await
            .text()
            .await
            .unwrap();
        assert!(
            form.contains("2025") && !form.contains(">2026<"),
            "2026 has not ended"
        );
        let csrf = manager.csrf().await;
        let publish = |period: &'static str, confirm: &'static str| {
            vec![
                ("csrf", csrf.clone()),
                ("period", period.to_string()),
                ("action", "publish".to_string()),
                ("confirm", confirm.to_string()),
            ]
        };
        for (p, c) in [("2025", ""), ("2026", "yes")] {
            let pairs = publish(p, c);
            let pairs: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (*k, v.as_str())).collect();
            manager.post("/admin/s/demo/publish", &pairs).await;
        }
        assert_eq!(app.stored::<publication::Entity>().await, 0);

        // Published, with its plan.
        let pairs = publish("2025", "yes");
        let pairs: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (*k, v.as_str())).collect();
        assert_eq!(
            manager.post("/admin/s/demo/publish", &pairs).await.status(),
            303
        );
        let plan = [
            ("csrf", csrf.as_str()),
            ("item", "impropriety"),
            ("unit", "dukcapil"),
            ("action", "Pelatihan sikap melayani"),
            ("owner", "Kepala Dinas"),
            ("due_on", "2026-03-31"),
        ];
        assert_eq!(
            manager
                .post("/admin/s/demo/plan/new?period=2025", &plan)
                .await
                .status(),
            303
        );
        let logged = app
            .stored_where::<audit_log::Entity>(audit_log::Column::Action.eq("publish-period"))
            .await;
        assert_eq!(logged, 1);

        let page = app.get("/p/kab-klungkung").await;
        assert_eq!(page.headers()["cache-control"], "public, max-age=300");
        let html = page.text().await.unwrap();
        assert!(
            html.contains("Periode 2025, 30 jawaban."),
            "period and sample"
        );
        assert!(html.contains("Dinas Kependudukan dan Pencatatan Sipil"));
        assert!(html.contains("0 dari 1 tindakan sudah selesai."));
        assert!(html.contains("Pelatihan sikap melayani"));
        assert!(html.contains("Terlambat"), "past 2026-03-31 and not done");

        // The badge: an image, and a page any site may frame.
        let svg = app.get("/p/kab-klungkung/dukcapil/badge.svg").await;
        assert_eq!(
            svg.headers()["content-type"],
            "image/svg+xml; charset=utf-8"
        );
        let svg = svg.text().await.unwrap();
        assert!(
            svg.contains("Dinas Kependudukan") && svg.contains("2025"),
            "{svg}"
        );
        let frame = app.get("/p/kab-klungkung/dukcapil/badge").await;
        let csp = frame.headers()["content-security-policy"]
            .to_str()
            .unwrap()
            .to_string();
        assert!(csp.contains("frame-ancestors *"), "{csp}");
        // A hostile unit name stays text in the image: no markup, no script.
        app.exec("update service_unit set name = 'Loket\" onload=\"alert(1)<script>' where slug = 'dukcapil'")
            .await;
        app.state.surveys_changed();
        let svg = app
            .get("/p/kab-klungkung/dukcapil/badge.svg")
            .await
            .text()
            .await
            .unwrap();
        let open_tag = &svg[..svg.find('>').unwrap()];
        assert!(!open_tag.contains("onload"), "no attribute injected: {svg}");
        assert!(!svg.contains("<script"), "{svg}");
        assert!(
            svg.contains("&lt;script&gt;"),
            "the name is still shown, escaped"
        );
        // A unit with nothing published has no badge.
        assert_eq!(
            app.get("/p/kab-klungkung/nowhere/badge.svg").await.status(),
            404
        );

        // Another agency's manager cannot publish or withdraw it.
        crate::admin_access::accounts(&app).await;
        let stranger = Browser::new(&app);
        stranger
            .login("balikpapan@uji.id", crate::admin_access::PASSWORD)
            .await;
        let csrf = stranger.csrf().await;
        let withdraw = [
            ("csrf", csrf.as_str()),
            ("period", "2025"),
            ("action", "withdraw"),
            ("confirm", "yes"),
        ];
        assert_eq!(
            stranger
                .post("/admin/s/demo/publish", &withdraw)
                .await
                .status(),
            404
        );
        assert_eq!(app.stored::<publication::Entity>().await, 1);
    }
);
