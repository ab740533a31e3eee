//! A defect is not an outage: stored data that no longer parses answers a
//! 500 page (or JSON) that names a reference, never a bare 500 and never
//! "try again in 5 seconds"; the log line carries the same reference with
//! the original error.

use crate::db_test;
use crate::support::TestApp;

/// Breaks the demo survey's band table as stored (a defect: a stored
/// version must always parse), before anything has loaded it.
async fn break_band_table(app: &TestApp) {
    app.exec(
        "UPDATE band_table SET definition = '{\"broken\": true}' \
         WHERE id = (SELECT band_table_id FROM survey WHERE slug = 'demo')",
    )
    .await;
}

/// The reference a defect's answer names: ten capitals and digits.
fn reference_in(text: &str) -> Option<String> {
    text.split(|c: char| !c.is_ascii_alphanumeric())
        .find(|w| {
            w.len() == 10
                && w.chars()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
                && w.chars().any(|c| c.is_ascii_digit())
        })
        .map(str::to_string)
}

db_test!(
    a_defect_answers_500_with_a_reference_on_every_surface,
    |db| {
        let app = TestApp::start(db).await;
        break_band_table(&app).await;

        let page = app.get("/s/demo").await;
        assert_eq!(page.status(), 500, "a defect is not an outage");
        assert!(page.headers().get("retry-after").is_none());
        let html = page.text().await.unwrap();
        assert!(html.contains("Terjadi kesalahan di sistem kami"), "{html}");
        assert!(reference_in(&html).is_some(), "the page names a reference");

        let api = app
            .client
            .get(format!("{}/api/v1/surveys/demo", app.base))
            .header("accept-language", "en")
            .send()
            .await
            .unwrap();
        assert_eq!(api.status(), 500);
        assert!(api.headers().get("retry-after").is_none());
        let body: serde_json::Value = api.json().await.unwrap();
        let error = body["error"].as_str().unwrap();
        assert!(error.contains("reference"), "{error}");
        assert!(reference_in(error).is_some(), "{error}");

        // Each failure gets its own reference.
        let again = app.get("/s/demo").await.text().await.unwrap();
        assert_ne!(reference_in(&again), reference_in(&html));
    }
);
