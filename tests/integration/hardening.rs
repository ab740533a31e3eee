//! Hardening against a hostile client: CSV cells that no spreadsheet runs
//! whatever its list separator, a bound on how long service codes last,
//! receipt numbers kept from the rated agency, QR codes that a forged Host
//! header cannot put into a shared cache, and deadlines for clients that
//! send a request slowly.

use crate::db_test;
use crate::exports::{fetch, token_for};
use crate::support::{Browser, TestApp, demo_answers};
use persepsi_server::services::demo;
use serde_json::{Value, json};
use std::collections::BTreeMap;
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

const RESPONSES_CSV: &str = "/api/v1/exports/responses.csv?instrument=maladministration-perception";
const CODES: &str = "/api/v1/agencies/kab-klungkung/units/dukcapil/codes";

/// Comments that start a formula after a separator.
const FORMULAS: [&str; 3] = [
    "Bagus;=1+1",
    "a,=HYPERLINK(\"http://evil.example\",\"klik\")",
    "x\n=1",
];

/// Sends one response to `demo` with the demo answers and `extra` fields.
async fn answer(app: &TestApp, extra: &[(&'static str, &'static str)]) {
    let token = app.form_token("demo").await;
    let mut pairs = demo_answers("dukcapil");
    pairs.extend_from_slice(extra);
    pairs.push(("token", &token));
    assert_eq!(app.post_form("/s/demo", &pairs).await.status(), 303);
}

/// The rows of a comma-separated file, as column → value.
fn csv_rows(body: &[u8]) -> Vec<BTreeMap<String, String>> {
    let mut reader = csv::Reader::from_reader(body);
    let headers = reader.headers().unwrap().clone();
    reader
        .records()
        .map(|r| {
            headers
                .iter()
                .zip(&r.unwrap())
                .map(|(h, v)| (h.into(), v.into()))
                .collect()
        })
        .collect()
}

db_test!(csv_cells_start_no_formula_whatever_the_separator, |db| {
    let app = TestApp::start(db).await;
    demo::accounts(app.db()).await.unwrap();
    for comment in FORMULAS {
        answer(&app, &[("comment", comment)]).await;
    }
    let token = token_for(&app, "penilai@demo.persepsi.id").await;
    let res = fetch(&app, &token, RESPONSES_CSV).await;
    assert_eq!(res.status(), 200);
    let body = res.bytes().await.unwrap();
    // A spreadsheet set to either list separator starts no formula.
    for delimiter in [b',', b';'] {
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .has_headers(false)
            .flexible(true)
            .from_reader(&body[..]);
        for record in reader.records() {
            for cell in &record.unwrap() {
                assert!(
                    !cell.starts_with(['=', '+', '-', '@']),
                    "split on {:?}: {cell:?}",
                    delimiter as char
                );
            }
        }
    }
    // Read as written, each comment is one cell and says what was typed.
    let mut comments: Vec<String> = csv_rows(&body)
        .iter()
        .map(|r| r["comment"].replace('\'', ""))
        .collect();
    comments.sort();
    let mut sent = FORMULAS.map(String::from).to_vec();
    sent.sort();
    assert_eq!(comments, sent);
});

db_test!(a_code_batch_lasts_at_most_a_year, |db| {
    let app = TestApp::start(db).await;
    let token = app.agency_token("kab-klungkung").await;
    let post = |days: u64| {
        app.client
            .post(format!("{}{CODES}", app.base))
            .bearer_auth(&token)
            .json(&json!({ "count": 2, "expires_in_days": days }))
            .send()
    };
    for days in [0, 367, 4_294_967_295] {
        let res = post(days)
            .await
            .expect("an answer, not a dropped connection");
        assert_eq!(res.status(), 422, "{days} days");
        let body: Value = res.json().await.unwrap();
        let message = body["errors"]["expires_in_days"][0].as_str().unwrap();
        assert!(message.contains("366"), "{message}");
    }
    let res = post(366).await.unwrap();
    assert_eq!(res.status(), 201);
    let body: Value = res.json().await.unwrap();
    assert_eq!(body["codes"].as_array().unwrap().len(), 2);

    // The admin page's form is bound the same way.
    demo::accounts(app.db()).await.unwrap();
    let manager = Browser::new(&app);
    manager
        .login("klungkung@demo.persepsi.id", demo::DEMO_PASSWORD)
        .await;
    let csrf = manager.csrf().await;
    for (days, status) in [("367", 422), ("4294967295", 422), ("366", 200)] {
        let res = manager
            .post(
                "/admin/a/kab-klungkung/u/dukcapil/codes",
                &[("csrf", &csrf), ("count", "2"), ("days", days)],
            )
            .await;
        assert_eq!(res.status(), status, "{days} days");
        if status == 422 {
            assert!(res.text().await.unwrap().contains("366"));
        }
    }
});

/// The responses export as `token` sees it, in CSV and NDJSON.
async fn exported(app: &TestApp, token: &str) -> (Vec<BTreeMap<String, String>>, Vec<Value>) {
    let csv = fetch(app, token, RESPONSES_CSV).await;
    assert_eq!(csv.status(), 200);
    let csv = csv_rows(&csv.bytes().await.unwrap());
    let ndjson = RESPONSES_CSV.replace("responses.csv", "responses.ndjson");
    let text = fetch(app, token, &ndjson).await.text().await.unwrap();
    let lines = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    (csv, lines)
}

db_test!(receipt_numbers_reach_assessors_not_the_rated_agency, |db| {
    let app = TestApp::start(db).await;
    demo::accounts(app.db()).await.unwrap();
    answer(&app, &[("proof", "A-0173"), ("comment", "Antre sebentar")]).await;

    let assessor = token_for(&app, "penilai@demo.persepsi.id").await;
    let (csv, ndjson) = exported(&app, &assessor).await;
    assert_eq!(csv[0]["proof"], "A-0173");
    assert_eq!(ndjson[0]["proof"], "A-0173");
    // Times to the second: `2026-12-01T15:04:05+07:00`.
    let at = csv[0]["submitted_at"].clone();
    assert!(chrono::DateTime::parse_from_rfc3339(&at).is_ok(), "{at}");
    assert_eq!(at.len(), "2026-12-01T15:04:05+07:00".len(), "{at}");
    assert_eq!(ndjson[0]["submitted_at"], at.as_str());

    // The agency's own exports: by its API token and by its manager.
    let agency = [
        app.agency_token("kab-klungkung").await,
        token_for(&app, "klungkung@demo.persepsi.id").await,
    ];
    for token in agency {
        let (csv, ndjson) = exported(&app, &token).await;
        assert_eq!(csv.len(), 1);
        assert!(!csv[0].contains_key("proof"), "{:?}", csv[0]);
        assert!(!csv[0].values().any(|v| v.contains("A-0173")));
        assert_eq!(csv[0]["comment"], "Antre sebentar");
        assert_eq!(csv[0]["submitted_at"], at);
        assert!(ndjson[0].get("proof").is_none());
        assert!(!ndjson[0].to_string().contains("A-0173"));
        let book: Value = fetch(
            &app,
            &token,
            &RESPONSES_CSV.replace("responses.csv", "codebook.json"),
        )
        .await
        .json()
        .await
        .unwrap();
        assert_eq!(book["withheld"], json!(["proof"]));
        let xlsx = RESPONSES_CSV.replace("responses.csv", "responses.xlsx");
        let bytes = fetch(&app, &token, &xlsx).await.bytes().await.unwrap();
        use calamine::{Reader, Xlsx};
        let mut sheets: Xlsx<_> =
            calamine::open_workbook_from_rs(std::io::Cursor::new(bytes.to_vec())).unwrap();
        let range = sheets.worksheet_range("responses").unwrap();
        assert!(range.rows().flatten().all(|c| {
            let c = c.to_string();
            c != "proof" && !c.contains("A-0173")
        }));
    }
});

/// `GET path` with a forged `Host` header.
async fn forged(app: &TestApp, path: &str) -> reqwest::Response {
    let res = app
        .client
        .get(format!("{}{path}", app.base))
        .header("host", "evil.example")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200, "{path}");
    res
}

db_test!(a_forged_host_never_reaches_a_shared_cache, |db| {
    use persepsi_server::services::qr;
    // No public address: the code follows the Host header, so only the
    // asker's own browser may keep it.
    let app = TestApp::start(db).await;
    for path in ["/s/demo/qr.svg", "/s/demo/qr.png?u=dukcapil"] {
        let res = forged(&app, path).await;
        let cache = res.headers()["cache-control"].to_str().unwrap();
        assert!(
            cache.contains("private") && !cache.contains("public"),
            "{path}: {cache}"
        );
    }
    let res = forged(&app, "/s/demo/qr.svg").await;
    let code = res.bytes().await.unwrap();
    assert_eq!(
        code,
        qr::svg("http://evil.example/s/demo").unwrap().as_bytes()
    );
    drop(app);

    // With one, the code never depends on Host.
    let public = "https://survei.example.go.id";
    let app = TestApp::start_with(db, |c| c.site.public_url = Some(public.into())).await;
    let svg = forged(&app, "/s/demo/qr.svg").await.bytes().await.unwrap();
    assert_eq!(
        svg,
        qr::svg(&format!("{public}/s/demo")).unwrap().as_bytes()
    );
    let png = forged(&app, "/s/demo/qr.png?u=dukcapil")
        .await
        .bytes()
        .await
        .unwrap();
    assert_eq!(
        png,
        qr::png(&format!("{public}/s/demo?u=dukcapil"), 10).unwrap()
    );
});

/// Everything the server sends until it closes the connection (or resets
/// it), within `limit`; `None` when it is still open then.
async fn until_closed(read: &mut (impl AsyncReadExt + Unpin), limit: Duration) -> Option<Vec<u8>> {
    let mut got = Vec::new();
    let mut buf = [0u8; 1024];
    let reading = async {
        loop {
            match read.read(&mut buf).await {
                Ok(0) | Err(_) => return,
                Ok(n) => got.extend_from_slice(&buf[..n]),
            }
        }
    };
    tokio::time::timeout(limit, reading).await.ok()?;
    Some(got)
}

db_test!(a_client_sending_slowly_is_cut_off_in_time, |db| {
    let app = TestApp::start_with(db, |c| {
        c.site.header_timeout = 1;
        c.site.body_timeout = 2;
    })
    .await;
    let addr = app.base.trim_start_matches("http://").to_string();
    // Half a request line, then nothing: disconnected.
    let started = Instant::now();
    let mut stream = tokio::net::TcpStream::connect(&addr).await.unwrap();
    stream.write_all(b"GET /s/demo HT").await.unwrap();
    let got = until_closed(&mut stream, Duration::from_secs(30)).await;
    let got = got.expect("closed well before 100 s");
    assert!(
        got.is_empty() || got.starts_with(b"HTTP/1.1 408"),
        "{got:?}"
    );
    assert!(started.elapsed() < Duration::from_secs(30));

    // The headers, then a body that trickles in a byte at a time, steadily
    // enough to defeat a deadline between pieces: 408 and disconnected.
    let stream = tokio::net::TcpStream::connect(&addr).await.unwrap();
    let (mut read, mut write) = stream.into_split();
    let head = "POST /s/demo HTTP/1.1\r\nHost: localhost\r\n\
                Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\n";
    write.write_all(head.as_bytes()).await.unwrap();
    let trickle = tokio::spawn(async move {
        for _ in 0..200 {
            tokio::time::sleep(Duration::from_millis(300)).await;
            if write.write_all(b"a").await.is_err() {
                return;
            }
        }
    });
    let got = until_closed(&mut read, Duration::from_secs(30)).await;
    trickle.abort();
    let got = got.expect("answered and closed well before 100 s");
    let text = String::from_utf8_lossy(&got);
    assert!(got.is_empty() || text.starts_with("HTTP/1.1 408"), "{text}");

    // A client that sends its request in time is served as before.
    assert_eq!(app.get("/s/demo").await.status(), 200);
});
