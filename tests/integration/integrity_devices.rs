//! Ballot stuffing, by device: one device gets one voice where the survey
//! asks for it, device keys expire, and no network address or raw device id
//! is stored.

use crate::db_test;
use crate::integrity_signals::flags;
use crate::support::{TestApp, demo_answers, demo_answers_json};
use persepsi_server::store::entities::device_seen;
use serde_json::json;

db_test!(one_device_one_voice_when_the_survey_asks, |db| {
    let app = TestApp::start(db).await;
    // Allowed by default: a kiosk tablet serves many citizens.
    let (t1, cookie) = app.form_on_device("/s/demo", None).await;
    let (t2, _) = app.form_on_device("/s/demo", Some(&cookie)).await;
    for t in [&t1, &t2] {
        let mut pairs = demo_answers("dukcapil");
        pairs.push(("token", t));
        assert_eq!(
            app.post_form_cookie("/s/demo", &pairs, &cookie)
                .await
                .status(),
            303
        );
    }
    assert_eq!(
        app.stored::<device_seen::Entity>().await,
        0,
        "nothing kept when allowed"
    );

    let manager = app.klungkung_manager().await;
    assert_eq!(
        manager
            .edit("/admin/s/demo/edit", &[("device_policy", "flag")])
            .await,
        303
    );
    for _ in 0..2 {
        let (t, _) = app.form_on_device("/s/demo", Some(&cookie)).await;
        let mut pairs = demo_answers("dukcapil");
        pairs.push(("token", &t));
        assert_eq!(
            app.post_form_cookie("/s/demo", &pairs, &cookie)
                .await
                .status(),
            303
        );
    }
    let f = flags(&app).await;
    assert_eq!(f[2], (false, String::new()), "first answer of the month");
    assert_eq!(f[3], (true, "repeat-device".to_string()));

    assert_eq!(
        manager
            .edit("/admin/s/demo/edit", &[("device_policy", "reject")])
            .await,
        303
    );
    let (t, _) = app.form_on_device("/s/demo", Some(&cookie)).await;
    let mut pairs = demo_answers("dukcapil");
    pairs.push(("token", &t));
    let res = app.post_form_cookie("/s/demo", &pairs, &cookie).await;
    assert_eq!(res.status(), 409);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("Anda sudah mengisi survei ini")
    );
    assert_eq!(app.responses().await, 4);
    // A retry of an answer already stored still gets its thanks.
    let mut pairs = demo_answers("dukcapil");
    pairs.push(("token", &t2));
    assert_eq!(
        app.post_form_cookie("/s/demo", &pairs, &cookie)
            .await
            .status(),
        303
    );
    // Another device is welcome.
    let (t, other) = app.form_on_device("/s/demo", None).await;
    let mut pairs = demo_answers("dukcapil");
    pairs.push(("token", &t));
    assert_eq!(
        app.post_form_cookie("/s/demo", &pairs, &other)
            .await
            .status(),
        303
    );
    // A forged cookie is no device at all.
    let (t, _) = app.form_on_device("/s/demo", None).await;
    let mut pairs = demo_answers("dukcapil");
    pairs.push(("token", &t));
    let forged = "persepsi_device=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
    assert_eq!(
        app.post_form_cookie("/s/demo", &pairs, forged)
            .await
            .status(),
        303
    );
    assert_eq!(app.responses().await, 6);
});

db_test!(no_network_address_is_stored_and_device_keys_expire, |db| {
    use sea_orm::{ConnectionTrait, Statement};
    let app = TestApp::start(db).await;
    let manager = app.klungkung_manager().await;
    assert_eq!(
        manager
            .edit("/admin/s/demo/edit", &[("device_policy", "flag")])
            .await,
        303
    );
    let (t, cookie) = app.form_on_device("/s/demo?u=dukcapil", None).await;
    let mut pairs = demo_answers("dukcapil");
    pairs.push(("token", &t));
    assert_eq!(
        app.post_form_cookie("/s/demo", &pairs, &cookie)
            .await
            .status(),
        303
    );
    let token = app.api_token("demo").await;
    app.post_json(
        "/api/v1/surveys/demo/responses",
        &json!({ "token": token, "unit": "dukcapil", "answers": demo_answers_json() }),
    )
    .await;
    // Raw SQL, the test being about the schema: every text column of every
    // table, whatever the entities map, searched for the address and the
    // raw device id.
    let device_id = cookie.trim_start_matches("persepsi_device=");
    let backend = app.db().get_database_backend();
    let mut seen = String::new();
    for table in [
        "response",
        "answer",
        "tally",
        "device_seen",
        "verification_code",
        "api_token",
        "survey",
        "setting",
    ] {
        let rows = app
            .db()
            .query_all_raw(Statement::from_string(
                backend,
                format!("SELECT * FROM {table}"),
            ))
            .await
            .unwrap();
        let mut text = String::new();
        for row in rows {
            for i in 0..row.column_names().len() {
                if let Ok(Some(v)) = row.try_get_by_index::<Option<String>>(i) {
                    text.push_str(&v);
                    text.push('\n');
                }
            }
        }
        assert!(!text.contains("127.0.0.1"), "{table} holds an address");
        assert!(!text.contains(device_id), "{table} holds a device id");
        seen.push_str(&text);
    }
    // The search does read the stored text.
    assert!(seen.contains("Pelayanan") || seen.contains("demo"));
    assert!(seen.contains(&app.state.tokens.device_hash(
        app.state.tokens.verify_device(device_id).unwrap(),
        &persepsi_server::store::tallies::month_of(chrono::Utc::now())
    )));
    // The form's device, and the API client's: it came without a cookie,
    // so its token named a device of its own.
    assert_eq!(app.stored::<device_seen::Entity>().await, 2);
    let old = match app.db().get_database_backend() {
        sea_orm::DatabaseBackend::Postgres => "now() - interval '60 days'",
        _ => "datetime('now', '-60 days')",
    };
    // Raw SQL: a key from 60 days ago is a time in the past the product cannot make.
    app.exec(&format!("UPDATE device_seen SET created_at = {old}"))
        .await;
    let purged = persepsi_server::store::privacy::purge(app.db(), chrono::Duration::days(40))
        .await
        .unwrap();
    assert_eq!(purged, 2);
    assert_eq!(app.stored::<device_seen::Entity>().await, 0);
});
