//! Managing people and reading what citizens and staff left behind: an
//! invite's one-time link, disabling an account, the audit log, the
//! comments inbox and printable code slips; each attacked across agencies
//! and roles.

use crate::admin_access::{PASSWORD, accounts};
use crate::db_test;
use crate::support::{Browser, TestApp, attr_value, demo_answers};
use persepsi_server::services::access::Role;
use persepsi_server::store::entities::{app_user, invite};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

const NEW_PASSWORD: &str = "gunung-agung-2026";

async fn signed_in(app: &TestApp, email: &str) -> Browser {
    let b = Browser::new(app);
    assert_eq!(b.login(email, PASSWORD).await, 303, "{email} signs in");
    b
}

/// Invites `email` with `fields`; the invite page's link secret.
async fn invite(by: &Browser, email: &str, fields: &[(&str, &str)]) -> String {
    let csrf = by.csrf().await;
    let mut pairs = vec![("csrf", csrf.as_str()), ("email", email)];
    pairs.extend_from_slice(fields);
    let res = by.post("/admin/people/new", &pairs).await;
    assert_eq!(res.status(), 200, "the invite is made");
    let html = res.text().await.unwrap();
    attr_value(&html, "/admin/invite/").expect("the page shows the link")
}

async fn user(app: &TestApp, email: &str) -> Option<app_user::Model> {
    app_user::Entity::find()
        .filter(app_user::Column::Email.eq(email))
        .one(app.db())
        .await
        .unwrap()
}

/// Chooses a password on the invite page; the POST's status.
async fn choose(app: &TestApp, secret: &str, password: &str) -> u16 {
    Browser::new(app)
        .post(&format!("/admin/invite/{secret}"), &[("new", password)])
        .await
        .status()
        .as_u16()
}

db_test!(
    an_invited_manager_chooses_a_password_once_and_signs_in,
    |db| {
        let app = TestApp::start(db).await;
        accounts(&app).await;
        let manager = signed_in(&app, "klungkung@uji.id").await;
        let secret = invite(&manager, "baru@uji.id", &[]).await;
        let made = user(&app, "baru@uji.id").await.expect("the account exists");
        assert_eq!(made.role, Role::Manager.code());
        assert!(made.agency_id.is_some());
        // Before choosing a password, nothing signs in.
        let marker = persepsi_server::store::people::NO_PASSWORD;
        assert_eq!(Browser::new(&app).login("baru@uji.id", marker).await, 422);

        let fresh = Browser::new(&app);
        let page = fresh.get(&format!("/admin/invite/{secret}")).await;
        assert_eq!(page.status(), 200);
        assert!(page.text().await.unwrap().contains("baru@uji.id"));
        assert_eq!(
            choose(&app, &secret, "12345678").await,
            422,
            "policy applies"
        );
        let set = fresh
            .post(&format!("/admin/invite/{secret}"), &[("new", NEW_PASSWORD)])
            .await;
        assert_eq!(set.status(), 303);
        assert_eq!(set.headers()["location"], "/admin/login");
        let login = fresh.get("/admin/login").await.text().await.unwrap();
        assert!(login.contains("Kata sandi tersimpan"), "told to sign in");
        assert_eq!(fresh.login("baru@uji.id", NEW_PASSWORD).await, 303);
        assert_eq!(fresh.get("/admin/a/kab-klungkung").await.status(), 200);

        // The link is used up: reading or posting it again does nothing.
        let again = Browser::new(&app)
            .get(&format!("/admin/invite/{secret}"))
            .await;
        assert_eq!(again.status(), 410);
        assert_eq!(choose(&app, &secret, "lain-sekali-2026").await, 410);
        assert_eq!(
            Browser::new(&app)
                .login("baru@uji.id", "lain-sekali-2026")
                .await,
            422
        );

        // The invite is in Klungkung's log, and not in Balikpapan's.
        let log = manager.get("/admin/audit").await.text().await.unwrap();
        assert!(log.contains("account.invite") && log.contains("baru@uji.id"));
        let other = signed_in(&app, "balikpapan@uji.id").await;
        let theirs = other.get("/admin/audit").await;
        assert_eq!(theirs.status(), 200);
        assert!(!theirs.text().await.unwrap().contains("baru@uji.id"));
        let filtered = other.get("/admin/audit?action=account.invite").await;
        assert!(!filtered.text().await.unwrap().contains("baru@uji.id"));
        let admin = signed_in(&app, "admin@uji.id").await;
        let all = admin.get("/admin/audit?action=account.invite").await;
        assert!(all.text().await.unwrap().contains("baru@uji.id"));
    }
);

db_test!(an_expired_or_made_up_invite_link_does_not_work, |db| {
    let app = TestApp::start(db).await;
    accounts(&app).await;
    let admin = signed_in(&app, "admin@uji.id").await;
    let secret = invite(
        &admin,
        "lama@uji.id",
        &[("role", "assessor"), ("agency", ""), ("province", "Bali")],
    )
    .await;
    invite::Entity::update_many()
        .col_expr(
            invite::Column::ExpiresAt,
            Expr::value(chrono::Utc::now() - chrono::Duration::minutes(1)),
        )
        .exec(app.db())
        .await
        .unwrap();
    let page = Browser::new(&app)
        .get(&format!("/admin/invite/{secret}"))
        .await;
    assert_eq!(page.status(), 410);
    assert_eq!(choose(&app, &secret, NEW_PASSWORD).await, 410);
    assert_eq!(choose(&app, &"0".repeat(64), NEW_PASSWORD).await, 410);
    let stored = user(&app, "lama@uji.id").await.unwrap();
    assert!(
        !stored.password_hash.starts_with("$argon2"),
        "no password set"
    );
});

db_test!(a_manager_invites_only_managers_of_their_own_agency, |db| {
    let app = TestApp::start(db).await;
    accounts(&app).await;
    let manager = signed_in(&app, "klungkung@uji.id").await;
    let before = app.stored::<app_user::Entity>().await;
    for (fields, status) in [
        (vec![("role", "admin")], 403),
        (vec![("role", "assessor")], 403),
        (vec![("agency", "kota-balikpapan")], 404),
    ] {
        let mut pairs = vec![("email", "jahat@uji.id")];
        pairs.extend(fields.iter().copied());
        assert_eq!(
            manager.send("/admin/people/new", &pairs).await,
            status,
            "{fields:?}"
        );
    }
    // An assessor manages no accounts.
    let assessor = signed_in(&app, "penilai@uji.id").await;
    assert_eq!(assessor.get("/admin/people").await.status(), 403);
    assert_eq!(
        assessor
            .send("/admin/people/new", &[("email", "jahat@uji.id")])
            .await,
        403
    );
    assert_eq!(app.stored::<app_user::Entity>().await, before);
    assert!(user(&app, "jahat@uji.id").await.is_none());
});

db_test!(
    disabling_signs_out_revokes_tokens_and_stays_in_the_agency,
    |db| {
        let app = TestApp::start(db).await;
        accounts(&app).await;
        let target = user(&app, "klungkung@uji.id").await.unwrap();
        let victim = signed_in(&app, "klungkung@uji.id").await;
        persepsi_server::store::api_tokens::create_for_user(
            app.db(),
            &persepsi_server::secret::TokenKey::new(b"unused".to_vec()),
            target.id,
            "uji",
        )
        .await
        .unwrap();
        let path = format!("/admin/people/{}/disable", target.id);
        // Another agency's manager cannot see it, let alone disable it; nor
        // can a manager disable an admin.
        let other = signed_in(&app, "balikpapan@uji.id").await;
        assert_eq!(other.send(&path, &[("confirm", "yes")]).await, 404);
        let admin_id = user(&app, "admin@uji.id").await.unwrap().id;
        assert_eq!(
            victim
                .send(
                    &format!("/admin/people/{admin_id}/disable"),
                    &[("confirm", "yes")]
                )
                .await,
            404
        );
        assert_eq!(victim.get("/admin").await.status(), 200, "still signed in");

        let admin = signed_in(&app, "admin@uji.id").await;
        assert_eq!(admin.send(&path, &[("confirm", "yes")]).await, 303);
        assert_eq!(victim.get("/admin").await.status(), 303, "signed out");
        assert_eq!(
            Browser::new(&app).login("klungkung@uji.id", PASSWORD).await,
            422
        );
        let live = persepsi_server::store::api_tokens::of_user(app.db(), target.id)
            .await
            .unwrap();
        assert!(
            live.iter().all(|t| t.revoked_at.is_some()),
            "tokens revoked"
        );
        let people = admin.get("/admin/people").await.text().await.unwrap();
        assert!(people.contains("Tersimpan."), "the page confirms");
        assert!(people.contains("Nonaktif"));
        let log = admin.get("/admin/audit?action=account.disable").await;
        assert!(log.text().await.unwrap().contains("klungkung@uji.id"));
    }
);

db_test!(
    the_comments_inbox_shows_text_escaped_to_its_agency_only,
    |db| {
        let app = TestApp::start(db).await;
        accounts(&app).await;
        let hostile = "<script>alert('x')</script> Antrean lama";
        let token = app.form_token("demo").await;
        let mut pairs = demo_answers("dukcapil");
        pairs.push(("token", &token));
        pairs.push(("comment", hostile));
        assert_eq!(app.post_form("/s/demo", &pairs).await.status(), 303);

        let manager = signed_in(&app, "klungkung@uji.id").await;
        let survey = manager.get("/admin/s/demo").await.text().await.unwrap();
        assert!(survey.contains("/admin/s/demo/comments"), "linked");
        let inbox = manager.get("/admin/s/demo/comments").await;
        assert_eq!(inbox.status(), 200);
        let html = inbox.text().await.unwrap();
        assert!(html.contains("&lt;script&gt;alert("), "shown as text");
        assert!(!html.contains("<script>alert("), "never as markup");
        // It is in exactly one of "flagged" and "counted".
        let mut seen = 0;
        for flag in ["flagged", "counted"] {
            let page = manager
                .get(&format!("/admin/s/demo/comments?flag={flag}"))
                .await;
            seen += page.text().await.unwrap().contains("Antrean lama") as u8;
        }
        assert_eq!(seen, 1);
        let elsewhere = manager
            .get("/admin/s/demo/comments?unit=no-such-unit&month=1999-01")
            .await;
        assert!(
            elsewhere.text().await.unwrap().contains("Antrean lama"),
            "unknown filters ignored"
        );

        let other = signed_in(&app, "balikpapan@uji.id").await;
        assert_eq!(other.get("/admin/s/demo/comments").await.status(), 404);
        let assessor = signed_in(&app, "penilai@uji.id").await;
        assert_eq!(assessor.get("/admin/s/demo/comments").await.status(), 200);
        assert_ne!(
            Browser::new(&app)
                .get("/admin/s/demo/comments")
                .await
                .status(),
            200
        );
    }
);

db_test!(code_slips_and_the_csv_carry_the_units_codes_only, |db| {
    let app = TestApp::start(db).await;
    accounts(&app).await;
    let manager = signed_in(&app, "klungkung@uji.id").await;
    let csrf = manager.csrf().await;
    let made = manager
        .post(
            "/admin/a/kab-klungkung/u/dukcapil/codes",
            &[("csrf", &csrf), ("count", "3"), ("days", "30")],
        )
        .await;
    assert_eq!(made.status(), 200);
    let html = made.text().await.unwrap();
    let codes = attr_value(&html, "name=\"codes\" value=\"").expect("codes sent back");
    assert_eq!(codes.split(' ').count(), 3);
    let first = codes.split(' ').next().unwrap().to_string();
    let slips = manager
        .post(
            "/admin/a/kab-klungkung/u/dukcapil/codes/slips",
            &[("csrf", &csrf), ("codes", &codes), ("survey", "demo")],
        )
        .await;
    assert_eq!(slips.status(), 200);
    let page = slips.text().await.unwrap();
    assert_eq!(page.matches("class=\"slip\"").count(), 3);
    assert!(page.contains("<svg") && page.contains(&first));
    assert!(page.contains(&format!("/s/demo?u=dukcapil&amp;c={first}")));
    let csv = manager
        .post(
            "/admin/a/kab-klungkung/u/dukcapil/codes/csv",
            &[("csrf", &csrf), ("codes", &format!("{codes} ZZZZZ-ZZZZZ"))],
        )
        .await;
    assert_eq!(csv.status(), 200);
    assert!(
        csv.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/csv")
    );
    let text = csv.text().await.unwrap();
    assert_eq!(
        text.lines().count(),
        4,
        "a header and the unit's 3 codes: {text}"
    );
    assert!(text.contains(&first) && text.contains("\"tidak\""));

    // Another agency's manager, even posting the codes to their own unit,
    // prints nothing of Klungkung's.
    let other = signed_in(&app, "balikpapan@uji.id").await;
    let theirs = other.csrf().await;
    for path in [
        "/admin/a/kab-klungkung/u/dukcapil/codes/slips",
        "/admin/a/kota-balikpapan/u/dukcapil/codes/slips",
    ] {
        let res = other
            .post(path, &[("csrf", &theirs), ("codes", &codes)])
            .await;
        assert_eq!(res.status(), 404, "{path}");
    }
    let csv = other
        .post(
            "/admin/a/kota-balikpapan/u/dukcapil/codes/csv",
            &[("csrf", &theirs), ("codes", &codes)],
        )
        .await;
    assert!(!csv.text().await.unwrap().contains(&first));
});

db_test!(forms_say_what_happened, |db| {
    let app = TestApp::start(db).await;
    accounts(&app).await;
    let wrong = Browser::new(&app);
    let html = wrong.get("/admin/login").await.text().await.unwrap();
    let csrf = attr_value(&html, "name=\"csrf\" value=\"").unwrap();
    let refused = wrong
        .post(
            "/admin/login",
            &[
                ("csrf", &csrf),
                ("email", "klungkung@uji.id"),
                ("password", "salah"),
            ],
        )
        .await
        .text()
        .await
        .unwrap();
    assert!(refused.contains("Belum bisa masuk") && !refused.contains("Belum tersimpan"));

    let manager = signed_in(&app, "klungkung@uji.id").await;
    let path = "/admin/a/kab-klungkung/u/dukcapil/edit";
    assert_eq!(
        manager.edit(path, &[("name", "Dukcapil Semarapura")]).await,
        303
    );
    let landed = manager
        .get("/admin/a/kab-klungkung")
        .await
        .text()
        .await
        .unwrap();
    assert!(landed.contains("Tersimpan."), "confirmed once");
    let later = manager
        .get("/admin/a/kab-klungkung")
        .await
        .text()
        .await
        .unwrap();
    assert!(!later.contains("Tersimpan."), "and only once");
});
