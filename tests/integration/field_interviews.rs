//! Interviews, attacked as well as used: each send is stored once with
//! its interviewer, needs the session's token, and reaches only the
//! surveys the account may see; an enumerator sees nothing else. Targets,
//! progress and the per-channel and per-interviewer figures equal what is
//! stored; the rated agency never sees who interviewed, another agency
//! sees nothing, and only an assessor's export names the interviewer.

use crate::admin_access::{PASSWORD, accounts};
use crate::db_test;
use crate::field::{item, signed_in};
use crate::support::{Browser, TestApp, attr_value};
use chrono::{Duration, Utc};
use persepsi_server::services::access::Role;
use persepsi_server::store::entities::response;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::{Value, json};
use uuid::Uuid;

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

        // Closed: what a phone still keeps is refused in words, not stored.
        assert_eq!(manager.set_status("demo", "closed").await, 303);
        let late = vec![item(Uuid::new_v4(), start, "3")];
        let (status, body) = interviews(&enumerator, &csrf, "demo", late).await;
        assert_eq!(status, 409);
        assert!(
            body["error"].as_str().is_some_and(|e| !e.is_empty()),
            "{body}"
        );
        let after = response::Entity::find()
            .filter(response::Column::Channel.eq("interview"))
            .all(app.db())
            .await
            .unwrap();
        assert_eq!(after.len(), 5);
    }
);

async fn export(b: &Browser) -> String {
    let r = b
        .get("/admin/exports/responses.csv?survey=demo&suspect=true")
        .await;
    assert_eq!(r.status(), 200);
    r.text().await.unwrap()
}
