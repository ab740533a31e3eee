//! `TestApp`: a server on a fresh database, listening on a random port.

use persepsi_server::config::Config;
use persepsi_server::services::demo;
use persepsi_server::store::entities::{answer, response, service_unit};
use persepsi_server::{ServerState, build};
use sea_orm::sea_query::{IntoCondition, Query};
use sea_orm::{
    ColumnTrait, Condition, ConnectOptions, ConnectionTrait, Database, DatabaseConnection,
    EntityTrait, PaginatorTrait, QueryFilter, Statement,
};
use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// Which database a test runs on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Db {
    Sqlite,
    Postgres,
}

impl Db {
    /// Whether PostgreSQL tests should run.
    pub fn postgres_configured() -> bool {
        std::env::var("TEST_DATABASE_URL").is_ok_and(|u| !u.is_empty())
    }
}

/// Runs a test body once per database.
#[macro_export]
macro_rules! db_test {
    ($name:ident, |$db:ident| $body:block) => {
        mod $name {
            #[allow(unused_imports)]
            use super::*;
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                let $db = $crate::support::Db::Sqlite;
                $body
            }
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                if !$crate::support::Db::postgres_configured() {
                    eprintln!("TEST_DATABASE_URL is not set: PostgreSQL half skipped");
                    return;
                }
                let $db = $crate::support::Db::Postgres;
                $body
            }
        }
    };
}

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
        config.database.db_connections = 8;
        // Tests answer in milliseconds; the signal has tests of its own.
        config.responses.min_fill_secs = 0;
        tweak(&mut config);
        let server = build(&config).await.expect("server builds");
        demo::load(&server.state.db, 0).await.expect("demo data");
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let router = server.router;
        tokio::spawn(async move {
            axum::serve(
                listener,
                router.into_make_service_with_connect_info::<SocketAddr>(),
            )
            .await
            .unwrap();
        });
        TestApp {
            base: format!("http://{addr}"),
            client: reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .unwrap(),
            state: server.state,
            database,
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

/// A browser signed in as someone.
pub struct Browser {
    client: reqwest::Client,
    base: String,
}

impl Browser {
    pub fn new(app: &TestApp) -> Self {
        Browser {
            client: reqwest::Client::builder()
                .cookie_store(true)
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .unwrap(),
            base: app.base.clone(),
        }
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client
            .get(format!("{}{path}", self.base))
            .send()
            .await
            .unwrap()
    }

    pub async fn post(&self, path: &str, pairs: &[(&str, &str)]) -> reqwest::Response {
        self.client
            .post(format!("{}{path}", self.base))
            .form(pairs)
            .send()
            .await
            .unwrap()
    }

    /// Signs in; returns the status of the sign-in POST.
    pub async fn login(&self, email: &str, password: &str) -> u16 {
        let html = self.get("/admin/login").await.text().await.unwrap();
        let csrf = attr_value(&html, "name=\"csrf\" value=\"").unwrap();
        self.post(
            "/admin/login",
            &[("csrf", &csrf), ("email", email), ("password", password)],
        )
        .await
        .status()
        .as_u16()
    }

    /// The session's anti-forgery token, from any signed-in page.
    pub async fn csrf(&self) -> String {
        let html = self.get("/admin").await.text().await.unwrap();
        attr_value(&html, "name=\"csrf\" value=\"").expect("signed in")
    }

    /// A form post with the session's token.
    pub async fn send(&self, path: &str, pairs: &[(&str, &str)]) -> u16 {
        let csrf = self.csrf().await;
        let mut all = vec![("csrf", csrf.as_str())];
        all.extend_from_slice(pairs);
        self.post(path, &all).await.status().as_u16()
    }

    /// Moves survey `slug` to `to` (`open`, `closed`) with the button on
    /// its admin page; returns the status.
    pub async fn set_status(&self, slug: &str, to: &str) -> u16 {
        self.send(&format!("/admin/s/{slug}/status"), &[("to", to)])
            .await
    }

    /// Opens the form page at `path`, changes the fields in `changes` (each
    /// replacing every value of its field) and sends the form as it then
    /// stands, as a person changing one setting does; returns the status.
    pub async fn edit(&self, path: &str, changes: &[(&str, &str)]) -> u16 {
        let html = self.get(path).await.text().await.unwrap();
        let mut fields = form_fields(&html, path);
        assert!(!fields.is_empty(), "{path} shows its form");
        for (name, _) in changes {
            fields.retain(|(n, _)| n != name);
        }
        fields.extend(changes.iter().map(|(n, v)| (n.to_string(), v.to_string())));
        let pairs: Vec<(&str, &str)> = fields
            .iter()
            .map(|(n, v)| (n.as_str(), v.as_str()))
            .collect();
        self.post(path, &pairs).await.status().as_u16()
    }
}

/// What the form posting to `action` on `html` sends as shown: its named
/// inputs (checkboxes and radios only when checked), text areas, and the
/// selected option of each select (or its first).
pub fn form_fields(html: &str, action: &str) -> Vec<(String, String)> {
    let mut fields = Vec::new();
    let Some(form) = html
        .match_indices("<form")
        .map(|(at, _)| &html[at..])
        .find(|f| {
            let head = &f[..f.find('>').unwrap_or(f.len())];
            attributes(head).get("action").map(String::as_str) == Some(action)
        })
    else {
        return fields;
    };
    let form = &form[..form.find("</form>").unwrap_or(form.len())];
    let mut rest = form;
    while let Some(at) = rest.find('<') {
        rest = &rest[at..];
        let end = rest.find('>').map_or(rest.len(), |e| e + 1);
        let tag = &rest[..end];
        let attrs = attributes(tag);
        let name = attrs.get("name").cloned();
        if tag.starts_with("<input") {
            let kind = attrs.get("type").map_or("text", String::as_str);
            let on = !matches!(kind, "checkbox" | "radio") || attrs.contains_key("checked");
            if let (Some(name), true) = (name, on) {
                let value = attrs.get("value").cloned().unwrap_or_default();
                fields.push((name, value));
            }
        } else if tag.starts_with("<textarea") {
            let body = &rest[end..];
            let text = &body[..body.find("</textarea>").unwrap_or(body.len())];
            if let Some(name) = name {
                fields.push((name, unescape(text)));
            }
        } else if tag.starts_with("<select") {
            let body = &rest[end..];
            let body = &body[..body.find("</select>").unwrap_or(body.len())];
            let options: Vec<_> = body
                .match_indices("<option")
                .map(|(at, _)| attributes(&body[at..at + body[at..].find('>').unwrap()]))
                .collect();
            let chosen = options
                .iter()
                .find(|o| o.contains_key("selected"))
                .or(options.first());
            if let (Some(name), Some(o)) = (name, chosen) {
                fields.push((name, o.get("value").cloned().unwrap_or_default()));
            }
        }
        rest = &rest[end..];
    }
    fields
}

/// The attributes of an opening tag (`<input type="x" checked …>`), their
/// values unescaped; a bare attribute has an empty value.
fn attributes(tag: &str) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let inner = tag.trim_start_matches('<').trim_end_matches('>');
    let mut rest = inner
        .trim_start_matches(|c: char| !c.is_whitespace())
        .trim_start();
    while !rest.is_empty() {
        let name_end = rest
            .find(|c: char| c.is_whitespace() || c == '=' || c == '/')
            .unwrap_or(rest.len());
        let name = rest[..name_end].to_ascii_lowercase();
        rest = rest[name_end..].trim_start();
        let mut value = String::new();
        if let Some(after) = rest.strip_prefix('=') {
            let after = after.trim_start();
            let (raw, left) = match after.chars().next() {
                Some(q @ ('"' | '\'')) => {
                    let close = after[1..].find(q).map_or(after.len(), |i| i + 1);
                    (&after[1..close], after.get(close + 1..).unwrap_or(""))
                }
                _ => {
                    let end = after.find(char::is_whitespace).unwrap_or(after.len());
                    (&after[..end], &after[end..])
                }
            };
            value = unescape(raw);
            rest = left.trim_start();
        } else if let Some(after) = rest.strip_prefix('/') {
            rest = after.trim_start();
        }
        if !name.is_empty() {
            out.insert(name, value);
        }
    }
    out
}

/// Text of HTML with its character references read.
fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&amp;", "&")
}

/// The ten forms of maladministration, as item keys.
pub const MAL_ITEMS: [&str; 10] = [
    "undue_delay",
    "no_service",
    "procedure",
    "abuse_of_authority",
    "incompetence",
    "payment_request",
    "impropriety",
    "discrimination",
    "partiality",
    "conflict_of_interest",
];

/// SKM's nine elements, as item keys.
pub const SKM_ELEMENTS: [&str; 9] = [
    "u1_requirements",
    "u2_procedure",
    "u3_time",
    "u4_cost",
    "u5_product",
    "u6_competence",
    "u7_behaviour",
    "u8_complaints",
    "u9_facilities",
];

/// A complete, valid answer set for the `demo` survey: every form of
/// maladministration answered, `used_service` yes.
pub fn demo_answers(unit: &'static str) -> Vec<(&'static str, &'static str)> {
    vec![
        ("unit", unit),
        ("used_service", "ya"),
        ("undue_delay", "4"),
        ("no_service", "4"),
        ("procedure", "3"),
        ("abuse_of_authority", "na"),
        ("incompetence", "4"),
        ("payment_request", "1"),
        ("impropriety", "4"),
        ("discrimination", "4"),
        ("partiality", "4"),
        ("conflict_of_interest", "2"),
    ]
}

/// The same answers as a JSON map, for the API.
pub fn demo_answers_json() -> serde_json::Value {
    let map: BTreeMap<&str, serde_json::Value> = demo_answers("dukcapil")
        .into_iter()
        .filter(|(k, _)| *k != "unit")
        .map(|(k, v)| {
            let value = v
                .parse::<i64>()
                .map(serde_json::Value::from)
                .unwrap_or_else(|_| v.into());
            (k, value)
        })
        .collect();
    serde_json::to_value(map).unwrap()
}

/// The text after `marker` up to the next quote.
pub fn attr_value(html: &str, marker: &str) -> Option<String> {
    let start = html.find(marker)? + marker.len();
    let end = html[start..].find('"')?;
    Some(html[start..start + end].to_string())
}

/// A new, empty database of kind `db`: its URL, and the guard that
/// removes it when dropped. Keep the guard in a named binding (`_db`, not
/// `_`) until the test is done with the database.
pub async fn empty_database(db: Db) -> (String, TestDatabase) {
    let database = TestDatabase::create(db).await;
    (database.url().to_string(), database)
}

/// A test's own database, removed when this is dropped, whether the test
/// passed or panicked: the SQLite file's folder is deleted; the PostgreSQL
/// database is dropped with its connections closed first
/// (`DROP DATABASE … WITH (FORCE)`). A run killed before that leaves the
/// database behind; [`sweep_leftover_databases`] removes it an hour later.
pub struct TestDatabase {
    url: String,
    _dir: Option<tempfile::TempDir>,
    postgres: Option<PostgresName>,
}

/// Where a PostgreSQL test database lives, to drop it.
struct PostgresName {
    admin_url: String,
    name: String,
}

impl TestDatabase {
    /// A new, empty database of kind `db`.
    pub async fn create(db: Db) -> Self {
        match db {
            Db::Sqlite => {
                let dir = tempfile::tempdir().expect("temp dir");
                let url = format!("sqlite://{}/persepsi.db", dir.path().display());
                TestDatabase {
                    url,
                    _dir: Some(dir),
                    postgres: None,
                }
            }
            Db::Postgres => fresh_postgres().await,
        }
    }

    /// The URL to connect to.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// The database's name on PostgreSQL (`persepsi_t_<secs>_<hex>`).
    pub fn postgres_name(&self) -> Option<&str> {
        self.postgres.as_ref().map(|p| p.name.as_str())
    }
}

impl Drop for TestDatabase {
    fn drop(&mut self) {
        let Some(pg) = self.postgres.take() else {
            return;
        };
        if let Err(e) = drop_postgres_database(&pg.admin_url, &pg.name) {
            // A second panic while unwinding would abort the whole run.
            if std::thread::panicking() {
                eprintln!("{e}");
            } else {
                panic!("{e}");
            }
        }
    }
}

/// The URL of the PostgreSQL admin database the tests create theirs from.
pub fn admin_url() -> String {
    std::env::var("TEST_DATABASE_URL").expect("TEST_DATABASE_URL is set")
}

/// Drops the PostgreSQL database `name` (if it exists), closing its
/// connections first. Blocking: it runs on a thread of its own with its own
/// runtime, so that it works from `Drop`, inside a runtime or not, even one
/// that is shutting down.
pub fn drop_postgres_database(admin_url: &str, name: &str) -> Result<(), String> {
    let (admin_url, owned) = (admin_url.to_string(), name.to_string());
    std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|e| e.to_string())?;
        rt.block_on(async {
            let admin = admin_connection(&admin_url).await?;
            let sql = format!("DROP DATABASE IF EXISTS \"{owned}\" WITH (FORCE)");
            // A connection racing the drop can make one attempt fail.
            let mut result = Ok(());
            for attempt in 0..5 {
                if attempt > 0 {
                    tokio::time::sleep(Duration::from_millis(200)).await;
                }
                result = admin
                    .execute_unprepared(&sql)
                    .await
                    .map(|_| ())
                    .map_err(|e| e.to_string());
                if result.is_ok() {
                    break;
                }
            }
            admin.close().await.ok();
            result
        })
    })
    .join()
    .unwrap_or_else(|_| Err("the thread dropping it panicked".to_string()))
    .map_err(|e| format!("could not drop the test database {name}: {e}"))
}

/// One connection to the PostgreSQL admin database.
pub async fn admin_connection(admin_url: &str) -> Result<DatabaseConnection, String> {
    let mut opts = ConnectOptions::new(admin_url.to_string());
    opts.max_connections(1)
        .min_connections(0)
        .connect_timeout(Duration::from_secs(10))
        .acquire_timeout(Duration::from_secs(10))
        .sqlx_logging(false);
    Database::connect(opts).await.map_err(|e| {
        format!("TEST_DATABASE_URL is set but PostgreSQL cannot be reached ({admin_url}): {e}")
    })
}

/// How long a test database may live before a later run takes it for the
/// leftover of an interrupted run.
pub const LEFTOVER_AGE: Duration = Duration::from_secs(3600);

/// The time in a test database's name, `persepsi_t_<secs>_<32 hex>`;
/// `None` for any other name.
pub fn test_database_born(name: &str) -> Option<u64> {
    let (secs, hex) = name.strip_prefix("persepsi_t_")?.split_once('_')?;
    let is_hex = hex.len() == 32 && hex.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'));
    if secs.is_empty() || !secs.bytes().all(|b| b.is_ascii_digit()) || !is_hex {
        return None;
    }
    secs.parse().ok()
}

/// Seconds since 1970.
fn unix_now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs()
}

/// Drops the test databases left by interrupted runs: those named exactly
/// `persepsi_t_<secs>_<32 hex>` whose time is more than [`LEFTOVER_AGE`]
/// ago. Younger ones may belong to a run in progress; other databases are
/// never touched. Returns the names dropped.
pub async fn sweep_leftover_databases(admin: &DatabaseConnection) -> Vec<String> {
    let now = unix_now();
    let rows = admin
        .query_all_raw(Statement::from_string(
            admin.get_database_backend(),
            r"SELECT datname FROM pg_database WHERE datname LIKE 'persepsi\_t\_%'".to_string(),
        ))
        .await
        .expect("list the databases");
    let mut dropped = Vec::new();
    for row in rows {
        let name: String = row.try_get_by_index(0).unwrap();
        let Some(born) = test_database_born(&name) else {
            continue;
        };
        if born.saturating_add(LEFTOVER_AGE.as_secs()) < now
            && admin
                .execute_unprepared(&format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"))
                .await
                .is_ok()
        {
            dropped.push(name);
        }
    }
    dropped
}

/// A new, empty PostgreSQL database for one test. Databases left by runs
/// more than an hour old are dropped on the way.
async fn fresh_postgres() -> TestDatabase {
    let admin_url = admin_url();
    let admin = admin_connection(&admin_url)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    sweep_leftover_databases(&admin).await;
    let name = format!(
        "persepsi_t_{}_{}",
        unix_now(),
        uuid::Uuid::new_v4().simple()
    );
    admin
        .execute_unprepared(&format!("CREATE DATABASE \"{name}\""))
        .await
        .expect("create a test database");
    admin.close().await.ok();
    let (prefix, _) = admin_url
        .rsplit_once('/')
        .expect("a database URL ends in /NAME");
    TestDatabase {
        url: format!("{prefix}/{name}"),
        _dir: None,
        postgres: Some(PostgresName { admin_url, name }),
    }
}
