//! Accounts under attack: API tokens that outlived a password change or
//! were minted from a session alone, an owner locked out by someone else's
//! guesses, and passwords anyone would guess.

use crate::admin_access::{PASSWORD, accounts};
use crate::db_test;
use crate::support::{Browser, TestApp, attr_value};
use persepsi_server::store::entities::{app_user, user_token};
use sea_orm::ColumnTrait;
use tokio::process::Command;

async fn ranking_status(app: &TestApp, token: &str) -> u16 {
    crate::exports::fetch(app, token, "/api/v1/ranking")
        .await
        .status()
        .as_u16()
}

db_test!(a_token_needs_the_password_and_ends_with_it, |db| {
    let app = TestApp::start(db).await;
    accounts(&app).await;
    let manager = Browser::new(&app);
    assert_eq!(manager.login("klungkung@uji.id", PASSWORD).await, 303);
    let page = manager.get("/admin/tokens").await.text().await.unwrap();
    assert!(page.contains("name=\"password\""), "the form asks for it");
    // A session alone (no password, a wrong one) mints nothing.
    let csrf = manager.csrf().await;
    for password in ["", "bukan-kata-sandinya"] {
        let pairs = [
            ("csrf", csrf.as_str()),
            ("name", "antrean"),
            ("password", password),
        ];
        let res = manager.post("/admin/tokens", &pairs).await;
        assert_eq!(res.status(), 422);
        let html = res.text().await.unwrap();
        assert!(html.contains("Kata sandi salah. Token tidak dibuat."));
        assert!(html.contains("aria-invalid=\"true\"") && !html.contains("new-token"));
    }
    assert_eq!(app.stored::<user_token::Entity>().await, 0);
    // With it: a token, shown once, that works.
    let pairs = [
        ("csrf", csrf.as_str()),
        ("name", "antrean"),
        ("password", PASSWORD),
    ];
    let res = manager.post("/admin/tokens", &pairs).await;
    assert_eq!(res.status(), 200);
    let html = res.text().await.unwrap();
    let token = html
        .split("id=\"new-token\">")
        .nth(1)
        .and_then(|t| t.split('<').next())
        .expect("the token is shown")
        .to_string();
    assert_eq!(ranking_status(&app, &token).await, 200);
    // A password change ends it (whoever knew the old password may hold it).
    let change = [("current", PASSWORD), ("new", "kopi-tubruk-semarapura")];
    assert_eq!(manager.send("/admin/password", &change).await, 200);
    assert_eq!(ranking_status(&app, &token).await, 401);
    let page = manager.get("/admin/tokens").await.text().await.unwrap();
    assert!(
        page.contains("Dicabut") || page.contains("dicabut"),
        "listed as revoked"
    );
});

/// A sign-in from `addr` (the server believes `X-Forwarded-For`).
async fn login_from(browser: &Browser, addr: &str, email: &str, password: &str) -> u16 {
    let headers = [("x-forwarded-for", addr)];
    let res = browser.login_with(email, password, &headers).await;
    res.status().as_u16()
}

db_test!(
    guesses_from_elsewhere_do_not_lock_the_owner_out_and_are_told,
    |db| {
        let app = TestApp::start_with(db, |c| {
            c.site.trust_proxy = true;
            c.limits.login_account = "3/600".parse().unwrap();
        })
        .await;
        accounts(&app).await;
        let attacker = Browser::new(&app);
        for i in 1..=5 {
            let addr = format!("203.0.113.{i}");
            let mut statuses = Vec::new();
            for _ in 0..4 {
                statuses.push(
                    login_from(&attacker, &addr, "klungkung@uji.id", "tebak-tebak-123").await,
                );
            }
            assert_eq!(statuses, [422, 422, 422, 429], "from {addr}");
        }
        // The owner, from their own address, signs in at once.
        let owner = Browser::new(&app);
        assert_eq!(
            login_from(&owner, "198.51.100.7", "klungkung@uji.id", PASSWORD).await,
            303
        );
        // And is told: fifteen wrong passwords reached the account.
        let home = owner.get("/admin").await.text().await.unwrap();
        assert!(home.contains("ada 15 kali percobaan masuk"), "{home}");
        let home = owner.get("/admin?lang=en").await.text().await.unwrap();
        assert!(home.contains("15 times with a wrong password"));
        // Told once: the next sign-in starts from nothing.
        let again = Browser::new(&app);
        assert_eq!(
            login_from(&again, "198.51.100.7", "klungkung@uji.id", PASSWORD).await,
            303
        );
        let home = again.get("/admin").await.text().await.unwrap();
        assert!(!home.contains("percobaan masuk"));
        // The attacker's own address stays throttled for that account.
        assert_eq!(
            login_from(&attacker, "203.0.113.1", "klungkung@uji.id", PASSWORD).await,
            429
        );
    }
);

db_test!(
    guessable_passwords_are_refused_where_a_password_is_set,
    |db| {
        let app = TestApp::start(db).await;
        accounts(&app).await;
        let bali = Browser::new(&app);
        assert_eq!(bali.login("penilai.bali@uji.id", PASSWORD).await, 303);
        for (new, says) in [
            ("aaaaaaaaaa", "terlalu mudah ditebak"),
            ("Password123", "terlalu mudah ditebak"),
            ("qwertyuiop", "terlalu mudah ditebak"),
            ("0123456789", "terlalu mudah ditebak"),
            ("abcabcabcabc", "terlalu mudah ditebak"),
            (
                "penilai.bali@uji.id",
                "tidak boleh sama dengan alamat email",
            ),
            ("Penilai.Bali", "tidak boleh sama dengan alamat email"),
            ("pendek", "paling sedikit 10 karakter"),
        ] {
            let csrf = bali.csrf().await;
            let pairs = [("csrf", csrf.as_str()), ("current", PASSWORD), ("new", new)];
            let res = bali.post("/admin/password", &pairs).await;
            assert_eq!(res.status(), 422, "{new}");
            let html = res.text().await.unwrap();
            let error = attr_value(&html, "id=\"err-new\">").unwrap_or_default();
            assert!(
                html.contains("id=\"err-new\"") && html.contains(says),
                "{new}: {error}"
            );
        }
        // None of them was taken: the old password still signs in.
        assert_eq!(
            Browser::new(&app)
                .login("penilai.bali@uji.id", PASSWORD)
                .await,
            303
        );
        let fine = [("current", PASSWORD), ("new", "kopi tubruk di semarapura")];
        assert_eq!(bali.send("/admin/password", &fine).await, 200);
        // The command line refuses the same, and creates nothing.
        let create = |password: &str| {
            let mut c = Command::new(env!("CARGO_BIN_EXE_persepsi"));
            c.args([
                "user",
                "create",
                "--email",
                "baru@uji.id",
                "--role",
                "admin",
            ])
            .env("DATABASE_URL", app.database().url())
            .env("PERSEPSI_PASSWORD", password)
            .env("RUST_LOG", "warn")
            .kill_on_drop(true);
            c
        };
        for weak in ["aaaaaaaaaa", "iloveyou123", "baru@uji.id", "1234567890"] {
            let out = create(weak).output().await.unwrap();
            assert!(!out.status.success(), "{weak}");
            let err = String::from_utf8_lossy(&out.stderr);
            assert!(
                err.contains("too easy to guess") || err.contains("e-mail address"),
                "{err}"
            );
        }
        let baru = app_user::Column::Email.eq("baru@uji.id");
        assert_eq!(app.stored_where::<app_user::Entity>(baru.clone()).await, 0);
        let out = create("kopi tubruk di semarapura").output().await.unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(app.stored_where::<app_user::Entity>(baru).await, 1);
    }
);
