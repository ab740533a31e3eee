//! A kiosk tablet, attacked as well as used: it is paired once with a code
//! (guessing is limited, a spent or wrong code pairs nothing), stores each
//! kept answer set once on channel `kiosk` with its device, is not
//! throttled as one flooding address but flags its own pace, and stops at
//! once when revoked; another agency neither sees nor revokes it.

use crate::admin_access::{PASSWORD, accounts};
use crate::db_test;
use crate::support::{Browser, TestApp, attr_value};
use chrono::{DateTime, Duration, Utc};
use persepsi_server::services::access::Role;
use persepsi_server::store::entities::{app_user, kiosk_device, response};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::{Value, json};
use uuid::Uuid;

/// A complete answer set of the `demo` survey, as a device keeps it.
fn answers(delay: &str) -> Value {
    json!({
        "used_service": "ya", "undue_delay": delay, "no_service": "4", "procedure": "3",
        "abuse_of_authority": "na", "incompetence": "4", "payment_request": "1",
        "impropriety": "4", "discrimination": "4", "partiality": "4", "conflict_of_interest": "2"
    })
}

pub(crate) fn item(id: Uuid, at: DateTime<Utc>, delay: &str) -> Value {
    json!({ "id": id, "answers": answers(delay), "answered_at": at, "secs": 120 })
}

/// Registers a tablet for `unit` of `demo` as Klungkung's manager; its id
/// and pairing code.
pub(crate) async fn register(
    app: &TestApp,
    manager: &Browser,
    name: &str,
    unit: &str,
) -> (Uuid, String) {
    let csrf = manager.csrf().await;
    let r = manager
        .post(
            "/admin/s/demo/kiosks",
            &[("csrf", &csrf), ("name", name), ("unit", unit)],
        )
        .await;
    assert_eq!(r.status(), 200, "registered");
    let html = r.text().await.unwrap();
    let code = attr_value(&html, "class=\"pair-code\">")
        .map(|c| c.split('<').next().unwrap().to_string())
        .unwrap_or_else(|| panic!("the code is shown once: {html}"));
    let device = kiosk_device::Entity::find()
        .filter(kiosk_device::Column::Name.eq(name))
        .one(app.db())
        .await
        .unwrap()
        .unwrap();
    (device.id, code)
}

pub(crate) async fn kiosk_rows(app: &TestApp, device: Uuid) -> Vec<response::Model> {
    response::Entity::find()
        .filter(response::Column::DeviceId.eq(device))
        .all(app.db())
        .await
        .unwrap()
}

async fn send(tablet: &Browser, items: Vec<Value>) -> (u16, Value) {
    let r = tablet
        .post_json("/kiosk/responses", &json!({ "items": items }), &[])
        .await;
    let status = r.status().as_u16();
    (status, r.json().await.unwrap_or(Value::Null))
}

db_test!(
    a_paired_kiosk_stores_each_answer_once_unthrottled_and_stops_when_revoked,
    |db| {
        // An address that may send only five citizen forms.
        let app = TestApp::start_with(db, |c| {
            c.limits.submit_network = "5/600".parse().unwrap();
        })
        .await;
        accounts(&app).await;
        let manager = Browser::new(&app);
        assert_eq!(manager.login("klungkung@uji.id", PASSWORD).await, 303);
        let (device, code) = register(&app, &manager, "Tablet loket 1", "dukcapil").await;

        // A wrong code pairs nothing; the right one once.
        let tablet = Browser::new(&app);
        let page = tablet.get("/kiosk").await.text().await.unwrap();
        assert!(
            page.contains("action=\"/kiosk/pair\""),
            "an unpaired tablet is asked for a code"
        );
        let wrong = tablet.post("/kiosk/pair", &[("code", "0000 0000")]).await;
        assert_eq!(wrong.status(), 422);
        let paired = tablet.post("/kiosk/pair", &[("code", &code)]).await;
        assert_eq!(paired.status(), 303);
        let other = Browser::new(&app);
        assert_eq!(
            other.post("/kiosk/pair", &[("code", &code)]).await.status(),
            422,
            "a spent code"
        );
        let page = tablet.get("/kiosk").await.text().await.unwrap();
        assert!(
            page.contains("data-field=\"kiosk\""),
            "the survey, in kiosk mode"
        );
        assert!(page.contains("Bagaimana pelayanan kami hari ini?"));
        // The citizen's draft keeper (which would keep one person's
        // half-answers for the next) is on the citizen's form, not here.
        let citizen = app.get("/s/demo").await.text().await.unwrap();
        assert!(citizen.contains("class=\"send-status\"") && citizen.contains(".wasm"));
        assert!(
            !page.contains("class=\"send-status\""),
            "no citizen keeper on a kiosk"
        );
        assert!(!page.contains(".wasm"), "no islands to hydrate on a kiosk");

        // Three respondents, a minute apart; sent twice (a lost reply).
        let start = Utc::now() + Duration::minutes(30);
        app.state.clock.set(start + Duration::minutes(60));
        let ids: Vec<Uuid> = (0..3).map(|_| Uuid::new_v4()).collect();
        let batch: Vec<Value> = ids
            .iter()
            .enumerate()
            .map(|(i, id)| item(*id, start + Duration::minutes(i as i64), "4"))
            .collect();
        let (status, body) = send(&tablet, batch.clone()).await;
        assert_eq!(status, 200, "{body}");
        for r in body["results"].as_array().unwrap() {
            assert_eq!(r["outcome"], "stored");
            assert_eq!(r["created"], true);
        }
        let (_, again) = send(&tablet, batch).await;
        assert!(
            again["results"]
                .as_array()
                .unwrap()
                .iter()
                .all(|r| r["created"] == false)
        );
        let rows = kiosk_rows(&app, device).await;
        assert_eq!(rows.len(), 3, "each once");
        assert!(
            rows.iter()
                .all(|r| r.channel == "kiosk" && !r.suspect && r.unit_id.is_some())
        );

        // Twelve more sends from the same address, far past what it may
        // send as citizen forms: none throttled.
        for i in 0..12 {
            let at = start + Duration::minutes(10 + i);
            let (status, body) = send(&tablet, vec![item(Uuid::new_v4(), at, "3")]).await;
            assert_eq!(status, 200, "send {i}: {body}");
        }
        assert_eq!(kiosk_rows(&app, device).await.len(), 15);

        // But a tablet answering every three seconds flags itself.
        let quick: Vec<Value> = (0..4)
            .map(|i| {
                item(
                    Uuid::new_v4(),
                    start + Duration::minutes(40) + Duration::seconds(3 * i),
                    "2",
                )
            })
            .collect();
        let (_, body) = send(&tablet, quick).await;
        assert!(
            body["results"]
                .as_array()
                .unwrap()
                .iter()
                .all(|r| r["outcome"] == "stored"),
            "{body}"
        );
        let paced = kiosk_rows(&app, device)
            .await
            .into_iter()
            .filter(|r| r.flags.contains("kiosk-pace"))
            .count();
        assert_eq!(paced, 3, "every answer but the first of the quick four");

        // Another agency's manager neither sees nor revokes it.
        let other_manager = Browser::new(&app);
        assert_eq!(
            other_manager.login("balikpapan@uji.id", PASSWORD).await,
            303
        );
        assert_eq!(
            other_manager.get("/admin/s/demo/kiosks").await.status(),
            404
        );
        let csrf = other_manager.csrf().await;
        let refused = other_manager
            .post(
                &format!("/admin/s/demo/kiosks/{device}/revoke"),
                &[("csrf", &csrf)],
            )
            .await;
        assert_eq!(refused.status(), 404);

        // Revoked: its key opens nothing, its next send is refused.
        let csrf = manager.csrf().await;
        let revoked = manager
            .post(
                &format!("/admin/s/demo/kiosks/{device}/revoke"),
                &[("csrf", &csrf)],
            )
            .await;
        assert_eq!(revoked.status(), 303);
        let (status, _) = send(&tablet, vec![item(Uuid::new_v4(), start, "4")]).await;
        assert_eq!(status, 401);
        let page = tablet.get("/kiosk").await.text().await.unwrap();
        assert!(page.contains("action=\"/kiosk/pair\""), "back to pairing");
        let list = manager
            .get("/admin/s/demo/kiosks")
            .await
            .text()
            .await
            .unwrap();
        assert!(list.contains("Dicabut"), "the list says it was revoked");

        // Guessing codes: ten tries an address, then 429.
        let guesser = Browser::new(&app);
        let mut last = 0;
        for n in 0..11 {
            last = guesser
                .post(
                    "/kiosk/pair",
                    &[("code", &format!("{:08}", 12_345_000 + n))],
                )
                .await
                .status()
                .as_u16();
        }
        assert_eq!(last, 429);
    }
);

/// An account of `role`, signed in.
pub(crate) async fn signed_in(
    app: &TestApp,
    email: &str,
    role: Role,
    province: Option<&str>,
) -> (Browser, Uuid) {
    persepsi_server::services::auth::create_user(
        app.db(),
        email,
        PASSWORD,
        role,
        None,
        province.map(str::to_string),
    )
    .await
    .unwrap();
    let b = Browser::new(app);
    assert_eq!(b.login(email, PASSWORD).await, 303);
    let id = app_user::Entity::find()
        .filter(app_user::Column::Email.eq(email))
        .one(app.db())
        .await
        .unwrap()
        .unwrap()
        .id;
    (b, id)
}
