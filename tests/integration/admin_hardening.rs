//! Attacks on the admin side that once worked: a manager moving their
//! agency out of its assessor's reach, a sign-in redirect that broke the
//! server, and posts from another site.

use crate::admin_access::{PASSWORD, accounts};
use crate::db_test;
use crate::exports::{fetch, fill, token_for};
use crate::support::{Browser, TestApp};
use persepsi_server::store::entities::agency;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

const KLUNGKUNG: &str = "Pemerintah Kabupaten Klungkung";

async fn signed_in(app: &TestApp, email: &str) -> Browser {
    let b = Browser::new(app);
    assert_eq!(b.login(email, PASSWORD).await, 303, "{email} signs in");
    b
}

async fn klungkung(app: &TestApp) -> agency::Model {
    agency::Entity::find()
        .filter(agency::Column::Slug.eq("kab-klungkung"))
        .one(app.db())
        .await
        .unwrap()
        .unwrap()
}

/// Whether the Bali assessor finds Klungkung in their list of agencies,
/// their ranking and their scores export.
async fn bali_sees_klungkung(app: &TestApp, bali: &Browser, token: &str) -> [bool; 3] {
    let list = bali.get("/admin").await.text().await.unwrap();
    let ranking = bali.get("/admin/ranking").await.text().await.unwrap();
    let export = fetch(app, token, "/api/v1/exports/scores.csv?level=unit").await;
    assert_eq!(export.status(), 200);
    let export = export.text().await.unwrap();
    [
        list.contains(KLUNGKUNG),
        ranking.contains(KLUNGKUNG),
        export.contains("kab-klungkung"),
    ]
}

db_test!(
    a_manager_cannot_move_their_agency_out_of_its_assessors_reach,
    |db| {
        let app = TestApp::start(db).await;
        accounts(&app).await;
        fill(&app).await;
        let bali = signed_in(&app, "penilai.bali@uji.id").await;
        let token = token_for(&app, "penilai.bali@uji.id").await;
        assert_eq!(bali_sees_klungkung(&app, &bali, &token).await, [true; 3]);
        // The manager's form shows kind and region, and offers no field for them.
        let manager = signed_in(&app, "klungkung@uji.id").await;
        let form = manager
            .get("/admin/a/kab-klungkung/edit")
            .await
            .text()
            .await
            .unwrap();
        assert!(!form.contains("name=\"region\"") && !form.contains("name=\"kind\""));
        assert!(form.contains(">Bali<") && form.contains("hanya admin"));
        // A hand-made post moving it anyway: the name changes, the place does not.
        for (kind, region) in [("city", "Jawa Timur"), ("police_resort", "bali ")] {
            let pairs = [("name", KLUNGKUNG), ("kind", kind), ("region", region)];
            assert_eq!(
                manager.send("/admin/a/kab-klungkung/edit", &pairs).await,
                303
            );
            let stored = klungkung(&app).await;
            assert_eq!(
                (stored.kind.as_str(), stored.region.as_str()),
                ("regency", "Bali")
            );
        }
        assert_eq!(bali_sees_klungkung(&app, &bali, &token).await, [true; 3]);
        // The admin may place it: a region spelled in lower case is still Bali,
        // for the list, the ranking and the export alike.
        let admin = signed_in(&app, "admin@uji.id").await;
        let change = [("region", "  bali "), ("kind", "city")];
        assert_eq!(
            admin.edit("/admin/a/kab-klungkung/edit", &change).await,
            303
        );
        let stored = klungkung(&app).await;
        assert_eq!(
            (stored.kind.as_str(), stored.region.as_str()),
            ("city", "bali")
        );
        assert_eq!(bali_sees_klungkung(&app, &bali, &token).await, [true; 3]);
        assert_eq!(bali.get("/admin/a/kab-klungkung").await.status(), 200);
        // Moved to another province by the admin, it leaves the Bali assessor.
        let change = [("region", "Jawa Timur")];
        assert_eq!(
            admin.edit("/admin/a/kab-klungkung/edit", &change).await,
            303
        );
        assert_eq!(bali_sees_klungkung(&app, &bali, &token).await, [false; 3]);
        assert_eq!(bali.get("/admin/a/kab-klungkung").await.status(), 404);
    }
);

db_test!(a_next_that_is_not_a_safe_local_path_is_ignored, |db| {
    let app = TestApp::start(db).await;
    accounts(&app).await;
    for (next, to) in [
        ("%2Fadmin%0A", "/admin"),
        ("%2Fadmin%0D%0ASet-Cookie%3A%20x%3D1", "/admin"),
        ("%2Fadmin%2Fa%2Fkab-klungkung%20x", "/admin"),
        ("%2Fadministrator", "/admin"),
        ("https%3A%2F%2Fevil.example%2Fadmin", "/admin"),
        ("%2Fadmin%2F%5C%5Cevil.example", "/admin"),
        ("%2Fadmin%2Fa%2Fkab-klungkung", "/admin/a/kab-klungkung"),
    ] {
        let b = Browser::new(&app);
        let page = b.get(&format!("/admin/login?next={next}")).await;
        assert_eq!(page.status(), 200, "{next}");
        let html = page.text().await.unwrap();
        let csrf = crate::support::attr_value(&html, "name=\"csrf\" value=\"").unwrap();
        let pairs = [
            ("csrf", csrf.as_str()),
            ("email", "admin@uji.id"),
            ("password", PASSWORD),
        ];
        let res = b.post(&format!("/admin/login?next={next}"), &pairs).await;
        assert_eq!(res.status(), 303, "{next}");
        assert_eq!(res.headers()["location"], to, "{next}");
    }
});

db_test!(
    posts_from_another_site_are_refused_before_anything_changes,
    |db| {
        let app = TestApp::start(db).await;
        accounts(&app).await;
        let admin = signed_in(&app, "admin@uji.id").await;
        let csrf = admin.csrf().await;
        let path = "/admin/a/kab-klungkung/edit";
        let post = |name: &'static str| {
            [
                ("csrf", csrf.clone()),
                ("name", name.to_string()),
                ("kind", "regency".into()),
                ("region", "Bali".into()),
            ]
        };
        let own_page = format!("{}{path}", app.base);
        for headers in [
            vec![("origin", "https://evil.example")],
            vec![("origin", "null")],
            vec![("origin", "http://127.0.0.1.evil.example")],
            vec![("referer", "https://evil.example/phish")],
            vec![
                ("origin", "https://evil.example"),
                ("referer", own_page.as_str()),
            ],
        ] {
            let pairs = post("Dari situs lain");
            let pairs: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (*k, v.as_str())).collect();
            let res = admin.post_headers(path, &pairs, &headers).await;
            assert_eq!(res.status(), 403, "{headers:?}");
            assert!(res.text().await.unwrap().contains("datang dari situs lain"));
        }
        let moved = app
            .stored_where::<agency::Entity>(agency::Column::Name.eq("Dari situs lain"))
            .await;
        assert_eq!(moved, 0, "nothing changed");
        // From this site, or with neither header (curl, old browsers): accepted.
        for (i, headers) in [
            vec![("origin", app.base.as_str())],
            vec![("referer", own_page.as_str())],
            vec![],
        ]
        .into_iter()
        .enumerate()
        {
            let name = ["Nama satu", "Nama dua", "Nama tiga"][i];
            let pairs = post(name);
            let pairs: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (*k, v.as_str())).collect();
            assert_eq!(
                admin.post_headers(path, &pairs, &headers).await.status(),
                303
            );
            assert_eq!(klungkung(&app).await.name, name);
        }
        // Signing in from another site's form is refused too (login forgery).
        let other = Browser::new(&app);
        let res = other
            .login_with(
                "admin@uji.id",
                PASSWORD,
                &[("origin", "https://evil.example")],
            )
            .await;
        assert_eq!(res.status(), 403);
        let session = res
            .headers()
            .get_all("set-cookie")
            .iter()
            .any(|c| c.to_str().unwrap().starts_with("persepsi_session="));
        assert!(!session, "no session");
    }
);

db_test!(the_origin_check_follows_the_public_url, |db| {
    let public = "https://survei.example.go.id";
    let app = TestApp::start_with(db, |c| c.site.public_url = Some(public.into())).await;
    accounts(&app).await;
    let admin = signed_in(&app, "admin@uji.id").await;
    let csrf = admin.csrf().await;
    let pairs = [
        ("csrf", csrf.as_str()),
        ("name", "Nama baru"),
        ("kind", "regency"),
        ("region", "Bali"),
    ];
    let path = "/admin/a/kab-klungkung/edit";
    // The address the server was reached at is not the site's public one.
    let res = admin
        .post_headers(path, &pairs, &[("origin", app.base.as_str())])
        .await;
    assert_eq!(res.status(), 403);
    let res = admin
        .post_headers(path, &pairs, &[("origin", "http://survei.example.go.id")])
        .await;
    assert_eq!(res.status(), 403, "another scheme is another site");
    let res = admin
        .post_headers(
            path,
            &pairs,
            &[("origin", "https://SURVEI.example.go.id:443")],
        )
        .await;
    assert_eq!(res.status(), 303);
    assert_eq!(klungkung(&app).await.name, "Nama baru");
});
