//! Three `persepsi serve` on one PostgreSQL behind nginx (round robin,
//! TLS), as `docs/deploy.md` installs them: nginx with the shipped site
//! file `docs/deploy/nginx.conf` (only its ports and certificate swapped),
//! each server with the settings of the shipped environment file
//! `docs/deploy/persepsi.env` and the `Environment=` lines of the unit
//! `docs/deploy/persepsi@.service` (only the database, the folders and the
//! log level swapped): a flood gets the budget of one server, not three;
//! an admin change made through one server reaches the other two at once;
//! one server killed under load loses nothing that was acknowledged.

use super::{Load, Process, free_port, load_demo, stored_ids};
use crate::support::{Browser, Db, empty_database};
use std::path::Path;
use std::process::Stdio;
use std::time::{Duration, Instant};
use tokio::process::{Child, Command};

/// The settings a server gets from the shipped environment file and the
/// unit's `Environment=` lines (`%i`: its port), with the test's
/// database, folders and log level in place of the installation's.
fn shipped_settings(port: u16, url: &str, proofs: &Path) -> Vec<(String, String)> {
    let docs = Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/deploy");
    let env_file = std::fs::read_to_string(docs.join("persepsi.env")).unwrap();
    let unit = std::fs::read_to_string(docs.join("persepsi@.service")).unwrap();
    assert!(
        unit.contains("ExecStart=/usr/local/bin/persepsi serve")
            && unit.contains("KillSignal=SIGTERM"),
        "the unit runs `persepsi serve` and stops it with SIGTERM (processes::shutdown)"
    );
    let from_unit = unit
        .lines()
        .filter_map(|l| l.strip_prefix("Environment="))
        .map(|l| l.replace("%i", &port.to_string()));
    let mut settings: Vec<(String, String)> = env_file
        .lines()
        .map(str::trim)
        .filter(|l| !l.starts_with('#') && l.contains('='))
        .map(str::to_string)
        .chain(from_unit)
        .filter_map(|l| {
            let (k, v) = l.split_once('=')?;
            Some((k.to_string(), v.to_string()))
        })
        .collect();
    for (k, v) in &mut settings {
        match k.as_str() {
            "DATABASE_URL" => *v = url.to_string(),
            "PERSEPSI_PROOF_STORE" => *v = proofs.display().to_string(),
            "RUST_LOG" => *v = "warn".into(),
            "LEPTOS_SITE_ROOT" => {
                *v = std::env::var("LEPTOS_SITE_ROOT").unwrap_or_else(|_| {
                    Path::new(env!("CARGO_MANIFEST_DIR"))
                        .join("../target/site")
                        .display()
                        .to_string()
                })
            }
            _ => {}
        }
    }
    let has = |k: &str| settings.iter().any(|(n, _)| n == k);
    assert!(has("PERSEPSI_TRUST_PROXY") && has("PERSEPSI_ADDR"));
    settings
}

/// nginx in the foreground, one process, with the shipped site file.
struct Nginx {
    _child: Child,
    _dir: tempfile::TempDir,
    https: u16,
    cert: reqwest::Certificate,
}

impl Nginx {
    async fn start(upstreams: [u16; 3]) -> Nginx {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        let made = std::process::Command::new("openssl")
            .args([
                "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
            ])
            .args(["-subj", "/CN=localhost"])
            .args(["-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"])
            .arg("-keyout")
            .arg(d.join("privkey.pem"))
            .arg("-out")
            .arg(d.join("fullchain.pem"))
            .stderr(Stdio::null())
            .status()
            .unwrap();
        assert!(made.success(), "openssl made a certificate");
        let (http, https) = (free_port(), free_port());
        let shipped = std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/deploy/nginx.conf"),
        )
        .unwrap();
        let mut site = shipped.clone();
        for (from, to) in [
            ("listen 80;", format!("listen 127.0.0.1:{http};")),
            ("listen [::]:80;", String::new()),
            ("listen 443 ssl;", format!("listen 127.0.0.1:{https} ssl;")),
            ("listen [::]:443 ssl;", String::new()),
            (
                "/etc/letsencrypt/live/survei.example.go.id/fullchain.pem",
                d.join("fullchain.pem").display().to_string(),
            ),
            (
                "/etc/letsencrypt/live/survei.example.go.id/privkey.pem",
                d.join("privkey.pem").display().to_string(),
            ),
            ("127.0.0.1:3001", format!("127.0.0.1:{}", upstreams[0])),
            ("127.0.0.1:3002", format!("127.0.0.1:{}", upstreams[1])),
            ("127.0.0.1:3003", format!("127.0.0.1:{}", upstreams[2])),
        ] {
            assert!(site.contains(from), "docs/deploy/nginx.conf has `{from}`");
            site = site.replace(from, &to);
        }
        std::fs::write(d.join("site.conf"), site).unwrap();
        let temp = d.display();
        std::fs::write(
            d.join("nginx.conf"),
            format!(
                "daemon off;\nmaster_process off;\npid {temp}/nginx.pid;\nerror_log stderr crit;\n\
                 events {{}}\nhttp {{\n  access_log off;\n  client_body_temp_path {temp}/body;\n  \
                 proxy_temp_path {temp}/proxy;\n  fastcgi_temp_path {temp}/fastcgi;\n  \
                 uwsgi_temp_path {temp}/uwsgi;\n  scgi_temp_path {temp}/scgi;\n  \
                 include {temp}/site.conf;\n}}\n"
            ),
        )
        .unwrap();
        let nginx = ["/usr/sbin/nginx", "nginx"]
            .into_iter()
            .find(|n| std::process::Command::new(n).arg("-v").output().is_ok())
            .expect("nginx is installed (make tools-proxy)");
        let child = Command::new(nginx)
            .arg("-p")
            .arg(d)
            .arg("-c")
            .arg(d.join("nginx.conf"))
            .arg("-e")
            .arg("stderr")
            .stdout(Stdio::null())
            .kill_on_drop(true)
            .spawn()
            .unwrap();
        let pem = std::fs::read(d.join("fullchain.pem")).unwrap();
        let proxy = Nginx {
            _child: child,
            _dir: dir,
            https,
            cert: reqwest::Certificate::from_pem(&pem).unwrap(),
        };
        let client = proxy.client();
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            if let Ok(r) = client.get(format!("{}/readyz", proxy.base())).send().await
                && r.status() == 200
            {
                break;
            }
            assert!(Instant::now() < deadline, "nginx did not come up");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        // Plain HTTP is sent to HTTPS.
        let plain = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap()
            .get(format!("http://127.0.0.1:{http}/s/demo"))
            .send()
            .await
            .unwrap();
        assert_eq!(plain.status(), 301);
        proxy
    }

    fn base(&self) -> String {
        format!("https://localhost:{}", self.https)
    }

    /// A client that trusts the proxy's certificate (and nothing else
    /// self-signed).
    fn client(&self) -> reqwest::Client {
        self.builder().build().unwrap()
    }

    /// The same, keeping cookies, as a manager's browser.
    fn browser(&self) -> Browser {
        Browser::with(
            &self.base(),
            self.builder().cookie_store(true).build().unwrap(),
        )
    }

    fn builder(&self) -> reqwest::ClientBuilder {
        reqwest::Client::builder()
            .add_root_certificate(self.cert.clone())
            .redirect(reqwest::redirect::Policy::none())
            .timeout(Duration::from_secs(10))
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn three_servers_behind_nginx_behave_as_one() {
    if !Db::postgres_configured() {
        eprintln!("TEST_DATABASE_URL is not set: skipped");
        return;
    }
    let (url, _db) = empty_database(Db::Postgres).await;
    load_demo(&url).await;
    let ports = [free_port(), free_port(), free_port()];
    let proofs = tempfile::tempdir().unwrap();
    // As installed; the kiosk pairing budget as shipped (10 tries in 10
    // minutes), which the test harness otherwise leaves alone.
    let env = |port: u16| {
        let mut env = shipped_settings(port, &url, proofs.path());
        env.push(("PERSEPSI_LIMIT_KIOSK_PAIR".into(), "10/600".into()));
        env
    };
    let envs = ports.map(env);
    let refs: Vec<Vec<(&str, &str)>> = envs
        .iter()
        .map(|e| e.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect())
        .collect();
    let (a, b, c) = tokio::join!(
        Process::start_with(&url, ports[0], &refs[0]),
        Process::start_with(&url, ports[1], &refs[1]),
        Process::start_with(&url, ports[2], &refs[2]),
    );
    let nginx = Nginx::start(ports).await;
    let client = nginx.client();
    let base = nginx.base();

    // 1. A script guessing kiosk pairing codes through the proxy, which
    // hands its requests to the three servers in turn.
    let mut answered = std::collections::BTreeMap::<u16, usize>::new();
    for i in 0..40 {
        let res = client
            .post(format!("{base}/kiosk/pair"))
            .form(&[("code", format!("ZZZZ{i:04}"))])
            .send()
            .await
            .unwrap();
        *answered.entry(res.status().as_u16()).or_default() += 1;
    }
    eprintln!("flood through nginx to three servers: 40 pairing guesses answered {answered:?}");
    assert_eq!(
        answered.get(&422),
        Some(&10),
        "one budget of 10 across the three servers, not 30: {answered:?}"
    );
    assert_eq!(answered.get(&429), Some(&30));

    // 2. A manager closes a survey through the proxy (secure cookies:
    // HTTPS only); every server, each of which has just shown its form (and
    // keeps it for 5 s), stops showing it at once.
    for p in &ports {
        let res = reqwest::get(format!("http://127.0.0.1:{p}/s/demo-skm"))
            .await
            .unwrap();
        assert_eq!(res.status(), 200);
    }
    let manager = nginx.browser();
    assert_eq!(
        manager
            .login(
                "admin@demo.persepsi.id",
                persepsi_server::services::demo::DEMO_PASSWORD
            )
            .await,
        303
    );
    let closed_at = Instant::now();
    assert_eq!(manager.set_status("demo-skm", "closed").await, 303);
    let mut arrivals = Vec::new();
    for p in &ports {
        loop {
            let res = reqwest::get(format!("http://127.0.0.1:{p}/s/demo-skm"))
                .await
                .unwrap();
            if res.status() != 200 {
                arrivals.push(closed_at.elapsed());
                break;
            }
            assert!(
                closed_at.elapsed() < Duration::from_secs(4),
                "server on {p} still shows the closed survey: the change did not arrive before its cache ran out"
            );
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }
    eprintln!(
        "a survey closed through the proxy: each of the three servers stopped showing it after {arrivals:?}"
    );

    // 3. Citizens keep sending through the proxy; one server is killed.
    let load = Load::start_using(&base, 8, client.clone());
    load.wait_for(150).await;
    let before_kill = load.acked().len();
    b.kill9().await;
    load.wait_for(before_kill + 150).await;
    let attempts = load.attempts();
    let acked = load.finish().await;
    let stored = stored_ids(&url).await;
    let present = stored.intersection(&acked).count();
    eprintln!(
        "one of three servers killed under load: {attempts} submissions tried, {} acknowledged ({before_kill} before the kill), {present} stored",
        acked.len()
    );
    assert_eq!(present, acked.len(), "an acknowledged response was lost");
    a.kill9().await;
    c.kill9().await;
}
