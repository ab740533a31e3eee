//! Counters (*loket*): each has its own link; answers through it are
//! attributed to it (only when answered for its unit; an unknown code is
//! ignored, never an error for the citizen). A counter's figures show to
//! its agency from ten answers up, never a count below; nothing of it is
//! on the citizen's or the public pages; another agency sees nothing.

use crate::admin_access::{PASSWORD, accounts};
use crate::db_test;
use crate::support::{Browser, TestApp, demo_answers, form_fields};
use persepsi_server::store::entities::{response, service_counter};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

/// One citizen answering through `path`; the response's counter.
async fn answer_through(app: &TestApp, path: &str, unit: &'static str) -> Option<uuid::Uuid> {
    let html = app.get(path).await.text().await.unwrap();
    let mut pairs = form_fields(&html, "/s/demo");
    pairs.retain(|(k, _)| k == "token" || k == "counter" || k == "lang");
    let owned: Vec<(String, String)> = demo_answers(unit)
        .into_iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .chain(pairs)
        .collect();
    let refs: Vec<(&str, &str)> = owned
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let r = app.post_form("/s/demo", &refs).await;
    assert_eq!(r.status(), 303, "stored");
    let token = owned.iter().find(|(k, _)| k == "token").unwrap().1.clone();
    let hash = app
        .state
        .tokens
        .verify(&token, app.state.clock.now().timestamp(), 86_400)
        .unwrap()
        .hash;
    response::Entity::find()
        .filter(response::Column::TokenHash.eq(hash))
        .one(app.db())
        .await
        .unwrap()
        .expect("the response")
        .counter_id
}

db_test!(counters_attribute_answers_and_show_only_ten_up, |db| {
    let app = TestApp::start(db).await;
    accounts(&app).await;
    let manager = Browser::new(&app);
    assert_eq!(manager.login("klungkung@uji.id", PASSWORD).await, 303);
    assert_eq!(
        manager
            .send(
                "/admin/s/demo/counters",
                &[("label", ""), ("unit", "dukcapil")]
            )
            .await,
        422,
        "a counter needs a name"
    );
    for label in ["Loket 1", "Loket 2"] {
        let status = manager
            .send(
                "/admin/s/demo/counters",
                &[("label", label), ("unit", "dukcapil")],
            )
            .await;
        assert_eq!(status, 303);
    }
    let find = |label: &'static str| {
        service_counter::Entity::find()
            .filter(service_counter::Column::Label.eq(label))
            .one(app.db())
    };
    let one = find("Loket 1").await.unwrap().unwrap();
    let two = find("Loket 2").await.unwrap().unwrap();
    let page = manager
        .get("/admin/s/demo/counters")
        .await
        .text()
        .await
        .unwrap();
    assert!(
        page.contains(&format!("/s/demo?u=dukcapil&amp;k={}", one.code)),
        "its own link"
    );

    for _ in 0..12 {
        let got = answer_through(
            &app,
            &format!("/s/demo?u=dukcapil&k={}", one.code),
            "dukcapil",
        )
        .await;
        assert_eq!(got, Some(one.id));
    }
    for _ in 0..3 {
        let got = answer_through(
            &app,
            &format!("/s/demo?u=dukcapil&k={}", two.code),
            "dukcapil",
        )
        .await;
        assert_eq!(got, Some(two.id));
    }
    // A made-up code, or a counter of another unit, attributes nothing.
    assert_eq!(
        answer_through(&app, "/s/demo?u=dukcapil&k=bukan-kode", "dukcapil").await,
        None
    );
    assert_eq!(
        answer_through(
            &app,
            &format!("/s/demo?u=dpmptsp&k={}", one.code),
            "dpmptsp"
        )
        .await,
        None
    );

    let page = manager
        .get("/admin/s/demo/counters")
        .await
        .text()
        .await
        .unwrap();
    let row = |label: &str| {
        let at = page
            .find(&format!("<th scope=\"row\">{label}</th>"))
            .unwrap();
        page[at..at + page[at..].find("</tr>").unwrap()].to_string()
    };
    assert!(row("Loket 1").contains("n = 12"), "{}", row("Loket 1"));
    assert!(row("Loket 2").contains("Kurang dari 10 jawaban"));
    assert!(!row("Loket 2").contains("n = 3"), "no count below ten");

    // Nothing of it for citizens or the public.
    let form = app
        .get(&format!("/s/demo?u=dukcapil&k={}", one.code))
        .await
        .text()
        .await
        .unwrap();
    assert!(!form.contains("Loket 1"));
    let public = app.get("/s/demo/results").await.text().await.unwrap();
    assert!(!public.contains("Loket"));
    // An assessor reads it; another agency's manager gets nothing.
    let assessor = Browser::new(&app);
    assert_eq!(assessor.login("penilai@uji.id", PASSWORD).await, 303);
    let seen = assessor
        .get("/admin/s/demo/counters")
        .await
        .text()
        .await
        .unwrap();
    assert!(seen.contains("n = 12") && !seen.contains("name=\"label\""));
    let other = Browser::new(&app);
    assert_eq!(other.login("balikpapan@uji.id", PASSWORD).await, 303);
    assert_eq!(other.get("/admin/s/demo/counters").await.status(), 404);
    assert_eq!(
        other
            .send(
                "/admin/s/demo/counters",
                &[("label", "X"), ("unit", "dukcapil")]
            )
            .await,
        404
    );
});
