//! Who may do what on the admin side over HTTP: a role × resource × action
//! matrix in which every cross-agency read or write and every assessor
//! write is refused and changes nothing.

use crate::db_test;
use crate::support::{Browser, TestApp, attr_value};
use persepsi_server::services::access::Role;
use persepsi_server::store::entities::{
    agency, instrument, service_unit, survey, verification_code,
};
use sea_orm::ColumnTrait;

pub(crate) const PASSWORD: &str = "kata-sandi-uji-123";

/// Accounts of every role.
pub(crate) async fn accounts(app: &TestApp) {
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    let id = |slug: &'static str| async move {
        persepsi_server::store::entities::agency::Entity::find()
            .filter(persepsi_server::store::entities::agency::Column::Slug.eq(slug))
            .one(app.db())
            .await
            .unwrap()
            .unwrap()
            .id
    };
    let k = id("kab-klungkung").await;
    let b = id("kota-balikpapan").await;
    for (email, role, agency, province) in [
        ("admin@uji.id", Role::Admin, None, None),
        ("klungkung@uji.id", Role::Manager, Some(k), None),
        ("balikpapan@uji.id", Role::Manager, Some(b), None),
        ("penilai@uji.id", Role::Assessor, None, None),
        (
            "penilai.bali@uji.id",
            Role::Assessor,
            None,
            Some("Bali".to_string()),
        ),
    ] {
        persepsi_server::services::auth::create_user(
            app.db(),
            email,
            PASSWORD,
            role,
            agency,
            province,
        )
        .await
        .unwrap();
    }
}

/// What a refused write must leave untouched.
async fn fingerprint(app: &TestApp) -> Vec<u64> {
    vec![
        app.stored::<agency::Entity>().await,
        app.stored::<service_unit::Entity>().await,
        app.stored::<survey::Entity>().await,
        app.stored::<verification_code::Entity>().await,
        app.stored_where::<agency::Entity>(agency::Column::Name.contains("diubah"))
            .await,
        app.stored_where::<survey::Entity>(survey::Column::Title.contains("diubah"))
            .await,
        app.stored_where::<service_unit::Entity>(service_unit::Column::Name.contains("diubah"))
            .await,
    ]
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Expect {
    Allowed,
    Forbidden,
    Hidden,
}

db_test!(roles_and_tenancy_hold_for_every_resource_and_action, |db| {
    let app = TestApp::start(db).await;
    accounts(&app).await;
    // demo (Klungkung) and a survey of Balikpapan, made and opened by the
    // admin on the admin pages.
    let admin = Browser::new(&app);
    assert_eq!(admin.login("admin@uji.id", PASSWORD).await, 303);
    assert_eq!(
        admin
            .edit(
                "/admin/a/kota-balikpapan/surveys/new",
                &[
                    ("slug", "survei-balikpapan"),
                    ("title", "Survei Balikpapan"),
                    // A new survey ticks no unit: the admin picks one.
                    ("units", "dukcapil"),
                ],
            )
            .await,
        303
    );
    assert_eq!(admin.set_status("survei-balikpapan", "open").await, 303);
    let inst = app.stored::<instrument::Entity>().await;
    assert!(inst >= 2);

    use Expect::*;
    // (who, Klungkung (Bali), Balikpapan (Kalimantan Timur)) for reads and writes.
    let table = [
        ("admin@uji.id", (Allowed, Allowed), (Allowed, Allowed), true),
        (
            "klungkung@uji.id",
            (Allowed, Allowed),
            (Hidden, Hidden),
            false,
        ),
        (
            "balikpapan@uji.id",
            (Hidden, Hidden),
            (Allowed, Allowed),
            false,
        ),
        (
            "penilai@uji.id",
            (Allowed, Forbidden),
            (Allowed, Forbidden),
            false,
        ),
        (
            "penilai.bali@uji.id",
            (Allowed, Forbidden),
            (Hidden, Hidden),
            false,
        ),
    ];
    let mut checked = 0;
    for (who, k, b, creates_agencies) in table {
        let browser = Browser::new(&app);
        assert_eq!(browser.login(who, PASSWORD).await, 303, "{who} signs in");
        for ((agency, unit, survey), (read, write)) in [
            (("kab-klungkung", "dukcapil", "demo"), k),
            (("kota-balikpapan", "dukcapil", "survei-balikpapan"), b),
        ] {
            let reads = [
                format!("/admin/a/{agency}"),
                format!("/admin/s/{survey}"),
                format!("/admin/s/{survey}/poster"),
                format!("/admin/s/{survey}/poster?u={unit}"),
            ];
            let edits = [
                format!("/admin/a/{agency}/edit"),
                format!("/admin/a/{agency}/units/new"),
                format!("/admin/a/{agency}/u/{unit}/edit"),
                format!("/admin/a/{agency}/surveys/new"),
                format!("/admin/s/{survey}/edit"),
            ];
            for path in &reads {
                let status = browser.get(path).await.status().as_u16();
                let want = match read {
                    Allowed => 200,
                    Hidden => 404,
                    Forbidden => 403,
                };
                assert_eq!(status, want, "{who} GET {path}");
                checked += 1;
            }
            for path in &edits {
                let status = browser.get(path).await.status().as_u16();
                let want = match write {
                    Allowed => 200,
                    Hidden => 404,
                    Forbidden => 403,
                };
                assert_eq!(status, want, "{who} GET {path}");
                checked += 1;
            }
            let tag = who.split('@').next().unwrap().replace('.', "-");
            let new_unit = format!("unit-{tag}");
            let new_survey = format!("survei-{tag}-{agency}");
            let posts: Vec<(String, Vec<(&str, String)>)> = vec![
                (
                    format!("/admin/a/{agency}/edit"),
                    vec![
                        ("name", format!("{agency} diubah")),
                        ("kind", "city".into()),
                        (
                            "region",
                            if agency == "kab-klungkung" {
                                "Bali".into()
                            } else {
                                "Kalimantan Timur".into()
                            },
                        ),
                    ],
                ),
                (
                    format!("/admin/a/{agency}/units/new"),
                    vec![
                        ("slug", new_unit.clone()),
                        ("name", "Unit baru".into()),
                        ("sector", "health".into()),
                    ],
                ),
                (
                    format!("/admin/a/{agency}/u/{unit}/edit"),
                    vec![
                        ("name", "Dukcapil diubah".into()),
                        ("sector", "civil_registration".into()),
                    ],
                ),
                (
                    format!("/admin/a/{agency}/u/{unit}/codes"),
                    vec![("count", "2".into())],
                ),
                (
                    format!("/admin/s/{survey}/edit"),
                    vec![
                        ("title", "Judul diubah".into()),
                        ("units", unit.into()),
                        ("device_policy", "allow".into()),
                    ],
                ),
            ];
            for (path, pairs) in posts {
                let before = fingerprint(&app).await;
                let pairs: Vec<(&str, &str)> =
                    pairs.iter().map(|(k, v)| (*k, v.as_str())).collect();
                let status = browser.send(&path, &pairs).await;
                match write {
                    Allowed => assert!(
                        status == 303 || status == 200,
                        "{who} POST {path}: {status}"
                    ),
                    Hidden => assert_eq!(status, 404, "{who} POST {path}"),
                    Forbidden => assert_eq!(status, 403, "{who} POST {path}"),
                }
                if write != Allowed {
                    assert_eq!(
                        fingerprint(&app).await,
                        before,
                        "{who} POST {path} changed something"
                    );
                }
                checked += 1;
            }
            // Creating a survey needs the instrument choices; an allowed
            // one must work, a refused one must change nothing.
            let before = fingerprint(&app).await;
            let html = browser
                .get(&format!("/admin/a/{agency}/surveys/new"))
                .await
                .text()
                .await
                .unwrap();
            let instrument = attr_value(&html, "<option value=\"").unwrap_or_default();
            let status = browser
                .send(
                    &format!("/admin/a/{agency}/surveys/new"),
                    &[
                        ("slug", &new_survey),
                        ("title", "Survei baru"),
                        ("instrument", &instrument),
                        ("bands", "x"),
                        ("units", unit),
                        ("device_policy", "allow"),
                    ],
                )
                .await;
            match write {
                // "bands" is nonsense on purpose: the form comes back.
                Allowed => assert_eq!(status, 422, "{who} creates a survey with a bad band table"),
                Hidden => assert_eq!(status, 404),
                Forbidden => assert_eq!(status, 403),
            }
            assert_eq!(fingerprint(&app).await, before);
            checked += 1;
        }
        // Only admins create providers; for anyone else the page does not exist.
        let before = fingerprint(&app).await;
        let status = browser
            .send(
                "/admin/agencies/new",
                &[
                    (
                        "slug",
                        &format!("baru-{}", who.split('@').next().unwrap().replace('.', "-")),
                    ),
                    ("name", "Kantor baru"),
                    ("kind", "agency"),
                    ("region", "Bali"),
                ],
            )
            .await;
        if creates_agencies {
            assert_eq!(status, 303);
        } else {
            assert_eq!(status, 404, "{who} creates an agency");
            assert_eq!(fingerprint(&app).await, before);
        }
        // The home page lists only what the account sees.
        let home = browser.get("/admin").await.text().await.unwrap();
        assert_eq!(
            home.contains("Pemerintah Kota Balikpapan") || home.contains("kota-balikpapan diubah"),
            b.0 != Hidden,
            "{who} home"
        );
        assert_eq!(
            home.contains("Pemerintah Kabupaten Klungkung")
                || home.contains("kab-klungkung diubah"),
            k.0 != Hidden,
            "{who} home"
        );
        checked += 1;
    }
    eprintln!("role matrix: {checked} checks");
    // Allowed writes did happen: codes for two units by admin and managers.
    assert_eq!(app.stored::<verification_code::Entity>().await, 2 * 4);
});
