//! The `persepsi` binary the load lines run against: found beside this
//! program, run as a command to seed its database, and served as a child
//! process.

use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};

/// The `persepsi` binary beside this program's folder
/// (`target/release/examples/bench` → `target/release/persepsi`).
pub fn server_binary() -> PathBuf {
    let exe = std::env::current_exe().expect("this program's path");
    let binary = exe
        .parent()
        .and_then(|examples| examples.parent())
        .map(|dir| dir.join("persepsi"))
        .expect("this program's folder has a parent");
    assert!(
        binary.is_file(),
        "no server binary at {}: build it with cargo build --release -p persepsi-server --bin persepsi",
        binary.display()
    );
    binary
}

/// `persepsi` with the database and settings of the load lines: one
/// machine plays every citizen, so rate limits and the fill-time signal
/// are off. `LEPTOS_*` and the rest of the environment pass through.
fn persepsi(binary: &Path, url: &str) -> std::process::Command {
    let mut command = std::process::Command::new(binary);
    command
        .env("DATABASE_URL", url)
        .env("PERSEPSI_MIN_FILL_SECONDS", "0")
        .env("RUST_LOG", "error")
        .stdin(Stdio::null());
    for limit in [
        "PERSEPSI_LIMIT_SUBMIT_CLIENT",
        "PERSEPSI_LIMIT_SUBMIT_DEVICE",
        "PERSEPSI_LIMIT_SUBMIT_NETWORK",
        "PERSEPSI_LIMIT_SUBMIT_SURVEY",
        "PERSEPSI_LIMIT_FORM_NETWORK",
    ] {
        command.env(limit, "100000000/1");
    }
    command
}

/// Runs a `persepsi` command to its end; its standard output.
pub fn persepsi_output(binary: &Path, url: &str, args: &[&str]) -> String {
    let out = persepsi(binary, url)
        .args(args)
        .stderr(Stdio::piped())
        .output()
        .unwrap_or_else(|e| panic!("could not run {}: {e}", binary.display()));
    assert!(
        out.status.success(),
        "{} {} failed ({}): {}",
        binary.display(),
        args.join(" "),
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// `persepsi serve` as a child process, stopped when dropped (a panic
/// included).
pub struct ServerProcess {
    child: std::process::Child,
    /// Its base address, `http://127.0.0.1:PORT`.
    pub base: String,
}

impl ServerProcess {
    /// Starts the server on a free local port and waits until `/readyz`
    /// answers 200.
    pub async fn start(binary: &Path, url: &str) -> Self {
        let addr = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free local port");
        let child = persepsi(binary, url)
            .arg("serve")
            .env("PERSEPSI_ADDR", addr.to_string())
            .stdout(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("could not start {}: {e}", binary.display()));
        let mut server = ServerProcess {
            child,
            base: format!("http://{addr}"),
        };
        let client = reqwest::Client::new();
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            if let Ok(Some(status)) = server.child.try_wait() {
                panic!("{} serve stopped at start ({status})", binary.display());
            }
            let health = client
                .get(format!("{}/readyz", server.base))
                .timeout(Duration::from_secs(2))
                .send()
                .await;
            if health.is_ok_and(|r| r.status() == reqwest::StatusCode::OK) {
                return server;
            }
            assert!(
                Instant::now() < deadline,
                "{} serve did not answer GET /readyz with 200 on {} within 60 s",
                binary.display(),
                server.base
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Its process id, as /proc names it.
    pub fn pid(&self) -> String {
        self.child.id().to_string()
    }
}

impl Drop for ServerProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
