//! The assessor's journey: from the SKM ranking to a unit's SKM dashboard
//! (filters travel with every link, menus name questionnaires in words),
//! a ranking that sets apart what it cannot rank and shows ties, and
//! exports that a spreadsheet in the Indonesian locale opens as they are.

use crate::db_test;
use crate::exports::{fetch, token_for};
use crate::ranking::two_providers;
use crate::support::{Browser, TestApp};
use serde_json::Value;

/// An assessor signed in to the admin pages.
async fn assessor(app: &TestApp, email: &str) -> Browser {
    let b = Browser::new(app);
    let password = persepsi_server::services::demo::DEMO_PASSWORD;
    assert_eq!(b.login(email, password).await, 303);
    b
}

/// The demo accounts, and made-up answers: 30 for each Klungkung unit
/// (maladministration) and 120 for Balikpapan's licensing office (SKM).
async fn with_answers(app: &TestApp) {
    persepsi_server::services::demo::accounts(app.db())
        .await
        .unwrap();
    persepsi_server::services::demo::load(app.db(), 120)
        .await
        .unwrap();
}

async fn page(b: &Browser, path: &str) -> String {
    let res = b.get(path).await;
    assert_eq!(res.status(), 200, "{path}");
    res.text().await.unwrap()
}

db_test!(
    a_unit_link_from_the_skm_ranking_opens_its_skm_dashboard,
    |db| {
        let app = TestApp::start(db).await;
        with_answers(&app).await;
        let b = assessor(&app, "penilai@demo.persepsi.id").await;
        let ranking = page(&b, "/admin/ranking?instrument=skm&level=unit").await;
        // The menu names the questionnaire in words and selects the one ranked.
        assert!(
            ranking.contains("value=\"skm@2\" selected")
                && ranking.contains(">Survei Kepuasan Masyarakat (SKM), versi 2</option>"),
            "{ranking}"
        );
        assert!(!ranking.contains(">skm@2<") && !ranking.contains(">maladministration-perception"));
        let link = "/admin/dashboard/kota-balikpapan/dpmptsp?instrument=skm%402";
        assert!(ranking.contains(&format!("href=\"{link}\"")), "{ranking}");

        let dashboard = page(&b, link).await;
        assert!(dashboard.contains("Survei Kepuasan Masyarakat (SKM), versi 2 · "));
        assert!(dashboard.contains("class=\"score-card\""));
        // Chart labels are whole short names, numbered as the regulation does.
        assert!(dashboard.contains(">U1 Persyaratan</tspan>"), "{dashboard}");
        assert!(!dashboard.contains("…</tspan>"));
        // The way back to the provider keeps the questionnaire.
        assert!(dashboard.contains("href=\"/admin/dashboard/kota-balikpapan?instrument=skm%402\""));
        // Without it, the old address shows the default questionnaire in words,
        // never a key.
        let plain = page(&b, "/admin/dashboard/kota-balikpapan/dpmptsp").await;
        assert!(plain.contains(", versi "));
        assert!(!plain.contains("maladministration-perception ·"));

        // The dashboard's own filter form: a unit chosen from the menu.
        let chosen = page(
            &b,
            "/admin/dashboard/kota-balikpapan?instrument=skm%402&unit=dpmptsp&period=",
        )
        .await;
        assert!(chosen.contains("value=\"dpmptsp\" selected"));
        assert!(chosen.contains("U9 Sarana"));

        // A province-limited assessor reaches no other province's unit by the
        // form's query either.
        let bali = assessor(&app, "penilai.bali@demo.persepsi.id").await;
        assert_eq!(
            bali.get("/admin/dashboard/kota-balikpapan?unit=dpmptsp")
                .await
                .status(),
            404
        );
        assert_eq!(
            bali.get("/admin/dashboard/kab-klungkung?unit=nope")
                .await
                .status(),
            404
        );
    }
);

db_test!(the_ranking_sets_apart_small_samples_and_shows_ties, |db| {
    let app = TestApp::start(db).await;
    persepsi_server::services::demo::accounts(app.db())
        .await
        .unwrap();
    // Balikpapan's two units: one answer each; Klungkung's four: 30 more.
    two_providers(&app).await;
    persepsi_server::services::demo::load(app.db(), 120)
        .await
        .unwrap();
    let token = crate::ranking::user_token(&app, "penilai@demo.persepsi.id").await;
    let get = |q: &'static str| {
        let (app, token) = (&app, &token);
        async move {
            let res = fetch(app, token, &format!("/api/v1/ranking?{q}")).await;
            assert_eq!(res.status(), 200);
            res.json::<Value>().await.unwrap()
        }
    };
    let r = get("level=unit&instrument=maladministration-perception@2").await;
    let rows = r["rows"].as_array().unwrap();
    let rankable: Vec<bool> = rows
        .iter()
        .map(|r| r["rankable"].as_bool().unwrap())
        .collect();
    assert_eq!(rankable, [true, true, true, true, false, false]);
    for row in &rows[4..] {
        assert_eq!(
            row["agency"], "kota-balikpapan",
            "too few answers: set apart"
        );
    }
    for (i, row) in rows[..4].iter().enumerate() {
        let (rank, low, high) = (
            row["rank"].as_u64().unwrap(),
            row["places"][0].as_u64().unwrap(),
            row["places"][1].as_u64().unwrap(),
        );
        assert_eq!(rank, i as u64 + 1, "highest score first");
        assert!(low <= rank && rank <= high, "{row}");
    }
    assert!(
        rows[..4].iter().any(|r| r["places"][0] != r["places"][1]),
        "30 answers each: some intervals overlap, and the ranking says so"
    );
    // Lowest first, #1 is still the best; the unranked stay apart.
    let worst = get("level=unit&instrument=maladministration-perception@2&sort=-score").await;
    assert_eq!(worst["rows"][0]["rank"], 4);
    assert_eq!(worst["rows"][3]["rank"], 1);
    assert_eq!(worst["rows"][4]["rankable"], false);

    // The page says the same in words.
    let b = assessor(&app, "penilai@demo.persepsi.id").await;
    let html = page(&b, "/admin/ranking?level=unit&sort=-score").await;
    assert!(html.contains("Belum dapat diperingkat"));
    assert!(html.contains("#1 yang terbaik"));
    assert!(html.contains("rentang 95 % saling bertumpuk"));
    let unranked = &html[html.find("id=\"unranked\"").unwrap()..];
    assert!(unranked.contains("Balikpapan") && !unranked.contains("Klungkung I"));
    assert!(unranked.contains("sampel belum cukup (1 dari 30)"));
    let ranked = &html[html.find("id=\"ranking\"").unwrap()..html.find("id=\"unranked\"").unwrap()];
    assert!(ranked.contains("Klungkung") && !ranked.contains("Balikpapan"));
});

db_test!(
    exports_open_in_an_indonesian_spreadsheet_as_they_are,
    |db| {
        let app = TestApp::start(db).await;
        with_answers(&app).await;
        let b = assessor(&app, "penilai@demo.persepsi.id").await;
        let q = "instrument=maladministration-perception";

        // From the admin pages: a byte-order mark, `;` and decimal commas.
        let res = b.get(&format!("/admin/exports/responses.csv?{q}")).await;
        assert_eq!(res.status(), 200);
        let bytes = res.bytes().await.unwrap();
        assert_eq!(&bytes[..3], "\u{feff}".as_bytes(), "BOM for Excel");
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(b';')
            .from_reader(&bytes[3..]);
        let head: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
        assert_eq!(&head[..3], ["response_id", "submitted_at", "survey"]);
        let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        assert_eq!(rows.len(), 120);
        // Klungkung is in Bali: WITA, to the second.
        for r in &rows {
            let at = &r[1];
            assert!(at.ends_with("+08:00") && at.len() == 25, "{at}");
            chrono::DateTime::parse_from_rfc3339(at).unwrap();
        }
        let scores = b
            .get(&format!("/admin/exports/scores.csv?{q}&level=unit"))
            .await
            .bytes()
            .await
            .unwrap();
        let text = String::from_utf8(scores.to_vec()).unwrap();
        assert!(text.starts_with("\u{feff}rank;agency;"), "{text}");
        let first = text.lines().nth(1).unwrap();
        let score = first.split(';').nth(12).unwrap();
        assert!(
            score.contains(',') && !score.contains('.') && !score.contains('"'),
            "decimal comma: {score}"
        );

        // For programs: the API as before, or the spreadsheet's when asked.
        let token = token_for(&app, "penilai@demo.persepsi.id").await;
        // A flavour that is neither is refused, on every file.
        for file in ["responses.csv", "codebook.json", "scores.csv"] {
            let odd = fetch(
                &app,
                &token,
                &format!("/api/v1/exports/{file}?flavour=%C2%84"),
            )
            .await;
            assert_eq!(odd.status(), 422, "{file}");
        }
        let api = fetch(&app, &token, &format!("/api/v1/exports/responses.csv?{q}")).await;
        let text = api.text().await.unwrap();
        assert!(text.starts_with("response_id,submitted_at,"));
        let asked = fetch(
            &app,
            &token,
            &format!("/api/v1/exports/responses.csv?{q}&flavour=excel&bom=false"),
        )
        .await;
        assert!(
            asked
                .text()
                .await
                .unwrap()
                .starts_with("response_id;submitted_at;")
        );
        let wrong = fetch(&app, &token, "/api/v1/exports/scores.csv?flavour=tsv").await;
        assert_eq!(wrong.status(), 422);

        // The codebook says what every answer means, per question, and the
        // time zone of each survey.
        let book: Value = fetch(&app, &token, &format!("/api/v1/exports/codebook.json?{q}"))
            .await
            .json()
            .await
            .unwrap();
        let delay = book["questions"]
            .as_array()
            .unwrap()
            .iter()
            .find(|x| x["column"] == "undue_delay")
            .unwrap();
        let answers = delay["answers"].as_array().unwrap();
        let label = |v: &str| {
            answers
                .iter()
                .find(|a| a["value"] == v)
                .map(|a| {
                    (
                        a["label_id"].as_str().unwrap().to_string(),
                        a["label_en"].as_str().unwrap().to_string(),
                    )
                })
                .unwrap()
        };
        assert!(!label("1").0.is_empty() && !label("1").1.is_empty());
        assert_ne!(label("1"), label("4"));
        assert!(answers.iter().any(|a| a["value"] == "na"));
        assert_eq!(book["zones"]["kab-klungkung/demo"], "+08:00");
        // Every column's meaning in Indonesian beside its stable key.
        assert!(
            book["columns_id"]["submitted_at"]
                .as_str()
                .unwrap()
                .contains("WITA")
        );
        assert_eq!(delay["short_id"], "Lambat");
        // The plain question keeps the official term for assessors.
        assert_eq!(delay["term_id"], "Penundaan berlarut");
        assert_eq!(delay["term_en"], "Undue delay");

        // XLSX: times are real dates, the codebook lists the answers.
        let xlsx = b
            .get(&format!("/admin/exports/responses.xlsx?{q}"))
            .await
            .bytes()
            .await
            .unwrap();
        use calamine::{Data, Reader, Xlsx};
        let mut book: Xlsx<_> =
            calamine::open_workbook_from_rs(std::io::Cursor::new(xlsx.to_vec())).unwrap();
        let range = book.worksheet_range("responses").unwrap();
        assert!(
            matches!(range.get((1, 1)), Some(Data::DateTime(_))),
            "{:?}",
            range.get((1, 1))
        );
        let codebook = book.worksheet_range("codebook").unwrap();
        assert!(codebook.rows().any(|r| {
            r[0] == Data::String("undue_delay".into())
                && r[1] == Data::String("answer".into())
                && r[4] == Data::String("4".into())
        }));
    }
);
