//! The server's secret and everything signed or hashed with it:
//!
//! - one-time form tokens: survey, unit, issue time, the device the form
//!   was shown to and a random nonce, with an HMAC-SHA256 tag; the database keeps a hash of each used token
//!   under a unique index, so a token yields at most one response;
//! - the device cookie: a random id with a tag, so it cannot be forged;
//! - keyed hashes (service codes, device ids, API tokens), each under a key
//!   derived for its purpose, so a leaked table cannot be reversed by
//!   hashing guesses.

use crate::secret::{TAG_LEN, hex};
use crate::store::entities::setting;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use rand::RngCore;
use sea_orm::{ActiveValue::Set, DatabaseConnection, DbErr, EntityTrait, sea_query::OnConflict};
use sha2::{Digest, Sha256};
use uuid::Uuid;

const PAYLOAD_LEN: usize = 16 + 16 + 8 + DEVICE_LEN + 16;
const DEVICE_LEN: usize = 16;

pub use crate::secret::TokenKey;

/// Why a token was refused.
#[derive(Debug, PartialEq, Eq)]
pub enum TokenError {
    /// Not a token we issued (bad encoding or signature).
    Invalid,
    /// Older than the allowed age.
    Expired,
}

/// A verified token.
#[derive(Debug, PartialEq, Eq)]
pub struct VerifiedToken {
    /// The key under which the response is stored (hex SHA-256 of the
    /// signed payload).
    pub hash: String,
    /// The survey it was issued for.
    pub survey: Uuid,
    /// The unit named in the link the form came from, if any.
    pub unit: Option<Uuid>,
    /// When it was issued (Unix seconds).
    pub issued_at: i64,
    /// The device the form was shown to, when known.
    pub device: Option<DeviceId>,
}

/// A device's random id, from its signed cookie.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct DeviceId([u8; DEVICE_LEN]);

impl TokenKey {
    /// Issues a token for `survey` (and the `unit` of the link, if any) at
    /// `now` (Unix seconds), shown to `device` when known.
    pub fn issue(
        &self,
        survey: Uuid,
        unit: Option<Uuid>,
        now: i64,
        device: Option<DeviceId>,
    ) -> String {
        let mut payload = [0u8; PAYLOAD_LEN];
        payload[..16].copy_from_slice(survey.as_bytes());
        payload[16..32].copy_from_slice(unit.unwrap_or(Uuid::nil()).as_bytes());
        payload[32..40].copy_from_slice(&now.to_be_bytes());
        if let Some(d) = device {
            payload[40..40 + DEVICE_LEN].copy_from_slice(&d.0);
        }
        rand::rng().fill_bytes(&mut payload[40 + DEVICE_LEN..]);
        let mut out = payload.to_vec();
        out.extend_from_slice(&self.tag("form-token", &payload));
        URL_SAFE_NO_PAD.encode(out)
    }

    /// Checks a token's signature and age (no older than `max_age` seconds
    /// at `now`). Which survey it was for is the caller's to judge: a token
    /// of another survey is a signal, not an error.
    pub fn verify(&self, token: &str, now: i64, max_age: i64) -> Result<VerifiedToken, TokenError> {
        let bytes = URL_SAFE_NO_PAD
            .decode(token.trim())
            .map_err(|_| TokenError::Invalid)?;
        if bytes.len() != PAYLOAD_LEN + TAG_LEN {
            return Err(TokenError::Invalid);
        }
        let (payload, tag) = bytes.split_at(PAYLOAD_LEN);
        if !self.check("form-token", payload, tag) {
            return Err(TokenError::Invalid);
        }
        let uuid =
            |range: std::ops::Range<usize>| Uuid::from_slice(&payload[range]).expect("16 bytes");
        let issued_at = i64::from_be_bytes(payload[32..40].try_into().expect("8 bytes"));
        // A little slack for clocks of several servers that disagree.
        if now - issued_at > max_age || issued_at - now > 300 {
            return Err(TokenError::Expired);
        }
        Ok(VerifiedToken {
            hash: hex(&Sha256::digest(payload)),
            survey: uuid(0..16),
            unit: Some(uuid(16..32)).filter(|u| !u.is_nil()),
            issued_at,
            device: Some(DeviceId(
                payload[40..40 + DEVICE_LEN].try_into().expect("16 bytes"),
            ))
            .filter(|d| d.0 != [0u8; DEVICE_LEN]),
        })
    }

    /// A new device: its id and its cookie value.
    pub fn issue_device(&self) -> (DeviceId, String) {
        let mut id = [0u8; DEVICE_LEN];
        rand::rng().fill_bytes(&mut id);
        let mut out = id.to_vec();
        out.extend_from_slice(&self.tag("device", &id));
        (DeviceId(id), URL_SAFE_NO_PAD.encode(out))
    }

    /// The device id in a cookie value, when we signed it.
    pub fn verify_device(&self, cookie: &str) -> Option<DeviceId> {
        let bytes = URL_SAFE_NO_PAD.decode(cookie.trim()).ok()?;
        if bytes.len() != DEVICE_LEN + TAG_LEN {
            return None;
        }
        let (id, tag) = bytes.split_at(DEVICE_LEN);
        self.check("device", id, tag)
            .then(|| DeviceId(id.try_into().expect("16 bytes")))
    }

    /// How a device is known in `month` ("YYYY-MM"): a keyed hash under a
    /// key of that month, so hashes of different months cannot be linked.
    pub fn device_hash(&self, device: DeviceId, month: &str) -> String {
        self.keyed_hash(&format!("device-seen:{month}"), &device.0)
    }
}

impl DeviceId {
    /// A short number for in-memory rate-limit keys.
    pub fn as_u128(&self) -> u128 {
        u128::from_be_bytes(self.0)
    }
}

/// The token-signing secret: the one given (e.g. from `PERSEPSI_SECRET`),
/// or else one generated on first start and kept in the database, so that
/// every server on one database signs alike and tokens survive restarts.
pub async fn token_secret(db: &DatabaseConnection, given: Option<&str>) -> Result<TokenKey, DbErr> {
    if let Some(secret) = given.filter(|s| !s.is_empty()) {
        return Ok(TokenKey::new(secret.as_bytes().to_vec()));
    }
    const KEY: &str = "token_secret";
    setting::Entity::insert(setting::ActiveModel {
        key: Set(KEY.into()),
        value: Set(TokenKey::generate_secret()),
    })
    .on_conflict(
        OnConflict::column(setting::Column::Key)
            .do_nothing()
            .to_owned(),
    )
    .try_insert()
    .exec_without_returning(db)
    .await?;
    // Whoever inserted first wins; everyone reads the same value.
    let row = setting::Entity::find_by_id(KEY.to_string())
        .one(db)
        .await?
        .ok_or_else(|| DbErr::RecordNotFound(KEY.into()))?;
    Ok(TokenKey::new(row.value.into_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_verifies_once_issued_and_not_when_tampered() {
        let key = TokenKey::new(b"k".to_vec());
        let s = Uuid::new_v4();
        let u = Uuid::new_v4();
        let t = key.issue(s, Some(u), 1000, None);
        let v = key.verify(&t, 1010, 60).unwrap();
        assert_eq!(v.issued_at, 1000);
        assert_eq!((v.survey, v.unit), (s, Some(u)));
        assert_eq!(v.hash.len(), 64);
        assert_eq!(
            key.verify(&t, 1010, 60).unwrap().hash,
            v.hash,
            "stable hash"
        );
        let mut chars: Vec<char> = t.chars().collect();
        chars[3] = if chars[3] == 'A' { 'B' } else { 'A' };
        let tampered: String = chars.into_iter().collect();
        assert_eq!(key.verify(&tampered, 1010, 60), Err(TokenError::Invalid));
        assert_eq!(key.verify("nonsense", 1010, 60), Err(TokenError::Invalid));
        assert_eq!(
            TokenKey::new(b"other".to_vec()).verify(&t, 1010, 60),
            Err(TokenError::Invalid)
        );
    }

    #[test]
    fn tokens_carry_their_survey_and_expire() {
        let key = TokenKey::new(b"k".to_vec());
        let s = Uuid::new_v4();
        let t = key.issue(s, None, 1000, None);
        assert_eq!(key.verify(&t, 1000, 60).unwrap().unit, None);
        assert_eq!(key.verify(&t, 1061, 60), Err(TokenError::Expired));
        assert_ne!(
            key.issue(s, None, 1000, None),
            t,
            "every token has its own nonce"
        );
    }

    #[test]
    fn device_cookies_cannot_be_forged_and_hashes_change_monthly() {
        let key = TokenKey::new(b"k".to_vec());
        let (issued, cookie) = key.issue_device();
        let id = key.verify_device(&cookie).unwrap();
        assert_eq!(id, issued);
        let form = key.issue(Uuid::new_v4(), None, 1000, Some(id));
        assert_eq!(
            key.verify(&form, 1000, 60).unwrap().device,
            Some(id),
            "the form knows its device"
        );
        assert_eq!(key.verify_device(&cookie), Some(id));
        assert_eq!(TokenKey::new(b"x".to_vec()).verify_device(&cookie), None);
        assert_eq!(key.verify_device("abc"), None);
        assert_eq!(
            key.device_hash(id, "2026-11"),
            key.device_hash(id, "2026-11")
        );
        assert_ne!(
            key.device_hash(id, "2026-11"),
            key.device_hash(id, "2026-12")
        );
        assert_ne!(key.keyed_hash("a", b"x"), key.keyed_hash("b", b"x"));
    }
}
