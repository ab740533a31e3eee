//! What every response tells the browser: a full Content-Security-Policy
//! on each HTML page (its scripts by origin or by this response's nonce,
//! no plugins, no `<base>`, forms posted home, framed only where the
//! survey allows), `nosniff` on everything, JSON included; and the page
//! furniture a browser asks for (the icon, a description).

use crate::db_test;
use crate::support::*;
use persepsi_server::store::entities::survey;
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

/// The policy's directives, by name.
fn directives(res: &reqwest::Response) -> Vec<(String, String)> {
    let policy = res.headers()["content-security-policy"].to_str().unwrap();
    policy
        .split(';')
        .map(str::trim)
        .filter(|d| !d.is_empty())
        .map(|d| match d.split_once(' ') {
            Some((name, value)) => (name.to_string(), value.to_string()),
            None => (d.to_string(), String::new()),
        })
        .collect()
}

fn directive<'a>(all: &'a [(String, String)], name: &str) -> &'a str {
    all.iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.as_str())
        .unwrap_or_else(|| panic!("no {name} in {all:?}"))
}

/// Checks an HTML page's policy and returns its nonce; every inline script
/// of the page carries that nonce, and no element has an inline handler.
async fn page_policy(res: reqwest::Response, frame: &str) -> String {
    assert_eq!(res.headers()["x-content-type-options"], "nosniff");
    let all = directives(&res);
    assert_eq!(directive(&all, "default-src"), "'self'");
    assert_eq!(directive(&all, "object-src"), "'none'");
    assert_eq!(directive(&all, "base-uri"), "'none'");
    assert_eq!(directive(&all, "form-action"), "'self'");
    assert_eq!(directive(&all, "frame-ancestors"), frame);
    let script = directive(&all, "script-src");
    assert!(!script.contains("unsafe-inline"), "{script}");
    assert!(script.starts_with("'self' "), "{script}");
    assert!(script.ends_with(" 'wasm-unsafe-eval'"), "{script}");
    let nonce = script
        .split(' ')
        .find_map(|s| s.strip_prefix("'nonce-")?.strip_suffix('\''))
        .unwrap_or_else(|| panic!("no nonce in {script}"))
        .to_string();
    assert!(nonce.len() >= 22, "a nonce of at least 128 bits: {nonce}");
    let html = res.text().await.unwrap();
    for tag in html.split("<script").skip(1) {
        let tag = &tag[..tag.find('>').unwrap()];
        assert!(
            tag.contains(" src=") || tag.contains(&format!("nonce=\"{nonce}\"")),
            "an inline script without this response's nonce: <script{tag}>"
        );
    }
    assert!(!html.contains(" onclick="), "no inline handler");
    nonce
}

db_test!(citizen_pages_carry_a_full_policy_with_a_fresh_nonce, |db| {
    let app = TestApp::start(db).await;
    let first = page_policy(app.get("/s/demo").await, "'none'").await;
    let second = page_policy(app.get("/s/demo").await, "'none'").await;
    assert_ne!(first, second, "each response has its own nonce");
    page_policy(app.get("/").await, "'none'").await;
    page_policy(app.get("/s/demo/results").await, "'none'").await;
    page_policy(app.get("/nowhere").await, "'none'").await;
});

db_test!(admin_pages_and_json_answers_carry_the_headers_too, |db| {
    let app = TestApp::start(db).await;
    page_policy(app.get("/admin/login").await, "'none'").await;
    for path in [
        "/api/v1/scores",
        "/api/v1/surveys/demo",
        "/api/openapi.json",
    ] {
        let res = app.get(path).await;
        assert_eq!(res.status(), 200, "{path}");
        assert_eq!(res.headers()["x-content-type-options"], "nosniff", "{path}");
        assert_eq!(
            res.headers()["content-security-policy"],
            "frame-ancestors 'none'",
            "{path}"
        );
    }
    let refused = app.get("/api/v1/ranking").await;
    assert_eq!(refused.status(), 401);
    assert_eq!(refused.headers()["x-content-type-options"], "nosniff");
});

db_test!(embed_pages_are_framed_by_the_listed_sites_only, |db| {
    let app = TestApp::start(db).await;
    survey::Entity::update_many()
        .col_expr(
            survey::Column::EmbedOrigins,
            Expr::value("https://dinas.klungkungkab.go.id"),
        )
        .filter(survey::Column::Slug.eq("demo"))
        .exec(app.db())
        .await
        .unwrap();
    let framed = "'self' https://dinas.klungkungkab.go.id";
    page_policy(app.get("/embed/demo").await, framed).await;
    page_policy(app.get("/embed/demo/thanks").await, framed).await;
    page_policy(app.get("/s/demo").await, "'none'").await;
});

db_test!(the_icon_and_the_descriptions_are_there, |db| {
    let app = TestApp::start(db).await;
    let icon = app.get("/favicon.ico").await;
    assert_eq!(icon.status(), 200);
    assert_eq!(icon.headers()["content-type"], "image/vnd.microsoft.icon");
    assert_eq!(icon.headers()["x-content-type-options"], "nosniff");
    assert!(icon.bytes().await.unwrap().starts_with(&[0, 0, 1, 0]));
    for (path, lang, want) in [
        ("/", "id", "Sampaikan pendapat Anda"),
        ("/?lang=en", "en", "Say what you think"),
        (
            "/s/demo",
            "id",
            "survei singkat dari Pemerintah Kabupaten Klungkung",
        ),
        (
            "/s/demo?lang=en",
            "en",
            "a short survey by Pemerintah Kabupaten Klungkung",
        ),
        ("/s/demo/results", "id", "Hasil survei"),
        ("/s/demo/results?lang=en", "en", "Results of the survey"),
    ] {
        let html = app.get(path).await.text().await.unwrap();
        assert!(html.contains(&format!("<html lang=\"{lang}\"")), "{path}");
        let description = attr_value(&html, "<meta name=\"description\" content=\"")
            .unwrap_or_else(|| panic!("{path} has a description"));
        assert!(description.contains(want), "{path}: {description}");
        assert!(
            html.contains("<link rel=\"icon\" href=\"/favicon.ico\""),
            "{path}"
        );
    }
});
