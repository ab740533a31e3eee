//! Signing in to the admin side over HTTP: anti-forgery tokens on every
//! state-changing request, sign-in throttling, sessions that end, and safe
//! cookies.

use crate::admin_access::{PASSWORD, accounts};
use crate::db_test;
use crate::support::{Browser, TestApp, attr_value};
use persepsi_server::store::entities::{agency, session};
use sea_orm::ColumnTrait;

db_test!(state_changing_requests_need_the_sessions_token, |db| {
    let app = TestApp::start(db).await;
    accounts(&app).await;
    let browser = Browser::new(&app);
    // Sign-in itself needs the form's token (no login forgery).
    assert_eq!(
        browser
            .post(
                "/admin/login",
                &[("email", "admin@uji.id"), ("password", PASSWORD)]
            )
            .await
            .status(),
        403
    );
    assert_eq!(browser.login("admin@uji.id", PASSWORD).await, 303);
    let pairs = [
        ("name", "Nama diubah"),
        ("kind", "city"),
        ("region", "Bali"),
    ];
    // No token, a wrong token, a token of another session: refused.
    let none = browser.post("/admin/a/kab-klungkung/edit", &pairs).await;
    assert_eq!(none.status(), 403);
    assert!(none.text().await.unwrap().contains("Formulir kedaluwarsa"));
    let mut wrong = vec![("csrf", "x".repeat(43))];
    wrong.extend(pairs.iter().map(|(k, v)| (*k, v.to_string())));
    let wrong: Vec<(&str, &str)> = wrong.iter().map(|(k, v)| (*k, v.as_str())).collect();
    assert_eq!(
        browser
            .post("/admin/a/kab-klungkung/edit", &wrong)
            .await
            .status(),
        403
    );
    let other = Browser::new(&app);
    assert_eq!(other.login("klungkung@uji.id", PASSWORD).await, 303);
    let theirs = other.csrf().await;
    let mut borrowed = vec![("csrf", theirs.as_str())];
    borrowed.extend_from_slice(&pairs);
    assert_eq!(
        browser
            .post("/admin/a/kab-klungkung/edit", &borrowed)
            .await
            .status(),
        403
    );
    assert_eq!(
        browser.post("/admin/logout", &[]).await.status(),
        403,
        "logout too"
    );
    assert_eq!(
        app.stored_where::<agency::Entity>(agency::Column::Name.eq("Nama diubah"))
            .await,
        0
    );
    // With it: done.
    assert_eq!(
        browser.send("/admin/a/kab-klungkung/edit", &pairs).await,
        303
    );
    assert_eq!(
        app.stored_where::<agency::Entity>(agency::Column::Name.eq("Nama diubah"))
            .await,
        1
    );
});

db_test!(
    sign_in_is_throttled_sessions_end_and_cookies_are_safe,
    |db| {
        let app =
            TestApp::start_with(db, |c| c.limits.login_account = "3/600".parse().unwrap()).await;
        accounts(&app).await;
        // Not signed in: to the sign-in page, and back after.
        let browser = Browser::new(&app);
        let res = browser.get("/admin/a/kab-klungkung").await;
        assert_eq!(res.status(), 303);
        assert_eq!(
            res.headers()["location"],
            "/admin/login?next=%2Fadmin%2Fa%2Fkab-klungkung"
        );
        // Wrong passwords read like an unknown account, then are throttled.
        let mut statuses = Vec::new();
        for _ in 0..4 {
            statuses.push(browser.login("klungkung@uji.id", "salah-salah-salah").await);
        }
        assert_eq!(statuses, [422, 422, 422, 429]);
        assert_eq!(
            browser.login("nobody@uji.id", "salah-salah-salah").await,
            422
        );
        // Another account is not locked by it.
        let res = {
            let html = browser
                .get("/admin/login?next=/admin/a/kab-klungkung")
                .await
                .text()
                .await
                .unwrap();
            let csrf = attr_value(&html, "name=\"csrf\" value=\"").unwrap();
            browser
                .post(
                    "/admin/login?next=%2Fadmin%2Fa%2Fkab-klungkung",
                    &[
                        ("csrf", &csrf),
                        ("email", "ADMIN@uji.id"),
                        ("password", PASSWORD),
                    ],
                )
                .await
        };
        assert_eq!(res.status(), 303);
        assert_eq!(res.headers()["location"], "/admin/a/kab-klungkung");
        let cookie = res
            .headers()
            .get_all("set-cookie")
            .iter()
            .map(|v| v.to_str().unwrap().to_string())
            .find(|c| c.starts_with("persepsi_session="))
            .unwrap();
        assert!(
            cookie.contains("HttpOnly")
                && cookie.contains("SameSite=Lax")
                && cookie.contains("Path=/admin"),
            "{cookie}"
        );
        assert_eq!(app.stored::<session::Entity>().await, 1);
        // A redirect elsewhere after sign-in is not followed.
        let html = browser
            .get("/admin/login?next=//evil.example")
            .await
            .text()
            .await
            .unwrap();
        assert!(
            html.contains("next=%2Fadmin\""),
            "{}",
            &html[..200.min(html.len())]
        );
        // Password change: the current one is asked again; other sessions end.
        let second = Browser::new(&app);
        assert_eq!(second.login("admin@uji.id", PASSWORD).await, 303);
        assert_eq!(
            browser
                .send(
                    "/admin/password",
                    &[("current", "salah"), ("new", "kata-sandi-baru-456")]
                )
                .await,
            422
        );
        assert_eq!(
            browser
                .send(
                    "/admin/password",
                    &[("current", PASSWORD), ("new", "pendek")]
                )
                .await,
            422
        );
        assert_eq!(
            browser
                .send(
                    "/admin/password",
                    &[("current", PASSWORD), ("new", "kata-sandi-baru-456")]
                )
                .await,
            200
        );
        assert_eq!(
            second.get("/admin").await.status(),
            303,
            "the other session ended"
        );
        assert_eq!(
            browser.get("/admin").await.status(),
            200,
            "this one goes on"
        );
        // Sign out.
        assert_eq!(browser.send("/admin/logout", &[]).await, 303);
        assert_eq!(browser.get("/admin").await.status(), 303);
        assert_eq!(app.stored::<session::Entity>().await, 0);
        let third = Browser::new(&app);
        assert_eq!(
            third.login("admin@uji.id", "kata-sandi-baru-456").await,
            303
        );
    }
);
