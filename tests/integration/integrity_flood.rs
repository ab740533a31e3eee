//! A scripted flood against a real crowd, on a simulated clock: the
//! server's clock is moved instead of waiting, so an hour of a counter's
//! traffic and ten minutes of a script play in seconds. The script and
//! the crowd come through one address (a counter's Wi-Fi behind a proxy
//! that the server trusts); the address budgets are raised out of the way,
//! so only the flood signals stand between the script and the score.

use crate::db_test;
use crate::support::{MAL_ITEMS, TestApp, attr_value};
use chrono::{DateTime, Duration, Utc};
use persepsi_server::store::entities::response;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

/// The counter's Wi-Fi, as the proxy reports it.
const COUNTER: &str = "203.0.113.7";

/// What an actor answers.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Answers {
    /// A citizen's own, mostly satisfied.
    Citizen,
    /// One fixed set, the worst on every question.
    Fixed,
    /// Random on every question.
    Random,
}

/// One form fetched and sent back.
struct Visit {
    network: String,
    fetched: DateTime<Utc>,
    fill_secs: i64,
    answers: Answers,
}

async fn start(db: crate::support::Db) -> TestApp {
    TestApp::start_with(db, |c| {
        c.site.trust_proxy = true;
        // The signals as shipped.
        let shipped = persepsi_server::config::Config::for_database(String::new()).responses;
        c.responses.min_fill_secs = shipped.min_fill_secs;
        c.responses.fill_secs_per_item = shipped.fill_secs_per_item;
        c.responses.burst_floor = shipped.burst_floor;
        c.responses.repeat_floor = shipped.repeat_floor;
        for rate in [
            &mut c.limits.submit_network,
            &mut c.limits.form_network,
            &mut c.limits.form_device,
            &mut c.limits.submit_survey,
        ] {
            *rate = "1000000/600".parse().unwrap();
        }
    })
    .await
}

fn answers(kind: Answers, rng: &mut StdRng) -> Vec<(String, String)> {
    let mut out = vec![
        ("unit".to_string(), "dukcapil".to_string()),
        ("used_service".to_string(), "ya".to_string()),
    ];
    for item in MAL_ITEMS {
        let value = match kind {
            Answers::Fixed => "1".to_string(),
            Answers::Random => ["1", "2", "3", "4", "na"][rng.random_range(0..5)].to_string(),
            Answers::Citizen => {
                let r: f64 = rng.random();
                let v = if r < 0.6 {
                    "4"
                } else if r < 0.85 {
                    "3"
                } else if r < 0.95 {
                    "2"
                } else {
                    "na"
                };
                v.to_string()
            }
        };
        out.push((item.to_string(), value));
    }
    out
}

/// Plays the visits in time order (fetches and sends interleaved as they
/// would be), moving the server's clock to each. Returns the statuses of
/// the sends.
async fn play(app: &TestApp, visits: &[Visit], rng: &mut StdRng) -> Vec<u16> {
    // (when, visit, is the send)
    let mut events: Vec<(DateTime<Utc>, usize, bool)> = Vec::new();
    for (i, v) in visits.iter().enumerate() {
        events.push((v.fetched, i, false));
        events.push((v.fetched + Duration::seconds(v.fill_secs), i, true));
    }
    events.sort_by_key(|(at, i, send)| (*at, *send, *i));
    let mut tokens = vec![String::new(); visits.len()];
    let mut statuses = Vec::new();
    for (at, i, send) in events {
        app.state.clock.set(at);
        let v = &visits[i];
        if !send {
            // A fresh form, with no cookie: a new phone, or a script that
            // throws its cookies away.
            let html = app
                .client
                .get(format!("{}/s/demo?u=dukcapil", app.base))
                .header("x-forwarded-for", &v.network)
                .send()
                .await
                .unwrap()
                .text()
                .await
                .unwrap();
            tokens[i] = attr_value(&html, "name=\"token\" value=\"").expect("a form");
            continue;
        }
        let mut pairs = answers(v.answers, rng);
        pairs.push(("token".into(), tokens[i].clone()));
        let res = app
            .client
            .post(format!("{}/s/demo", app.base))
            .header("x-forwarded-for", &v.network)
            .header("content-type", "application/x-www-form-urlencoded")
            .body(serde_urlencoded::to_string(&pairs).unwrap())
            .send()
            .await
            .unwrap();
        statuses.push(res.status().as_u16());
    }
    statuses
}

async fn unit_score(app: &TestApp) -> (u64, f64, u64) {
    let s = app.get("/api/v1/surveys/demo/score?unit=dukcapil").await;
    let s: serde_json::Value = s.json().await.unwrap();
    (
        s["n"].as_u64().unwrap(),
        s["score"].as_f64().unwrap(),
        s["suspect_excluded"].as_u64().unwrap(),
    )
}

/// Ten minutes of a script from the counter's address: a fresh form every
/// `every` seconds, each sent after a plausible 30 to 90 seconds.
fn script(from: DateTime<Utc>, every: i64, answers: Answers, rng: &mut StdRng) -> Vec<Visit> {
    (0..600 / every)
        .map(|k| Visit {
            network: COUNTER.into(),
            fetched: from + Duration::seconds(k * every),
            fill_secs: rng.random_range(30..=90),
            answers,
        })
        .collect()
}

db_test!(
    a_scripted_flood_barely_moves_a_score_and_a_crowd_counts_in_full,
    |db| {
        let app = start(db).await;
        let mut rng = StdRng::seed_from_u64(2026);
        let t0 = Utc::now();
        // A unit's history: 100 citizens over five days, each from their own
        // network (phones on mobile data, home Wi-Fi).
        let history: Vec<Visit> = (0..100)
            .map(|i| Visit {
                network: format!("10.1.{}.{}", i / 200, i % 200 + 1),
                fetched: t0 + Duration::minutes(72 * i),
                fill_secs: rng.random_range(60..=240),
                answers: Answers::Citizen,
            })
            .collect();
        assert!(
            play(&app, &history, &mut rng)
                .await
                .iter()
                .all(|s| *s == 303)
        );
        let (n, _, suspect) = unit_score(&app).await;
        assert_eq!((n, suspect), (100, 0), "every genuine response counts");

        // A busy hour at the counter: 50 citizens behind its one address,
        // each with their own phone, pace and answers.
        let hour = t0 + Duration::days(6);
        let crowd: Vec<Visit> = (0..50)
            .map(|i| Visit {
                network: COUNTER.into(),
                fetched: hour + Duration::seconds(72 * i + rng.random_range(0..60)),
                fill_secs: rng.random_range(60..=240),
                answers: Answers::Citizen,
            })
            .collect();
        assert!(play(&app, &crowd, &mut rng).await.iter().all(|s| *s == 303));
        let (n, genuine, suspect) = unit_score(&app).await;
        assert_eq!((n, suspect), (150, 0), "the whole crowd counts");

        // Then a script from the same address: ten minutes of one fixed answer
        // set, then ten minutes of random answers.
        let mut moved = 0.0_f64;
        let mut sent = 0;
        for (k, kind) in [Answers::Fixed, Answers::Random].into_iter().enumerate() {
            let from = hour + Duration::hours(2) + Duration::minutes(20 * k as i64);
            let flood = script(from, 2, kind, &mut rng);
            let statuses = play(&app, &flood, &mut rng).await;
            // The script is thanked like anyone: it learns nothing.
            assert!(statuses.iter().all(|s| *s == 303), "{statuses:?}");
            sent += statuses.len();
            let (n, score, suspect) = unit_score(&app).await;
            moved = moved.max((score - genuine).abs());
            assert_eq!(n, 150, "{kind:?}: no scripted response counts");
            assert_eq!(suspect as usize, sent, "{kind:?}: all of it is left out");
        }
        eprintln!(
            "flood: {sent} scripted responses from one address moved the unit's score by {moved:.2} \
         points (from {genuine:.2}); crowd: 50 of 50 counted"
        );
        assert!(moved < 1.0, "the score moved {moved:.2} points");

        // Every scripted response says why; no citizen's does.
        let flagged = response::Entity::find()
            .filter(response::Column::Suspect.eq(true))
            .all(app.db())
            .await
            .unwrap();
        assert!(flagged.iter().all(|r| r.flags.contains("burst")));
        let kinds: std::collections::BTreeSet<&str> =
            flagged.iter().map(|r| r.flags.as_str()).collect();
        assert!(
            flagged.iter().any(|r| r.flags.contains("repeat")),
            "{kinds:?}"
        );
        let score: serde_json::Value = app
            .get("/api/v1/surveys/demo/score")
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(
            score["suspect_reasons"]["burst"].as_u64(),
            Some(sent as u64)
        );
        let results = app.get("/s/demo/results").await.text().await.unwrap();
        assert!(
            results.contains(&format!("{sent} jawaban tidak dihitung"))
                && results.contains("beruntun dari satu jaringan"),
            "the results page says how many and why"
        );
    }
);

db_test!(
    fill_time_is_judged_by_the_forms_length_and_the_surveys_pace,
    |db| {
        let app = start(db).await;
        let mut rng = StdRng::seed_from_u64(7);
        let t0 = Utc::now();
        let send_after = |i: i64, secs: i64| Visit {
            network: format!("10.2.0.{}", i + 1),
            fetched: t0 + Duration::minutes(10 * i),
            fill_secs: secs,
            answers: Answers::Citizen,
        };
        // Eight seconds is more than the old fixed four, but not enough to
        // read fourteen questions; twenty is.
        play(&app, &[send_after(0, 8), send_after(1, 20)], &mut rng).await;
        let flags: Vec<String> = response::Entity::find()
            .all(app.db())
            .await
            .unwrap()
            .into_iter()
            .map(|r| r.flags)
            .collect();
        assert_eq!(
            flags.iter().filter(|f| f.as_str() == "fast").count(),
            1,
            "{flags:?}"
        );

        // A survey whose citizens take five minutes: 40 seconds is a fifth of
        // nothing like it.
        let patient: Vec<Visit> = (2..40).map(|i| send_after(i, 300)).collect();
        play(&app, &patient, &mut rng).await;
        app.state.norms.clear();
        play(&app, &[send_after(41, 40), send_after(42, 90)], &mut rng).await;
        let newest: Vec<String> = response::Entity::find()
            .all(app.db())
            .await
            .unwrap()
            .into_iter()
            .filter(|r| r.fill_secs == Some(40) || r.fill_secs == Some(90))
            .map(|r| r.flags)
            .collect();
        assert_eq!(newest.len(), 2);
        assert_eq!(
            newest.iter().filter(|f| f.as_str() == "fast").count(),
            1,
            "40 s is fast here, 90 s is not: {newest:?}"
        );
    }
);
