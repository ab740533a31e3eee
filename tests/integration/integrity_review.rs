//! What is left out can be reviewed and restored by an assessor (audited,
//! never by the rated agency); a device's answers count once however it
//! comes back (Back after thanks, a dropped cookie, the API); and junk
//! cannot spend a shared address's budget.

use crate::db_test;
use crate::support::{Browser, TestApp, attr_value, demo_answers, demo_answers_json};
use persepsi_server::services::demo::DEMO_PASSWORD;
use persepsi_server::store::entities::audit_log;
use sea_orm::ColumnTrait;
use serde_json::json;

/// Sixteen answers from one address within minutes: a burst.
async fn burst(app: &TestApp) {
    for _ in 0..16 {
        let token = app.form_token("demo").await;
        let mut pairs = demo_answers("dukcapil");
        pairs.push(("token", &token));
        assert_eq!(app.post_form("/s/demo", &pairs).await.status(), 303);
    }
}

db_test!(
    an_assessor_restores_a_flagged_batch_and_it_is_logged,
    |db| {
        let app = TestApp::start_with(db, |c| c.responses.burst_floor = 15).await;
        burst(&app).await;
        let score = app.score("demo").await;
        assert_eq!(
            (score["n"].as_u64(), score["suspect_excluded"].as_u64()),
            (Some(0), Some(16))
        );
        assert_eq!(score["suspect_reasons"]["burst"], 16);

        // The agency sees the batch but cannot count it back in.
        let manager = app.klungkung_manager().await;
        let page = manager
            .get("/admin/s/demo/review")
            .await
            .text()
            .await
            .unwrap();
        assert!(
            page.contains("beruntun dari satu jaringan 16"),
            "the batch is listed"
        );
        assert!(
            !page.contains("name=\"confirm\""),
            "no restore for the agency"
        );
        let csrf = manager.csrf().await;
        let status = manager
            .post(
                "/admin/s/demo/review",
                &[
                    ("csrf", &csrf),
                    ("unit", "dukcapil"),
                    ("flags", "burst"),
                    ("confirm", "yes"),
                ],
            )
            .await
            .status();
        assert_eq!(status, 403);
        assert_eq!(app.score("demo").await["n"], 0);

        // An assessor of another province does not even see it.
        let password = "Kalimantan-penilai-2026";
        persepsi_server::services::auth::create_user(
            app.db(),
            "penilai.kaltim@uji.id",
            password,
            persepsi_server::services::access::Role::Assessor,
            None,
            Some("Kalimantan Timur".to_string()),
        )
        .await
        .unwrap();
        let elsewhere = Browser::new(&app);
        assert_eq!(
            elsewhere.login("penilai.kaltim@uji.id", password).await,
            303
        );
        assert_eq!(elsewhere.get("/admin/s/demo/review").await.status(), 404);
        let csrf = elsewhere.csrf().await;
        let status = elsewhere
            .post(
                "/admin/s/demo/review",
                &[
                    ("csrf", &csrf),
                    ("unit", "dukcapil"),
                    ("flags", "burst"),
                    ("confirm", "yes"),
                ],
            )
            .await
            .status();
        assert_eq!(status, 404);
        assert_eq!(
            app.score("demo").await["n"],
            0,
            "nothing restored across provinces"
        );

        // The assessor restores it, once confirmed.
        let assessor = Browser::new(&app);
        assert_eq!(
            assessor
                .login("penilai.bali@demo.persepsi.id", DEMO_PASSWORD)
                .await,
            303
        );
        let page = assessor
            .get("/admin/s/demo/review")
            .await
            .text()
            .await
            .unwrap();
        let network = attr_value(&page, "name=\"network\" value=\"").expect("a batch to restore");
        let csrf = assessor.csrf().await;
        let batch = [
            ("csrf", csrf.as_str()),
            ("network", network.as_str()),
            ("unit", "dukcapil"),
            ("flags", "burst"),
        ];
        assert_eq!(assessor.send("/admin/s/demo/review", &batch).await, 303);
        assert_eq!(app.score("demo").await["n"], 0, "not without confirming");
        let mut confirmed = batch.to_vec();
        confirmed.push(("confirm", "yes"));
        assert_eq!(assessor.send("/admin/s/demo/review", &confirmed).await, 303);
        let score = app.score("demo").await;
        assert_eq!(
            (score["n"].as_u64(), score["suspect_excluded"].as_u64()),
            (Some(16), Some(0))
        );
        let page = assessor
            .get("/admin/s/demo/review")
            .await
            .text()
            .await
            .unwrap();
        assert!(page.contains("Sudah dihitung kembali"));
        assert_eq!(
            app.stored_where::<audit_log::Entity>(
                audit_log::Column::Action.eq("restore-responses")
            )
            .await,
            1
        );
        // Restored responses are never flagged again, nor held against the
        // next one from that network: it is judged afresh.
        let token = app.form_token("demo").await;
        let mut pairs = demo_answers("dukcapil");
        pairs.push(("token", &token));
        app.post_form("/s/demo", &pairs).await;
        let score = app.score("demo").await;
        assert_eq!(
            (score["n"].as_u64(), score["suspect_excluded"].as_u64()),
            (Some(17), Some(0))
        );
    }
);

db_test!(
    a_form_sent_then_shown_again_says_so_and_sends_nothing,
    |db| {
        let app = TestApp::start(db).await;
        let (token, device) = app.form_on_device("/s/demo?u=dukcapil", None).await;
        let mut pairs = demo_answers("dukcapil");
        pairs.push(("token", &token));
        let sent = app.post_form_cookie("/s/demo", &pairs, &device).await;
        assert_eq!(sent.status(), 303);
        let remembered = sent
            .headers()
            .get_all("set-cookie")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .find(|v| v.starts_with("persepsi_sent_demo="))
            .map(|v| v.split(';').next().unwrap().to_string())
            .expect("the device remembers it sent");
        let cookies = format!("{device}; {remembered}");
        // Back, without JavaScript: the browser asks for the form again.
        let back = app
            .client
            .get(format!("{}/s/demo?u=dukcapil", app.base))
            .header("cookie", &cookies)
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(back.contains("Jawaban Anda sudah terkirim"));
        assert!(!back.contains("name=\"token\""), "no form to send twice");
        assert!(back.contains("href=\"/s/demo?baru=1&amp;u=dukcapil\""));
        // The old page, kept by the browser, sent again: still one response.
        assert_eq!(
            app.post_form_cookie("/s/demo", &pairs, &cookies)
                .await
                .status(),
            303
        );
        assert_eq!(app.responses().await, 1);
        // A new response on purpose (a family's shared phone) is a new form.
        let new = app
            .client
            .get(format!("{}/s/demo?baru=1&u=dukcapil", app.base))
            .header("cookie", &cookies)
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        let token = attr_value(&new, "name=\"token\" value=\"").expect("a new form");
        let mut pairs = demo_answers("dukcapil");
        pairs.push(("token", &token));
        assert_eq!(
            app.post_form_cookie("/s/demo", &pairs, &cookies)
                .await
                .status(),
            303
        );
        assert_eq!(app.responses().await, 2);
    }
);

db_test!(
    one_device_one_voice_holds_without_its_cookie_and_over_the_api,
    |db| {
        let app = TestApp::start(db).await;
        let manager = app.klungkung_manager().await;
        assert_eq!(
            manager
                .edit("/admin/s/demo/edit", &[("device_policy", "reject")])
                .await,
            303
        );
        let (t1, device) = app.form_on_device("/s/demo", None).await;
        let (t2, _) = app.form_on_device("/s/demo", Some(&device)).await;
        let mut pairs = demo_answers("dukcapil");
        pairs.push(("token", &t1));
        assert_eq!(
            app.post_form_cookie("/s/demo", &pairs, &device)
                .await
                .status(),
            303
        );
        // The second form was shown to the same device: sent without the
        // cookie, it is still that device's second answer.
        let mut pairs = demo_answers("dukcapil");
        pairs.push(("token", &t2));
        assert_eq!(app.post_form("/s/demo", &pairs).await.status(), 409);

        // Over the API, a client that keeps its cookie is one device too.
        let res = app.get("/api/v1/surveys/demo").await;
        let cookie = res
            .headers()
            .get("set-cookie")
            .and_then(|v| v.to_str().ok())
            .map(|v| v.split(';').next().unwrap().to_string())
            .expect("an API client is given a device");
        let first: serde_json::Value = res.json().await.unwrap();
        let again: serde_json::Value = app
            .client
            .get(format!("{}/api/v1/surveys/demo", app.base))
            .header("cookie", &cookie)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        let statuses: Vec<u16> = send_each_over_the_api(&app, &[&first, &again]).await;
        assert_eq!(statuses, [201, 409]);
        assert_eq!(app.responses().await, 2);
    }
);

async fn send_each_over_the_api(app: &TestApp, defs: &[&serde_json::Value]) -> Vec<u16> {
    let mut out = Vec::new();
    for def in defs {
        let body = json!({
            "token": def["token"], "unit": "dukcapil", "answers": demo_answers_json()
        });
        // Sent without any cookie: the token names its device.
        out.push(
            app.post_json("/api/v1/surveys/demo/responses", &body)
                .await
                .status()
                .as_u16(),
        );
    }
    out
}

db_test!(
    junk_and_padded_replays_cannot_spend_a_shared_address,
    |db| {
        let app = TestApp::start_with(db, |c| {
            c.limits.submit_network = "7/600".parse().unwrap();
        })
        .await;
        // Junk: posts with forged tokens, far more than the address's budget.
        let mut pairs = demo_answers("dukcapil");
        pairs.push(("token", "forged-token"));
        for _ in 0..20 {
            assert_eq!(app.post_form("/s/demo", &pairs).await.status(), 422);
        }
        // A citizen on the same address still gets through.
        let token = app.form_token("demo").await;
        let mut pairs = demo_answers("dukcapil");
        pairs.push(("token", &token));
        assert_eq!(app.post_form("/s/demo", &pairs).await.status(), 303);
        // One form replayed, padded with spaces to look new: the replay limit
        // (5 a minute) sees one form and refuses the sixth try, before the
        // address's budget (7) is spent.
        let statuses: Vec<u16> = {
            let mut out = Vec::new();
            for k in 0..4 {
                let padded = format!("{token}{}", " ".repeat(k + 1));
                let mut pairs = demo_answers("dukcapil");
                pairs.push(("token", &padded));
                out.push(app.post_form("/s/demo", &pairs).await.status().as_u16());
            }
            out
        };
        assert_eq!(statuses, [303, 303, 303, 303]);
        let mut pairs = demo_answers("dukcapil");
        let padded = format!("{token}     ");
        pairs.push(("token", &padded));
        assert_eq!(app.post_form("/s/demo", &pairs).await.status(), 429);
        assert_eq!(app.responses().await, 1);
    }
);
