//! Exports: what goes in comes out (CSV, NDJSON, XLSX), formulas and
//! markup come out inert, every export is logged, and a token never
//! reaches beyond its owner.

use crate::db_test;
use crate::support::{Browser, TestApp, demo_answers};
use persepsi_server::store::entities::audit_log;
use sea_orm::ColumnTrait;
use serde_json::Value;
use std::collections::BTreeMap;

/// Comments that a spreadsheet or a browser would run.
const HOSTILE: [&str; 6] = [
    "=HYPERLINK(\"http://evil.example\",\"klik\")",
    "+1+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(A1:A9)",
    "<script>alert(1)</script>",
    "baris satu\nbaris \"dua\", dengan koma",
];

/// Submits one response per hostile comment (and a plain one); returns the
/// answers as submitted, keyed by comment.
pub(crate) async fn fill(app: &TestApp) -> Vec<Vec<(&'static str, String)>> {
    let mut sent = Vec::new();
    for (i, comment) in HOSTILE.iter().chain(["Pelayanan cepat"].iter()).enumerate() {
        let token = app.form_token("demo").await;
        let mut pairs: Vec<(&str, String)> =
            demo_answers(if i % 2 == 0 { "dukcapil" } else { "dpmptsp" })
                .into_iter()
                .map(|(k, v)| (k, v.to_string()))
                .collect();
        pairs.push(("comment", comment.to_string()));
        let send: Vec<(&str, &str)> = pairs
            .iter()
            .map(|(k, v)| (*k, v.as_str()))
            .chain([("token", token.as_str())])
            .collect();
        assert_eq!(app.post_form("/s/demo", &send).await.status(), 303);
        sent.push(pairs);
    }
    sent
}

pub(crate) async fn token_for(app: &TestApp, email: &str) -> String {
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    let u = persepsi_server::store::entities::app_user::Entity::find()
        .filter(persepsi_server::store::entities::app_user::Column::Email.eq(email))
        .one(app.db())
        .await
        .unwrap()
        .unwrap();
    persepsi_server::store::api_tokens::create_for_user(app.db(), &app.state.tokens, u.id, "uji")
        .await
        .unwrap()
}

pub(crate) async fn fetch(app: &TestApp, token: &str, path: &str) -> reqwest::Response {
    app.client
        .get(format!("{}{path}", app.base))
        .bearer_auth(token)
        .send()
        .await
        .unwrap()
}

/// The rows of a CSV file, read with an independent parser, as column →
/// value.
fn csv_rows(body: &[u8]) -> Vec<BTreeMap<String, String>> {
    let mut reader = csv::Reader::from_reader(body);
    let headers = reader.headers().unwrap().clone();
    let rows = reader.records().map(|r| {
        let r = r.unwrap();
        headers
            .iter()
            .zip(&r)
            .map(|(h, v)| (h.into(), v.into()))
            .collect()
    });
    rows.collect()
}

/// The answer columns of each exported row, as text, keyed by comment.
fn by_comment(rows: Vec<BTreeMap<String, String>>) -> BTreeMap<String, BTreeMap<String, String>> {
    rows.into_iter()
        .map(|r| (r["comment"].trim_start_matches('\'').to_string(), r))
        .collect()
}

fn check_round_trip(
    sent: &[Vec<(&str, String)>],
    got: &BTreeMap<String, BTreeMap<String, String>>,
    neutralised: bool,
) {
    assert_eq!(got.len(), sent.len(), "every response, once");
    for pairs in sent {
        let comment = &pairs.iter().find(|(k, _)| *k == "comment").unwrap().1;
        let row = &got[comment];
        for (k, v) in pairs {
            // A spreadsheet would run these: they must come out quoted.
            let runs = v.starts_with(['=', '+', '-', '@']) && v.parse::<f64>().is_err();
            let want = if *k == "comment" && neutralised && runs {
                format!("'{v}")
            } else {
                v.clone()
            };
            assert_eq!(&row[*k], &want, "column {k}");
        }
        assert_eq!(row["agency"], "kab-klungkung");
        assert_eq!(row["survey"], "demo");
    }
}

db_test!(exports_round_trip_in_every_format_and_are_logged, |db| {
    let app = TestApp::start(db).await;
    persepsi_server::services::demo::accounts(app.db())
        .await
        .unwrap();
    let sent = fill(&app).await;
    let token = token_for(&app, "penilai@demo.persepsi.id").await;
    let q = "?instrument=maladministration-perception";

    // CSV: RFC 4180, read back with an independent parser.
    let res = fetch(
        &app,
        &token,
        &format!("/api/v1/exports/responses.csv{q}&bom=true"),
    )
    .await;
    assert_eq!(res.status(), 200);
    let header = |name: &str| res.headers()[name].to_str().unwrap().to_string();
    assert!(header("content-type").starts_with("text/csv"));
    assert!(header("content-disposition").contains("attachment"));
    let bytes = res.bytes().await.unwrap();
    assert_eq!(&bytes[..3], "\u{feff}".as_bytes(), "BOM for Excel");
    let rows = csv_rows(&bytes[3..]);
    check_round_trip(&sent, &by_comment(rows), true);
    assert!(
        String::from_utf8_lossy(&bytes).contains("\r\n"),
        "CRLF records"
    );

    // Compressed on the way, as browsers ask: the stream ends cleanly.
    let res = app
        .client
        .get(format!("{}/api/v1/exports/responses.csv{q}", app.base))
        .bearer_auth(&token)
        .header("accept-encoding", "gzip")
        .send()
        .await
        .unwrap();
    assert_eq!(res.headers()["content-encoding"], "gzip");
    let gz = res
        .bytes()
        .await
        .expect("the whole compressed export arrives");
    assert_eq!(&gz[..2], [0x1f, 0x8b]);
    let res = fetch(&app, &token, &format!("/api/v1/exports/responses.xlsx{q}")).await;
    assert!(res.bytes().await.is_ok());

    // NDJSON: values as given (JSON is never evaluated).
    let res = fetch(
        &app,
        &token,
        &format!("/api/v1/exports/responses.ndjson{q}"),
    )
    .await;
    assert_eq!(res.status(), 200);
    let text = res.text().await.unwrap();
    let plain = |v: &Value| match v {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    };
    let rows: Vec<BTreeMap<String, String>> = text
        .lines()
        .map(|l| {
            let v: Value = serde_json::from_str(l).unwrap();
            let object = v.as_object().unwrap().iter();
            object.map(|(k, v)| (k.clone(), plain(v))).collect()
        })
        .collect();
    check_round_trip(&sent, &by_comment(rows), false);

    // XLSX, opened with a reader.
    let res = fetch(&app, &token, &format!("/api/v1/exports/responses.xlsx{q}")).await;
    assert_eq!(res.status(), 200);
    let bytes = res.bytes().await.unwrap();
    use calamine::{Reader, Xlsx};
    let mut book: Xlsx<_> =
        calamine::open_workbook_from_rs(std::io::Cursor::new(bytes.to_vec())).unwrap();
    assert_eq!(book.sheet_names(), ["responses", "codebook"]);
    let range = book.worksheet_range("responses").unwrap();
    let mut it = range.rows();
    let head: Vec<String> = it.next().unwrap().iter().map(|c| c.to_string()).collect();
    let rows: Vec<BTreeMap<String, String>> = it
        .map(|r| {
            head.iter()
                .cloned()
                .zip(r.iter().map(|c| c.to_string()))
                .collect()
        })
        .collect();
    check_round_trip(&sent, &by_comment(rows), true);

    // The codebook names versions and every question's wording.
    let res = fetch(&app, &token, &format!("/api/v1/exports/codebook.json{q}")).await;
    let book: Value = res.json().await.unwrap();
    assert_eq!(book["instrument"]["key"], "maladministration-perception");
    assert!(book["band_table"]["key"].is_string());
    assert!(
        book["questions"]
            .as_array()
            .unwrap()
            .iter()
            .any(|q| q["column"] == "undue_delay" && q["text_id"].as_str().unwrap().len() > 10)
    );

    // Each export is in the audit log.
    assert_eq!(
        app.stored_where::<audit_log::Entity>(audit_log::Column::Action.eq("export"))
            .await,
        6
    );
    assert_eq!(
        app.stored_where::<audit_log::Entity>(
            audit_log::Column::Actor.starts_with("penilai@demo.persepsi.id")
        )
        .await,
        6
    );
});

db_test!(an_export_never_reaches_beyond_its_token, |db| {
    let app = TestApp::start(db).await;
    persepsi_server::services::demo::accounts(app.db())
        .await
        .unwrap();
    fill(&app).await;
    let q = "instrument=maladministration-perception";
    // No token, a forged one.
    assert_eq!(
        app.get(&format!("/api/v1/exports/responses.csv?{q}"))
            .await
            .status(),
        401
    );
    assert_eq!(
        fetch(
            &app,
            "psp_forged",
            &format!("/api/v1/exports/responses.csv?{q}")
        )
        .await
        .status(),
        401
    );
    // An agency's token: its own agency only.
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    let balikpapan = persepsi_server::store::entities::agency::Entity::find()
        .filter(persepsi_server::store::entities::agency::Column::Slug.eq("kota-balikpapan"))
        .one(app.db())
        .await
        .unwrap()
        .unwrap();
    let theirs = persepsi_server::store::api_tokens::create(
        app.db(),
        &app.state.tokens,
        balikpapan.id,
        "antrean",
    )
    .await
    .unwrap();
    assert_eq!(
        fetch(
            &app,
            &theirs,
            &format!("/api/v1/exports/responses.csv?{q}&agency=kab-klungkung")
        )
        .await
        .status(),
        404,
        "another agency reads as absent"
    );
    let res = fetch(&app, &theirs, &format!("/api/v1/exports/responses.csv?{q}")).await;
    assert_eq!(
        res.status(),
        422,
        "no survey of this questionnaire within its reach"
    );
    // A manager's own token: their agency's responses.
    let mine = token_for(&app, "klungkung@demo.persepsi.id").await;
    let res = fetch(
        &app,
        &mine,
        &format!("/api/v1/exports/responses.ndjson?{q}"),
    )
    .await;
    assert_eq!(res.status(), 200);
    assert_eq!(res.text().await.unwrap().lines().count(), 7);
    // An assessor limited to Bali sees Klungkung, not Balikpapan.
    let bali = token_for(&app, "penilai.bali@demo.persepsi.id").await;
    assert_eq!(
        fetch(
            &app,
            &bali,
            &format!("/api/v1/exports/responses.csv?{q}&agency=kota-balikpapan")
        )
        .await
        .status(),
        404
    );
    let res = fetch(
        &app,
        &bali,
        &format!("/api/v1/exports/responses.ndjson?{q}&region=Bali"),
    )
    .await;
    assert_eq!(res.text().await.unwrap().lines().count(), 7);
    // Unknown filters are refused, not ignored.
    assert_eq!(
        fetch(
            &app,
            &bali,
            &format!("/api/v1/exports/responses.csv?{q}&agnecy=x")
        )
        .await
        .status(),
        422
    );
    assert_eq!(
        fetch(
            &app,
            &bali,
            &format!("/api/v1/exports/responses.csv?{q}&period=2026-13")
        )
        .await
        .status(),
        422
    );
    // A revoked token stops working.
    let browser = Browser::new(&app);
    browser
        .login(
            "penilai.bali@demo.persepsi.id",
            persepsi_server::services::demo::DEMO_PASSWORD,
        )
        .await;
    let page = browser.get("/admin/tokens").await.text().await.unwrap();
    let id = page
        .split("/admin/tokens/")
        .nth(1)
        .unwrap()
        .split('/')
        .next()
        .unwrap()
        .to_string();
    assert_eq!(
        browser
            .send(&format!("/admin/tokens/{id}/revoke"), &[("confirm", "yes")])
            .await,
        303
    );
    assert_eq!(
        fetch(&app, &bali, &format!("/api/v1/exports/responses.csv?{q}"))
            .await
            .status(),
        401
    );
});

/// A comment that needs every kind of CSV quoting, plain and as a formula.
const AWKWARD: &str = "\"quoted\", comma, newline\nand =SUM(A1)";

db_test!(csv_fields_read_back_exactly, |db| {
    let app = TestApp::start(db).await;
    persepsi_server::services::demo::accounts(app.db())
        .await
        .unwrap();
    let formula = format!("={AWKWARD}");
    for comment in [AWKWARD, formula.as_str()] {
        let token = app.form_token("demo").await;
        let mut send: Vec<(&str, &str)> = demo_answers("dukcapil");
        send.extend([("comment", comment), ("token", token.as_str())]);
        assert_eq!(app.post_form("/s/demo", &send).await.status(), 303);
    }
    let token = token_for(&app, "penilai@demo.persepsi.id").await;
    let path = "/api/v1/exports/responses.csv?survey=demo&bom=true";
    let bytes = fetch(&app, &token, path).await.bytes().await.unwrap();
    let body = bytes.strip_prefix("\u{feff}".as_bytes()).expect("a BOM");
    let mut comments: Vec<String> = csv_rows(body)
        .into_iter()
        .map(|r| r["comment"].clone())
        .collect();
    comments.sort();
    // The formula is neutralised: shown, never run.
    assert_eq!(comments, [AWKWARD.to_string(), format!("'{formula}")]);
});
