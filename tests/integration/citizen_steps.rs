//! The citizen's form beyond a plain send, without JavaScript: the
//! screening question's polite end, its "Continue" step, switching the
//! language with every answer kept, GOV.UK-style errors, and opening the
//! form on a busy shared address.

use crate::db_test;
use crate::support::{TestApp, attr_value, demo_answers};

db_test!(a_no_at_screening_ends_politely_and_stores_nothing, |db| {
    let app = TestApp::start(db).await;
    // "No", with every other question left empty, by the send button.
    let token = app.form_token("demo").await;
    let pairs = [
        ("token", token.as_str()),
        ("unit", "dukcapil"),
        ("used_service", "tidak"),
    ];
    let res = app.post_form("/s/demo", &pairs).await;
    assert_eq!(res.status(), 200, "an ending, not an error");
    let html = res.text().await.unwrap();
    assert!(html.contains("<h1>Terima kasih</h1>"));
    assert!(html.contains("Survei ini untuk orang yang pernah mengurus layanan"));
    assert!(html.contains("Jawaban Anda tidak disimpan"));
    assert!(!html.contains("field-error"), "no red error");
    // "No" with everything else answered, by the question's own button.
    let token = app.form_token("demo").await;
    let mut pairs = demo_answers("dukcapil");
    pairs.retain(|(k, _)| *k != "used_service");
    pairs.extend([
        ("used_service", "tidak"),
        ("screen", "end"),
        ("token", &token),
    ]);
    let res = app.post_form("/s/demo", &pairs).await;
    assert_eq!(res.status(), 200);
    assert!(res.text().await.unwrap().contains("Terima kasih"));
    assert_eq!(app.responses().await, 0, "nothing stored");
    assert_eq!(app.answers().await, 0);
    // In English too.
    let token = app.form_token("demo").await;
    let pairs = [
        ("token", token.as_str()),
        ("lang", "en"),
        ("used_service", "tidak"),
    ];
    let html = app.post_form("/s/demo", &pairs).await.text().await.unwrap();
    assert!(html.contains("This survey is for people who got a service at this office"));
});

db_test!(continue_after_yes_opens_on_the_next_question, |db| {
    let app = TestApp::start(db).await;
    let token = app.form_token("demo").await;
    let pairs = [
        ("token", token.as_str()),
        ("unit", "dukcapil"),
        ("used_service", "ya"),
        ("screen", "next"),
    ];
    let res = app.post_form("/s/demo", &pairs).await;
    assert_eq!(res.status(), 200);
    let html = res.text().await.unwrap();
    assert!(
        !html.contains("error-summary"),
        "no errors for what comes next"
    );
    assert!(html.contains("name=\"used_service\" value=\"ya\" checked"));
    assert!(
        html.contains(
            "id=\"in-undue_delay-1\" name=\"undue_delay\" value=\"1\" required autofocus"
        ),
        "the page opens on question 2"
    );
    assert_eq!(attr_value(&html, "name=\"token\" value=\"").unwrap(), token);
    // "Continue" with no answer asks for that one answer only.
    let res = app
        .post_form("/s/demo", &[("token", &token), ("screen", "next")])
        .await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert!(html.contains("Pertanyaan nomor 1 belum dijawab."));
    assert!(!html.contains("Pertanyaan nomor 2 belum dijawab."));
    // Enter in a text field presses the first button ("Continue"): with
    // the rest answered, that is a send.
    let mut pairs = demo_answers("dukcapil");
    pairs.extend([("screen", "next"), ("token", &token)]);
    assert_eq!(app.post_form("/s/demo", &pairs).await.status(), 303);
    assert_eq!(app.responses().await, 1);
});

db_test!(
    switching_language_keeps_every_answer_and_sends_nothing,
    |db| {
        let app = TestApp::start(db).await;
        let token = app.form_token("demo").await;
        let pairs = [
            ("token", token.as_str()),
            ("lang", "id"),
            ("unit", "dukcapil"),
            ("code", "ABCD-1234"),
            ("used_service", "ya"),
            ("undue_delay", "3"),
            (
                "comment",
                "Antrean <b>panjang</b></textarea><p id=\"injected\">x</p>",
            ),
            ("switch_lang", "en"),
        ];
        let res = app.post_form("/s/demo", &pairs).await;
        assert_eq!(res.status(), 200);
        assert!(
            res.headers()
                .get_all("set-cookie")
                .iter()
                .any(|c| c.to_str().unwrap().starts_with("persepsi_lang=en")),
            "the choice is remembered"
        );
        let html = res.text().await.unwrap();
        assert!(html.contains("<html lang=\"en\""));
        assert!(html.contains("Send my answers"));
        assert!(html.contains("name=\"used_service\" value=\"ya\" checked"));
        assert!(html.contains("name=\"undue_delay\" value=\"3\" checked"));
        let comment = html
            .split("id=\"in-comment\"")
            .nth(1)
            .and_then(|rest| rest.split("</textarea>").next())
            .unwrap_or_default();
        assert!(
            comment.contains("Antrean &lt;b&gt;panjang&lt;/b&gt;&lt;/textarea&gt;"),
            "kept, escaped: {comment}"
        );
        assert!(
            !html.contains("<p id=\"injected\">"),
            "the text cannot end its field"
        );
        assert!(!html.contains("<b>panjang"));
        assert!(html.contains("value=\"ABCD-1234\""));
        assert!(!html.contains("error-summary"), "a switch is not a send");
        assert_eq!(attr_value(&html, "name=\"token\" value=\"").unwrap(), token);
        assert_eq!(app.responses().await, 0);
        // And back, with the switch now pointing to Indonesian.
        assert!(html.contains("name=\"switch_lang\" value=\"id\""));
    }
);

db_test!(errors_name_their_question_and_title_the_page, |db| {
    let app = TestApp::start(db).await;
    let token = app.form_token("demo").await;
    let pairs = [
        ("token", token.as_str()),
        ("lang", "en"),
        ("unit", "dukcapil"),
        ("used_service", "ya"),
    ];
    let res = app.post_form("/s/demo", &pairs).await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert!(html.contains("<title>Error: "));
    assert!(html.contains("id=\"error-summary\" tabindex=\"-1\" autofocus"));
    for n in 2..=11 {
        assert!(
            html.contains(&format!("Question {n} has no answer yet.")),
            "{n}"
        );
    }
    assert!(
        html.contains("href=\"#in-undue_delay-1\""),
        "links land on the first answer"
    );
    assert!(html.contains("id=\"in-undue_delay-1\""));
});

db_test!(the_form_counts_and_times_what_is_asked, |db| {
    let app = TestApp::start(db).await;
    let skm = app.get("/s/demo-skm").await.text().await.unwrap();
    assert!(
        skm.contains("dari 9 pertanyaan wajib sudah dijawab"),
        "SKM asks 9"
    );
    assert!(skm.contains("Sekitar 3 menit"));
    assert!(skm.contains("Langkah 1 dari 3"));
    let mal = app.get("/s/demo").await.text().await.unwrap();
    assert!(mal.contains("dari 11 pertanyaan wajib sudah dijawab"));
    assert!(mal.contains("Sekitar 2 menit"));
    // The service code comes after the questions, worded unlike the queue
    // number.
    let code = mal.find("id=\"in-code\"").unwrap();
    let last_question = mal.find("name=\"comment\"").unwrap();
    assert!(code > last_question);
    assert!(mal.contains("Kode dari petugas"));
    assert!(mal.contains("Nomor antrean di karcis Anda"));
});

db_test!(opening_forms_on_a_busy_shared_address, |db| {
    let app = TestApp::start_with(db, |c| {
        c.limits.form_network = "5/600".parse().unwrap();
        c.limits.form_device = "3/600".parse().unwrap();
    })
    .await;
    // Five citizens new to the server spend the address's budget...
    let mut cookies = Vec::new();
    for _ in 0..5 {
        cookies.push(app.form_on_device("/s/demo", None).await.1);
    }
    // ...a sixth is asked to wait, in words about opening, not sending.
    let res = app.get("/s/demo").await;
    assert_eq!(res.status(), 429);
    assert!(res.headers().contains_key("retry-after"));
    let page = res.text().await.unwrap();
    assert!(page.contains("Sedang ramai"));
    assert!(page.contains("Banyak formulir dibuka"));
    assert!(!page.contains("Terlalu banyak kiriman"));
    // Those who were there before still open it, on the same address.
    for cookie in &cookies {
        let (token, _) = app.form_on_device("/s/demo", Some(cookie)).await;
        assert!(token.len() > 40);
    }
    // One device reloading without end is stopped by its own budget.
    let mut req = 0;
    let status = loop {
        req += 1;
        let res = app
            .client
            .get(format!("{}/s/demo", app.base))
            .header("cookie", &cookies[0])
            .send()
            .await
            .unwrap();
        if res.status() != 200 || req > 10 {
            break res.status();
        }
    };
    assert_eq!(status, 429);
    assert!(req <= 3, "its budget of 3 was spent by the first visits");
});

db_test!(switching_language_spends_the_opening_budget, |db| {
    // A script posting language switches without end (each echoes the
    // answers back) is held by the same budget as opening the form.
    let app = TestApp::start_with(db, |c| c.limits.form_network = "3/600".parse().unwrap()).await;
    let token = app.form_token("demo").await; // the first of three
    let pairs = [("token", token.as_str()), ("switch_lang", "en")];
    let statuses: Vec<u16> = futures::future::join_all(
        (0..4).map(|_| async { app.post_form("/s/demo", &pairs).await.status().as_u16() }),
    )
    .await;
    assert_eq!(
        statuses.iter().filter(|s| **s == 200).count(),
        2,
        "{statuses:?}"
    );
    assert_eq!(
        statuses.iter().filter(|s| **s == 429).count(),
        2,
        "{statuses:?}"
    );
    assert_eq!(app.responses().await, 0);
});

db_test!(
    the_screened_out_ending_in_a_frame_keeps_its_frame_policy,
    |db| {
        let app = TestApp::start(db).await;
        let token = app.form_token("demo").await;
        let res = app
            .post_form(
                "/embed/demo",
                &[("token", &token), ("used_service", "tidak")],
            )
            .await;
        assert_eq!(res.status(), 200);
        let policy = res.headers()["content-security-policy"].to_str().unwrap();
        assert!(policy.contains("frame-ancestors 'self'"), "{policy}");
        let html = res.text().await.unwrap();
        assert!(html.contains("Terima kasih"));
        assert!(!html.contains("site-footer"), "no footer inside a frame");
    }
);
