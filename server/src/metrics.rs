//! What an operator watches, counted in memory and written out in
//! Prometheus' text format (`GET /metrics`, [`crate::http::metrics`]):
//! requests by route, method and status with their latency, the response
//! writer's batch sizes and queue, the database pools, and responses
//! stored and flagged. Each server counts its own; Prometheus adds them up
//! across servers. Routes are their patterns (`/s/{slug}`), never the
//! addresses asked for, so the number of series stays bounded.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

/// Upper bounds of the latency buckets, in seconds.
const LATENCY: [f64; 12] = [
    0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0,
];

/// Upper bounds of the writer's batch-size buckets.
const BATCH: [f64; 9] = [1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 64.0, 128.0, 256.0];

/// A histogram with fixed buckets.
#[derive(Clone, Debug, Default)]
struct Histogram {
    /// Observations at or below each bound (not yet cumulative).
    buckets: Vec<u64>,
    count: u64,
    sum: f64,
}

impl Histogram {
    fn observe(&mut self, bounds: &[f64], value: f64) {
        if self.buckets.is_empty() {
            self.buckets = vec![0; bounds.len()];
        }
        if let Some(i) = bounds.iter().position(|b| value <= *b) {
            self.buckets[i] += 1;
        }
        self.count += 1;
        self.sum += value;
    }

    /// `name_bucket`, `name_sum` and `name_count` lines, with `labels`
    /// (already formatted, without braces) on each.
    fn write(&self, out: &mut String, name: &str, labels: &str, bounds: &[f64]) {
        let sep = if labels.is_empty() { "" } else { "," };
        let mut cumulative = 0;
        for (i, bound) in bounds.iter().enumerate() {
            cumulative += self.buckets.get(i).copied().unwrap_or(0);
            let _ = writeln!(
                out,
                "{name}_bucket{{{labels}{sep}le=\"{bound}\"}} {cumulative}"
            );
        }
        let _ = writeln!(
            out,
            "{name}_bucket{{{labels}{sep}le=\"+Inf\"}} {}",
            self.count
        );
        let braces = |l: &str| {
            if l.is_empty() {
                String::new()
            } else {
                format!("{{{l}}}")
            }
        };
        let _ = writeln!(out, "{name}_sum{} {}", braces(labels), self.sum);
        let _ = writeln!(out, "{name}_count{} {}", braces(labels), self.count);
    }
}

/// One request series: route, method, status.
type RequestKey = (String, String, u16);

/// The counters of one server process.
#[derive(Debug, Default)]
pub struct Metrics {
    requests: Mutex<BTreeMap<RequestKey, Histogram>>,
    batches: Mutex<Histogram>,
    stored: AtomicU64,
    flagged: AtomicU64,
    repeated: AtomicU64,
}

/// What the writer and the pools look like at the moment of a scrape.
#[derive(Clone, Copy, Debug, Default)]
pub struct Gauges {
    /// Responses waiting for the writer.
    pub queued: usize,
    /// The readers' pool: open connections and idle ones.
    pub pool: (u32, usize),
    /// The writer's own pool: open connections and idle ones.
    pub writer_pool: (u32, usize),
}

impl Metrics {
    /// One answered request.
    pub fn request(&self, route: &str, method: &str, status: u16, took: Duration) {
        let mut requests = self.requests.lock().unwrap_or_else(|e| e.into_inner());
        let key = (route.to_string(), method.to_string(), status);
        requests
            .entry(key)
            .or_default()
            .observe(&LATENCY, took.as_secs_f64());
    }

    /// One transaction of the writer, with how many responses it took.
    pub fn batch(&self, size: usize) {
        self.batches
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .observe(&BATCH, size as f64);
    }

    /// One response committed: new (and whether suspect) or a token's
    /// repeat, which stores nothing.
    pub fn stored(&self, created: bool, suspect: bool) {
        if !created {
            self.repeated.fetch_add(1, Ordering::Relaxed);
            return;
        }
        self.stored.fetch_add(1, Ordering::Relaxed);
        if suspect {
            self.flagged.fetch_add(1, Ordering::Relaxed);
        }
    }

    /// Everything, in Prometheus' text exposition format (0.0.4).
    pub fn render(&self, gauges: Gauges) -> String {
        let mut out = String::with_capacity(16 * 1024);
        out.push_str(
            "# HELP persepsi_http_requests_total Requests answered, by route pattern, method and status.\n\
             # TYPE persepsi_http_requests_total counter\n",
        );
        let requests = self
            .requests
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone();
        for ((route, method, status), h) in &requests {
            let _ = writeln!(
                out,
                "persepsi_http_requests_total{{{}}} {}",
                request_labels(route, method, *status),
                h.count
            );
        }
        out.push_str(
            "# HELP persepsi_http_request_duration_seconds Time from a request's headers to its response's.\n\
             # TYPE persepsi_http_request_duration_seconds histogram\n",
        );
        for ((route, method, status), h) in &requests {
            h.write(
                &mut out,
                "persepsi_http_request_duration_seconds",
                &request_labels(route, method, *status),
                &LATENCY,
            );
        }
        out.push_str(
            "# HELP persepsi_writer_batch_size Responses stored per transaction of the response writer.\n\
             # TYPE persepsi_writer_batch_size histogram\n",
        );
        self.batches
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .write(&mut out, "persepsi_writer_batch_size", "", &BATCH);
        gauge(
            &mut out,
            "persepsi_writer_queue_depth",
            "Responses waiting for the response writer.",
            &[("", gauges.queued as u64)],
        );
        let pools = [
            ("pool=\"readers\"", gauges.pool),
            ("pool=\"writer\"", gauges.writer_pool),
        ];
        let open: Vec<_> = pools.iter().map(|(l, p)| (*l, u64::from(p.0))).collect();
        let idle: Vec<_> = pools.iter().map(|(l, p)| (*l, p.1 as u64)).collect();
        gauge(
            &mut out,
            "persepsi_db_connections_open",
            "Database connections open, per pool.",
            &open,
        );
        gauge(
            &mut out,
            "persepsi_db_connections_idle",
            "Database connections open and idle, per pool.",
            &idle,
        );
        for (name, help, value) in [
            (
                "persepsi_responses_stored_total",
                "Responses this server stored (new ones, suspect or not).",
                &self.stored,
            ),
            (
                "persepsi_responses_flagged_total",
                "Responses this server stored with a suspicion signal (set aside from scores until reviewed).",
                &self.flagged,
            ),
            (
                "persepsi_responses_repeated_total",
                "Sends of a token already used: answered with the first response, nothing stored.",
                &self.repeated,
            ),
        ] {
            let _ = writeln!(
                out,
                "# HELP {name} {help}\n# TYPE {name} counter\n{name} {}",
                value.load(Ordering::Relaxed)
            );
        }
        out
    }
}

fn gauge(out: &mut String, name: &str, help: &str, values: &[(&str, u64)]) {
    let _ = writeln!(out, "# HELP {name} {help}\n# TYPE {name} gauge");
    for (labels, v) in values {
        if labels.is_empty() {
            let _ = writeln!(out, "{name} {v}");
        } else {
            let _ = writeln!(out, "{name}{{{labels}}} {v}");
        }
    }
}

fn request_labels(route: &str, method: &str, status: u16) -> String {
    format!(
        "route=\"{}\",method=\"{}\",status=\"{status}\"",
        escape(route),
        escape(method)
    )
}

/// A label value as the text format wants it.
fn escape(value: &str) -> String {
    value
        .replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn histograms_are_cumulative_and_labels_escaped() {
        let m = Metrics::default();
        m.request("/s/{slug}", "POST", 303, Duration::from_millis(3));
        m.request("/s/{slug}", "POST", 303, Duration::from_millis(30));
        m.request("/x\"y", "GET", 404, Duration::from_secs(60));
        m.batch(1);
        m.batch(200);
        m.stored(true, false);
        m.stored(true, true);
        m.stored(false, false);
        let text = m.render(Gauges {
            queued: 7,
            pool: (3, 1),
            writer_pool: (1, 0),
        });
        let has = |line: &str| assert!(text.lines().any(|l| l == line), "{line}\n{text}");
        has(r#"persepsi_http_requests_total{route="/s/{slug}",method="POST",status="303"} 2"#);
        has(
            r#"persepsi_http_request_duration_seconds_bucket{route="/s/{slug}",method="POST",status="303",le="0.002"} 0"#,
        );
        has(
            r#"persepsi_http_request_duration_seconds_bucket{route="/s/{slug}",method="POST",status="303",le="0.005"} 1"#,
        );
        has(
            r#"persepsi_http_request_duration_seconds_bucket{route="/s/{slug}",method="POST",status="303",le="+Inf"} 2"#,
        );
        has(
            r#"persepsi_http_request_duration_seconds_bucket{route="/x\"y",method="GET",status="404",le="10"} 0"#,
        );
        has(r#"persepsi_writer_batch_size_bucket{le="256"} 2"#);
        has(r#"persepsi_writer_batch_size_bucket{le="128"} 1"#);
        has("persepsi_writer_batch_size_count 2");
        has("persepsi_writer_queue_depth 7");
        has(r#"persepsi_db_connections_open{pool="readers"} 3"#);
        has("persepsi_responses_stored_total 2");
        has("persepsi_responses_flagged_total 1");
        has("persepsi_responses_repeated_total 1");
    }
}
