//! `TestApp`: a server on a fresh database, listening on a random port,
//! with a client for it and counts of what was stored.

use super::{Browser, Db, TestDatabase, attr_value};
use persepsi_server::config::Config;
use persepsi_server::services::demo;
use persepsi_server::store::entities::{answer, response, service_unit};
use persepsi_server::{ServerState, build};
use sea_orm::sea_query::{IntoCondition, Query};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, DatabaseConnection, EntityTrait, PaginatorTrait,
    QueryFilter,
};

/// A running server and a client for it.
pub struct TestApp {
    /// `http://127.0.0.1:PORT`
    pub base: String,
    /// Does not follow redirects, so 303s can be seen.
    pub client: reqwest::Client,
    /// The server's state (database, token key).
    pub state: ServerState,
    /// Dropped last, after the state: removes the test's database.
    database: TestDatabase,
    /// The proof photos' folder (unless the test points them elsewhere).
    _proofs: tempfile::TempDir,
}

impl TestApp {
    /// A server on `db` with the demo providers and surveys (no made-up
    /// responses), with the default configuration.
    pub async fn start(db: Db) -> Self {
        Self::start_with(db, |_| {}).await
    }

    /// Same, after `tweak` adjusts the configuration.
    pub async fn start_with(db: Db, tweak: impl FnOnce(&mut Config)) -> Self {
        let database = TestDatabase::create(db).await;
        let mut config = Config::for_database(database.url().to_string());
        config.database.db_connections = Some(8);
        // Tests answer in milliseconds, many times from one address; the
        // signals have tests of their own (which set them as shipped).
        config.responses.min_fill_secs = 0;
        config.responses.fill_secs_per_item = 0.0;
        config.responses.burst_floor = 1_000_000;
        config.responses.repeat_floor = 1_000_000;
        let proofs = tempfile::tempdir().unwrap();
        config.proof.store = proofs.path().to_string_lossy().into_owned();
        tweak(&mut config);
        let server = build(&config).await.expect("server builds");
        demo::load(&server.state.db, 0).await.expect("demo data");
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let (router, header_timeout) = (server.router, server.header_timeout);
        // The connection loop `persepsi serve` runs, deadlines included.
        tokio::spawn(persepsi_server::http::serve::serve(
            listener,
            router,
            header_timeout,
            std::future::pending(),
        ));
        TestApp {
            base: format!("http://{addr}"),
            client: reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .unwrap(),
            state: server.state,
            database,
            _proofs: proofs,
        }
    }

    /// The database.
    pub fn db(&self) -> &DatabaseConnection {
        &self.state.db
    }

    /// The test's database (its URL, and its name on PostgreSQL).
    pub fn database(&self) -> &TestDatabase {
        &self.database
    }

    /// `GET path`.
    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client
            .get(format!("{}{path}", self.base))
            .send()
            .await
            .unwrap()
    }

    /// `POST path` with a form body.
    pub async fn post_form(&self, path: &str, pairs: &[(&str, &str)]) -> reqwest::Response {
        let body = serde_urlencoded::to_string(pairs).unwrap();
        self.client
            .post(format!("{}{path}", self.base))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body)
            .send()
            .await
            .unwrap()
    }

    /// `POST path` with a JSON body.
    pub async fn post_json(&self, path: &str, body: &serde_json::Value) -> reqwest::Response {
        self.client
            .post(format!("{}{path}", self.base))
            .json(body)
            .send()
            .await
            .unwrap()
    }

    /// A fresh token from the form page of `slug`.
    pub async fn form_token(&self, slug: &str) -> String {
        let html = self.get(&format!("/s/{slug}")).await.text().await.unwrap();
        attr_value(&html, "name=\"token\" value=\"").expect("the form carries a token")
    }

    /// A fresh form (token) of `slug` shown to the device whose cookie is
    /// `cookie`, or to a new device: the token and the device cookie.
    pub async fn form_on_device(&self, path: &str, cookie: Option<&str>) -> (String, String) {
        let mut req = self.client.get(format!("{}{path}", self.base));
        if let Some(c) = cookie {
            req = req.header("cookie", c);
        }
        let res = req.send().await.unwrap();
        let set = res
            .headers()
            .get_all("set-cookie")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .find(|v| v.starts_with("persepsi_device="))
            .map(|v| v.split(';').next().unwrap().to_string());
        if cookie.is_none() {
            let set = set.as_deref().expect("a new device gets a cookie");
            assert!(set.len() > 20);
        }
        let html = res.text().await.unwrap();
        let token = attr_value(&html, "name=\"token\" value=\"").expect("a token");
        (token, set.or(cookie.map(str::to_string)).unwrap())
    }

    /// `POST path` with a form body and a cookie.
    pub async fn post_form_cookie(
        &self,
        path: &str,
        pairs: &[(&str, &str)],
        cookie: &str,
    ) -> reqwest::Response {
        self.client
            .post(format!("{}{path}", self.base))
            .header("content-type", "application/x-www-form-urlencoded")
            .header("cookie", cookie)
            .body(serde_urlencoded::to_string(pairs).unwrap())
            .send()
            .await
            .unwrap()
    }

    /// Runs a raw SQL statement. For tests about the schema only, or for a
    /// state the product cannot reach (a corrupted row, a time in the past):
    /// say why beside the call. Anything else changes state as a user would
    /// (an admin page, [`Browser`]) or through `persepsi_server::store`.
    pub async fn exec(&self, sql: &str) {
        self.db().execute_unprepared(sql).await.unwrap();
        // As the admin pages do after a change (another server sharing the
        // database would see it within `SURVEY_TTL`).
        self.state.surveys_changed();
    }

    /// An API token for an agency, made as the CLI makes it.
    pub async fn agency_token(&self, agency: &str) -> String {
        let a = persepsi_server::store::entities::agency::Entity::find()
            .filter(persepsi_server::store::entities::agency::Column::Slug.eq(agency))
            .one(self.db())
            .await
            .unwrap()
            .unwrap();
        persepsi_server::store::api_tokens::create(self.db(), &self.state.tokens, a.id, "test")
            .await
            .unwrap()
    }

    /// A fresh token from the API.
    pub async fn api_token(&self, slug: &str) -> String {
        let def: serde_json::Value = self
            .get(&format!("/api/v1/surveys/{slug}"))
            .await
            .json()
            .await
            .unwrap();
        def["token"].as_str().unwrap().to_string()
    }

    /// The score as the API reports it.
    pub async fn score(&self, slug: &str) -> serde_json::Value {
        self.get(&format!("/api/v1/surveys/{slug}/score"))
            .await
            .json()
            .await
            .unwrap()
    }
}

/// What was stored, read through the entities as the product reads it.
impl TestApp {
    /// How many `E` are stored: `app.stored::<agency::Entity>()`.
    pub async fn stored<E>(&self) -> u64
    where
        E: EntityTrait,
        E::Model: Sync,
    {
        count_stored::<E>(self.db(), Condition::all()).await
    }

    /// How many `E` matching `condition` are stored:
    /// `app.stored_where::<agency::Entity>(agency::Column::Name.eq("X"))`.
    pub async fn stored_where<E>(&self, condition: impl IntoCondition) -> u64
    where
        E: EntityTrait,
        E::Model: Sync,
    {
        count_stored::<E>(self.db(), condition).await
    }

    /// Responses stored.
    pub async fn responses(&self) -> u64 {
        self.stored::<response::Entity>().await
    }

    /// Responses stored that match `condition` (on `response`'s columns).
    pub async fn responses_where(&self, condition: impl IntoCondition) -> u64 {
        self.stored_where::<response::Entity>(condition).await
    }

    /// Responses verified by a service code.
    pub async fn verified_responses(&self) -> u64 {
        self.responses_where(response::Column::Verified.eq(true))
            .await
    }

    /// Responses given for a unit whose slug is `unit`, of any agency.
    pub async fn responses_for_unit(&self, unit: &str) -> u64 {
        let units = Query::select()
            .column(service_unit::Column::Id)
            .from(service_unit::Entity)
            .and_where(service_unit::Column::Slug.eq(unit))
            .to_owned();
        self.responses_where(response::Column::UnitId.in_subquery(units))
            .await
    }

    /// Answers stored, one per item answered.
    pub async fn answers(&self) -> u64 {
        self.stored::<answer::Entity>().await
    }

    /// Answers stored that match `condition` (on `answer`'s columns).
    pub async fn answers_where(&self, condition: impl IntoCondition) -> u64 {
        self.stored_where::<answer::Entity>(condition).await
    }

    /// The demo accounts (made if missing), and a browser signed in as
    /// Klungkung's manager, whose agency runs the `demo` survey.
    pub async fn klungkung_manager(&self) -> Browser {
        persepsi_server::services::demo::accounts(self.db())
            .await
            .unwrap();
        let manager = Browser::new(self);
        let status = manager
            .login(
                "klungkung@demo.persepsi.id",
                persepsi_server::services::demo::DEMO_PASSWORD,
            )
            .await;
        assert_eq!(status, 303, "the manager signs in");
        manager
    }
}

/// How many `E` matching `condition` are stored in `db`.
pub async fn count_stored<E>(db: &impl ConnectionTrait, condition: impl IntoCondition) -> u64
where
    E: EntityTrait,
    E::Model: Sync,
{
    E::find().filter(condition).count(db).await.unwrap()
}
