//! The survey report: the PDF a manager downloads opens, has every
//! section, and every figure in it is the score API's for the same filter
//! (overall, per element, per unit, the trend, the maladministration
//! forms); the previous period's action is shown done beside its
//! element's change; the print page says the same; both languages; each
//! download is audited; another agency's manager gets 404.

use crate::db_test;
use crate::followup::{answered, answered_at};
use crate::support::{Browser, TestApp};
use chrono::{TimeZone, Utc};
use persepsi_server::store::entities::{audit_log, followup_action};
use sea_orm::{ColumnTrait, EntityTrait};
use serde_json::Value;
use std::io::Write;
use std::process::{Command, Stdio};

/// The text of `pdf`, laid out as on the page (poppler's pdftotext).
pub(crate) fn pdf_text(pdf: &[u8]) -> String {
    let mut child = Command::new("pdftotext")
        .args(["-layout", "-", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("pdftotext (poppler-utils; `make tools` installs it)");
    child.stdin.take().unwrap().write_all(pdf).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "pdftotext reads the report");
    String::from_utf8(out.stdout).unwrap()
}

/// A figure as the Indonesian report writes it: two decimals, a comma.
fn id(x: &Value) -> String {
    format!("{:.2}", x.as_f64().expect("a figure")).replace('.', ",")
}

/// An interval as the report writes it.
fn id_ci(ci: &Value) -> String {
    format!("{}–{}", id(&ci[0]), id(&ci[1]))
}

/// Whether one line of `text` holds every one of `parts`.
fn on_one_line(text: &str, parts: &[String]) -> bool {
    text.lines()
        .any(|l| parts.iter().all(|p| l.contains(p.as_str())))
}

async fn api(app: &TestApp, query: &str) -> Value {
    let r = app
        .get(&format!("/api/v1/surveys/demo/score?{query}"))
        .await;
    assert_eq!(r.status(), 200);
    r.json().await.unwrap()
}

db_test!(
    the_report_pdf_has_every_section_and_the_apis_figures,
    |db| {
        let app = TestApp::start(db).await;
        answered(
            &app,
            Utc.with_ymd_and_hms(2025, 6, 10, 3, 0, 0).unwrap(),
            1,
            40,
        )
        .await;
        answered(
            &app,
            Utc.with_ymd_and_hms(2026, 6, 10, 3, 0, 0).unwrap(),
            3,
            40,
        )
        .await;
        // A second unit, answering worse: its row differs from the first's.
        answered_at(
            &app,
            "dpmptsp",
            Utc.with_ymd_and_hms(2026, 6, 11, 3, 0, 0).unwrap(),
            1,
            10,
        )
        .await;
        app.state
            .clock
            .set(Utc.with_ymd_and_hms(2026, 11, 1, 3, 0, 0).unwrap());
        let manager = app.klungkung_manager().await;
        let csrf = manager.csrf().await;
        let action = "Pelatihan sikap melayani untuk semua petugas loket";
        let made = manager
            .post(
                "/admin/s/demo/plan/new?period=2025",
                &[
                    ("csrf", &csrf),
                    ("item", "impropriety"),
                    ("unit", "dukcapil"),
                    ("action", action),
                    ("owner", "Kepala Seksi Pelayanan"),
                    ("due_on", "2025-12-31"),
                ],
            )
            .await;
        assert_eq!(made.status(), 303);
        // Carried out.
        let row = followup_action::Entity::find()
            .one(app.db())
            .await
            .unwrap()
            .unwrap();
        let done = manager
            .post(
                &format!("/admin/s/demo/plan/{}", row.id),
                &[
                    ("csrf", &csrf),
                    ("status", "done"),
                    ("evidence", "Daftar hadir di arsip"),
                ],
            )
            .await;
        assert_eq!(done.status(), 303);
        // This period's action, written to break out of the PDF's text: it
        // is printed as written (what the font lacks as "?").
        let hostile = "Cek)Tj(x\\日";
        let made = manager
            .post(
                "/admin/s/demo/plan/new?period=2026",
                &[
                    ("csrf", &csrf),
                    ("item", "undue_delay"),
                    ("unit", ""),
                    ("action", hostile),
                    ("owner", "Kepala Seksi Pelayanan"),
                    ("due_on", "2026-12-31"),
                ],
            )
            .await;
        assert_eq!(made.status(), 303);

        let r = manager.get("/admin/s/demo/report.pdf?period=2026").await;
        assert_eq!(r.status(), 200);
        assert_eq!(r.headers()["content-type"], "application/pdf");
        let disposition = r.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .to_string();
        assert!(
            disposition.contains("attachment") && disposition.contains("laporan-demo-2026.pdf")
        );
        let pdf = r.bytes().await.unwrap();
        assert!(pdf.starts_with(b"%PDF-"), "a PDF");
        let text = pdf_text(&pdf);
        for section in [
            "Laporan Hasil Survei",
            "1. Pendahuluan",
            "2. Pengumpulan data",
            "3. Profil responden",
            "4. Hasil",
            "5. Unsur terlemah dan rencana tindak lanjut",
            "6. Perbandingan dengan periode sebelumnya",
            "7. Tindak lanjut rencana periode 2025",
            "8. Kesimpulan",
            "Lampiran A. Kuesioner",
            "Lampiran B. Data olahan",
            "Lampiran C. Cara menghitung",
            "Halaman 1 dari",
        ] {
            assert!(text.contains(section), "{section} in\n{text}");
        }

        // Overall: the API's index, interval and respondents.
        let whole = api(&app, "period=2026").await;
        assert_eq!(whole["n"], 50);
        let overall = format!(
            "Indeks keseluruhan {} (rentang 95 %: {}) dari {} responden",
            id(&whole["score"]),
            id_ci(&whole["ci"]),
            whole["n"]
        );
        assert!(text.replace('\n', " ").contains(&overall), "{overall}");
        // Each element: answered, mean, score and interval on its row.
        for item in whole["items"].as_array().unwrap() {
            let parts = [
                item["n"].to_string(),
                id(&item["mean"]),
                id(&item["score"]),
                id_ci(&item["ci"]),
            ];
            assert!(on_one_line(&text, &parts), "{parts:?}");
        }
        // Each unit's own row: its name beside the API's figures for it.
        let loaded = app.state.survey("demo").await.unwrap();
        let mut seen = Vec::new();
        for slug in ["dukcapil", "dpmptsp"] {
            let unit = api(&app, &format!("period=2026&unit={slug}")).await;
            let name = &loaded.unit(slug).unwrap().name;
            let first_words: String = name.split(' ').take(2).collect::<Vec<_>>().join(" ");
            let parts = [
                first_words,
                unit["n"].to_string(),
                id(&unit["score"]),
                id_ci(&unit["ci"]),
            ];
            assert!(on_one_line(&text, &parts), "unit row {parts:?}");
            seen.push(unit["score"].clone());
        }
        assert_ne!(seen[0], seen[1], "two different rows");
        // The trend: the change from 2025 and its verdict.
        let trend = &whole["trend"];
        assert_eq!(trend["previous_period"], "2025");
        assert_eq!(trend["significant"], true);
        let change = format!("+{} (lebih dari kebetulan)", id(&trend["change"]));
        assert!(
            on_one_line(&text, &["2026".into(), change.clone()]),
            "{change}"
        );
        let before = api(&app, "period=2025").await;
        assert!(on_one_line(
            &text,
            &["2025".into(), id(&before["score"]), id_ci(&before["ci"])]
        ));
        // The maladministration forms: the API's shares.
        let forms = whole["prevalence"].as_array().unwrap();
        assert!(!forms.is_empty(), "the method reads the forms");
        for f in forms {
            let parts = [
                f["name"].as_str().unwrap().to_string(),
                format!("{} %", id(&f["percent"])),
            ];
            assert!(on_one_line(&text, &parts), "{parts:?}");
        }
        // The previous period's action, done, beside its element's score
        // at its unit then and now (the API's).
        assert!(text.contains("Pelatihan sikap melayani"), "the 2025 action");
        let element = |v: &Value| {
            let item = v["items"]
                .as_array()
                .unwrap()
                .iter()
                .find(|i| i["key"] == "impropriety")
                .unwrap()
                .clone();
            id(&item["score"])
        };
        let then = element(&api(&app, "period=2025&unit=dukcapil").await);
        let now = element(&api(&app, "period=2026&unit=dukcapil").await);
        assert!(
            on_one_line(&text, &["Selesai".into(), then.clone(), now.clone()]),
            "outcome row {then} → {now}"
        );
        // The hostile text is text, not PDF operators.
        assert!(text.contains("Cek)Tj(x\\?"), "as written");

        // The print page says the same.
        let page = manager
            .get("/admin/s/demo/report?period=2026")
            .await
            .text()
            .await
            .unwrap();
        assert!(page.contains(&overall));
        assert!(page.contains("report.pdf?period=2026&amp;lang=id"));

        // In English, with a decimal point.
        let en = manager
            .get("/admin/s/demo/report.pdf?period=2026&lang=en")
            .await;
        let en = pdf_text(&en.bytes().await.unwrap());
        assert!(en.contains("Survey Results Report") && en.contains("1. Introduction"));
        assert!(en.contains(&format!("{:.2}", whole["score"].as_f64().unwrap())));

        // Each download is in the audit log.
        let logged = app
            .stored_where::<audit_log::Entity>(audit_log::Column::Action.eq("report-download"))
            .await;
        assert_eq!(logged, 2);

        // An unknown unit is not found; another agency's manager finds nothing.
        let unknown = manager
            .get("/admin/s/demo/report.pdf?period=2026&unit=nope")
            .await;
        assert_eq!(unknown.status(), 404);
        crate::admin_access::accounts(&app).await;
        let stranger = Browser::new(&app);
        stranger
            .login("balikpapan@uji.id", crate::admin_access::PASSWORD)
            .await;
        for p in [
            "/admin/s/demo/report?period=2026",
            "/admin/s/demo/report.pdf?period=2026",
        ] {
            assert_eq!(stranger.get(p).await.status(), 404, "{p}");
        }
    }
);
