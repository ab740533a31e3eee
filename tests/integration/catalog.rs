//! Instruments and band tables as versioned data in the database.

use crate::db_test;
use crate::support::TestApp;
use app::ssr::catalog::{INSTRUMENTS, parse_instrument, store_instrument, sync};

db_test!(shipped_definitions_are_loaded_once, |db| {
    let app = TestApp::start(db).await;
    assert_eq!(app.count("SELECT COUNT(*) FROM instrument").await, 2);
    assert_eq!(app.count("SELECT COUNT(*) FROM band_table").await, 5);
    sync(app.db()).await.unwrap();
    assert_eq!(app.count("SELECT COUNT(*) FROM instrument").await, 2);
});

db_test!(a_stored_version_can_never_change, |db| {
    let app = TestApp::start(db).await;
    let (file, text) = INSTRUMENTS[1];
    let edited = text.replace(
        "Bagaimana pendapat Saudara tentang kecepatan",
        "Seberapa cepat",
    );
    let def = parse_instrument(file, &edited).unwrap();
    let err = store_instrument(app.db(), file, &def)
        .await
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("skm version 1 differs from the stored one"),
        "{err}"
    );
    // As a new version it is accepted, and the old one is untouched.
    let mut v2 = def.clone();
    v2.version = 2;
    store_instrument(app.db(), "skm.v2.toml", &v2)
        .await
        .unwrap();
    assert_eq!(
        app.count("SELECT COUNT(*) FROM instrument WHERE key = 'skm'")
            .await,
        2
    );
    assert!(
        app.get("/s/demo-skm")
            .await
            .text()
            .await
            .unwrap()
            .contains("kecepatan waktu")
    );
});
