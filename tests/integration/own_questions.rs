//! The agency's own questions beside the instrument: added in a draft,
//! shown nowhere until published, asked after the instrument's questions
//! (one only after a given answer), checked as the instrument's are, kept
//! out of the score, counted per question, exported with the codebook;
//! a change after answers arrived makes a new version and earlier answers
//! keep theirs; a copy for a new period carries them.

use crate::admin_access::{PASSWORD, accounts};
use crate::db_test;
use crate::exports::fetch;
use crate::support::{Browser, TestApp, demo_answers};
use persepsi_server::store::entities::{answer, response};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

const QUESTIONS: &str = "/admin/s/demo/questions";

async fn manager(app: &TestApp) -> Browser {
    accounts(app).await;
    let b = Browser::new(app);
    assert_eq!(b.login("klungkung@uji.id", PASSWORD).await, 303);
    b
}

/// Adds a question through the page's form.
async fn add(b: &Browser, fields: &[(&str, &str)]) -> u16 {
    b.send(QUESTIONS, fields).await
}

/// The three questions of the tests: a yes/no, a scale asked only after
/// "yes", and several choices.
async fn three(b: &Browser) {
    assert_eq!(
        add(
            b,
            &[
                ("kind", "single"),
                ("text_id", "Apakah Anda antre lebih dari 30 menit?"),
                ("text_en", "Did you queue for more than 30 minutes?"),
                ("options", "Ya | Yes\nTidak | No"),
                ("required", "yes"),
            ],
        )
        .await,
        303
    );
    assert_eq!(
        add(
            b,
            &[
                ("kind", "scale5"),
                ("text_id", "Seberapa nyaman ruang tunggunya?"),
                ("required", "yes"),
                ("show_if", "own-1=1"),
            ],
        )
        .await,
        303
    );
    assert_eq!(
        add(
            b,
            &[
                ("kind", "multi"),
                ("text_id", "Apa yang perlu diperbaiki?"),
                ("options", "Antrean\nInformasi\nRuang tunggu"),
            ],
        )
        .await,
        303
    );
}

async fn publish(b: &Browser) -> u16 {
    b.send(&format!("{QUESTIONS}/publish"), &[]).await
}

/// Sends the demo answers with `extra` from a fresh form.
async fn send(app: &TestApp, extra: &[(&str, &str)]) -> reqwest::Response {
    let token = app.form_token("demo").await;
    let mut pairs = demo_answers("dukcapil");
    pairs.push(("token", &token));
    pairs.extend_from_slice(extra);
    app.post_form("/s/demo", &pairs).await
}

async fn own_answers(app: &TestApp) -> Vec<(String, String)> {
    let mut all: Vec<(String, String)> = answer::Entity::find()
        .filter(answer::Column::ItemKey.starts_with("own-"))
        .all(app.db())
        .await
        .unwrap()
        .into_iter()
        .map(|a| (a.item_key, a.value))
        .collect();
    all.sort();
    all
}

/// The versions responses were given under, in order (two responses may
/// share a second, so not by time).
async fn versions(app: &TestApp) -> Vec<Option<i32>> {
    let mut all: Vec<Option<i32>> = response::Entity::find()
        .all(app.db())
        .await
        .unwrap()
        .into_iter()
        .map(|r| r.questions_version)
        .collect();
    all.sort();
    all
}

/// The version of the response that gave `key` the answer `value`.
async fn version_of(app: &TestApp, key: &str, value: &str) -> Option<i32> {
    let a = answer::Entity::find()
        .filter(answer::Column::ItemKey.eq(key))
        .filter(answer::Column::Value.eq(value))
        .one(app.db())
        .await
        .unwrap()
        .expect("the answer is stored");
    response::Entity::find_by_id(a.response_id)
        .one(app.db())
        .await
        .unwrap()
        .unwrap()
        .questions_version
}

db_test!(
    own_questions_are_asked_after_publishing_and_kept_out_of_the_score,
    |db| {
        let app = TestApp::start(db).await;
        let b = manager(&app).await;
        let page = b.get(QUESTIONS).await.text().await.unwrap();
        assert!(page.contains("Pertanyaan tambahan"), "{page}");
        assert!(page.contains("tidak pernah mengubah nilai ORI atau SKM"));
        three(&b).await;

        // A choice question with one option is refused beside its field.
        let r = b
            .post(
                QUESTIONS,
                &[
                    ("csrf", &b.csrf().await),
                    ("kind", "single"),
                    ("text_id", "Satu saja?"),
                    ("options", "Hanya satu"),
                ],
            )
            .await;
        assert_eq!(r.status(), 422);
        let html = r.text().await.unwrap();
        assert!(html.contains("Tulis 2 sampai 12 pilihan"), "{html}");
        assert!(
            html.contains("value=\"Satu saja?\""),
            "what was typed is kept"
        );

        // A draft is not asked.
        let form = app.get("/s/demo").await.text().await.unwrap();
        assert!(!form.contains("name=\"own-1\""));
        let preview = b
            .get("/admin/s/demo/preview?draft=1")
            .await
            .text()
            .await
            .unwrap();
        assert!(preview.contains("Apakah Anda antre lebih dari 30 menit?"));

        assert_eq!(publish(&b).await, 303);
        let form = app.get("/s/demo").await.text().await.unwrap();
        assert!(form.contains("name=\"own-1\""));
        assert!(form.contains("data-show-if=\"own-1=1\""));
        assert!(form.contains("Jawab hanya jika jawaban Anda untuk pertanyaan"));
        assert!(form.contains("type=\"checkbox\""));
        let english = app.get("/s/demo?lang=en").await.text().await.unwrap();
        assert!(english.contains("Did you queue for more than 30 minutes?"));

        // Required, in Indonesian beside the field.
        let r = send(&app, &[]).await;
        assert_eq!(r.status(), 422);
        assert!(
            r.text()
                .await
                .unwrap()
                .contains("Pertanyaan nomor 14 belum dijawab")
        );
        // "Yes" makes the scale asked, so required.
        let r = send(&app, &[("own-1", "1")]).await;
        assert_eq!(r.status(), 422);
        // A value that is no option.
        let r = send(&app, &[("own-1", "1"), ("own-2", "9")]).await;
        assert_eq!(r.status(), 422);
        assert_eq!(app.responses().await, 0);

        // "No": the scale is not asked and what came for it is dropped.
        let r = send(
            &app,
            &[
                ("own-1", "2"),
                ("own-2", "5"),
                ("own-3", "1"),
                ("own-3", "3"),
            ],
        )
        .await;
        assert_eq!(r.status(), 303);
        let r = send(&app, &[("own-1", "1"), ("own-2", "4")]).await;
        assert_eq!(r.status(), 303);
        assert_eq!(
            own_answers(&app).await,
            [
                ("own-1".into(), "1".into()),
                ("own-1".into(), "2".into()),
                ("own-2".into(), "4".into()),
                ("own-3".into(), "1,3".into()),
            ]
        );
        assert_eq!(versions(&app).await, [Some(1), Some(1)]);

        // The score is the instrument's alone: the same as another server's
        // with the same answers and no own questions.
        let plain = TestApp::start(db).await;
        for _ in 0..2 {
            let token = plain.form_token("demo").await;
            let mut pairs = demo_answers("dukcapil");
            pairs.push(("token", &token));
            assert_eq!(plain.post_form("/s/demo", &pairs).await.status(), 303);
        }
        let (with, without) = (app.score("demo").await, plain.score("demo").await);
        assert_eq!(with["n"], 2);
        assert_eq!(with["score"], without["score"]);
        assert_eq!(with["ci"], without["ci"]);

        // Counted per question.
        let results = b
            .get(&format!("{QUESTIONS}/results"))
            .await
            .text()
            .await
            .unwrap();
        assert!(
            results.contains("Versi 1: 2 jawaban yang dihitung"),
            "{results}"
        );
        assert!(
            results.contains("ditanyakan kepada 1, dijawab 1"),
            "the scale, after yes"
        );
        assert!(results.contains("bukan bagian dari nilai ORI atau SKM"));

        // Exported with the rest, and described.
        let token = app.agency_token("kab-klungkung").await;
        let csv = fetch(&app, &token, "/api/v1/exports/responses.csv?survey=demo")
            .await
            .text()
            .await
            .unwrap();
        let header = csv.lines().next().unwrap();
        assert!(
            header.ends_with("questions_version,own-1,own-2,own-3"),
            "{header}"
        );
        assert!(csv.contains(",1,2,,\"1,3\""), "{csv}");
        let codebook: serde_json::Value =
            fetch(&app, &token, "/api/v1/exports/codebook.json?survey=demo")
                .await
                .json()
                .await
                .unwrap();
        let own = &codebook["own_questions"];
        assert_eq!(own[0]["column"], "own-1");
        assert_eq!(own[0]["counts_in_score"], false);
        assert_eq!(
            own[1]["versions"][0]["text_id"],
            "Seberapa nyaman ruang tunggunya?"
        );
        assert_eq!(own[1]["versions"][0]["asked_if"], "own-1=1");

        // Assessors read; another agency's manager finds nothing.
        let assessor = Browser::new(&app);
        assert_eq!(assessor.login("penilai@uji.id", PASSWORD).await, 303);
        assert_eq!(assessor.get(QUESTIONS).await.status(), 200);
        let results = assessor.get(&format!("{QUESTIONS}/results")).await.status();
        assert_eq!(results, 200);
        assert_eq!(
            assessor
                .send(QUESTIONS, &[("kind", "text"), ("text_id", "X")])
                .await,
            403
        );
        let other = Browser::new(&app);
        assert_eq!(other.login("balikpapan@uji.id", PASSWORD).await, 303);
        assert_eq!(other.get(QUESTIONS).await.status(), 404);
        assert_eq!(other.send(&format!("{QUESTIONS}/publish"), &[]).await, 404);
    }
);

db_test!(a_change_after_answers_makes_a_new_version, |db| {
    let app = TestApp::start(db).await;
    let b = manager(&app).await;
    three(&b).await;
    assert_eq!(publish(&b).await, 303);
    // Nobody answered version 1: a change replaces it.
    assert_eq!(
        b.edit(
            &format!("{QUESTIONS}/own-3"),
            &[("text_id", "Apa yang paling perlu diperbaiki?")]
        )
        .await,
        303
    );
    assert_eq!(publish(&b).await, 303);
    let page = b.get(QUESTIONS).await.text().await.unwrap();
    assert!(
        page.contains("Versi 1 sedang ditanyakan; 0 jawaban"),
        "{page}"
    );

    assert_eq!(
        send(&app, &[("own-1", "2"), ("own-3", "2")]).await.status(),
        303
    );
    // Publishing a draft that changes nothing makes no version.
    assert_eq!(b.edit(&format!("{QUESTIONS}/own-1"), &[]).await, 303);
    assert_eq!(publish(&b).await, 303);
    let page = b.get(QUESTIONS).await.text().await.unwrap();
    assert!(
        page.contains("Versi 1 sedang ditanyakan; 1 jawaban"),
        "{page}"
    );
    // Another agency's manager changes nothing of it.
    let other = Browser::new(&app);
    assert_eq!(other.login("balikpapan@uji.id", PASSWORD).await, 303);
    for path in ["own-1", "own-1/up", "own-3/remove"] {
        let at = format!("{QUESTIONS}/{path}");
        assert_eq!(
            other.send(&at, &[("kind", "text"), ("text_id", "X")]).await,
            404,
            "{at}"
        );
    }
    assert_eq!(other.get(&format!("{QUESTIONS}/own-1")).await.status(), 404);
    // Now a change makes version 2.
    assert_eq!(
        b.edit(
            &format!("{QUESTIONS}/own-1"),
            &[("text_id", "Apakah Anda antre lebih dari 15 menit?")]
        )
        .await,
        303
    );
    // Others follow from it: it cannot be removed.
    let r = b
        .post(
            &format!("{QUESTIONS}/own-1/remove"),
            &[("csrf", &b.csrf().await)],
        )
        .await;
    assert_eq!(r.status(), 422);
    assert_eq!(b.send(&format!("{QUESTIONS}/own-3/remove"), &[]).await, 303);
    let form = app.get("/s/demo").await.text().await.unwrap();
    assert!(form.contains("30 menit"), "the draft is not asked yet");
    assert_eq!(publish(&b).await, 303);
    let form = app.get("/s/demo").await.text().await.unwrap();
    assert!(form.contains("15 menit") && !form.contains("name=\"own-3\""));
    // An answer to a question the new version does not ask is refused.
    assert_eq!(
        send(&app, &[("own-1", "2"), ("own-3", "2")]).await.status(),
        422
    );
    assert_eq!(send(&app, &[("own-1", "2")]).await.status(), 303);
    assert_eq!(versions(&app).await, [Some(1), Some(2)]);
    assert_eq!(
        version_of(&app, "own-3", "2").await,
        Some(1),
        "the first keeps its version"
    );

    let v1 = b
        .get(&format!("{QUESTIONS}/results?v=1"))
        .await
        .text()
        .await
        .unwrap();
    assert!(v1.contains("30 menit") && v1.contains("Apa yang paling perlu diperbaiki?"));
    let v2 = b
        .get(&format!("{QUESTIONS}/results"))
        .await
        .text()
        .await
        .unwrap();
    assert!(v2.contains("15 menit") && v2.contains("Versi 2: 1 jawaban"));

    let token = app.agency_token("kab-klungkung").await;
    let codebook: serde_json::Value =
        fetch(&app, &token, "/api/v1/exports/codebook.json?survey=demo")
            .await
            .json()
            .await
            .unwrap();
    let versions = codebook["own_questions"][0]["versions"].as_array().unwrap();
    assert_eq!(versions.len(), 2, "own-1's wording in both versions");

    // A copy for a new period carries the questions, published.
    let html = b.get("/admin/s/demo/copy").await.text().await.unwrap();
    let action = "/admin/a/kab-klungkung/surveys/new?from=demo";
    let mut pairs = crate::support::form_fields(&html, action);
    assert!(!pairs.is_empty(), "the copy posts with its origin");
    pairs.retain(|(k, _)| !["slug", "opens", "closes"].contains(&k.as_str()));
    pairs.push(("slug".into(), "demo-2027".into()));
    let refs: Vec<(&str, &str)> = pairs
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    assert_eq!(b.post(action, &refs).await.status(), 303);
    let copied = b
        .get("/admin/s/demo-2027/questions")
        .await
        .text()
        .await
        .unwrap();
    assert!(copied.contains("Versi 1 sedang ditanyakan"), "{copied}");
    assert!(copied.contains("15 menit"));

    // Another agency naming this survey as the origin of its own new
    // survey copies nothing of it.
    let action = "/admin/a/kota-balikpapan/surveys/new";
    let html = other.get(action).await.text().await.unwrap();
    let mut pairs = crate::support::form_fields(&html, action);
    pairs.retain(|(k, _)| !["slug", "title"].contains(&k.as_str()));
    pairs.push(("slug".into(), "curian".into()));
    pairs.push(("title".into(), "Survei".into()));
    let unit = crate::support::attr_value(&html, "name=\"units\" value=\"").expect("a unit");
    pairs.push(("units".into(), unit));
    let refs: Vec<(&str, &str)> = pairs
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let r = other.post(&format!("{action}?from=demo"), &refs).await;
    assert_eq!(r.status(), 303);
    let theirs = other
        .get("/admin/s/curian/questions")
        .await
        .text()
        .await
        .unwrap();
    assert!(theirs.contains("Belum ada yang diterbitkan"), "{theirs}");
    assert!(!theirs.contains("15 menit"));
});

db_test!(apps_see_the_own_questions_and_may_leave_them_out, |db| {
    let app = TestApp::start(db).await;
    let b = manager(&app).await;
    three(&b).await;
    // A manager's wording is text, never markup, on the citizen's form.
    let hostile = "<script>alert(1)</script> \" onmouseover=\"x";
    assert_eq!(
        add(
            &b,
            &[("kind", "text"), ("text_id", hostile), ("help_id", hostile)]
        )
        .await,
        303
    );
    assert_eq!(publish(&b).await, 303);
    let form = app.get("/s/demo").await.text().await.unwrap();
    assert!(!form.contains("<script>alert(1)"), "{form}");
    assert!(form.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    let def: serde_json::Value = app.get("/api/v1/surveys/demo").await.json().await.unwrap();
    let own = def["own_items"].as_array().unwrap();
    assert_eq!(own.len(), 4);
    assert_eq!(own[3]["text"], hostile);
    assert_eq!(own[1]["asked_if"], "own-1=1");
    assert_eq!(own[2]["kind"], "multi");
    let url = "/api/v1/surveys/demo/responses";
    // An app that predates them still sends.
    let body = serde_json::json!({
        "token": app.api_token("demo").await,
        "unit": "dukcapil",
        "answers": crate::support::demo_answers_json(),
    });
    assert_eq!(app.post_json(url, &body).await.status(), 201);
    // What it does send is checked.
    let mut answers = crate::support::demo_answers_json();
    answers["own-1"] = "3".into();
    let body = serde_json::json!({
        "token": app.api_token("demo").await,
        "unit": "dukcapil",
        "answers": answers,
    });
    assert_eq!(app.post_json(url, &body).await.status(), 422);
    answers["own-1"] = "1".into();
    answers["own-2"] = "4".into();
    let body = serde_json::json!({
        "token": app.api_token("demo").await,
        "unit": "dukcapil",
        "answers": answers,
    });
    assert_eq!(app.post_json(url, &body).await.status(), 201);
    assert_eq!(versions(&app).await, [Some(1), Some(1)]);
});
