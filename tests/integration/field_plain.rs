//! A kiosk tablet or an interviewer's phone without JavaScript: the form
//! posts the plain way, is stored once under the page's own id however
//! often it is sent, says what to mend beside the field, and an
//! interviewer's post needs the session's token.

use crate::admin_access::{PASSWORD, accounts};
use crate::db_test;
use crate::field::{kiosk_rows, register, signed_in};
use crate::support::{Browser, TestApp, attr_value, demo_answers};
use persepsi_server::services::access::Role;
use persepsi_server::store::entities::response;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

/// The page's own id and the answers of one respondent of `unit`.
fn filled(
    html: &str,
    unit: &'static str,
    extra: &[(&'static str, String)],
) -> Vec<(String, String)> {
    let token = attr_value(html, "name=\"token\" value=\"").expect("the form's id");
    let mut pairs: Vec<(String, String)> = demo_answers(unit)
        .into_iter()
        .filter(|(k, _)| *k != "unit")
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    pairs.push(("token".into(), token));
    pairs.extend(extra.iter().map(|(k, v)| (k.to_string(), v.clone())));
    pairs
}

fn refs(pairs: &[(String, String)]) -> Vec<(&str, &str)> {
    pairs
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect()
}

db_test!(forms_without_the_script_are_stored_once_each, |db| {
    let app = TestApp::start(db).await;
    accounts(&app).await;
    let manager = Browser::new(&app);
    assert_eq!(manager.login("klungkung@uji.id", PASSWORD).await, 303);
    let (device, code) = register(&app, &manager, "Tablet tanpa skrip", "dukcapil").await;
    let tablet = Browser::new(&app);
    assert_eq!(
        tablet
            .post("/kiosk/pair", &[("code", &code)])
            .await
            .status(),
        303
    );

    // The kiosk: sent twice (a double tap), stored once.
    let html = tablet.get("/kiosk").await.text().await.unwrap();
    let pairs = filled(&html, "dukcapil", &[]);
    for _ in 0..2 {
        let r = tablet.post("/kiosk", &refs(&pairs)).await;
        assert_eq!(r.status(), 303);
        assert_eq!(r.headers()["location"], "/kiosk?sent=1");
    }
    assert_eq!(kiosk_rows(&app, device).await.len(), 1);
    let thanked = tablet.get("/kiosk?sent=1").await.text().await.unwrap();
    assert!(thanked.contains("Jawaban Anda tersimpan"));
    // A question left out: the form again, the message beside it.
    let html = tablet.get("/kiosk").await.text().await.unwrap();
    let mut half = filled(&html, "dukcapil", &[]);
    half.retain(|(k, _)| k != "procedure");
    let r = tablet.post("/kiosk", &refs(&half)).await;
    assert_eq!(r.status(), 422);
    assert!(r.text().await.unwrap().contains("id=\"err-procedure\""));
    assert_eq!(kiosk_rows(&app, device).await.len(), 1);
    // Revoked, its plain post stores nothing and leads back to pairing.
    let html = tablet.get("/kiosk").await.text().await.unwrap();
    let pending = filled(&html, "dukcapil", &[]);
    let csrf = manager.csrf().await;
    let revoke = format!("/admin/s/demo/kiosks/{device}/revoke");
    assert_eq!(
        manager.post(&revoke, &[("csrf", &csrf)]).await.status(),
        303
    );
    let r = tablet.post("/kiosk", &refs(&pending)).await;
    assert_eq!(r.status(), 303);
    assert_eq!(r.headers()["location"], "/kiosk");
    assert_eq!(kiosk_rows(&app, device).await.len(), 1);

    // The interviewer: the session's token is needed; twice is once.
    let (interviewer, who) = signed_in(&app, "pencacah@uji.id", Role::Enumerator, None).await;
    let path = "/admin/interviews/demo/dukcapil";
    let html = interviewer.get(path).await.text().await.unwrap();
    let csrf = attr_value(&html, "name=\"csrf\" value=\"").expect("the form carries the token");
    let forged = filled(&html, "dukcapil", &[("csrf", "palsu".into())]);
    assert_eq!(interviewer.post(path, &refs(&forged)).await.status(), 403);
    let pairs = filled(&html, "dukcapil", &[("csrf", csrf)]);
    for _ in 0..2 {
        let r = interviewer.post(path, &refs(&pairs)).await;
        assert_eq!(r.status(), 303);
        assert_eq!(r.headers()["location"], format!("{path}?saved=1"));
    }
    let stored = response::Entity::find()
        .filter(response::Column::InterviewerId.eq(who))
        .all(app.db())
        .await
        .unwrap();
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].channel, "interview");
    let page = interviewer
        .get(&format!("{path}?saved=1"))
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("Wawancara terkirim dan tersimpan"));
});

db_test!(the_kiosk_and_the_interview_list_install_as_apps, |db| {
    let app = TestApp::start(db).await;
    accounts(&app).await;
    for (path, start, display) in [
        ("/kiosk.webmanifest", "/kiosk", "fullscreen"),
        ("/interviews.webmanifest", "/admin/interviews", "standalone"),
    ] {
        let r = app.get(path).await;
        assert_eq!(r.status(), 200);
        assert_eq!(r.headers()["content-type"], "application/manifest+json");
        let m: serde_json::Value = r.json().await.unwrap();
        assert_eq!(m["start_url"], start);
        assert_eq!(m["display"], display);
        for icon in m["icons"].as_array().unwrap() {
            let bytes = app
                .get(icon["src"].as_str().unwrap())
                .await
                .bytes()
                .await
                .unwrap();
            let reader = png::Decoder::new(std::io::Cursor::new(bytes))
                .read_info()
                .unwrap();
            let side = format!("{}x{}", reader.info().width, reader.info().height);
            assert_eq!(icon["sizes"], side.as_str());
        }
    }
    let (interviewer, _) = signed_in(&app, "pencacah@uji.id", Role::Enumerator, None).await;
    let list = interviewer
        .get("/admin/interviews")
        .await
        .text()
        .await
        .unwrap();
    assert!(list.contains(r#"<link rel="manifest" href="/interviews.webmanifest">"#));
    let form = app.get("/s/demo").await.text().await.unwrap();
    assert!(
        !form.contains("rel=\"manifest\""),
        "the citizen's form installs nothing"
    );
});
