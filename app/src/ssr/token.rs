//! Signed one-time form tokens. A token names its survey and issue time
//! and carries a random nonce; an HMAC-SHA256 tag makes it unforgeable.
//! The database keeps a hash of each used token under a unique index, so a
//! token yields at most one response.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use hmac::{Hmac, Mac};
use rand::RngCore;
use sha2::{Digest, Sha256};
use uuid::Uuid;

type HmacSha256 = Hmac<Sha256>;

const PAYLOAD_LEN: usize = 16 + 8 + 16;
const TAG_LEN: usize = 16;

/// The secret that signs tokens.
#[derive(Clone)]
pub struct TokenKey(Vec<u8>);

/// Why a token was refused.
#[derive(Debug, PartialEq, Eq)]
pub enum TokenError {
    /// Not a token we issued (bad encoding or signature).
    Invalid,
    /// Issued for another survey.
    WrongSurvey,
    /// Older than the allowed age.
    Expired,
}

/// A verified token.
#[derive(Debug, PartialEq, Eq)]
pub struct VerifiedToken {
    /// The key under which the response is stored (hex SHA-256 of the
    /// signed payload).
    pub hash: String,
    /// When it was issued (Unix seconds).
    pub issued_at: i64,
}

impl TokenKey {
    /// Uses the given secret bytes.
    pub fn new(secret: impl Into<Vec<u8>>) -> Self {
        TokenKey(secret.into())
    }

    /// A fresh random 32-byte secret, hex-encoded for storage.
    pub fn generate_secret() -> String {
        let mut bytes = [0u8; 32];
        rand::rng().fill_bytes(&mut bytes);
        hex(&bytes)
    }

    fn tag(&self, payload: &[u8]) -> HmacSha256 {
        let mut mac = HmacSha256::new_from_slice(&self.0).expect("HMAC takes any key length");
        mac.update(payload);
        mac
    }

    /// Issues a token for `survey` at `now` (Unix seconds).
    pub fn issue(&self, survey: Uuid, now: i64) -> String {
        let mut payload = [0u8; PAYLOAD_LEN];
        payload[..16].copy_from_slice(survey.as_bytes());
        payload[16..24].copy_from_slice(&now.to_be_bytes());
        rand::rng().fill_bytes(&mut payload[24..]);
        let tag = self.tag(&payload).finalize().into_bytes();
        let mut out = payload.to_vec();
        out.extend_from_slice(&tag[..TAG_LEN]);
        URL_SAFE_NO_PAD.encode(out)
    }

    /// Checks a token for `survey`, no older than `max_age` seconds at `now`.
    pub fn verify(
        &self,
        token: &str,
        survey: Uuid,
        now: i64,
        max_age: i64,
    ) -> Result<VerifiedToken, TokenError> {
        let bytes = URL_SAFE_NO_PAD
            .decode(token.trim())
            .map_err(|_| TokenError::Invalid)?;
        if bytes.len() != PAYLOAD_LEN + TAG_LEN {
            return Err(TokenError::Invalid);
        }
        let (payload, tag) = bytes.split_at(PAYLOAD_LEN);
        self.tag(payload)
            .verify_truncated_left(tag)
            .map_err(|_| TokenError::Invalid)?;
        if &payload[..16] != survey.as_bytes() {
            return Err(TokenError::WrongSurvey);
        }
        let issued_at = i64::from_be_bytes(payload[16..24].try_into().expect("8 bytes"));
        // A little slack for clocks of several servers that disagree.
        if now - issued_at > max_age || issued_at - now > 300 {
            return Err(TokenError::Expired);
        }
        Ok(VerifiedToken {
            hash: hex(&Sha256::digest(payload)),
            issued_at,
        })
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_verifies_once_issued_and_not_when_tampered() {
        let key = TokenKey::new(b"k".to_vec());
        let s = Uuid::new_v4();
        let t = key.issue(s, 1000);
        let v = key.verify(&t, s, 1010, 60).unwrap();
        assert_eq!(v.issued_at, 1000);
        assert_eq!(v.hash.len(), 64);
        assert_eq!(
            key.verify(&t, s, 1010, 60).unwrap().hash,
            v.hash,
            "stable hash"
        );
        let mut chars: Vec<char> = t.chars().collect();
        chars[3] = if chars[3] == 'A' { 'B' } else { 'A' };
        let tampered: String = chars.into_iter().collect();
        assert_eq!(key.verify(&tampered, s, 1010, 60), Err(TokenError::Invalid));
        assert_eq!(
            key.verify("nonsense", s, 1010, 60),
            Err(TokenError::Invalid)
        );
        assert_eq!(
            TokenKey::new(b"other".to_vec()).verify(&t, s, 1010, 60),
            Err(TokenError::Invalid)
        );
    }

    #[test]
    fn tokens_are_bound_to_survey_and_age() {
        let key = TokenKey::new(b"k".to_vec());
        let s = Uuid::new_v4();
        let t = key.issue(s, 1000);
        assert_eq!(
            key.verify(&t, Uuid::new_v4(), 1000, 60),
            Err(TokenError::WrongSurvey)
        );
        assert_eq!(key.verify(&t, s, 1061, 60), Err(TokenError::Expired));
        assert_ne!(key.issue(s, 1000), t, "every token has its own nonce");
    }
}
