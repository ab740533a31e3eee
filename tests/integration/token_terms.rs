//! An API token's terms: one that ended is refused and told why, one that
//! may only read is refused on every write route (attacked), both chosen
//! on the tokens page; revoking one asks first, and only its owner.

use crate::admin_access::{PASSWORD, accounts};
use crate::db_test;
use crate::exports::fetch;
use crate::support::{Browser, TestApp};
use chrono::{Duration, Utc};
use persepsi_server::store::api_tokens::{Grant, create_with};
use persepsi_server::store::entities::{agency, user_token, verification_code};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::{Value, json};

/// An agency's token with `grant`, made as `persepsi api-token` makes it.
pub(crate) async fn agency_token(app: &TestApp, slug: &str, grant: Grant) -> String {
    let a = agency::Entity::find()
        .filter(agency::Column::Slug.eq(slug))
        .one(app.db())
        .await
        .unwrap()
        .unwrap();
    create_with(app.db(), &app.state.tokens, a.id, "uji", grant)
        .await
        .unwrap()
}

/// Posts `body` to `path` with `token`.
async fn post(app: &TestApp, token: &str, path: &str, body: Value) -> reqwest::Response {
    app.client
        .post(format!("{}{path}", app.base))
        .bearer_auth(token)
        .json(&body)
        .send()
        .await
        .unwrap()
}

const CODES: &str = "/api/v1/agencies/kab-klungkung/units/dukcapil/codes";
const IMPORT: &str = "/api/v1/surveys/demo/responses/import";

fn import_body() -> Value {
    let mut answers = crate::support::demo_answers_json();
    answers["used_service"] = json!("ya");
    json!({ "responses": [{ "key": "kertas-1", "unit": "dukcapil", "answers": answers }] })
}

db_test!(an_expired_token_is_refused_and_told_why, |db| {
    let app = TestApp::start(db).await;
    let ended = Grant {
        expires_at: Some(Utc::now() - Duration::minutes(1)),
        read_only: false,
    };
    let token = agency_token(&app, "kab-klungkung", ended).await;
    let res = post(&app, &token, CODES, json!({ "count": 2 })).await;
    assert_eq!(res.status(), 401);
    let challenge = res.headers()["www-authenticate"]
        .to_str()
        .unwrap()
        .to_string();
    assert!(challenge.contains("invalid_token"), "{challenge}");
    let body: Value = res.json().await.unwrap();
    assert!(
        body["error"]
            .as_str()
            .unwrap()
            .contains("habis masa berlakunya")
    );
    assert_eq!(app.stored::<verification_code::Entity>().await, 0);
    // The same token a day from its end works.
    let live = Grant {
        expires_at: Some(Utc::now() + Duration::days(1)),
        read_only: false,
    };
    let token = agency_token(&app, "kab-klungkung", live).await;
    let res = post(&app, &token, CODES, json!({ "count": 2 })).await;
    assert_eq!(res.status(), 201);
    // An account's expired token is refused on the read routes too.
    accounts(&app).await;
    let u = persepsi_server::store::entities::app_user::Entity::find()
        .filter(persepsi_server::store::entities::app_user::Column::Email.eq("penilai@uji.id"))
        .one(app.db())
        .await
        .unwrap()
        .unwrap();
    let mine = persepsi_server::store::api_tokens::create_for_user_with(
        app.db(),
        &app.state.tokens,
        u.id,
        "uji",
        ended,
    )
    .await
    .unwrap();
    for path in ["/api/v1/ranking", "/api/v1/surveys"] {
        let res = fetch(&app, &mine, path).await;
        assert_eq!(res.status(), 401, "{path}");
        assert!(res.text().await.unwrap().contains("habis masa berlakunya"));
    }
});

db_test!(a_read_only_token_changes_nothing, |db| {
    let app = TestApp::start(db).await;
    let read = Grant {
        expires_at: None,
        read_only: true,
    };
    let token = agency_token(&app, "kab-klungkung", read).await;
    let before = app.responses().await;
    for (path, body) in [(CODES, json!({ "count": 5 })), (IMPORT, import_body())] {
        let res = post(&app, &token, path, body).await;
        assert_eq!(res.status(), 403, "{path}");
        let body: Value = res.json().await.unwrap();
        assert!(
            body["error"]
                .as_str()
                .unwrap()
                .contains("hanya untuk membaca")
        );
    }
    assert_eq!(app.stored::<verification_code::Entity>().await, 0);
    assert_eq!(app.responses().await, before);
    // It still reads, drafts of its own agency included.
    let res = fetch(&app, &token, "/api/v1/surveys?agency=kab-klungkung").await;
    assert_eq!(res.status(), 200);
    // A read-write token of the same agency does both.
    let token = agency_token(&app, "kab-klungkung", Grant::default()).await;
    assert_eq!(
        post(&app, &token, IMPORT, import_body()).await.status(),
        200
    );
    assert_eq!(app.responses().await, before + 1);
});

/// The token shown on the tokens page after a post.
fn shown_token(html: &str) -> Option<String> {
    let t = html.split("id=\"new-token\">").nth(1)?.split('<').next()?;
    Some(t.to_string())
}

db_test!(tokens_made_on_the_page_carry_their_terms, |db| {
    let app = TestApp::start(db).await;
    accounts(&app).await;
    let manager = Browser::new(&app);
    assert_eq!(manager.login("klungkung@uji.id", PASSWORD).await, 303);
    let page = manager.get("/admin/tokens").await.text().await.unwrap();
    assert!(
        page.contains("href=\"/api/docs\""),
        "the page leads to the docs"
    );
    let csrf = manager.csrf().await;
    // A date in the past: the problem beside the field, no token.
    let past = [
        ("csrf", csrf.as_str()),
        ("name", "antrean"),
        ("scope", "write"),
        ("expires", "date"),
        ("until", "2020-01-01"),
        ("password", PASSWORD),
    ];
    let res = manager.post("/admin/tokens", &past).await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert!(html.contains("Isi tanggal setelah hari ini") && shown_token(&html).is_none());
    assert_eq!(app.stored::<user_token::Entity>().await, 0);
    // Read only for 30 days: said so, and refused where data changes.
    let read = [
        ("csrf", csrf.as_str()),
        ("name", "antrean"),
        ("scope", "read"),
        ("expires", "30"),
        ("password", PASSWORD),
    ];
    let html = manager
        .post("/admin/tokens", &read)
        .await
        .text()
        .await
        .unwrap();
    let token = shown_token(&html).expect("a token is shown");
    let until = (Utc::now() + Duration::days(30) + Duration::hours(7)).format("%Y-%m-%d");
    assert!(
        html.contains(&format!("hanya membaca · berlaku sampai {until}")),
        "{html}"
    );
    let stored = user_token::Entity::find()
        .one(app.db())
        .await
        .unwrap()
        .unwrap();
    assert!(stored.read_only && stored.expires_at.is_some());
    assert_eq!(fetch(&app, &token, "/api/v1/ranking").await.status(), 200);
});

db_test!(revoking_a_token_asks_first_and_only_its_owner, |db| {
    let app = TestApp::start(db).await;
    accounts(&app).await;
    let owner = Browser::new(&app);
    assert_eq!(owner.login("klungkung@uji.id", PASSWORD).await, 303);
    let csrf = owner.csrf().await;
    let make = [
        ("csrf", csrf.as_str()),
        ("name", "kios"),
        ("password", PASSWORD),
    ];
    let html = owner
        .post("/admin/tokens", &make)
        .await
        .text()
        .await
        .unwrap();
    let token = shown_token(&html).unwrap();
    let id = html
        .split("href=\"/admin/tokens/")
        .nth(1)
        .and_then(|t| t.split('/').next())
        .expect("a link to revoke it")
        .to_string();
    let ask = format!("/admin/tokens/{id}/revoke");
    // The list's link leads to a question, not to the deed.
    let page = owner.get(&ask).await;
    assert_eq!(page.status(), 200);
    let page = page.text().await.unwrap();
    assert!(page.contains("Cabut token “kios”?") && page.contains("tidak bisa dibatalkan"));
    assert!(
        page.contains("name=\"confirm\" value=\"yes\"") && page.contains("href=\"/admin/tokens\"")
    );
    // A post without the answer asks again and revokes nothing.
    let res = owner.post(&ask, &[("csrf", csrf.as_str())]).await;
    assert_eq!(res.status(), 303);
    assert_eq!(res.headers()["location"], ask.as_str());
    assert_eq!(fetch(&app, &token, "/api/v1/ranking").await.status(), 200);
    // Another agency's manager neither sees the question nor revokes.
    let other = Browser::new(&app);
    assert_eq!(other.login("balikpapan@uji.id", PASSWORD).await, 303);
    assert_eq!(other.get(&ask).await.status(), 404);
    assert_eq!(other.send(&ask, &[("confirm", "yes")]).await, 404);
    assert_eq!(fetch(&app, &token, "/api/v1/ranking").await.status(), 200);
    // Its owner, answering yes: gone.
    assert_eq!(owner.send(&ask, &[("confirm", "yes")]).await, 303);
    assert_eq!(fetch(&app, &token, "/api/v1/ranking").await.status(), 401);
    assert_eq!(
        owner.get(&ask).await.status(),
        404,
        "nothing left to revoke"
    );
});
