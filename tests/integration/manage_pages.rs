//! The manager's smaller pages: every unit's poster at once, and the
//! address code made from the name when left empty.

use crate::admin_access::{PASSWORD, accounts};
use crate::db_test;
use crate::support::{Browser, TestApp};

db_test!(
    every_units_poster_prints_at_once_for_its_agency_only,
    |db| {
        let app = TestApp::start(db).await;
        accounts(&app).await;
        let manager = Browser::new(&app);
        assert_eq!(manager.login("klungkung@uji.id", PASSWORD).await, 303);
        let survey = manager.get("/admin/s/demo").await.text().await.unwrap();
        assert!(survey.contains("/admin/s/demo/posters"), "linked");
        let res = manager.get("/admin/s/demo/posters").await;
        assert_eq!(res.status(), 200);
        let html = res.text().await.unwrap();
        let sheets = html.matches("class=\"poster-sheet\"").count();
        assert!(sheets >= 2, "one sheet per unit: {sheets}");
        assert_eq!(
            html.matches("<svg").count(),
            sheets,
            "each with its QR code"
        );
        assert!(html.contains("?u=dukcapil"), "a unit's code opens its form");
        let host = app.base.trim_start_matches("http://");
        assert!(
            html.contains(&format!("<strong>{host}/s/demo</strong>")),
            "a short address"
        );
        assert!(html.contains("sekitar 2 menit") && html.contains("Tanpa nama"));

        let other = Browser::new(&app);
        assert_eq!(other.login("balikpapan@uji.id", PASSWORD).await, 303);
        assert_eq!(other.get("/admin/s/demo/posters").await.status(), 404);
    }
);

db_test!(an_empty_address_code_is_made_from_the_name, |db| {
    let app = TestApp::start(db).await;
    accounts(&app).await;
    let manager = Browser::new(&app);
    assert_eq!(manager.login("klungkung@uji.id", PASSWORD).await, 303);
    let form = manager.get("/admin/a/kab-klungkung/units/new").await;
    assert!(form.text().await.unwrap().contains("/admin/slug.js"));
    let status = manager
        .send(
            "/admin/a/kab-klungkung/units/new",
            &[
                ("slug", ""),
                ("name", "Puskesmas Dawan II"),
                ("sector", "health"),
            ],
        )
        .await;
    assert_eq!(status, 303);
    let made = manager
        .get("/admin/a/kab-klungkung/u/puskesmas-dawan-ii/edit")
        .await;
    assert_eq!(made.status(), 200);
    let script = app.get("/admin/slug.js").await;
    assert_eq!(script.status(), 200);
    assert!(script.text().await.unwrap().contains("in-slug"));
});
