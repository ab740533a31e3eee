//! Instruments and band tables as versioned data in the database.

use crate::db_test;
use crate::support::TestApp;
use app::domain::instrument::Instrument;
use persepsi_server::store::catalog::{INSTRUMENTS, parse, store_instrument, sync};
use persepsi_server::store::entities::{band_table, instrument};
use sea_orm::{ColumnTrait, ConnectionTrait};

db_test!(shipped_definitions_are_loaded_once, |db| {
    let app = TestApp::start(db).await;
    assert_eq!(app.stored::<instrument::Entity>().await, 5);
    assert_eq!(app.stored::<band_table::Entity>().await, 6);
    sync(app.db()).await.unwrap();
    assert_eq!(app.stored::<instrument::Entity>().await, 5);
});

db_test!(a_stored_version_can_never_change, |db| {
    let app = TestApp::start(db).await;
    let (file, text) = INSTRUMENTS[1];
    let edited = text.replace(
        "Bagaimana pendapat Saudara tentang kecepatan",
        "Seberapa cepat",
    );
    let def: Instrument = parse(file, &edited).unwrap();
    let err = store_instrument(app.db(), file, &def)
        .await
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("skm version 1 differs from the stored one"),
        "{err}"
    );
    // A response on the survey (pinned to version 2).
    let token = app.api_token("demo-skm").await;
    let answers: serde_json::Map<String, serde_json::Value> = crate::support::SKM_ELEMENTS
        .iter()
        .enumerate()
        .map(|(i, k)| (k.to_string(), serde_json::json!(1 + i % 4)))
        .collect();
    let res = app
        .post_json(
            "/api/v1/surveys/demo-skm/responses",
            &serde_json::json!({ "token": token, "answers": answers }),
        )
        .await;
    assert_eq!(res.status(), 201);
    let before = app.score("demo-skm").await;
    // As a new version (here weighing requirements five times) it is
    // accepted, and the old one, and scores made with it, are untouched.
    let mut v3 = def.clone();
    v3.version = 3;
    v3.items
        .iter_mut()
        .find(|i| i.key == "u1_requirements")
        .unwrap()
        .weight = 5.0;
    store_instrument(app.db(), "skm.v3.toml", &v3)
        .await
        .unwrap();
    assert_eq!(
        app.stored_where::<instrument::Entity>(instrument::Column::Key.eq("skm"))
            .await,
        3
    );
    assert!(
        app.get("/s/demo-skm")
            .await
            .text()
            .await
            .unwrap()
            .contains("Seberapa cepat layanan Anda selesai?")
    );
    assert_eq!(
        app.score("demo-skm").await,
        before,
        "scores keep their version"
    );
});

#[tokio::test]
async fn an_unreachable_database_stops_start_up_with_a_clear_message() {
    let config = persepsi_server::config::Config::for_database(
        "postgres://postgres:pw@127.0.0.1:1/persepsi",
    );
    let err = match persepsi_server::build(&config).await {
        Ok(_) => panic!("a server was built on a database that does not exist"),
        Err(e) => format!("{e:#}"),
    };
    assert!(
        err.starts_with("could not open the database postgres://postgres@127.0.0.1:1/persepsi"),
        "{err}"
    );
    assert!(!err.contains("pw"), "the password is not shown: {err}");
}

#[tokio::test]
async fn an_unopenable_sqlite_path_names_the_database() {
    // A file where the database's folder should be: SQLite cannot open it.
    let dir = tempfile::tempdir().unwrap();
    let blocker = dir.path().join("not-a-folder");
    std::fs::write(&blocker, "x").unwrap();
    let url = format!("sqlite://{}/persepsi.db", blocker.display());
    let config = persepsi_server::config::Config::for_database(url.clone());
    let err = match persepsi_server::build(&config).await {
        Ok(_) => panic!("a server was built on an impossible path"),
        Err(e) => format!("{e:#}"),
    };
    assert!(err.contains(&url), "{err}");
}

db_test!(
    a_failed_migration_stops_start_up_and_names_the_database,
    |db| {
        // A table in the way of the first migration: it cannot be applied
        // (raw SQL: a schema no version of the product makes).
        let (url, _db) = crate::support::empty_database(db).await;
        let conn = persepsi_server::store::db::connect(&url, 1).await.unwrap();
        conn.execute_unprepared("CREATE TABLE agency (something_else INTEGER)")
            .await
            .unwrap();
        conn.close().await.unwrap();
        let config = persepsi_server::config::Config::for_database(url.clone());
        let err = match persepsi_server::build(&config).await {
            Ok(_) => panic!("a server started on a database it could not migrate"),
            Err(e) => format!("{e:#}"),
        };
        let shown = persepsi_server::config::redact(&url);
        assert!(
            err.starts_with(&format!("could not migrate the database {shown}")),
            "{err}"
        );
        assert!(err.contains("agency"), "the cause is given: {err}");
        // The table in the way is left as it was (raw SQL: the entity does
        // not fit that table).
        let conn = persepsi_server::store::db::connect(&url, 1).await.unwrap();
        let backend = conn.get_database_backend();
        let row = conn
            .query_one_raw(sea_orm::Statement::from_string(
                backend,
                "SELECT COUNT(*) FROM agency".to_string(),
            ))
            .await
            .unwrap()
            .unwrap();
        assert_eq!(row.try_get_by_index::<i64>(0).unwrap(), 0);
    }
);
