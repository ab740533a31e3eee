//! An agency entering responses in bulk (paper forms, kiosks) with its API
//! token: checked like a citizen's, stored once per key, never verified.

use crate::db_test;
use crate::support::{TestApp, demo_answers_json};
use persepsi_server::store::entities::response;
use sea_orm::{ColumnTrait, Condition, EntityTrait, QueryFilter};
use serde_json::{Value, json};

const PATH: &str = "/api/v1/surveys/demo/responses/import";

async fn import(app: &TestApp, token: Option<&str>, body: &Value) -> (u16, Value) {
    let mut req = app
        .client
        .post(format!("{}{PATH}", app.base))
        .header("accept-language", "en")
        .json(body);
    if let Some(t) = token {
        req = req.bearer_auth(t);
    }
    let res = req.send().await.unwrap();
    let status = res.status().as_u16();
    (status, res.json().await.unwrap_or(Value::Null))
}

fn response(key: &str, answers: Value) -> Value {
    json!({ "key": key, "unit": "dukcapil", "answers": answers })
}

db_test!(an_agency_imports_paper_forms_once_each, |db| {
    let app = TestApp::start(db).await;
    let token = app.agency_token("kab-klungkung").await;
    let mut wrong = demo_answers_json();
    wrong["undue_delay"] = json!(9);
    // The survey has run since December 2025 (made through the store: the
    // demo data is created today).
    let since = "2025-12-01T00:00:00Z"
        .parse::<chrono::DateTime<chrono::Utc>>()
        .unwrap();
    persepsi_server::store::entities::survey::Entity::update_many()
        .col_expr(
            persepsi_server::store::entities::survey::Column::CreatedAt,
            sea_orm::sea_query::Expr::value(since),
        )
        .filter(persepsi_server::store::entities::survey::Column::Slug.eq("demo"))
        .exec(app.db())
        .await
        .unwrap();
    app.state.surveys_changed();
    let mut earlier = response("F-0002", demo_answers_json());
    earlier["answered_at"] = json!("2026-01-15T09:30:00Z");
    // Backdated into periods before the survey existed: refused.
    let mut backdated = response("F-0004", demo_answers_json());
    backdated["answered_at"] = json!("2020-03-01T09:30:00Z");
    let mut ancient = response("F-0005", demo_answers_json());
    ancient["answered_at"] = json!("0001-01-01T00:00:00Z");
    let body = json!({ "responses": [
        response("F-0001", demo_answers_json()),
        earlier,
        response("F-0003", wrong),
        backdated,
        ancient,
    ]});

    let (status, first) = import(&app, Some(&token), &body).await;
    assert_eq!(status, 200, "{first}");
    assert_eq!(
        (
            first["stored"].clone(),
            first["repeated"].clone(),
            first["invalid"].clone()
        ),
        (json!(2), json!(0), json!(3))
    );
    for i in [3, 4] {
        let message = first["results"][i]["errors"]["answered_at"][0]
            .as_str()
            .unwrap_or_default();
        assert!(
            message.contains("before the survey opened (2025-12-01)"),
            "{first}"
        );
    }
    assert_eq!(first["results"][0]["key"], "F-0001");
    assert_eq!(first["results"][0]["created"], true);
    let message = first["results"][2]["errors"]["undue_delay"][0]
        .as_str()
        .unwrap();
    assert!(message.contains("choose one of the answers"), "{message}");

    // Sent again (a retry after a lost answer): nothing new, the same ids.
    let (status, again) = import(&app, Some(&token), &body).await;
    assert_eq!(status, 200);
    assert_eq!(
        (again["stored"].clone(), again["repeated"].clone()),
        (json!(0), json!(2))
    );
    assert_eq!(again["results"][0]["id"], first["results"][0]["id"]);
    assert_eq!(again["results"][1]["id"], first["results"][1]["id"]);

    assert_eq!(
        app.responses_where(response::Column::Channel.eq("import"))
            .await,
        2
    );
    assert_eq!(
        app.responses_where(
            Condition::all()
                .add(response::Column::Channel.eq("import"))
                .add(response::Column::Verified.eq(true))
        )
        .await,
        0
    );
    let per_response = demo_answers_json().as_object().unwrap().len() as u64;
    assert_eq!(app.answers().await, 2 * per_response);
    assert_eq!(app.score("demo").await["n"], 2, "both count in the score");
    // The date given is kept: January's tally, not today's.
    let february = "2026-02-01T00:00:00Z"
        .parse::<chrono::DateTime<chrono::Utc>>()
        .unwrap();
    assert_eq!(
        app.responses_where(response::Column::SubmittedAt.lt(february))
            .await,
        1
    );
});

db_test!(
    an_import_is_refused_without_the_agencys_token_or_out_of_size,
    |db| {
        let app = TestApp::start(db).await;
        let body = json!({ "responses": [response("F-1", demo_answers_json())] });
        assert_eq!(import(&app, None, &body).await.0, 401);
        assert_eq!(import(&app, Some("psp_not-a-token"), &body).await.0, 401);
        let other = app.agency_token("kota-balikpapan").await;
        assert_eq!(
            import(&app, Some(&other), &body).await.0,
            404,
            "another agency's survey"
        );

        let token = app.agency_token("kab-klungkung").await;
        let (status, empty) = import(&app, Some(&token), &json!({ "responses": [] })).await;
        assert_eq!(status, 422);
        assert!(
            empty["errors"]["responses"][0]
                .as_str()
                .unwrap()
                .contains("1 to 1000"),
            "{empty}"
        );
        let (status, _) = import(&app, Some(&token), &json!({ "rows": [] })).await;
        assert_eq!(status, 422, "unknown fields are refused");
        assert_eq!(app.responses().await, 0);

        // A full import of a thousand: bigger than other requests may be, and
        // more than one transaction's worth.
        let many: Vec<Value> = (0..1000)
            .map(|i| response(&format!("K-{i:04}"), demo_answers_json()))
            .collect();
        let (status, done) = import(&app, Some(&token), &json!({ "responses": many })).await;
        assert_eq!(status, 200);
        assert_eq!(done["stored"], 1000);
        assert_eq!(app.responses().await, 1000);
        assert_eq!(app.score("demo").await["n"], 1000);
    }
);

/// Comments no writer may bend: quotes, escapes, text that looks like JSON
/// or SQL, scripts beyond Latin, lines.
const BENDING: [&str; 7] = [
    r#"{"response_id": "x", "score": 9}"#,
    r#"back\slash \" and \u0041 as typed"#,
    "'); DELETE FROM answer; --",
    "ꦲꦏ꧀ꦱꦫ ꦗꦮ and ᮃᮊ᮪ᮞᮛ ᮞᮥᮔ᮪ᮓ",
    "baris satu\r\nbaris dua\ttab",
    "😀 antre 3 jam",
    "",
];

db_test!(every_answer_of_an_import_is_stored_as_sent, |db| {
    use persepsi_server::store::entities::answer;
    let app = TestApp::start(db).await;
    let token = app.agency_token("kab-klungkung").await;
    // More answers than any one multi-row statement holds.
    let sent: Vec<(String, String)> = (0..350)
        .map(|i| (format!("A-{i:04}"), BENDING[i % BENDING.len()].to_string()))
        .collect();
    let many: Vec<Value> = sent
        .iter()
        .map(|(key, comment)| {
            let mut answers = demo_answers_json();
            answers["comment"] = json!(comment);
            response(key, answers)
        })
        .collect();
    let (status, done) = import(&app, Some(&token), &json!({ "responses": many })).await;
    assert_eq!(status, 200, "{done}");
    assert_eq!(done["stored"], 350, "{done}");

    let stored = answer::Entity::find().all(app.db()).await.unwrap();
    let per_response = demo_answers_json().as_object().unwrap().len();
    let comments: Vec<&answer::Model> = stored.iter().filter(|a| a.item_key == "comment").collect();
    // An empty comment is no answer.
    let given = sent.iter().filter(|(_, c)| !c.trim().is_empty()).count();
    assert_eq!(stored.len(), 350 * per_response + given);
    let mut got: Vec<&str> = comments.iter().map(|a| a.value.as_str()).collect();
    let mut want: Vec<&str> = sent
        .iter()
        .map(|(_, c)| c.trim())
        .filter(|c| !c.is_empty())
        .collect();
    got.sort_unstable();
    want.sort_unstable();
    assert_eq!(got, want);
    // Scale answers keep their score; "not applicable" has none.
    for a in stored.iter().filter(|a| a.item_key == "procedure") {
        assert_eq!((a.value.as_str(), a.score), ("3", Some(3)));
    }
    for a in stored.iter().filter(|a| a.item_key == "abuse_of_authority") {
        assert_eq!((a.value.as_str(), a.score), ("na", None));
    }
});
