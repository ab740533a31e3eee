//! The citizen's HTML form, with JavaScript off: what a plain browser sees.

use crate::db_test;
use crate::support::{TestApp, attr_value, demo_answers};
use persepsi_server::store::entities::answer;
use sea_orm::{ColumnTrait, Condition};

db_test!(form_shows_every_question_with_a_token, |db| {
    let app = TestApp::start(db).await;
    let res = app.get("/s/demo").await;
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["cache-control"], "no-store");
    let html = res.text().await.unwrap();
    assert!(html.contains("<html lang=\"id\""));
    assert!(html.contains("Pemerintah Kabupaten Klungkung"));
    let keys = ["used_service", "proof", "comment"];
    for key in keys.into_iter().chain(crate::support::MAL_ITEMS) {
        assert!(
            html.contains(&format!("name=\"{key}\"")),
            "question {key} is on the form"
        );
    }
    assert!(html.contains("Tidak tahu"));
    assert!(
        html.contains("<select id=\"in-unit\" name=\"unit\""),
        "four units: the citizen picks one"
    );
    assert!(attr_value(&html, "name=\"token\" value=\"").is_some_and(|t| t.len() > 40));
    // The SKM survey shows its own wording and profile questions.
    let skm = app.get("/s/demo-skm").await.text().await.unwrap();
    assert!(skm.contains("Seberapa sopan dan ramah petugas?"));
    assert!(skm.contains("name=\"education\""));
    assert!(
        !skm.contains("name=\"unit\" required"),
        "one unit: nothing to pick"
    );
});

db_test!(a_unit_in_the_link_is_preselected, |db| {
    let app = TestApp::start(db).await;
    let html = app.get("/s/demo?u=dukcapil").await.text().await.unwrap();
    assert!(html.contains("<input type=\"hidden\" name=\"unit\" value=\"dukcapil\""));
    assert!(html.contains("Dinas Kependudukan dan Pencatatan Sipil</strong>"));
});

db_test!(english_is_chosen_by_link_or_browser_and_remembered, |db| {
    let app = TestApp::start(db).await;
    let res = app
        .client
        .get(format!("{}/s/demo", app.base))
        .header("accept-language", "en-GB,en;q=0.9")
        .send()
        .await
        .unwrap();
    assert_eq!(res.headers()["content-language"], "en");
    assert!(res.text().await.unwrap().contains("Send my answers"));
    let res = app.get("/s/demo?lang=en").await;
    let cookie = res.headers()["set-cookie"].to_str().unwrap().to_string();
    assert!(cookie.starts_with("persepsi_lang=en"));
    let res = app
        .client
        .get(format!("{}/s/demo", app.base))
        .header("cookie", cookie.split(';').next().unwrap())
        .send()
        .await
        .unwrap();
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("When you were served here")
    );
});

db_test!(a_complete_form_is_stored_and_redirected_to_thanks, |db| {
    let app = TestApp::start(db).await;
    let token = app.form_token("demo").await;
    let mut pairs = demo_answers("dukcapil");
    pairs.push(("token", &token));
    pairs.push(("comment", "  Antrean rapi, petugas ramah.  "));
    let res = app.post_form("/s/demo", &pairs).await;
    assert_eq!(res.status(), 303);
    assert_eq!(res.headers()["location"], "/s/demo/thanks?lapor=1");
    let thanks = app.get("/s/demo/thanks").await;
    assert_eq!(thanks.status(), 200);
    assert!(thanks.text().await.unwrap().contains("Terima kasih"));
    assert_eq!(app.responses().await, 1);
    assert_eq!(app.answers().await, 12, "11 choices + comment");
    assert_eq!(
        app.answers_where(
            Condition::all()
                .add(answer::Column::ItemKey.eq("comment"))
                .add(answer::Column::Value.eq("Antrean rapi, petugas ramah."))
        )
        .await,
        1
    );
    assert_eq!(app.responses_for_unit("dukcapil").await, 1);
    assert_eq!(app.score("demo").await["n"], 1);
});

db_test!(
    a_double_tap_or_back_button_resubmit_stores_one_response,
    |db| {
        let app = TestApp::start(db).await;
        let token = app.form_token("demo").await;
        let mut pairs = demo_answers("dukcapil");
        pairs.push(("token", &token));
        for _ in 0..3 {
            assert_eq!(app.post_form("/s/demo", &pairs).await.status(), 303);
        }
        // Back button, an answer changed and one removed: still the first response.
        let mut edited = pairs.clone();
        edited.retain(|(k, _)| *k != "procedure");
        assert_eq!(app.post_form("/s/demo", &edited).await.status(), 303);
        assert_eq!(app.responses().await, 1);
    }
);

db_test!(
    wrong_answers_come_back_with_messages_and_nothing_lost,
    |db| {
        let app = TestApp::start(db).await;
        let token = app.form_token("demo").await;
        let mut pairs = demo_answers("dukcapil");
        pairs.retain(|(k, _)| *k != "procedure" && *k != "undue_delay");
        pairs.push(("undue_delay", "9"));
        pairs.push(("proof", "A-0173"));
        pairs.push(("token", &token));
        let res = app.post_form("/s/demo", &pairs).await;
        assert_eq!(res.status(), 422);
        let html = res.text().await.unwrap();
        // A summary at the top linking to each field, and a message beside it.
        assert!(html.contains("role=\"alert\""));
        // Each link lands on the question's first answer, not its box.
        assert!(html.contains("href=\"#in-procedure-1\""));
        assert!(html.contains("id=\"err-procedure\""));
        assert!(html.contains("Pertanyaan nomor 4 belum dijawab."));
        assert!(
            html.contains("<title>Galat: "),
            "the title says the page has errors"
        );
        assert!(html.contains("id=\"err-undue_delay\""));
        assert!(html.contains("Pilih salah satu jawaban yang tersedia."));
        assert!(html.contains("aria-describedby=\"err-procedure\""));
        // Answers given are still there: a chosen radio, the text, the unit.
        assert!(html.contains("name=\"payment_request\" value=\"1\" checked"));
        assert!(html.contains("value=\"A-0173\""));
        assert!(
            html.contains("<option value=\"dukcapil\" selected")
                || html.contains("name=\"unit\" value=\"dukcapil\"")
        );
        // The same token, so that fixing and resending stores exactly one.
        assert_eq!(attr_value(&html, "name=\"token\" value=\"").unwrap(), token);
        assert_eq!(app.responses().await, 0);
    }
);

db_test!(
    a_stale_or_forged_token_keeps_the_answers_and_gives_a_new_form,
    |db| {
        let app = TestApp::start(db).await;
        let mut pairs = demo_answers("dukcapil");
        pairs.push(("token", "forged-token"));
        let res = app.post_form("/s/demo", &pairs).await;
        assert_eq!(res.status(), 422);
        let html = res.text().await.unwrap();
        assert!(html.contains("Formulir ini sudah terlalu lama terbuka"));
        assert!(html.contains("name=\"conflict_of_interest\" value=\"2\" checked"));
        let fresh = attr_value(&html, "name=\"token\" value=\"").unwrap();
        assert_ne!(fresh, "forged-token");
        // The new token works.
        let mut again = demo_answers("dukcapil");
        again.push(("token", &fresh));
        assert_eq!(app.post_form("/s/demo", &again).await.status(), 303);
    }
);

db_test!(an_expired_form_is_refused, |db| {
    let app = TestApp::start_with(db, |c| c.responses.token_ttl = -1).await;
    let token = app.form_token("demo").await;
    let mut pairs = demo_answers("dukcapil");
    pairs.push(("token", &token));
    let res = app.post_form("/s/demo", &pairs).await;
    assert_eq!(res.status(), 422);
    assert_eq!(app.responses().await, 0);
});

db_test!(unknown_closed_and_draft_surveys_say_so, |db| {
    let app = TestApp::start(db).await;
    let res = app.get("/s/no-such-survey").await;
    assert_eq!(res.status(), 404);
    assert!(res.text().await.unwrap().contains("Survei tidak ditemukan"));
    assert_eq!(app.get("/s/BAD%20slug!").await.status(), 404);
    assert_eq!(app.get("/nowhere").await.status(), 404);
    let token = app.form_token("demo").await;
    let manager = app.klungkung_manager().await;
    assert_eq!(manager.set_status("demo", "closed").await, 303);
    let res = app.get("/s/demo").await;
    assert_eq!(res.status(), 410);
    assert!(res.text().await.unwrap().contains("Survei sudah ditutup"));
    let mut pairs = demo_answers("dukcapil");
    pairs.push(("token", &token));
    assert_eq!(app.post_form("/s/demo", &pairs).await.status(), 410);
    assert_eq!(app.responses().await, 0);
    // Results of a closed survey stay public.
    assert_eq!(app.get("/s/demo/results").await.status(), 200);
    // A survey is a draft until published (none goes back to draft).
    assert_eq!(
        manager
            .edit(
                "/admin/a/kab-klungkung/surveys/new",
                &[
                    ("slug", "demo-draft"),
                    ("title", "Survei draf"),
                    ("units", "dukcapil")
                ],
            )
            .await,
        303
    );
    assert_eq!(manager.get("/admin/s/demo-draft").await.status(), 200);
    assert_eq!(app.get("/s/demo-draft").await.status(), 404);
});

db_test!(hostile_bodies_get_answers_not_crashes, |db| {
    let app = TestApp::start(db).await;
    let url = format!("{}/s/demo", app.base);
    // Not form encoding at all, invalid UTF-8, a huge field: never a 5xx.
    for body in [
        b"\xff\xfe\x00garbage=%ZZ&&&==".to_vec(),
        b"token=%C3%28&unit=%FF".to_vec(),
        format!("token=x&comment={}", "a".repeat(5000)).into_bytes(),
    ] {
        let res = app
            .client
            .post(&url)
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 422);
    }
    let res = app
        .client
        .post(&url)
        .header("content-type", "application/x-www-form-urlencoded")
        .body(vec![b'a'; 200 * 1024])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 413);
    assert_eq!(app.responses().await, 0);
});

db_test!(results_page_shows_the_score_and_why_no_band, |db| {
    let app = TestApp::start(db).await;
    let token = app.form_token("demo").await;
    let mut pairs = demo_answers("dukcapil");
    pairs.push(("token", &token));
    app.post_form("/s/demo", &pairs).await;
    let html = app.get("/s/demo/results").await.text().await.unwrap();
    // (4+4+3+4+1+4+4+4+2)/9 × 25 = 83.33 (not applicable left out)
    assert!(html.contains("83,33"), "score in Indonesian notation");
    assert!(
        html.contains("Belum cukup jawaban untuk menentukan zona: 1 dari"),
        "one verdict: too few responses for a zone"
    );
    assert!(html.contains("bukan nilai resmi Ombudsman"));
});

db_test!(health_reports_the_database, |db| {
    let app = TestApp::start(db).await;
    assert_eq!(app.get("/healthz").await.status(), 200);
    assert_eq!(app.get("/readyz").await.status(), 200);
    app.db().close_by_ref().await.unwrap();
    assert_eq!(app.get("/readyz").await.status(), 503);
    // Alive all the same: an orchestrator must not restart it for the
    // database's outage.
    assert_eq!(app.get("/healthz").await.status(), 200);
    // Pages that need the database say so, with Retry-After, not a bare 500.
    let res = app.get("/s/demo").await;
    assert_eq!(res.status(), 503);
    assert_eq!(res.headers()["retry-after"], "5");
    assert!(res.text().await.unwrap().contains("Layanan sedang sibuk"));
});

db_test!(
    who_tells_of_maladministration_is_offered_the_complaint_channel,
    |db| {
        let app = TestApp::start_with(db, |c| {
            c.site.complaint_url = "https://lapor.example/".into()
        })
        .await;
        // demo_answers: a request for money "often" (1).
        let token = app.form_token("demo").await;
        let mut pairs = demo_answers("dukcapil");
        pairs.push(("token", &token));
        let res = app.post_form("/s/demo", &pairs).await;
        assert_eq!(res.headers()["location"], "/s/demo/thanks?lapor=1");
        let html = app
            .get("/s/demo/thanks?lapor=1")
            .await
            .text()
            .await
            .unwrap();
        assert!(html.contains("SP4N-LAPOR!") && html.contains("href=\"https://lapor.example/\""));
        // Nothing of the kind: no offer.
        let token = app.form_token("demo").await;
        let fine: Vec<(&str, &str)> = demo_answers("dukcapil")
            .into_iter()
            .map(|(k, v)| {
                if v == "1" || v == "2" {
                    (k, "4")
                } else {
                    (k, v)
                }
            })
            .chain([("token", token.as_str())])
            .collect();
        let res = app.post_form("/s/demo", &fine).await;
        assert_eq!(res.headers()["location"], "/s/demo/thanks");
        assert!(
            !app.get("/s/demo/thanks")
                .await
                .text()
                .await
                .unwrap()
                .contains("SP4N-LAPOR!")
        );
    }
);
