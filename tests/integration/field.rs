//! Collecting at the counter and in the field, attacked as well as used: a
//! kiosk tablet is paired once with a code (guessing is limited, a spent
//! or wrong code pairs nothing), stores each kept answer set once on
//! channel `kiosk` with its device, is not throttled as one flooding
//! address but flags its own pace, and stops at once when revoked. An
//! interviewer's sends are stored once each with the interviewer, need
//! the session's token, and reach only the surveys the account may see;
//! an enumerator sees nothing else. Targets, progress and the per-channel
//! and per-interviewer figures equal what is stored; the rated agency
//! never sees who interviewed, another agency sees nothing.

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

fn item(id: Uuid, at: DateTime<Utc>, delay: &str) -> Value {
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
        assert!(!page.contains("persepsi:"), "no citizen keeper on a kiosk");

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

async fn interview_csrf(b: &Browser) -> String {
    let html = b.get("/admin/interviews").await.text().await.unwrap();
    attr_value(&html, "data-csrf=\"").expect("the interviews page")
}

async fn interviews(b: &Browser, csrf: &str, survey: &str, items: Vec<Value>) -> (u16, Value) {
    let r = b
        .post_json(
            "/admin/interviews/responses",
            &json!({ "survey": survey, "items": items }),
            &[("x-csrf-token", csrf)],
        )
        .await;
    let status = r.status().as_u16();
    (status, r.json().await.unwrap_or(Value::Null))
}

db_test!(
    interviews_are_stored_once_with_their_interviewer_and_counted_for_assessors_only,
    |db| {
        let app = TestApp::start(db).await;
        accounts(&app).await;
        let (enumerator, who) = signed_in(&app, "pencacah@uji.id", Role::Enumerator, None).await;

        // An enumerator collects and sees nothing else.
        let home = enumerator.get("/admin").await;
        assert_eq!(home.status(), 303);
        assert_eq!(home.headers()["location"], "/admin/interviews");
        for path in [
            "/admin/s/demo",
            "/admin/exports",
            "/admin/people",
            "/admin/s/demo/field",
        ] {
            let r = enumerator.get(path).await;
            assert_eq!(r.status(), 303, "{path}");
            assert_eq!(r.headers()["location"], "/admin/interviews", "{path}");
        }
        let list = enumerator
            .get("/admin/interviews")
            .await
            .text()
            .await
            .unwrap();
        assert!(
            list.contains("/admin/interviews/demo/dukcapil"),
            "the open survey's units"
        );
        let form = enumerator.get("/admin/interviews/demo/dukcapil").await;
        assert_eq!(form.status(), 200);
        assert!(
            form.text()
                .await
                .unwrap()
                .contains("data-field=\"interview\"")
        );

        // Without the session's token nothing is taken.
        let csrf = interview_csrf(&enumerator).await;
        let start = Utc::now() + Duration::minutes(30);
        app.state.clock.set(start + Duration::hours(2));
        let five: Vec<Value> = (0..5)
            .map(|i| {
                let mut v = item(Uuid::new_v4(), start + Duration::minutes(5 * i), "3");
                v["unit"] = json!("dukcapil");
                v
            })
            .collect();
        let (status, _) = interviews(&enumerator, "forged", "demo", five.clone()).await;
        assert_eq!(status, 403);
        let (status, body) = interviews(&enumerator, &csrf, "demo", five.clone()).await;
        assert_eq!(status, 200, "{body}");
        assert!(
            body["results"]
                .as_array()
                .unwrap()
                .iter()
                .all(|r| r["created"] == true)
        );
        // The phone sends again (a reply lost on a bad line): nothing new.
        let (_, again) = interviews(&enumerator, &csrf, "demo", five).await;
        assert!(
            again["results"]
                .as_array()
                .unwrap()
                .iter()
                .all(|r| r["created"] == false)
        );
        // One unfinished is refused with its reason, one screened out is
        // not stored.
        let mut half = item(Uuid::new_v4(), start, "3");
        half["unit"] = json!("dukcapil");
        half["answers"].as_object_mut().unwrap().remove("procedure");
        let mut screened = item(Uuid::new_v4(), start, "3");
        screened["unit"] = json!("dukcapil");
        screened["answers"] = json!({ "used_service": "tidak" });
        let (_, body) = interviews(&enumerator, &csrf, "demo", vec![half, screened]).await;
        assert_eq!(body["results"][0]["outcome"], "refused");
        assert!(body["results"][0]["errors"]["procedure"].is_array());
        assert_eq!(body["results"][1]["outcome"], "screened");

        let stored = response::Entity::find()
            .filter(response::Column::Channel.eq("interview"))
            .all(app.db())
            .await
            .unwrap();
        assert_eq!(stored.len(), 5, "five, each once");
        assert!(stored.iter().all(|r| r.interviewer_id == Some(who)));

        // A manager does not interview for their own agency's score.
        let manager = Browser::new(&app);
        assert_eq!(manager.login("klungkung@uji.id", PASSWORD).await, 303);
        assert_eq!(manager.get("/admin/interviews").await.status(), 403);
        let m_csrf = manager.csrf().await;
        let (status, _) = interviews(
            &manager,
            &m_csrf,
            "demo",
            vec![item(Uuid::new_v4(), start, "1")],
        )
        .await;
        assert_eq!(status, 403);
        // An enumerator of another province reaches nothing here.
        let (far, _) = signed_in(
            &app,
            "pencacah.kaltim@uji.id",
            Role::Enumerator,
            Some("Kalimantan Timur"),
        )
        .await;
        assert_eq!(
            far.get("/admin/interviews/demo/dukcapil").await.status(),
            404
        );
        let far_csrf = interview_csrf(&far).await;
        let (status, _) = interviews(
            &far,
            &far_csrf,
            "demo",
            vec![item(Uuid::new_v4(), start, "1")],
        )
        .await;
        assert_eq!(status, 404);

        // An assessor sets a target; progress and the figures are the
        // stored ones.
        let assessor = Browser::new(&app);
        assert_eq!(assessor.login("penilai@uji.id", PASSWORD).await, 303);
        assert_eq!(
            assessor
                .send("/admin/s/demo/field", &[("target.dukcapil", "30")])
                .await,
            303
        );
        assert_eq!(
            assessor
                .send("/admin/s/demo/field", &[("target.dukcapil", "banyak")])
                .await,
            422,
            "a target that is not a number is refused beside its field"
        );
        let page = assessor
            .get("/admin/s/demo/field")
            .await
            .text()
            .await
            .unwrap();
        assert!(page.contains("5 dari 30"), "progress against the target");
        assert!(page.contains("pencacah@uji.id"), "who interviewed");
        let by_channel = &page[page.find("id=\"by-channel\"").unwrap()..];
        let by_channel = &by_channel[..by_channel.find("</table>").unwrap()];
        assert!(by_channel.contains("Wawancara tatap muka"));
        let dukcapil = &by_channel[by_channel.find("Kependudukan").unwrap()..];
        let dukcapil = &dukcapil[..dukcapil.find("</tr>").unwrap()];
        assert!(
            dukcapil.contains(">5<"),
            "five interviews in the unit's row"
        );
        let list = enumerator
            .get("/admin/interviews")
            .await
            .text()
            .await
            .unwrap();
        assert!(
            list.contains("5 dari 30"),
            "the interviewer sees the progress too"
        );

        // The rated agency sees the channels, never who interviewed.
        let page = manager
            .get("/admin/s/demo/field")
            .await
            .text()
            .await
            .unwrap();
        assert!(page.contains("Wawancara tatap muka"));
        assert!(!page.contains("pencacah@uji.id"));
        assert!(!page.contains("id=\"targets-table\""));
        assert_eq!(
            manager
                .send("/admin/s/demo/field", &[("target.dukcapil", "1")])
                .await,
            403
        );
        // Another agency sees nothing of it.
        let other = Browser::new(&app);
        assert_eq!(other.login("balikpapan@uji.id", PASSWORD).await, 303);
        assert_eq!(other.get("/admin/s/demo/field").await.status(), 404);

        // The export names the interviewer to the assessor only.
        let assessed = export(&assessor).await;
        assert_eq!(assessed.matches(&who.to_string()).count(), 5);
        let own = export(&manager).await;
        assert!(own.contains("interviewer"), "the column is there");
        assert!(!own.contains(&who.to_string()), "but empty for the agency");
    }
);

async fn export(b: &Browser) -> String {
    let r = b
        .get("/admin/exports/responses.csv?survey=demo&suspect=true")
        .await;
    assert_eq!(r.status(), 200);
    r.text().await.unwrap()
}
