//! Form posts with a file, as a browser sends them (`multipart/form-data`),
//! and an S3-compatible server for the tests of the proof photo store.

use super::TestApp;
use std::net::TcpListener;
use std::path::PathBuf;
use std::time::Duration;

/// A file field: its name, the file's name, its bytes.
pub type FilePart<'a> = (&'a str, &'a str, &'a [u8]);

/// The multipart body of `pairs` and `file`, and its content type.
pub fn multipart(pairs: &[(&str, &str)], file: Option<FilePart<'_>>) -> (String, Vec<u8>) {
    let boundary = "----persepsiTestBoundary7MA4YWxkTrZu0gW";
    let mut body = Vec::new();
    for (name, value) in pairs {
        body.extend(
            format!(
                "--{boundary}\r\ncontent-disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"
            )
            .bytes(),
        );
    }
    if let Some((name, filename, bytes)) = file {
        body.extend(
            format!(
                "--{boundary}\r\ncontent-disposition: form-data; name=\"{name}\"; filename=\"{filename}\"\r\ncontent-type: application/octet-stream\r\n\r\n"
            )
            .bytes(),
        );
        body.extend(bytes);
        body.extend(b"\r\n");
    }
    body.extend(format!("--{boundary}--\r\n").bytes());
    (format!("multipart/form-data; boundary={boundary}"), body)
}

impl TestApp {
    /// `POST path` as a multipart form with `pairs` and `file`.
    pub async fn post_multipart(
        &self,
        path: &str,
        pairs: &[(&str, &str)],
        file: Option<FilePart<'_>>,
    ) -> reqwest::Response {
        let (content_type, body) = multipart(pairs, file);
        self.client
            .post(format!("{}{path}", self.base))
            .header("content-type", content_type)
            .body(body)
            .send()
            .await
            .unwrap()
    }
}

/// The S3-compatible server the tests run: `s3s-fs` from crates.io
/// (`make tools-s3`), on a free port over a temporary folder, with a bucket
/// `proofs`. Stopped when dropped.
pub struct S3Server {
    child: std::process::Child,
    _root: tempfile::TempDir,
    /// `http://127.0.0.1:PORT`
    pub endpoint: String,
}

/// The access key the test server accepts.
pub const S3_KEY: &str = "persepsi-test";
/// Its secret.
pub const S3_SECRET: &str = "persepsi-test-secret";

fn s3s_binary() -> Option<PathBuf> {
    let path = std::env::var_os("PATH").unwrap_or_default();
    let mut candidates: Vec<PathBuf> = std::env::var_os("HOME")
        .map(|h| PathBuf::from(h).join(".cargo/bin/s3s-fs"))
        .into_iter()
        .collect();
    candidates.extend(std::env::split_paths(&path).map(|p| p.join("s3s-fs")));
    candidates.into_iter().find(|p| p.is_file())
}

impl S3Server {
    /// A running server, or `None` when `PERSEPSI_TEST_SKIP_S3=1` says to
    /// skip the S3 half. A missing binary fails the test: run
    /// `make tools-s3`.
    pub async fn start() -> Option<S3Server> {
        if std::env::var("PERSEPSI_TEST_SKIP_S3").is_ok_and(|v| v == "1") {
            eprintln!("PERSEPSI_TEST_SKIP_S3=1: S3 half skipped");
            return None;
        }
        let binary = s3s_binary().expect(
            "s3s-fs is not installed: run `make tools-s3` (or set PERSEPSI_TEST_SKIP_S3=1 to skip the S3 half)",
        );
        let root = tempfile::tempdir().unwrap();
        std::fs::create_dir(root.path().join("proofs")).unwrap();
        let port = TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let child = std::process::Command::new(binary)
            .args(["--host", "127.0.0.1", "--port", &port.to_string()])
            .args(["--access-key", S3_KEY, "--secret-key", S3_SECRET])
            .arg(root.path())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("s3s-fs starts");
        let server = S3Server {
            child,
            _root: root,
            endpoint: format!("http://127.0.0.1:{port}"),
        };
        for _ in 0..100 {
            if tokio::net::TcpStream::connect(("127.0.0.1", port))
                .await
                .is_ok()
            {
                return Some(server);
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("s3s-fs did not listen on port {port}");
    }

    /// Points `config` at this server's bucket.
    pub fn configure(&self, config: &mut persepsi_server::config::Config) {
        config.proof.store = "s3://proofs".into();
        config.proof.s3_endpoint = Some(self.endpoint.clone());
        config.proof.s3_access_key = Some(S3_KEY.into());
        config.proof.s3_secret_key = Some(S3_SECRET.into());
    }
}

impl Drop for S3Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
