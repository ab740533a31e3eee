//! A survey's life as its manager sees it: a draft previewed (storing
//! nothing, reached by no one else), opened and closed only once asked,
//! never back to a draft, and reopened with its links working again.

use super::{create_draft, manager_and_form, stranger};
use crate::db_test;
use crate::support::{TestApp, attr_value, demo_answers};
use persepsi_server::store::entities::audit_log;
use sea_orm::ColumnTrait;

db_test!(
    a_draft_is_previewed_by_its_managers_only_and_stores_nothing,
    |db| {
        let app = TestApp::start(db).await;
        let (manager, form) = manager_and_form(&app).await;
        assert_eq!(create_draft(&manager, &form, "draf-2027", "").await, 303);
        assert_eq!(app.get("/s/draf-2027").await.status(), 404, "the public");
        let page = manager
            .get("/admin/s/draf-2027")
            .await
            .text()
            .await
            .unwrap();
        assert!(page.contains("href=\"/admin/s/draf-2027/preview\""));

        let preview = manager.get("/admin/s/draf-2027/preview?u=dukcapil").await;
        assert_eq!(preview.status(), 200);
        assert_eq!(preview.headers()["cache-control"], "private, no-store");
        let html = preview.text().await.unwrap();
        assert!(html.contains("Pratinjau: jawaban tidak disimpan."));
        assert!(html.contains("action=\"/admin/s/draf-2027/preview\""));
        assert!(html.contains("Layanan Dukcapil 2027"));
        let token = attr_value(&html, "name=\"token\" value=\"").unwrap();

        // Sent: nothing stored, and the page says so.
        let before = app.responses().await;
        let mut pairs = demo_answers("dukcapil");
        pairs.push(("token", &token));
        let res = manager.post("/admin/s/draf-2027/preview", &pairs).await;
        assert_eq!(res.status(), 200);
        assert!(
            res.text()
                .await
                .unwrap()
                .contains("tidak disimpan dan tidak dihitung")
        );
        // The preview's token is worth nothing on a real form either.
        let res = app.post_form("/s/demo", &pairs).await;
        assert_ne!(res.status(), 303, "a preview token is refused");
        assert_eq!(app.responses().await, before, "nothing was stored");

        // Another agency's manager and a passer-by do not reach it.
        let other = stranger(&app).await;
        assert_eq!(other.get("/admin/s/draf-2027/preview").await.status(), 404);
        assert_eq!(
            other
                .post("/admin/s/draf-2027/preview", &pairs)
                .await
                .status(),
            404
        );
        let res = app.get("/admin/s/draf-2027/preview").await;
        assert!(
            res.url().path().starts_with("/admin/login") || res.status() == 303,
            "a passer-by is asked to sign in"
        );
        assert_eq!(app.responses().await, before);
    }
);

db_test!(
    opening_and_closing_ask_first_and_a_closed_survey_reopens,
    |db| {
        let app = TestApp::start(db).await;
        let (manager, form) = manager_and_form(&app).await;
        assert_eq!(create_draft(&manager, &form, "buka-2027", "").await, 303);
        let audited = |action: &'static str| {
            let app = &app;
            async move {
                app.stored_where::<audit_log::Entity>(audit_log::Column::Action.eq(action))
                    .await
            }
        };
        // Publishing is a link to a question, not a one-tap form.
        let page = manager
            .get("/admin/s/buka-2027")
            .await
            .text()
            .await
            .unwrap();
        assert!(page.contains("href=\"/admin/s/buka-2027/status?to=open\""));
        assert!(!page.contains("action=\"/admin/s/buka-2027/status\""));
        let ask = manager
            .get("/admin/s/buka-2027/status?to=open")
            .await
            .text()
            .await
            .unwrap();
        assert!(ask.contains("Buka survei ini untuk warga?"));
        assert!(
            ask.contains("tidak dapat diubah lagi"),
            "it says the questionnaire freezes"
        );
        // A post without the answer asks again and changes nothing.
        assert_eq!(
            manager
                .send("/admin/s/buka-2027/status", &[("to", "open")])
                .await,
            200
        );
        assert_eq!(app.get("/s/buka-2027").await.status(), 404);
        assert_eq!(manager.set_status("buka-2027", "open").await, 303);
        assert_eq!(app.get("/s/buka-2027?u=dukcapil").await.status(), 200);
        assert_eq!(audited("survey-open").await, 1);

        // Closing: danger, last, asked first.
        let page = manager
            .get("/admin/s/buka-2027")
            .await
            .text()
            .await
            .unwrap();
        let close = page
            .split("<a ")
            .find(|a| a.contains("href=\"/admin/s/buka-2027/status?to=closed\""))
            .expect("a link to close it");
        assert!(close.contains("class=\"button danger\""), "{close}");
        let ask = manager
            .get("/admin/s/buka-2027/status?to=closed")
            .await
            .text()
            .await
            .unwrap();
        assert!(ask.contains("Tutup survei ini?"));
        assert!(ask.contains("class=\"button danger\""));
        assert_eq!(
            manager
                .send("/admin/s/buka-2027/status", &[("to", "closed")])
                .await,
            200
        );
        assert_eq!(app.get("/s/buka-2027").await.status(), 200, "still open");

        // Another agency's manager cannot close it, asked or not.
        let other = stranger(&app).await;
        assert_eq!(
            other
                .get("/admin/s/buka-2027/status?to=closed")
                .await
                .status(),
            404
        );
        assert_eq!(other.set_status("buka-2027", "closed").await, 404);
        assert_eq!(app.get("/s/buka-2027").await.status(), 200);

        assert_eq!(manager.set_status("buka-2027", "closed").await, 303);
        assert_eq!(app.get("/s/buka-2027?u=dukcapil").await.status(), 410);
        assert_eq!(audited("survey-close").await, 1);
        // Never back to a draft.
        assert_eq!(manager.set_status("buka-2027", "draft").await, 409);

        // Reopened: the same poster link takes answers again, and they count.
        let page = manager
            .get("/admin/s/buka-2027")
            .await
            .text()
            .await
            .unwrap();
        assert!(page.contains("Buka lagi survei"));
        assert_eq!(manager.set_status("buka-2027", "open").await, 303);
        assert_eq!(audited("survey-reopen").await, 1);
        let before = app.responses().await;
        let html = app
            .get("/s/buka-2027?u=dukcapil")
            .await
            .text()
            .await
            .unwrap();
        let token = attr_value(&html, "name=\"token\" value=\"").unwrap();
        let mut pairs = demo_answers("dukcapil");
        pairs.push(("token", &token));
        assert_eq!(app.post_form("/s/buka-2027", &pairs).await.status(), 303);
        assert_eq!(app.responses().await, before + 1);
    }
);
