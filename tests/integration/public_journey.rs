//! The public's and the developer's journeys: listings that show what is
//! published and a token's reach and no more, the results page with its
//! open data saying the same thing once, and the API's page for people.

use crate::db_test;
use crate::exports::fetch;
use crate::support::{TestApp, demo_answers};
use crate::token_terms::agency_token;
use persepsi_server::store::api_tokens::Grant;
use serde_json::Value;
use std::collections::BTreeMap;
async fn json_of(res: reqwest::Response) -> Value {
    assert_eq!(res.status(), 200);
    res.json().await.unwrap()
}

fn slugs(list: &Value) -> Vec<String> {
    list["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["slug"].as_str().unwrap().to_string())
        .collect()
}

db_test!(listings_show_the_published_and_a_tokens_reach_only, |db| {
    let app = TestApp::start(db).await;
    let public = json_of(app.get("/api/v1/surveys").await).await;
    assert_eq!(slugs(&public), ["demo-trust", "demo-skm", "demo"]);
    assert_eq!(
        public["items"][1]["instrument"]
            .as_str()
            .unwrap()
            .split('@')
            .count(),
        2
    );
    // Balikpapan's only survey goes back to draft.
    app.exec("UPDATE survey SET status = 'draft' WHERE slug = 'demo-skm'")
        .await;
    let public = json_of(app.get("/api/v1/surveys").await).await;
    assert_eq!(slugs(&public), ["demo-trust", "demo"]);
    let agencies = json_of(app.get("/api/v1/agencies").await).await;
    assert_eq!(slugs(&agencies), ["kab-klungkung"]);
    assert_eq!(
        app.get("/api/v1/agencies/kota-balikpapan/units")
            .await
            .status(),
        404
    );
    let units = json_of(app.get("/api/v1/agencies/kab-klungkung/units").await).await;
    assert!(slugs(&units).contains(&"dukcapil".to_string()));
    let drafts = json_of(app.get("/api/v1/surveys?status=draft").await).await;
    assert_eq!(drafts["total"], 0, "the public sees no draft");
    // Another agency's token does not see it either (attack).
    let klungkung = agency_token(&app, "kab-klungkung", Grant::default()).await;
    let seen = json_of(fetch(&app, &klungkung, "/api/v1/surveys?status=draft").await).await;
    assert_eq!(seen["total"], 0);
    let res = fetch(&app, &klungkung, "/api/v1/agencies/kota-balikpapan/units").await;
    assert_eq!(res.status(), 404);
    // Its own agency's read-only token does.
    let read = Grant {
        expires_at: None,
        read_only: true,
    };
    let own = agency_token(&app, "kota-balikpapan", read).await;
    let seen = json_of(fetch(&app, &own, "/api/v1/surveys?status=draft").await).await;
    assert_eq!(slugs(&seen), ["demo-skm"]);
    assert_eq!(seen["items"][0]["status"], "draft");
    // Pages, filters and mistakes.
    app.exec("UPDATE survey SET status = 'open' WHERE slug = 'demo-skm'")
        .await;
    let first = json_of(app.get("/api/v1/surveys?per_page=1").await).await;
    let second = json_of(app.get("/api/v1/surveys?per_page=1&page=2").await).await;
    assert_eq!(
        (first["total"].as_u64(), second["total"].as_u64()),
        (Some(3), Some(3))
    );
    assert_ne!(slugs(&first), slugs(&second));
    let bali = json_of(app.get("/api/v1/agencies?region=bali").await).await;
    assert_eq!(slugs(&bali), ["kab-klungkung"]);
    for wrong in [
        "status=bogus",
        "per_page=0",
        "per_page=101",
        "page=0",
        "sort=name",
    ] {
        let res = app.get(&format!("/api/v1/surveys?{wrong}")).await;
        assert_eq!(res.status(), 422, "{wrong}");
    }
    let res = fetch(&app, "psp_bukan-token", "/api/v1/agencies").await;
    assert_eq!(
        res.status(),
        401,
        "a wrong token is refused, not read as none"
    );
});

/// The text of the element with `id` (its first text node).
fn text_of(html: &str, id: &str) -> String {
    let after = html.split(&format!("id=\"{id}\"")).nth(1).unwrap();
    after
        .split('>')
        .skip(1)
        .map(|part| part.split('<').next().unwrap_or("").trim())
        .find(|t| !t.is_empty())
        .unwrap_or("")
        .to_string()
}

/// The rows of a CSV file (after its BOM), read with an independent
/// parser, as column → value.
fn csv_rows(bytes: &[u8]) -> Vec<BTreeMap<String, String>> {
    let body = bytes.strip_prefix("\u{feff}".as_bytes()).expect("a BOM");
    let mut reader = csv::Reader::from_reader(body);
    let headers = reader.headers().unwrap().clone();
    reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            headers
                .iter()
                .zip(&r)
                .map(|(h, v)| (h.into(), v.into()))
                .collect()
        })
        .collect()
}

async fn answer(app: &TestApp, unit: &'static str) {
    let token = app.form_token("demo").await;
    let mut pairs = demo_answers(unit);
    pairs.push(("token", &token));
    assert_eq!(app.post_form("/s/demo", &pairs).await.status(), 303);
}

db_test!(
    the_results_page_gives_one_verdict_and_its_open_data_the_same_figures,
    |db| {
        let app = TestApp::start(db).await;
        answer(&app, "dukcapil").await;
        answer(&app, "dukcapil").await;
        answer(&app, "dpmptsp").await;
        let html = app.get("/s/demo/results").await.text().await.unwrap();
        // One verdict, in words, and no band named beside it.
        let verdict = text_of(&html, "verdict");
        assert!(
            verdict.starts_with("Belum cukup jawaban untuk menentukan zona: 3 dari"),
            "{verdict}"
        );
        assert_eq!(html.matches("class=\"band ").count(), 1, "one verdict mark");
        assert!(!html.contains("Zona Hijau") && !html.contains("Zona Kuning"));
        // Each figure in a plain sentence, more on demand.
        assert!(html.contains("3 orang menjawab dan jawabannya dihitung (n = 3)"));
        assert!(html.contains("hampir pasti berada antara"));
        assert!(html.matches("<details>").count() >= 2);
        assert!(html.contains("4 = “Tidak sama sekali” (paling baik)"));
        assert!(html.contains("id=\"period\"") && html.contains("id=\"updated\""));
        assert!(html.contains("href=\"/s/demo/results?u=dukcapil\""));
        // The open data says exactly what the page says.
        let res = app.get("/s/demo/results.csv").await;
        assert_eq!(res.status(), 200);
        assert!(
            res.headers()["content-type"]
                .to_str()
                .unwrap()
                .starts_with("text/csv")
        );
        let rows = csv_rows(&res.bytes().await.unwrap());
        let whole = &rows[0];
        assert_eq!((whole["unit"].as_str(), whole["item"].as_str()), ("", ""));
        assert_eq!(whole["n"], text_of(&html, "n"));
        assert_eq!(whole["score"].replace('.', ","), text_of(&html, "score"));
        assert_eq!(whole["verdict"], "too_few");
        assert_eq!(whole["verdict_text"], verdict);
        let duk = rows
            .iter()
            .find(|r| r["unit"] == "dukcapil" && r["item"].is_empty())
            .expect("a row per unit");
        assert_eq!(duk["n"], "2");
        let unit_cell = format!(
            "Dinas Kependudukan dan Pencatatan Sipil</a></td><td class=\"num\">2</td><td class=\"num\">{}",
            duk["score"].replace('.', ",")
        );
        assert!(html.contains(&unit_cell), "the unit's row matches");
        for r in rows
            .iter()
            .filter(|r| r["unit"].is_empty() && !r["item"].is_empty())
        {
            let shown = format!("{} % menjawab", r["best_answer_pct"]);
            assert!(html.contains(&shown), "{shown}");
        }
        // One unit's page: narrowed, with a way back.
        let one = app
            .get("/s/demo/results?u=dukcapil")
            .await
            .text()
            .await
            .unwrap();
        assert_eq!(text_of(&one, "n"), "2");
        assert!(one.contains("Unit layanan: Dinas Kependudukan dan Pencatatan Sipil"));
        // A program's mistake is told; a reader's is forgiven.
        assert_eq!(
            app.get("/s/demo/results.csv?period=kemarin").await.status(),
            422
        );
        assert_eq!(
            app.get("/s/demo/results?period=kemarin").await.status(),
            200
        );
        assert_eq!(app.get("/s/tidak-ada/results.csv").await.status(), 404);
    }
);

db_test!(the_api_has_a_page_for_people, |db| {
    let app = TestApp::start(db).await;
    let res = app.get("/api/docs").await;
    assert_eq!(res.status(), 200);
    let html = res.text().await.unwrap();
    let doc: Value = app.get("/api/openapi.json").await.json().await.unwrap();
    for path in doc["paths"].as_object().unwrap().keys() {
        assert!(
            html.contains(&format!("<code>{path}</code>")),
            "{path} is on the page"
        );
    }
    assert!(html.contains("curl"));
    assert!(!html.contains("<script src=\"http") && !html.contains("https://cdn"));
});
