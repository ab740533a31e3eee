//! An agency manager publishes a survey: draft, open, closed; its QR codes,
//! poster and embed; an open survey's instrument cannot change.

use crate::db_test;
use crate::support::{Browser, TestApp, attr_value, demo_answers};
use persepsi_server::store::entities::survey;
use sea_orm::ColumnTrait;

/// Every `<option value="…">` after `marker`.
fn options_after(html: &str, marker: &str) -> Vec<String> {
    let start = html.find(marker).expect(marker);
    let rest = &html[start..];
    let end = rest.find("</select>").unwrap();
    rest[..end]
        .split("<option value=\"")
        .skip(1)
        .map(|s| s[..s.find('"').unwrap()].to_string())
        .collect()
}

db_test!(a_manager_publishes_prints_and_embeds_a_survey, |db| {
    let app = TestApp::start(db).await;
    persepsi_server::services::demo::accounts(app.db())
        .await
        .unwrap();
    let manager = Browser::new(&app);
    assert_eq!(
        manager
            .login(
                "klungkung@demo.persepsi.id",
                persepsi_server::services::demo::DEMO_PASSWORD
            )
            .await,
        303
    );
    let form = manager
        .get("/admin/a/kab-klungkung/surveys/new")
        .await
        .text()
        .await
        .unwrap();
    let instruments = options_after(&form, "id=\"in-instrument\"");
    let bands = options_after(&form, "id=\"in-bands\"");
    assert!(instruments.len() >= 2 && bands.len() >= 2);

    // Mistakes come back beside their fields.
    let status = manager
        .send(
            "/admin/a/kab-klungkung/surveys/new",
            &[
                ("slug", "Bukan Slug!"),
                ("title", ""),
                ("instrument", &instruments[0]),
                ("bands", &bands[0]),
                ("origins", "https://x.go.id/halaman"),
                ("device_policy", "allow"),
            ],
        )
        .await;
    assert_eq!(status, 422);
    let csrf = manager.csrf().await;
    let res = manager
        .post(
            "/admin/a/kab-klungkung/surveys/new",
            &[
                ("csrf", &csrf),
                ("slug", "Bukan Slug!"),
                ("title", ""),
                ("device_policy", "allow"),
            ],
        )
        .await;
    let html = res.text().await.unwrap();
    for f in ["slug", "title", "units"] {
        assert!(
            html.contains(&format!("id=\"err-{f}\"")),
            "message beside {f}"
        );
    }

    let status = manager
        .send(
            "/admin/a/kab-klungkung/surveys/new",
            &[
                ("slug", "persepsi-2027"),
                ("title", "Persepsi Maladministrasi 2027"),
                ("instrument", &instruments[0]),
                ("bands", &bands[0]),
                ("units", "dukcapil"),
                ("units", "dpmptsp"),
                (
                    "origins",
                    "http://127.0.0.1:9\nhttps://dukcapil.klungkungkab.go.id/",
                ),
                ("device_policy", "flag"),
            ],
        )
        .await;
    assert_eq!(status, 303);
    // A draft is not public: neither its page nor its QR codes, which
    // would hand out a link to it.
    assert_eq!(app.get("/s/persepsi-2027").await.status(), 404);
    for path in [
        "/s/persepsi-2027/qr.svg",
        "/s/persepsi-2027/qr.png",
        "/s/persepsi-2027/qr.svg?u=dukcapil",
    ] {
        assert_eq!(app.get(path).await.status(), 404, "{path} of a draft");
    }
    let page = manager
        .get("/admin/s/persepsi-2027")
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("Draf"));
    assert!(
        page.contains("data-survey=\"persepsi-2027\""),
        "the embed snippet"
    );
    assert!(page.contains("/admin/s/persepsi-2027/poster?u=dukcapil"));
    assert!(
        !page.contains("/s/persepsi-2027/qr.svg"),
        "a draft's page offers no QR code that would not load"
    );
    assert!(page.contains("Kode QR dan tautan publik berfungsi setelah survei diterbitkan"));

    // Open it.
    assert_eq!(
        manager
            .send(
                "/admin/s/persepsi-2027/status",
                &[("to", "open"), ("confirm", "yes")]
            )
            .await,
        303
    );
    assert_eq!(app.get("/s/persepsi-2027").await.status(), 200);
    assert_eq!(
        manager
            .send(
                "/admin/s/persepsi-2027/status",
                &[("to", "open"), ("confirm", "yes")]
            )
            .await,
        409
    );

    // Its instrument can no longer change; the title can.
    let instrument_of = || async {
        use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
        persepsi_server::store::entities::survey::Entity::find()
            .filter(persepsi_server::store::entities::survey::Column::Slug.eq("persepsi-2027"))
            .one(app.db())
            .await
            .unwrap()
            .unwrap()
            .instrument_id
            .to_string()
    };
    assert_eq!(instrument_of().await, instruments[0]);
    let status = manager
        .send(
            "/admin/s/persepsi-2027/edit",
            &[
                ("title", "Judul baru"),
                ("instrument", &instruments[1]),
                ("bands", &bands[0]),
                ("units", "dukcapil"),
                ("device_policy", "flag"),
            ],
        )
        .await;
    assert_eq!(status, 422);
    let status = manager
        .send(
            "/admin/s/persepsi-2027/edit",
            &[
                ("title", "Judul baru"),
                ("units", "dukcapil"),
                ("units", "dpmptsp"),
                ("origins", "http://127.0.0.1:9"),
                ("device_policy", "flag"),
            ],
        )
        .await;
    assert_eq!(status, 303);
    assert_eq!(
        instrument_of().await,
        instruments[0],
        "the instrument stayed"
    );
    assert_eq!(
        app.stored_where::<survey::Entity>(survey::Column::Title.eq("Judul baru"))
            .await,
        1
    );

    // QR codes: SVG and PNG, for the survey and for a unit of it.
    for (path, kind) in [
        ("/s/persepsi-2027/qr.svg", "image/svg+xml"),
        ("/s/persepsi-2027/qr.svg?u=dukcapil", "image/svg+xml"),
        ("/s/persepsi-2027/qr.png?u=dpmptsp", "image/png"),
    ] {
        let res = app.get(path).await;
        assert_eq!(res.status(), 200, "{path}");
        assert_eq!(res.headers()["content-type"], kind);
        let body = res.bytes().await.unwrap();
        assert!(body.len() > 200);
    }
    assert_eq!(
        app.get("/s/persepsi-2027/qr.svg?u=puskesmas-klungkung-1")
            .await
            .status(),
        404,
        "not a unit of this survey"
    );
    assert_eq!(app.get("/s/nope/qr.png").await.status(), 404);

    // The poster: agency, unit, the code and the instruction.
    let poster = manager
        .get("/admin/s/persepsi-2027/poster?u=dukcapil")
        .await
        .text()
        .await
        .unwrap();
    for want in [
        "Pemerintah Kabupaten Klungkung",
        "Dinas Kependudukan dan Pencatatan Sipil",
        "<svg",
        "Pindai kode QR ini",
        "/s/persepsi-2027?u=dukcapil",
    ] {
        assert!(poster.contains(want), "poster shows {want}");
    }

    // Embedding: only the listed origins may frame it; other pages refuse
    // every frame.
    let embed = app.get("/embed/persepsi-2027?u=dukcapil").await;
    assert_eq!(embed.status(), 200);
    assert!(
        embed.headers()["content-security-policy"]
            .to_str()
            .unwrap()
            .ends_with("; frame-ancestors 'self' http://127.0.0.1:9")
    );
    let html = embed.text().await.unwrap();
    assert!(html.contains("action=\"/embed/persepsi-2027\""));
    assert!(html.contains("/embed-frame.js"));
    assert!(!html.contains("site-footer"));
    assert!(
        app.get("/s/persepsi-2027").await.headers()["content-security-policy"]
            .to_str()
            .unwrap()
            .ends_with("; frame-ancestors 'none'")
    );
    let js = app.get("/embed.js").await;
    assert!(
        js.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/javascript")
    );
    let js = js.text().await.unwrap();
    assert!(js.len() < 2000 && js.contains("loading = \"lazy\""));

    // A citizen answers through the embed; the agency sees it.
    let token = attr_value(&html, "name=\"token\" value=\"").unwrap();
    let mut pairs = demo_answers("dukcapil");
    pairs.push(("token", &token));
    let res = app.post_form("/embed/persepsi-2027", &pairs).await;
    assert_eq!(res.status(), 303);
    assert_eq!(
        res.headers()["location"],
        "/embed/persepsi-2027/thanks?lapor=1"
    );
    let thanks = app.get("/embed/persepsi-2027/thanks").await;
    assert!(
        thanks.headers()["content-security-policy"]
            .to_str()
            .unwrap()
            .ends_with("; frame-ancestors 'self' http://127.0.0.1:9")
    );
    let page = manager
        .get("/admin/s/persepsi-2027")
        .await
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("<dd id=\"responses\">1</dd>"),
        "the response is counted"
    );

    // Closed: citizens are told so.
    assert_eq!(
        manager
            .send(
                "/admin/s/persepsi-2027/status",
                &[("to", "closed"), ("confirm", "yes")]
            )
            .await,
        303
    );
    let res = app.get("/s/persepsi-2027").await;
    assert_eq!(res.status(), 410);
    assert!(res.text().await.unwrap().contains("Survei sudah ditutup"));
});

db_test!(codes_made_on_the_admin_page_verify_responses, |db| {
    let app = TestApp::start(db).await;
    persepsi_server::services::demo::accounts(app.db())
        .await
        .unwrap();
    let manager = Browser::new(&app);
    manager
        .login(
            "klungkung@demo.persepsi.id",
            persepsi_server::services::demo::DEMO_PASSWORD,
        )
        .await;
    let csrf = manager.csrf().await;
    let res = manager
        .post(
            "/admin/a/kab-klungkung/u/dukcapil/codes",
            &[("csrf", &csrf), ("count", "5"), ("days", "30")],
        )
        .await;
    assert_eq!(res.status(), 200);
    let html = res.text().await.unwrap();
    let codes: Vec<String> = html
        .split("<li><code>")
        .skip(1)
        .map(|s| s[..s.find('<').unwrap()].to_string())
        .collect();
    assert_eq!(codes.len(), 5);
    assert_eq!(
        manager
            .send("/admin/a/kab-klungkung/u/dukcapil/codes", &[("count", "0")])
            .await,
        422
    );
    let token = app.form_token("demo").await;
    let mut pairs = demo_answers("dukcapil");
    pairs.push(("token", &token));
    pairs.push(("code", &codes[0]));
    assert_eq!(app.post_form("/s/demo", &pairs).await.status(), 303);
    assert_eq!(app.verified_responses().await, 1);
});
