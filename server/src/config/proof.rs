//! Photos a citizen sends as proof of service: how large an upload may be,
//! where the pictures are kept and for how long.

use clap::Args;

/// The proof photos.
#[derive(Clone, Debug, Args)]
pub struct ProofConfig {
    /// Largest form post carrying a photo, in bytes (the photo as the
    /// phone took it; it is shrunk before it is kept). Other form posts
    /// keep `PERSEPSI_BODY_LIMIT`.
    #[arg(long, global = true, env = "PERSEPSI_PROOF_UPLOAD_LIMIT", default_value_t = 12 * 1024 * 1024)]
    pub upload_limit: usize,
    /// Where the pictures are kept: a folder (created when missing) or
    /// `s3://BUCKET` for an S3-compatible store (then set
    /// `PERSEPSI_S3_ENDPOINT` and the keys).
    #[arg(
        long,
        global = true,
        env = "PERSEPSI_PROOF_STORE",
        default_value = "data/proofs"
    )]
    pub store: String,
    /// The S3-compatible store's address (`https://s3.example.go.id`);
    /// requests name the bucket in the path.
    #[arg(long, global = true, env = "PERSEPSI_S3_ENDPOINT")]
    pub s3_endpoint: Option<String>,
    /// The S3 access key.
    #[arg(long, global = true, env = "PERSEPSI_S3_ACCESS_KEY")]
    pub s3_access_key: Option<String>,
    /// The S3 secret key.
    #[arg(
        long,
        global = true,
        env = "PERSEPSI_S3_SECRET_KEY",
        hide_env_values = true
    )]
    pub s3_secret_key: Option<String>,
    /// The S3 region.
    #[arg(
        long,
        global = true,
        env = "PERSEPSI_S3_REGION",
        default_value = "us-east-1"
    )]
    pub s3_region: String,
    /// Days a picture is kept after its survey closes (a survey without a
    /// closing date: 365 days after the answer).
    #[arg(
        long,
        global = true,
        env = "PERSEPSI_PROOF_RETENTION_DAYS",
        default_value_t = 90
    )]
    pub retention_days: i64,
}
