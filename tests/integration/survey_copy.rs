//! A survey copied to a new period: the form comes filled in from the
//! original (questionnaire, band table, method, units, websites, repeat
//! rule, photo), asks for a new address code and dates, and makes a draft;
//! the original stays as it was; the slug cannot be taken twice; only the
//! agency's manager copies it.

use crate::admin_access::{PASSWORD, accounts};
use crate::db_test;
use crate::support::{Browser, TestApp, form_fields};
use persepsi_server::store::entities::{survey, survey_unit};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

async fn survey_of(app: &TestApp, slug: &str) -> survey::Model {
    survey::Entity::find()
        .filter(survey::Column::Slug.eq(slug))
        .one(app.db())
        .await
        .unwrap()
        .unwrap()
}

async fn units_of(app: &TestApp, id: uuid::Uuid) -> Vec<uuid::Uuid> {
    let mut units: Vec<uuid::Uuid> = survey_unit::Entity::find()
        .filter(survey_unit::Column::SurveyId.eq(id))
        .all(app.db())
        .await
        .unwrap()
        .into_iter()
        .map(|u| u.unit_id)
        .collect();
    units.sort();
    units
}

db_test!(a_survey_is_copied_to_a_new_period_as_a_draft, |db| {
    let app = TestApp::start(db).await;
    accounts(&app).await;
    let manager = Browser::new(&app);
    assert_eq!(manager.login("klungkung@uji.id", PASSWORD).await, 303);
    let page = manager.get("/admin/s/demo").await.text().await.unwrap();
    assert!(
        page.contains("/admin/s/demo/copy"),
        "the survey page offers the copy"
    );
    let html = manager
        .get("/admin/s/demo/copy")
        .await
        .text()
        .await
        .unwrap();
    // The copy posts as "Buat survei" does, naming its origin.
    let action = "/admin/a/kab-klungkung/surveys/new?from=demo";
    let mut pairs = form_fields(&html, action);
    let original = survey_of(&app, "demo").await;
    let get = |pairs: &[(String, String)], k: &str| {
        pairs
            .iter()
            .find(|(n, _)| n == k)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    assert_eq!(
        get(&pairs, "title"),
        original.title,
        "filled in from the original"
    );
    assert_eq!(get(&pairs, "slug"), "", "a new address code to choose");
    let set = |pairs: &mut Vec<(String, String)>, k: &str, v: &str| {
        pairs.retain(|(n, _)| n != k);
        pairs.push((k.to_string(), v.to_string()));
    };

    // The original's code is taken.
    set(&mut pairs, "slug", "demo");
    let refs: Vec<(&str, &str)> = pairs
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    assert_eq!(manager.post(action, &refs).await.status(), 422);

    set(&mut pairs, "slug", "demo-2027");
    set(&mut pairs, "opens", "2027-01-01");
    set(&mut pairs, "closes", "2027-12-31");
    let refs: Vec<(&str, &str)> = pairs
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let r = manager.post(action, &refs).await;
    assert_eq!(r.status(), 303);
    assert_eq!(r.headers()["location"], "/admin/s/demo-2027");

    let copy = survey_of(&app, "demo-2027").await;
    assert_eq!(copy.status, "draft");
    assert_eq!(copy.agency_id, original.agency_id);
    assert_eq!(copy.instrument_id, original.instrument_id);
    assert_eq!(copy.band_table_id, original.band_table_id);
    assert_eq!(copy.method_id, original.method_id);
    assert_eq!(copy.device_policy, original.device_policy);
    assert_eq!(copy.embed_origins, original.embed_origins);
    assert_eq!(copy.proof_photos, original.proof_photos);
    assert_eq!(
        units_of(&app, copy.id).await,
        units_of(&app, original.id).await
    );
    let opens = copy.opens_at.expect("the new period's opening");
    assert_eq!(
        (opens + chrono::Duration::hours(7))
            .format("%Y-%m-%d")
            .to_string(),
        "2027-01-01"
    );
    assert_eq!(
        survey_of(&app, "demo").await,
        original,
        "the original is untouched"
    );

    // Only its agency's manager copies it.
    let other = Browser::new(&app);
    assert_eq!(other.login("balikpapan@uji.id", PASSWORD).await, 303);
    assert_eq!(other.get("/admin/s/demo/copy").await.status(), 404);
    let assessor = Browser::new(&app);
    assert_eq!(assessor.login("penilai@uji.id", PASSWORD).await, 303);
    assert_eq!(assessor.get("/admin/s/demo/copy").await.status(), 403);
});
