//! Ballot stuffing, by signal: bot signals flag rather than refuse, service
//! codes verify a response once, and a response the database refuses costs
//! the others in its batch nothing.

use crate::db_test;
use crate::support::{TestApp, attr_value, demo_answers, demo_answers_json};
use persepsi_server::store::entities::{response, verification_code};
use sea_orm::{ColumnTrait, Condition, EntityTrait, QueryOrder, QuerySelect};
use serde_json::{Value, json};

/// The stored flags of every response, oldest first.
pub(crate) async fn flags(app: &TestApp) -> Vec<(bool, String)> {
    response::Entity::find()
        .select_only()
        .column(response::Column::Suspect)
        .column(response::Column::Flags)
        .order_by_asc(response::Column::SubmittedAt)
        .into_tuple()
        .all(app.db())
        .await
        .unwrap()
}

db_test!(
    a_filled_trap_field_is_stored_but_left_out_of_the_score,
    |db| {
        let app = TestApp::start(db).await;
        let token = app.form_token("demo").await;
        let html = app.get("/s/demo").await.text().await.unwrap();
        assert!(
            html.contains(r#"name="website""#),
            "the trap field is on the form"
        );
        let mut pairs = demo_answers("dukcapil");
        pairs.push(("token", &token));
        pairs.push(("website", "http://spam.example"));
        // The bot is thanked like anyone: it learns nothing.
        assert_eq!(app.post_form("/s/demo", &pairs).await.status(), 303);
        assert_eq!(flags(&app).await, [(true, "honeypot".to_string())]);
        let score = app.score("demo").await;
        assert_eq!(score["n"], 0);
        assert_eq!(score["suspect_excluded"], 1);
    }
);

db_test!(
    a_form_sent_too_fast_is_flagged_and_a_patient_one_is_not,
    |db| {
        let app = TestApp::start_with(db, |c| c.responses.min_fill_secs = 2).await;
        let fast = app.form_token("demo").await;
        let slow = app.form_token("demo").await;
        let mut pairs = demo_answers("dukcapil");
        pairs.push(("token", &fast));
        assert_eq!(app.post_form("/s/demo", &pairs).await.status(), 303);
        tokio::time::sleep(std::time::Duration::from_millis(2100)).await;
        let mut pairs = demo_answers("dukcapil");
        pairs.push(("token", &slow));
        assert_eq!(app.post_form("/s/demo", &pairs).await.status(), 303);
        assert_eq!(
            flags(&app).await,
            [(true, "fast".to_string()), (false, String::new())]
        );
        assert_eq!(app.score("demo").await["n"], 1);
    }
);

db_test!(a_token_of_another_survey_is_flagged_and_used_up, |db| {
    let app = TestApp::start(db).await;
    let skm_token = app.api_token("demo-skm").await;
    let body = json!({ "token": skm_token, "unit": "dukcapil", "answers": demo_answers_json() });
    let res = app.post_json("/api/v1/surveys/demo/responses", &body).await;
    assert_eq!(res.status(), 201);
    let first: Value = res.json().await.unwrap();
    assert_eq!(flags(&app).await, [(true, "other-survey".to_string())]);
    // Replayed: the same response, not a second one.
    let again: Value = app
        .post_json("/api/v1/surveys/demo/responses", &body)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(again["id"], first["id"]);
    assert_eq!(app.responses().await, 1);
});

async fn agency_token(app: &TestApp, agency: &str) -> String {
    app.agency_token(agency).await
}

async fn post_codes(
    app: &TestApp,
    path: &str,
    token: Option<&str>,
    body: Value,
) -> reqwest::Response {
    let mut req = app.client.post(format!("{}{path}", app.base)).json(&body);
    if let Some(t) = token {
        req = req.bearer_auth(t);
    }
    req.send().await.unwrap()
}

const CODES: &str = "/api/v1/agencies/kab-klungkung/units/dukcapil/codes";

db_test!(service_codes_verify_a_response_once, |db| {
    let app = TestApp::start(db).await;
    // Codes need the agency's own API token.
    assert_eq!(
        post_codes(&app, CODES, None, json!({"count": 3}))
            .await
            .status(),
        401
    );
    assert_eq!(
        post_codes(&app, CODES, Some("psp_forged"), json!({"count": 3}))
            .await
            .status(),
        401
    );
    let other = agency_token(&app, "kota-balikpapan").await;
    assert_eq!(
        post_codes(&app, CODES, Some(&other), json!({"count": 3}))
            .await
            .status(),
        404,
        "another agency's unit does not exist for this token"
    );
    let token = agency_token(&app, "kab-klungkung").await;
    let res = post_codes(&app, CODES, Some(&token), json!({"count": 0})).await;
    assert_eq!(res.status(), 422);
    let res = post_codes(&app, CODES, Some(&token), json!({"count": 3})).await;
    assert_eq!(res.status(), 201);
    let batch: Value = res.json().await.unwrap();
    let codes: Vec<String> = batch["codes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap().to_string())
        .collect();
    assert_eq!(codes.len(), 3);
    assert!(
        codes
            .iter()
            .all(|c| c.len() == 11 && c.as_bytes()[5] == b'-')
    );
    assert_eq!(
        app.stored_where::<verification_code::Entity>(verification_code::Column::UsedAt.is_null())
            .await,
        3
    );

    // A code in the link fills the field; the response is verified, and
    // for the code's unit whatever the form said.
    let html = app
        .get(&format!("/s/demo?c={}", codes[0]))
        .await
        .text()
        .await
        .unwrap();
    assert!(html.contains(&format!(r#"value="{}""#, codes[0])));
    let form_token = attr_value(&html, "name=\"token\" value=\"").unwrap();
    let mut pairs = demo_answers("puskesmas-klungkung-1");
    pairs.push(("token", &form_token));
    pairs.push(("code", &codes[0]));
    assert_eq!(app.post_form("/s/demo", &pairs).await.status(), 303);

    // The same code again, on another form: refused beside the field,
    // answers kept.
    let second = app.form_token("demo").await;
    let mut pairs = demo_answers("dukcapil");
    pairs.push(("token", &second));
    pairs.push(("code", &codes[0]));
    let res = app.post_form("/s/demo", &pairs).await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert!(html.contains("Kode layanan tidak dikenal atau sudah dipakai"));
    assert!(html.contains(r#"id="err-code""#));
    assert!(
        html.contains(&format!(r#"value="{}""#, codes[0])),
        "the typed code is kept"
    );

    // Typed sloppily (lower case, no dash, O for 0): still the code.
    let sloppy = codes[1].replace('-', "").to_lowercase().replace('0', "o");
    let mut pairs = demo_answers("dukcapil");
    pairs.push(("token", &second));
    pairs.push(("code", &sloppy));
    assert_eq!(app.post_form("/s/demo", &pairs).await.status(), 303);

    // Through the API too.
    let api_token = app.api_token("demo").await;
    let res = app
        .post_json(
            "/api/v1/surveys/demo/responses",
            &json!({ "token": api_token, "unit": "dukcapil", "code": codes[2], "answers": demo_answers_json() }),
        )
        .await;
    assert_eq!(res.status(), 201);

    assert_eq!(app.verified_responses().await, 3);
    assert_eq!(app.responses_for_unit("dukcapil").await, 3);
    assert_eq!(
        app.stored_where::<verification_code::Entity>(
            Condition::all()
                .add(verification_code::Column::UsedAt.is_not_null())
                .add(verification_code::Column::ResponseId.is_not_null())
        )
        .await,
        3
    );
    // One unverified response besides.
    let plain = app.form_token("demo").await;
    let mut pairs = demo_answers("dukcapil");
    pairs.push(("token", &plain));
    assert_eq!(app.post_form("/s/demo", &pairs).await.status(), 303);
    let all: Value = app.score("demo").await;
    let verified: Value = app
        .get("/api/v1/surveys/demo/score?verified=true")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        (all["n"].as_u64(), verified["n"].as_u64()),
        (Some(4), Some(3))
    );
});

db_test!(
    one_response_the_database_refuses_does_not_cost_the_others_theirs,
    |db| {
        use persepsi_server::store::responses::NewResponse;
        let app = TestApp::start(db).await;
        let demo = app.state.survey("demo").await.unwrap();
        let good = |i: usize| NewResponse {
            survey_id: demo.survey.id,
            unit_id: Some(demo.units[0].id),
            token_hash: format!("batch-{i}"),
            channel: "api",
            submitted_at: chrono::Utc::now(),
            ..Default::default()
        };
        // A response of a survey that does not exist: the database refuses it.
        let mut refused = good(2);
        refused.survey_id = uuid::Uuid::new_v4();
        let batch = vec![good(1), refused, good(3)]
            .into_iter()
            .map(|n| (demo.instrument.clone(), n))
            .collect();
        let out = persepsi_server::store::writer::store_batch(app.db(), batch).await;
        assert!(out[0].as_ref().is_ok_and(|s| s.created));
        assert!(out[1].is_err(), "the refused one fails");
        assert!(out[2].as_ref().is_ok_and(|s| s.created));
        assert_eq!(app.responses().await, 2);
        assert_eq!(app.score("demo").await["n"], 2);
    }
);
