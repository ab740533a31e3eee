//! Assessors compare providers: the ranking (filters, order, pages, reach),
//! the dashboards with their charts, and the scores export.

use crate::db_test;
use crate::exports::{fetch, fill, token_for};
use crate::support::{Browser, TestApp, demo_answers};
use persepsi_server::store::entities::{audit_log, survey};
use sea_orm::ColumnTrait;
use serde_json::Value;

/// A second maladministration survey, for Balikpapan, and answers to both:
/// Klungkung (Bali) scores higher than Balikpapan.
pub(crate) async fn two_providers(app: &TestApp) {
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    let demo = persepsi_server::store::entities::survey::Entity::find()
        .filter(persepsi_server::store::entities::survey::Column::Slug.eq("demo"))
        .one(app.db())
        .await
        .unwrap()
        .unwrap();
    let balikpapan = persepsi_server::store::admin::agency_by_slug(app.db(), "kota-balikpapan")
        .await
        .unwrap()
        .unwrap();
    let units = persepsi_server::store::admin::units(app.db(), balikpapan.id)
        .await
        .unwrap();
    persepsi_server::store::admin::create_survey(
        app.db(),
        balikpapan.id,
        "bpp",
        persepsi_server::store::admin::SurveyFields {
            title: "Persepsi Balikpapan".into(),
            instrument_id: demo.instrument_id,
            band_table_id: demo.band_table_id,
            unit_ids: units.iter().map(|u| u.id).collect(),
            opens_at: None,
            closes_at: None,
            origins: vec![],
            device_policy: "allow".into(),
            method_id: demo.method_id,
            proof_photos: false,
        },
    )
    .await
    .unwrap();
    let bpp = survey::Entity::find()
        .filter(survey::Column::Slug.eq("bpp"))
        .one(app.db())
        .await
        .unwrap()
        .unwrap()
        .id;
    assert!(
        persepsi_server::store::admin::set_status(app.db(), bpp, "draft", "open")
            .await
            .unwrap()
    );
    app.state.surveys_changed();
    for (slug, unit, grade) in [
        ("demo", "dukcapil", "4"),
        ("demo", "dukcapil", "4"),
        ("demo", "dpmptsp", "3"),
        ("bpp", "dukcapil", "2"),
        ("bpp", "dpmptsp", "1"),
    ] {
        let token = app.form_token(slug).await;
        let pairs: Vec<(&str, &str)> = demo_answers(unit)
            .into_iter()
            .map(|(k, v)| {
                if v.len() == 1 && v != "1" && k != "unit" {
                    (k, grade)
                } else {
                    (k, v)
                }
            })
            .chain([("token", token.as_str())])
            .collect();
        assert_eq!(
            app.post_form(&format!("/s/{slug}"), &pairs).await.status(),
            303
        );
    }
}

pub(crate) async fn user_token(app: &TestApp, email: &str) -> String {
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

async fn rank(app: &TestApp, token: &str, q: &str) -> Value {
    let res = app
        .client
        .get(format!("{}/api/v1/ranking?{q}", app.base))
        .bearer_auth(token)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200, "{q}");
    res.json().await.unwrap()
}

fn names(v: &Value) -> Vec<String> {
    v["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            format!(
                "{}{}",
                r["agency"].as_str().unwrap(),
                r["unit"]
                    .as_str()
                    .map(|u| format!("/{u}"))
                    .unwrap_or_default()
            )
        })
        .collect()
}

db_test!(
    the_ranking_filters_sorts_pages_and_keeps_to_the_callers_reach,
    |db| {
        let app = TestApp::start(db).await;
        persepsi_server::services::demo::accounts(app.db())
            .await
            .unwrap();
        two_providers(&app).await;
        let all = user_token(&app, "penilai@demo.persepsi.id").await;
        let r = rank(&app, &all, "").await;
        assert_eq!(r["instrument"], "maladministration-perception@2");
        assert_eq!(
            names(&r),
            ["kab-klungkung", "kota-balikpapan"],
            "best first"
        );
        assert_eq!(r["rows"][0]["score"]["n"], 3);
        // The method's figures come with each row, as with a survey's score.
        let forms = r["rows"][0]["score"]["prevalence"].as_array().unwrap();
        assert!(!forms.is_empty(), "the maladministration forms' shares");
        assert!(
            forms.iter().any(|f| f["n"] == 3) && forms.iter().all(|f| f["n"].as_u64() <= Some(3)),
            "{forms:?}"
        );
        assert!(
            r["rows"][0]["score"]["score"].as_f64().unwrap()
                > r["rows"][1]["score"]["score"].as_f64().unwrap()
        );
        assert_eq!(
            names(&rank(&app, &all, "sort=-score").await),
            ["kota-balikpapan", "kab-klungkung"]
        );
        assert_eq!(
            names(&rank(&app, &all, "region=Bali").await),
            ["kab-klungkung"]
        );
        assert_eq!(
            names(&rank(&app, &all, "kind=city").await),
            ["kota-balikpapan"]
        );
        let units = rank(&app, &all, "level=unit&sector=civil_registration").await;
        assert_eq!(
            names(&units),
            ["kab-klungkung/dukcapil", "kota-balikpapan/dukcapil"]
        );
        let page2 = rank(&app, &all, "level=unit&per_page=1&page=2").await;
        assert_eq!(
            (page2["total"].as_u64(), page2["rows"][0]["rank"].as_u64()),
            (Some(4), Some(2))
        );
        assert_eq!(
            rank(&app, &all, "verified=true").await["total"],
            0,
            "no response carried a code"
        );
        assert_eq!(
            rank(&app, &all, "period=2001").await["total"],
            0,
            "nothing that year"
        );
        // Reach: a province-limited assessor, a manager.
        let bali = user_token(&app, "penilai.bali@demo.persepsi.id").await;
        assert_eq!(names(&rank(&app, &bali, "").await), ["kab-klungkung"]);
        let manager = user_token(&app, "klungkung@demo.persepsi.id").await;
        assert_eq!(
            names(&rank(&app, &manager, "level=unit").await),
            ["kab-klungkung/dukcapil", "kab-klungkung/dpmptsp"]
        );
        // Mistakes are named.
        let bad = app
            .client
            .get(format!("{}/api/v1/ranking?sort=sideways", app.base))
            .bearer_auth(&all)
            .send()
            .await
            .unwrap();
        assert_eq!(bad.status(), 422);
        assert_eq!(app.get("/api/v1/ranking").await.status(), 401);

        // The scores export is the ranking, every row.
        let res = app
            .client
            .get(format!("{}/api/v1/exports/scores.csv?level=unit", app.base))
            .bearer_auth(&all)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200);
        let text = res.text().await.unwrap();
        let mut reader = csv::Reader::from_reader(text.as_bytes());
        let head: Vec<String> = reader
            .headers()
            .unwrap()
            .iter()
            .take(4)
            .map(str::to_string)
            .collect();
        assert_eq!(head, ["rank", "agency", "agency_name", "kind"]);
        assert_eq!(reader.records().count(), 4);
    }
);

db_test!(
    dashboards_show_the_score_what_it_rests_on_and_charts,
    |db| {
        let app = TestApp::start(db).await;
        persepsi_server::services::demo::accounts(app.db())
            .await
            .unwrap();
        two_providers(&app).await;
        let browser = Browser::new(&app);
        assert_eq!(
            browser
                .login(
                    "penilai@demo.persepsi.id",
                    persepsi_server::services::demo::DEMO_PASSWORD
                )
                .await,
            303
        );
        let html = browser
            .get("/admin/dashboard/kab-klungkung")
            .await
            .text()
            .await
            .unwrap();
        for want in [
            "Pemerintah Kabupaten Klungkung",
            "class=\"score-card\"",
            "sampel belum cukup (3 dari 30)",
            "role=\"img\"",
            "<title id=\"items-title\">",
            "<desc id=\"trend-desc\">",
            "/admin/dashboard/kab-klungkung/dukcapil",
            "Terverifikasi",
        ] {
            assert!(html.contains(want), "dashboard shows {want}");
        }
        let unit = browser.get("/admin/dashboard/kab-klungkung/dukcapil").await;
        assert_eq!(unit.status(), 200);
        assert!(
            unit.text()
                .await
                .unwrap()
                .contains("Dinas Kependudukan dan Pencatatan Sipil")
        );
        assert_eq!(browser.get("/admin/dashboard/nope").await.status(), 404);
        // A province-limited assessor cannot open another province's dashboard.
        let bali = Browser::new(&app);
        bali.login(
            "penilai.bali@demo.persepsi.id",
            persepsi_server::services::demo::DEMO_PASSWORD,
        )
        .await;
        assert_eq!(
            bali.get("/admin/dashboard/kota-balikpapan").await.status(),
            404
        );
        let ranking = bali.get("/admin/ranking").await.text().await.unwrap();
        assert!(
            ranking.contains("Pemerintah Kabupaten Klungkung") && !ranking.contains("Balikpapan")
        );
    }
);

/// The scores export of [`crate::exports::fill`]'s responses, per unit, as it has always
/// been written; the method's and the forms' columns come after the columns
/// it always had, which keep their places.
const SCORES_CSV: &str = "\u{feff}rank,agency,agency_name,kind,region,unit,unit_name,sector,n,n_required,verified,suspect_excluded,score,ci_low,ci_high,band,band_note,method,band_table_confirmed,predicate,predicate_forms,predicate_confirmed,undue_delay_met_pct,undue_delay_met_ci_low,undue_delay_met_ci_high,undue_delay_met,undue_delay_answered,no_service_met_pct,no_service_met_ci_low,no_service_met_ci_high,no_service_met,no_service_answered,procedure_met_pct,procedure_met_ci_low,procedure_met_ci_high,procedure_met,procedure_answered,abuse_of_authority_met_pct,abuse_of_authority_met_ci_low,abuse_of_authority_met_ci_high,abuse_of_authority_met,abuse_of_authority_answered,incompetence_met_pct,incompetence_met_ci_low,incompetence_met_ci_high,incompetence_met,incompetence_answered,payment_request_met_pct,payment_request_met_ci_low,payment_request_met_ci_high,payment_request_met,payment_request_answered,impropriety_met_pct,impropriety_met_ci_low,impropriety_met_ci_high,impropriety_met,impropriety_answered,discrimination_met_pct,discrimination_met_ci_low,discrimination_met_ci_high,discrimination_met,discrimination_answered,partiality_met_pct,partiality_met_ci_low,partiality_met_ci_high,partiality_met,partiality_answered,conflict_of_interest_met_pct,conflict_of_interest_met_ci_low,conflict_of_interest_met_ci_high,conflict_of_interest_met,conflict_of_interest_answered\r\n\
1,kab-klungkung,Pemerintah Kabupaten Klungkung,regency,Bali,dukcapil,Dinas Kependudukan dan Pencatatan Sipil,civil_registration,4,372,0,0,83.33,83.33,83.33,,sampel belum cukup (4 dari 30),ori-2025@1,false,too_small,,false,0.00,0.00,48.99,0,4,0.00,0.00,48.99,0,4,0.00,0.00,48.99,0,4,,,,0,0,0.00,0.00,48.99,0,4,100.00,51.01,100.00,4,4,0.00,0.00,48.99,0,4,0.00,0.00,48.99,0,4,0.00,0.00,48.99,0,4,100.00,51.01,100.00,4,4\r\n\
2,kab-klungkung,Pemerintah Kabupaten Klungkung,regency,Bali,dpmptsp,Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu,licensing,3,356,0,0,83.33,83.33,83.33,,sampel belum cukup (3 dari 30),ori-2025@1,false,too_small,,false,0.00,0.00,56.15,0,3,0.00,0.00,56.15,0,3,0.00,0.00,56.15,0,3,,,,0,0,0.00,0.00,56.15,0,3,100.00,43.85,100.00,3,3,0.00,0.00,56.15,0,3,0.00,0.00,56.15,0,3,0.00,0.00,56.15,0,3,100.00,43.85,100.00,3,3\r\n";

const SCORES_NDJSON: &str = "{\"abuse_of_authority_answered\":0,\"abuse_of_authority_met\":0,\"abuse_of_authority_met_ci_high\":null,\"abuse_of_authority_met_ci_low\":null,\"abuse_of_authority_met_pct\":null,\"agency\":\"kab-klungkung\",\"agency_name\":\"Pemerintah Kabupaten Klungkung\",\"band\":null,\"band_note\":\"sampel belum cukup (4 dari 30)\",\"band_table_confirmed\":false,\"ci_high\":\"83.33\",\"ci_low\":\"83.33\",\"conflict_of_interest_answered\":4,\"conflict_of_interest_met\":4,\"conflict_of_interest_met_ci_high\":\"100.00\",\"conflict_of_interest_met_ci_low\":\"51.01\",\"conflict_of_interest_met_pct\":\"100.00\",\"discrimination_answered\":4,\"discrimination_met\":0,\"discrimination_met_ci_high\":\"48.99\",\"discrimination_met_ci_low\":\"0.00\",\"discrimination_met_pct\":\"0.00\",\"impropriety_answered\":4,\"impropriety_met\":0,\"impropriety_met_ci_high\":\"48.99\",\"impropriety_met_ci_low\":\"0.00\",\"impropriety_met_pct\":\"0.00\",\"incompetence_answered\":4,\"incompetence_met\":0,\"incompetence_met_ci_high\":\"48.99\",\"incompetence_met_ci_low\":\"0.00\",\"incompetence_met_pct\":\"0.00\",\"kind\":\"regency\",\"method\":\"ori-2025@1\",\"n\":4,\"n_required\":372,\"no_service_answered\":4,\"no_service_met\":0,\"no_service_met_ci_high\":\"48.99\",\"no_service_met_ci_low\":\"0.00\",\"no_service_met_pct\":\"0.00\",\"partiality_answered\":4,\"partiality_met\":0,\"partiality_met_ci_high\":\"48.99\",\"partiality_met_ci_low\":\"0.00\",\"partiality_met_pct\":\"0.00\",\"payment_request_answered\":4,\"payment_request_met\":4,\"payment_request_met_ci_high\":\"100.00\",\"payment_request_met_ci_low\":\"51.01\",\"payment_request_met_pct\":\"100.00\",\"predicate\":\"too_small\",\"predicate_confirmed\":false,\"predicate_forms\":\"\",\"procedure_answered\":4,\"procedure_met\":0,\"procedure_met_ci_high\":\"48.99\",\"procedure_met_ci_low\":\"0.00\",\"procedure_met_pct\":\"0.00\",\"rank\":1,\"region\":\"Bali\",\"score\":\"83.33\",\"sector\":\"civil_registration\",\"suspect_excluded\":0,\"undue_delay_answered\":4,\"undue_delay_met\":0,\"undue_delay_met_ci_high\":\"48.99\",\"undue_delay_met_ci_low\":\"0.00\",\"undue_delay_met_pct\":\"0.00\",\"unit\":\"dukcapil\",\"unit_name\":\"Dinas Kependudukan dan Pencatatan Sipil\",\"verified\":0}\n\
{\"abuse_of_authority_answered\":0,\"abuse_of_authority_met\":0,\"abuse_of_authority_met_ci_high\":null,\"abuse_of_authority_met_ci_low\":null,\"abuse_of_authority_met_pct\":null,\"agency\":\"kab-klungkung\",\"agency_name\":\"Pemerintah Kabupaten Klungkung\",\"band\":null,\"band_note\":\"sampel belum cukup (3 dari 30)\",\"band_table_confirmed\":false,\"ci_high\":\"83.33\",\"ci_low\":\"83.33\",\"conflict_of_interest_answered\":3,\"conflict_of_interest_met\":3,\"conflict_of_interest_met_ci_high\":\"100.00\",\"conflict_of_interest_met_ci_low\":\"43.85\",\"conflict_of_interest_met_pct\":\"100.00\",\"discrimination_answered\":3,\"discrimination_met\":0,\"discrimination_met_ci_high\":\"56.15\",\"discrimination_met_ci_low\":\"0.00\",\"discrimination_met_pct\":\"0.00\",\"impropriety_answered\":3,\"impropriety_met\":0,\"impropriety_met_ci_high\":\"56.15\",\"impropriety_met_ci_low\":\"0.00\",\"impropriety_met_pct\":\"0.00\",\"incompetence_answered\":3,\"incompetence_met\":0,\"incompetence_met_ci_high\":\"56.15\",\"incompetence_met_ci_low\":\"0.00\",\"incompetence_met_pct\":\"0.00\",\"kind\":\"regency\",\"method\":\"ori-2025@1\",\"n\":3,\"n_required\":356,\"no_service_answered\":3,\"no_service_met\":0,\"no_service_met_ci_high\":\"56.15\",\"no_service_met_ci_low\":\"0.00\",\"no_service_met_pct\":\"0.00\",\"partiality_answered\":3,\"partiality_met\":0,\"partiality_met_ci_high\":\"56.15\",\"partiality_met_ci_low\":\"0.00\",\"partiality_met_pct\":\"0.00\",\"payment_request_answered\":3,\"payment_request_met\":3,\"payment_request_met_ci_high\":\"100.00\",\"payment_request_met_ci_low\":\"43.85\",\"payment_request_met_pct\":\"100.00\",\"predicate\":\"too_small\",\"predicate_confirmed\":false,\"predicate_forms\":\"\",\"procedure_answered\":3,\"procedure_met\":0,\"procedure_met_ci_high\":\"56.15\",\"procedure_met_ci_low\":\"0.00\",\"procedure_met_pct\":\"0.00\",\"rank\":2,\"region\":\"Bali\",\"score\":\"83.33\",\"sector\":\"licensing\",\"suspect_excluded\":0,\"undue_delay_answered\":3,\"undue_delay_met\":0,\"undue_delay_met_ci_high\":\"56.15\",\"undue_delay_met_ci_low\":\"0.00\",\"undue_delay_met_pct\":\"0.00\",\"unit\":\"dpmptsp\",\"unit_name\":\"Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu\",\"verified\":0}\n";

db_test!(the_scores_export_is_written_as_it_always_was, |db| {
    let app = TestApp::start(db).await;
    persepsi_server::services::demo::accounts(app.db())
        .await
        .unwrap();
    fill(&app).await;
    let token = token_for(&app, "penilai@demo.persepsi.id").await;
    let q = "level=unit";
    let res = fetch(
        &app,
        &token,
        &format!("/api/v1/exports/scores.csv?{q}&bom=true"),
    )
    .await;
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["content-type"], "text/csv; charset=utf-8");
    assert_eq!(res.headers()["cache-control"], "no-store");
    assert_eq!(res.headers()["x-content-type-options"], "nosniff");
    let disposition = res.headers()["content-disposition"]
        .to_str()
        .unwrap()
        .to_string();
    assert!(
        disposition.starts_with("attachment; filename=\"persepsi-scores-")
            && disposition.ends_with(".csv\""),
        "{disposition}"
    );
    assert_eq!(res.text().await.unwrap(), SCORES_CSV);

    let res = fetch(&app, &token, &format!("/api/v1/exports/scores.ndjson?{q}")).await;
    assert_eq!(res.headers()["content-type"], "application/x-ndjson");
    assert_eq!(res.text().await.unwrap(), SCORES_NDJSON);

    // XLSX: the same cells, numbers as numbers.
    let res = fetch(&app, &token, &format!("/api/v1/exports/scores.xlsx?{q}")).await;
    assert_eq!(res.status(), 200);
    assert_eq!(
        res.headers()["content-type"],
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    );
    let bytes = res.bytes().await.unwrap();
    use calamine::{Data, Reader, Xlsx};
    let mut book: Xlsx<_> =
        calamine::open_workbook_from_rs(std::io::Cursor::new(bytes.to_vec())).unwrap();
    assert_eq!(book.sheet_names(), ["scores"]);
    let range = book.worksheet_range("scores").unwrap();
    let got: Vec<Vec<Data>> = range.rows().map(|r| r.to_vec()).collect();
    let mut csv = csv::Reader::from_reader(SCORES_CSV.trim_start_matches('\u{feff}').as_bytes());
    let mut want: Vec<Vec<Data>> = vec![
        csv.headers()
            .unwrap()
            .iter()
            .map(|h| Data::String(h.to_string()))
            .collect(),
    ];
    for record in csv.records() {
        want.push(
            record
                .unwrap()
                .iter()
                .map(|v| match v.parse::<f64>() {
                    _ if v.is_empty() => Data::Empty,
                    _ if v == "true" || v == "false" => Data::Bool(v == "true"),
                    Ok(x) => Data::Float(x),
                    Err(_) => Data::String(v.to_string()),
                })
                .collect(),
        );
    }
    assert_eq!(got, want);
    assert_eq!(
        app.stored_where::<audit_log::Entity>(audit_log::Column::Action.eq("export"))
            .await,
        3
    );
});
