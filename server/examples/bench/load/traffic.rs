//! The load lines' traffic: what each kind of line sends per operation (a
//! citizen through the form or the JSON API, an agency importing a batch,
//! a request to the baseline), and many clients sending it at once for a
//! bounded time.

use reqwest::{Client, RequestBuilder, StatusCode};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

const ANSWERS: [(&str, &str); 12] = [
    ("unit", "dukcapil"),
    ("used_service", "ya"),
    ("undue_delay", "4"),
    ("no_service", "4"),
    ("procedure", "3"),
    ("abuse_of_authority", "na"),
    ("incompetence", "4"),
    ("payment_request", "4"),
    ("impropriety", "4"),
    ("discrimination", "4"),
    ("partiality", "3"),
    ("conflict_of_interest", "4"),
];

/// Responses one agency import request carries.
const IMPORT_BATCH: usize = 100;

/// Agency keys handed out so far (each import response has its own).
static IMPORT_KEYS: AtomicU64 = AtomicU64::new(0);

/// What a load line sends.
#[derive(Clone, Copy, PartialEq)]
pub enum Kind {
    /// The full respondent flow: GET the form, POST it.
    Form,
    /// The citizen JSON API: GET a token, POST one response.
    Api,
    /// The agency JSON API: POST [`IMPORT_BATCH`] responses.
    Import,
    /// A bare axum endpoint doing one insert.
    Baseline,
}

impl Kind {
    /// The kinds, in the order their lines run.
    pub const ALL: [Kind; 4] = [Kind::Form, Kind::Api, Kind::Import, Kind::Baseline];

    /// Its short name, in the memory line.
    pub fn key(self) -> &'static str {
        match self {
            Kind::Form => "form",
            Kind::Api => "api",
            Kind::Import => "import",
            Kind::Baseline => "baseline",
        }
    }

    /// Its lines' measure.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Form => "full respondent flow (GET /s/demo + POST)",
            Kind::Api => "citizen JSON API (GET token + POST one response)",
            Kind::Import => "agency JSON API ingest (POST 100 validated responses), responses",
            Kind::Baseline => "baseline: bare axum endpoint, one insert",
        }
    }

    /// Its name beside the baseline's.
    pub fn short(self) -> &'static str {
        match self {
            Kind::Form => "full respondent flow",
            Kind::Api => "citizen JSON API",
            Kind::Import => "agency JSON API ingest",
            Kind::Baseline => "baseline",
        }
    }

    /// The count of the rows it stores.
    pub fn count_sql(self) -> &'static str {
        match self {
            Kind::Baseline => "SELECT COUNT(*) FROM bench_baseline",
            _ => "SELECT COUNT(*) FROM response",
        }
    }

    /// Responses one operation stores.
    pub fn per_op(self) -> usize {
        match self {
            Kind::Import => IMPORT_BATCH,
            _ => 1,
        }
    }
}

fn token_of(html: &str) -> Option<String> {
    let marker = "name=\"token\" value=\"";
    let start = html.find(marker)? + marker.len();
    Some(html[start..start + html[start..].find('"')?].to_string())
}

/// The answers as the JSON API takes them.
fn answers_json() -> serde_json::Map<String, serde_json::Value> {
    ANSWERS[1..]
        .iter()
        .map(|(k, v)| {
            (
                k.to_string(),
                v.parse::<i64>()
                    .map(Into::into)
                    .unwrap_or_else(|_| (*v).into()),
            )
        })
        .collect()
}

/// The status of `request`'s answer; None if it could not be sent.
async fn status(request: RequestBuilder) -> Option<StatusCode> {
    Some(request.send().await.ok()?.status())
}

/// The body of `request`'s answer as JSON; None on an error.
async fn json(request: RequestBuilder) -> Option<serde_json::Value> {
    request.send().await.ok()?.json().await.ok()
}

/// A citizen GETs the form and POSTs it filled in: redirected (303)?
async fn form(client: &Client, base: &str) -> Option<bool> {
    let html = client
        .get(format!("{base}/s/demo"))
        .send()
        .await
        .ok()?
        .text()
        .await
        .ok()?;
    let token = token_of(&html)?;
    let mut pairs: Vec<(&str, &str)> = ANSWERS.to_vec();
    pairs.push(("token", &token));
    let posted = status(client.post(format!("{base}/s/demo")).form(&pairs)).await?;
    Some(posted.as_u16() == 303)
}

/// A citizen GETs the survey's token and POSTs one response: created?
async fn api(client: &Client, base: &str) -> Option<bool> {
    let def = json(client.get(format!("{base}/api/v1/surveys/demo"))).await?;
    let body =
        serde_json::json!({ "token": def["token"], "unit": "dukcapil", "answers": answers_json() });
    let posted = status(
        client
            .post(format!("{base}/api/v1/surveys/demo/responses"))
            .json(&body),
    )
    .await?;
    Some(posted.as_u16() == 201)
}

/// An agency POSTs [`IMPORT_BATCH`] responses, each under a key of its
/// own: all stored?
async fn import(client: &Client, base: &str, agency_token: &str) -> Option<bool> {
    let answers = serde_json::Value::Object(answers_json());
    let first = IMPORT_KEYS.fetch_add(IMPORT_BATCH as u64, Ordering::Relaxed);
    let responses: Vec<serde_json::Value> = (first..first + IMPORT_BATCH as u64)
        .map(|k| serde_json::json!({ "key": format!("P-{k}"), "unit": "dukcapil", "answers": answers }))
        .collect();
    let request = client
        .post(format!("{base}/api/v1/surveys/demo/responses/import"))
        .bearer_auth(agency_token)
        .json(&serde_json::json!({ "responses": responses }));
    Some(json(request).await?["stored"] == IMPORT_BATCH)
}

/// One operation of a kind (a respondent; for `Import`, a request of
/// [`IMPORT_BATCH`] responses); the latency, or None on an error.
async fn one(kind: Kind, client: &Client, base: &str, agency_token: &str) -> Option<Duration> {
    let t = Instant::now();
    let ok = match kind {
        Kind::Form => form(client, base).await?,
        Kind::Api => api(client, base).await?,
        Kind::Import => import(client, base, agency_token).await?,
        Kind::Baseline => status(client.post(format!("{base}/baseline")))
            .await?
            .is_success(),
    };
    ok.then(|| t.elapsed())
}

/// What a load line's clients did, counted in operations.
pub struct Driven {
    /// Operations per second.
    pub rate: f64,
    pub p50: Duration,
    pub p99: Duration,
    pub errors: usize,
    /// Operations that succeeded.
    pub done: usize,
}

/// Runs `kind` from `concurrency` clients for `secs`, client `i` sending
/// to `bases[i % bases.len()]` (as a proxy keeping each client's
/// connection to one server would).
pub async fn drive(
    kind: Kind,
    concurrency: usize,
    secs: u64,
    bases: &[&str],
    agency_token: &str,
) -> Driven {
    // Every client is built before the clock starts: building one sets up
    // its TLS (the system's certificates, read and decoded by OpenSSL),
    // tens of milliseconds of processor time each, which inside the
    // measured seconds had taken the two cores from the server at the
    // start of every line (sixty-four clients: seconds of it).
    let clients: Vec<Client> = (0..concurrency)
        .map(|_| {
            Client::builder()
                .pool_max_idle_per_host(1)
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .unwrap()
        })
        .collect();
    let stop = Arc::new(AtomicBool::new(false));
    let mut tasks = Vec::new();
    for (i, client) in clients.into_iter().enumerate() {
        let base = bases[i % bases.len()].to_string();
        let (stop, agency_token) = (stop.clone(), agency_token.to_string());
        tasks.push(tokio::spawn(async move {
            let (mut lat, mut errors) = (Vec::new(), 0);
            while !stop.load(Ordering::Relaxed) {
                match one(kind, &client, &base, &agency_token).await {
                    Some(d) => lat.push(d),
                    None => errors += 1,
                }
            }
            (lat, errors)
        }));
    }
    let started = Instant::now();
    tokio::time::sleep(Duration::from_secs(secs)).await;
    stop.store(true, Ordering::Relaxed);
    let (mut lat, mut errors) = (Vec::new(), 0);
    for t in tasks {
        let (l, e) = t.await.unwrap();
        lat.extend(l);
        errors += e;
    }
    let took = started.elapsed().as_secs_f64();
    lat.sort();
    let pick = |q: f64| {
        lat.get(((lat.len() as f64 * q) as usize).min(lat.len().saturating_sub(1)))
            .copied()
            .unwrap_or_default()
    };
    Driven {
        rate: lat.len() as f64 / took,
        p50: pick(0.5),
        p99: pick(0.99),
        errors,
        done: lat.len(),
    }
}
