//! Load: citizens through the real HTTP stack at concurrency 1, 8 and 64
//! for a bounded time against the release `persepsi` binary running as a
//! child process — the full respondent flow (GET the form, POST it: token,
//! validation, storage), the JSON API, and a bare axum endpoint in this
//! program doing one insert on the same database as the baseline to
//! compare with — and the server process's own peak memory under the
//! concurrency-64 lines.

mod process;
mod traffic;

use crate::common::{self, ms, thousands};
use crate::report::Table;
use axum::extract::State;
use axum::routing::post;
use process::{ServerProcess, persepsi_output, server_binary};
use sea_orm::{ConnectionTrait, DatabaseConnection, Statement};
use std::path::Path;
use traffic::{Kind, drive};

async fn count(db: &DatabaseConnection, sql: &str) -> i64 {
    db.query_one_raw(Statement::from_string(
        db.get_database_backend(),
        sql.to_string(),
    ))
    .await
    .unwrap()
    .unwrap()
    .try_get_by_index::<i64>(0)
    .unwrap()
}

/// One line's figures, in responses (an import request carries many).
struct Line {
    rate: f64,
    p99_ms: f64,
    errors: usize,
    stored: bool,
    /// The server process's peak memory during the line, in megabytes
    /// (concurrency 64 only).
    peak_mb: Option<f64>,
}

/// What the load lines run against: the `persepsi` server process on a
/// fresh database holding the demo data, the baseline served here, this
/// process's own pool on the same database (the baseline's inserts and the
/// counts of what was stored), and an API token of the demo survey's
/// agency.
struct Rig {
    url: String,
    _dir: Option<tempfile::TempDir>,
    db: DatabaseConnection,
    server: ServerProcess,
    pid: String,
    baseline_base: String,
    agency_token: String,
}

impl Rig {
    async fn start(arg: &str) -> Self {
        let binary = server_binary();
        let (url, dir) = common::database(arg).await;
        let agency_token = seed(&binary, &url);
        let db = persepsi_server::store::db::connect(&url, 16).await.unwrap();
        db.execute_unprepared(
            "CREATE TABLE bench_baseline (id TEXT PRIMARY KEY, at TEXT NOT NULL)",
        )
        .await
        .unwrap();
        common::step("load: persepsi serve");
        let server = ServerProcess::start(&binary, &url).await;
        let pid = server.pid();
        let baseline_base = serve_baseline(db.clone()).await;
        Rig {
            url,
            _dir: dir,
            db,
            server,
            pid,
            baseline_base,
            agency_token,
        }
    }

    /// Where `kind`'s lines send.
    fn base(&self, kind: Kind) -> &str {
        match kind {
            Kind::Baseline => &self.baseline_base,
            _ => &self.server.base,
        }
    }

    /// Stops the server and drops the database.
    async fn finish(self, arg: &str) {
        let Rig {
            url,
            _dir,
            db,
            server,
            ..
        } = self;
        drop(server);
        common::drop_database(arg, &url, &db).await;
    }
}

/// The demo agencies and surveys with no made-up responses, as the
/// in-process parts seed them (`demo` adds its few demo accounts); an API
/// token of the demo survey's agency.
fn seed(binary: &Path, url: &str) -> String {
    common::step("load: persepsi demo, persepsi api-token");
    persepsi_output(binary, url, &["demo", "--responses", "0"]);
    let agency_token = persepsi_output(
        binary,
        url,
        &["api-token", "--agency", "kab-klungkung", "--name", "bench"],
    )
    .trim()
    .to_string();
    assert!(
        !agency_token.is_empty(),
        "persepsi api-token printed no token"
    );
    agency_token
}

/// The baseline: a bare axum handler doing one insert, served here; its
/// base address.
async fn serve_baseline(db: DatabaseConnection) -> String {
    let baseline = axum::Router::new()
        .route(
            "/baseline",
            post(|State(db): State<DatabaseConnection>| async move {
                let sql = format!(
                    "INSERT INTO bench_baseline (id, at) VALUES ('{}', '{}')",
                    uuid::Uuid::new_v4(),
                    chrono::Utc::now().to_rfc3339()
                );
                match db.execute_unprepared(&sql).await {
                    Ok(_) => axum::http::StatusCode::CREATED,
                    Err(_) => axum::http::StatusCode::SERVICE_UNAVAILABLE,
                }
            }),
        )
        .with_state(db);
    common::serve(baseline).await
}

/// The load lines, the submit paths against the baseline, and the server
/// process's peak memory under concurrency 64.
pub async fn run(arg: &str, secs: u64, table: &mut Table) {
    let rig = Rig::start(arg).await;
    let mut at_64 = Vec::new();
    for kind in Kind::ALL {
        for c in [1, 8, 64] {
            let line = load_line(&rig, kind, c, secs, table).await;
            if c == 64 {
                at_64.push((kind, line));
            }
        }
    }
    report_shares(table, &at_64);
    report_memory(table, &at_64);
    report_storage(&rig, table).await;
    if !persepsi_server::store::db::is_sqlite(&rig.url) {
        let one = at_64
            .iter()
            .find(|(kind, _)| *kind == Kind::Form)
            .map_or(0.0, |(_, line)| line.rate);
        three_servers(&rig, secs, one, table).await;
    }
    rig.finish(arg).await;
}

/// The line: bytes on disk per stored response (its row, its answers,
/// their indexes and the tallies), after the load lines; what grows with
/// responses.
async fn report_storage(rig: &Rig, table: &mut Table) {
    let responses = count(&rig.db, "SELECT COUNT(*) FROM response").await.max(1);
    let bytes = if persepsi_server::store::db::is_sqlite(&rig.url) {
        // The whole file, the baseline's small rows included.
        count(
            &rig.db,
            "SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()",
        )
        .await
    } else {
        count(
            &rig.db,
            "SELECT (pg_total_relation_size('response') + pg_total_relation_size('answer') \
             + pg_total_relation_size('tally'))::BIGINT",
        )
        .await
    };
    table.info(
        "disk per stored response (row, answers, indexes, tallies), after the load lines",
        format!(
            "{} bytes ({} responses, {:.0} MB)",
            thousands((bytes / responses) as u64),
            thousands(responses as u64),
            bytes as f64 / 1e6
        ),
    );
}

/// The full respondent flow at concurrency 64 spread over three server
/// processes on the one PostgreSQL, against `one` server's rate.
async fn three_servers(rig: &Rig, secs: u64, one: f64, table: &mut Table) {
    let binary = server_binary();
    common::step("load: two more persepsi serve on the same database");
    let more = [
        ServerProcess::start(&binary, &rig.url).await,
        ServerProcess::start(&binary, &rig.url).await,
    ];
    let bases = [
        rig.server.base.as_str(),
        more[0].base.as_str(),
        more[1].base.as_str(),
    ];
    common::step(&format!(
        "load: full respondent flow on three servers, concurrency 64, {secs} s"
    ));
    let sql = Kind::Form.count_sql();
    let before = count(&rig.db, sql).await;
    let driven = drive(Kind::Form, 64, secs, &bases, &rig.agency_token).await;
    let stored = count(&rig.db, sql).await - before;
    let times = driven.rate / one.max(f64::MIN_POSITIVE);
    table.check(
        "three servers on one PostgreSQL, full respondent flow, c = 64",
        format!(
            "{}/s, p50 {:.1} ms, p99 {:.1} ms, {} errors, {} acknowledged {} {} stored; {times:.2} × one server",
            thousands(driven.rate.round() as u64),
            ms(driven.p50),
            ms(driven.p99),
            driven.errors,
            thousands(driven.done as u64),
            if driven.done as i64 == stored { "=" } else { "≠" },
            thousands(stored.max(0) as u64),
        ),
        "≥ 2 × one server",
        times >= 2.0 && driven.errors == 0 && driven.done as i64 == stored,
    );
}

/// The line of `kind` at concurrency `c` for `secs`; its figures.
async fn load_line(rig: &Rig, kind: Kind, c: usize, secs: u64, table: &mut Table) -> Line {
    let (sql, name, per_op) = (kind.count_sql(), kind.name(), kind.per_op());
    common::step(&format!("load: {name}, concurrency {c}, {secs} s"));
    let before = count(&rig.db, sql).await;
    if c == 64 {
        common::reset_peak_of(&rig.pid);
    }
    let driven = drive(kind, c, secs, &[rig.base(kind)], &rig.agency_token).await;
    // Responses, not requests (an import request carries many).
    let (rate, done) = (driven.rate * per_op as f64, driven.done * per_op);
    let peak_mb = (c == 64).then(|| common::status_mb_of(&rig.pid, "VmHWM:"));
    let stored = count(&rig.db, sql).await - before;
    let line = Line {
        rate,
        p99_ms: ms(driven.p99),
        errors: driven.errors,
        stored: done as i64 == stored,
        peak_mb,
    };
    let figure = format!(
        "{}/s, p50 {:.1} ms, p99 {:.1} ms, {} errors, {} acknowledged {} {} stored",
        thousands(rate.round() as u64),
        ms(driven.p50),
        line.p99_ms,
        line.errors,
        thousands(done as u64),
        if line.stored { "=" } else { "≠" },
        thousands(stored.max(0) as u64),
    );
    let (target, holds) = target(kind, c, &line);
    table.check(format!("{name}, c = {c}"), figure, target, holds);
    line
}

/// The target of `kind`'s line at concurrency `c`, and whether `line`
/// meets it.
fn target(kind: Kind, c: usize, line: &Line) -> (&'static str, bool) {
    let ok = line.stored && line.errors == 0;
    match (kind, c) {
        (Kind::Form, 64) => (
            "≥ 1,000/s, p99 ≤ 25 ms, no errors, acknowledged = stored",
            ok && line.rate >= 1000.0 && line.p99_ms <= 25.0,
        ),
        (Kind::Import, 64) => (
            "≥ 5,000 responses/s, no errors, acknowledged = stored",
            ok && line.rate >= 5000.0,
        ),
        _ => ("no errors, acknowledged = stored", ok),
    }
}

/// The lines: each submit path's rate at concurrency 64 as a share of the
/// baseline's.
fn report_shares(table: &mut Table, at_64: &[(Kind, Line)]) {
    let baseline = at_64.iter().find(|(kind, _)| *kind == Kind::Baseline);
    let ceiling = baseline
        .map_or(0.0, |(_, line)| line.rate)
        .max(f64::MIN_POSITIVE);
    for (kind, line) in at_64.iter().filter(|(kind, _)| *kind != Kind::Baseline) {
        let share = line.rate / ceiling * 100.0;
        // The full flow (two requests, one a rendered page) against one
        // bare insert: at least 60 %; the API paths at least half.
        let floor = if *kind == Kind::Form { 60.0 } else { 50.0 };
        table.check(
            format!("{} ÷ baseline, c = 64", kind.short()),
            format!("{share:.0} %"),
            format!("≥ {floor:.0} %"),
            share >= floor,
        );
    }
}

/// The line: the server process's peak memory during each concurrency-64
/// line.
fn report_memory(table: &mut Table, at_64: &[(Kind, Line)]) {
    let peak_mb = |line: &Line| line.peak_mb.unwrap_or(0.0);
    let peak_64 = at_64
        .iter()
        .map(|(_, line)| peak_mb(line))
        .fold(0.0, f64::max);
    let each: Vec<String> = at_64
        .iter()
        .map(|(kind, line)| {
            let (kind, mb) = (kind.key(), peak_mb(line));
            match kind {
                // The baseline is served by this program; the server idles.
                "baseline" => format!("{kind} {mb:.0} MB (server idle)"),
                _ => format!("{kind} {mb:.0} MB"),
            }
        })
        .collect();
    table.check(
        "server process RSS, peak during each c = 64 line",
        each.join(", "),
        "≤ 100 MB",
        peak_64 <= 100.0,
    );
}
