//! An agency manager runs a survey: a new survey ticks no unit, offers
//! only the band tables that fit its questionnaire (and refuses a
//! mismatch), is previewed before it opens (storing nothing), asks before
//! it opens or closes, reopens, and offers embed codes only once a site
//! may show it. The draft's preview and its opening, closing and
//! reopening are in `lifecycle`.

mod lifecycle;

use crate::db_test;
use crate::support::{Browser, TestApp};
use persepsi_server::store::entities::survey;
use sea_orm::ColumnTrait;

/// The (value, label) of every option of the select `id`.
fn options(html: &str, id: &str) -> Vec<(String, String)> {
    let start = html.find(&format!("id=\"{id}\"")).expect(id);
    let rest = &html[start..];
    let rest = &rest[..rest.find("</select>").unwrap()];
    rest.split("<option value=\"")
        .skip(1)
        .map(|o| {
            let value = o[..o.find('"').unwrap()].to_string();
            let label = o[o.find('>').unwrap() + 1..o.find("</option>").unwrap()].to_string();
            (value, label)
        })
        .collect()
}

/// The value of the option of `id` whose label holds `label`.
fn option(html: &str, id: &str, label: &str) -> Option<String> {
    options(html, id)
        .into_iter()
        .find(|(_, l)| l.contains(label))
        .map(|(v, _)| v)
}

/// Klungkung's manager, and the new-survey form's HTML.
async fn manager_and_form(app: &TestApp) -> (Browser, String) {
    let manager = app.klungkung_manager().await;
    let form = manager
        .get("/admin/a/kab-klungkung/surveys/new")
        .await
        .text()
        .await
        .unwrap();
    (manager, form)
}

/// Creates a draft on the maladministration questionnaire for the
/// Dukcapil counter; returns the status.
async fn create_draft(manager: &Browser, form: &str, slug: &str, origins: &str) -> u16 {
    let instrument = option(form, "in-instrument", "Survei Pelayanan Publik").unwrap();
    let bands = option(form, "in-bands", "Opini Ombudsman RI 2025").unwrap();
    manager
        .send(
            "/admin/a/kab-klungkung/surveys/new",
            &[
                ("slug", slug),
                ("title", "Layanan Dukcapil 2027"),
                ("instrument", &instrument),
                ("bands", &bands),
                ("units", "dukcapil"),
                ("origins", origins),
                ("device_policy", "allow"),
            ],
        )
        .await
}

/// A browser signed in as Balikpapan's manager (another agency).
async fn stranger(app: &TestApp) -> Browser {
    crate::admin_access::accounts(app).await;
    let b = Browser::new(app);
    assert_eq!(
        b.login("balikpapan@uji.id", crate::admin_access::PASSWORD)
            .await,
        303
    );
    b
}

db_test!(
    a_new_survey_ticks_no_unit_and_offers_only_fitting_band_tables,
    |db| {
        let app = TestApp::start(db).await;
        let (manager, form) = manager_and_form(&app).await;
        // Four units, none ticked: the manager picks the counters.
        assert_eq!(form.matches("name=\"units\"").count(), 4);
        let boxes: Vec<&str> = form.split("name=\"units\"").skip(1).collect();
        assert!(
            boxes
                .iter()
                .all(|b| !b[..b.find('>').unwrap()].contains("checked")),
            "no unit is ticked by default"
        );
        // People's names, not keys.
        let instruments = options(&form, "in-instrument");
        assert!(
            instruments
                .iter()
                .any(|(_, l)| l == "Survei Kepuasan Masyarakat (SKM), versi 2"),
            "{instruments:?}"
        );
        assert!(instruments.iter().all(|(_, l)| !l.contains("skm")));
        // The default questionnaire is the maladministration one: the SKM
        // table is not offered beside it.
        let bands = options(&form, "in-bands");
        assert!(
            bands
                .iter()
                .any(|(_, l)| l.contains("Opini Ombudsman RI 2025"))
        );
        assert!(bands.iter().all(|(_, l)| !l.contains("SKM")), "{bands:?}");
        // Only the newest version of a table for a new survey: the 2025
        // labels' version 1 (with its unconfirmed black band) is superseded.
        assert!(
            bands
                .iter()
                .all(|(_, l)| !l.starts_with("Opini Ombudsman 2025")),
            "{bands:?}"
        );
        // The method is offered, the 2025 one chosen.
        let methods = options(&form, "in-method");
        assert!(
            methods
                .iter()
                .any(|(_, l)| l == "Penilaian Maladministrasi Ombudsman RI 2025, versi 1"),
            "{methods:?}"
        );
        assert!(form.contains("Metode penilaian"));

        // SKM with the Ombudsman's 2025 table: refused, beside the field.
        let skm = option(&form, "in-instrument", "(SKM), versi 2").unwrap();
        let ori = option(&form, "in-bands", "Opini Ombudsman RI 2025").unwrap();
        // The form's script asks what fits another questionnaire: the
        // tables that judge it and the methods that read it.
        let fits = |instrument: String| {
            let manager = &manager;
            async move {
                let r = manager
                    .get(&format!("/admin/fits?instrument={instrument}"))
                    .await;
                assert_eq!(r.status(), 200);
                r.json::<serde_json::Value>().await.unwrap()
            }
        };
        let fit = fits(skm.clone()).await;
        let labels: Vec<&str> = fit["bands"]
            .as_array()
            .unwrap()
            .iter()
            .map(|b| b["label"].as_str().unwrap())
            .collect();
        assert!(
            !labels.is_empty() && labels.iter().all(|l| l.contains("SKM")),
            "{labels:?}"
        );
        // No method reads SKM.
        assert_eq!(fit["method"], "");
        assert_eq!(fit["methods"].as_array().unwrap().len(), 0);
        assert_ne!(
            app.get(&format!("/admin/fits?instrument={skm}"))
                .await
                .status(),
            200,
            "signed in only"
        );
        // The form's own questionnaire: the methods the form offers, the
        // one it chose.
        let first = options(&form, "in-instrument")[0].0.clone();
        let read = fits(first).await;
        let chosen = options(&form, "in-method")
            .into_iter()
            .skip(1)
            .map(|(v, _)| v)
            .collect::<Vec<_>>();
        let offered: Vec<&str> = read["methods"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| m["id"].as_str().unwrap())
            .collect();
        assert_eq!(offered, chosen, "the same methods as the form");
        assert!(form.contains(&format!(
            "<option value=\"{}\" selected",
            read["method"].as_str().unwrap()
        )));
        assert_eq!(
            manager.get("/admin/fits?instrument=nope").await.status(),
            404
        );
        let csrf = manager.csrf().await;
        let pairs = |bands: String| {
            vec![
                ("csrf", csrf.clone()),
                ("slug", "skm-2027".to_string()),
                ("title", "SKM 2027".to_string()),
                ("instrument", skm.clone()),
                ("bands", bands),
                ("units", "dukcapil".to_string()),
                ("device_policy", "allow".to_string()),
            ]
        };
        let body: Vec<(&str, String)> = pairs(ori.clone());
        let res = manager
            .post(
                "/admin/a/kab-klungkung/surveys/new",
                &body
                    .iter()
                    .map(|(k, v)| (*k, v.as_str()))
                    .collect::<Vec<_>>(),
            )
            .await;
        assert_eq!(res.status(), 422);
        let again = res.text().await.unwrap();
        assert!(again.contains("id=\"err-bands\""));
        assert!(again.contains("Tabel nilai ini tidak cocok dengan kuesioner yang dipilih"));
        assert_eq!(
            app.stored_where::<survey::Entity>(survey::Column::Slug.eq("skm-2027"))
                .await,
            0
        );
        // The form now offers the SKM tables only; one of them is accepted.
        let fitting = options(&again, "in-bands");
        assert!(!fitting.is_empty());
        assert!(
            fitting.iter().all(|(_, l)| l.contains("SKM")),
            "{fitting:?}"
        );
        let body = pairs(fitting[0].0.clone());
        let res = manager
            .post(
                "/admin/a/kab-klungkung/surveys/new",
                &body
                    .iter()
                    .map(|(k, v)| (*k, v.as_str()))
                    .collect::<Vec<_>>(),
            )
            .await;
        assert_eq!(res.status(), 303);

        // Editing the draft cannot pair it with the Ombudsman's table either.
        assert_eq!(
            manager
                .edit("/admin/s/skm-2027/edit", &[("bands", ori.as_str())])
                .await,
            422
        );
    }
);

db_test!(
    embed_codes_come_per_unit_once_a_site_may_show_the_survey,
    |db| {
        let app = TestApp::start(db).await;
        let (manager, form) = manager_and_form(&app).await;
        assert_eq!(create_draft(&manager, &form, "semat-2027", "").await, 303);
        let page = manager
            .get("/admin/s/semat-2027")
            .await
            .text()
            .await
            .unwrap();
        assert!(page.contains("id=\"embed-none\""), "how to allow a site");
        assert!(
            !page.contains("data-survey="),
            "no code that could not work"
        );

        assert_eq!(
            manager
                .edit(
                    "/admin/s/semat-2027/edit",
                    &[("origins", "https://dukcapil.klungkungkab.go.id")]
                )
                .await,
            303
        );
        let page = manager
            .get("/admin/s/semat-2027")
            .await
            .text()
            .await
            .unwrap();
        assert!(!page.contains("id=\"embed-none\""));
        assert!(page.contains("id=\"embed-snippet\""));
        assert!(page.contains("id=\"embed-snippet-dukcapil\""));
        assert!(page.contains("data-survey=\"semat-2027\" data-unit=\"dukcapil\""));
        assert!(
            page.contains("data-persepsi-link"),
            "a link for where no frame shows"
        );
        assert!(page.contains("readonly"));
        assert!(page.contains("src=\"/admin-copy.js\""));
        assert_eq!(app.get("/admin-copy.js").await.status(), 200);
        assert!(
            app.get("/embed.js")
                .await
                .text()
                .await
                .unwrap()
                .contains("data-persepsi-link")
        );

        // "Check your site": a page of a listed site, and one that is not.
        let ok = manager
        .get("/admin/s/semat-2027?site=https%3A%2F%2Fdukcapil.klungkungkab.go.id%2Flayanan%2Fsurvei")
        .await
        .text()
        .await
        .unwrap();
        assert!(ok.contains("https://dukcapil.klungkungkab.go.id boleh menampilkan survei ini"));
        let missing = manager
            .get("/admin/s/semat-2027?site=http%3A%2F%2Fklungkungkab.go.id%2Fberita")
            .await
            .text()
            .await
            .unwrap();
        assert!(missing.contains("http://klungkungkab.go.id belum boleh menampilkan survei ini"));
        let bad = manager
            .get("/admin/s/semat-2027?site=bukan+alamat")
            .await
            .text()
            .await
            .unwrap();
        assert!(bad.contains("Ini bukan alamat situs"));
    }
);
