//! The server's secret, in a type that never prints it, and the keyed
//! hashes made with it. What is signed with it (form tokens, the device
//! cookie) is in `services::token`.

use hmac::{Hmac, Mac};
use rand::RngCore;
use sha2::Sha256;

pub(crate) type HmacSha256 = Hmac<Sha256>;

/// Bytes of a tag on a signed token or cookie.
pub(crate) const TAG_LEN: usize = 16;

/// The secret that signs tokens and keys hashes.
#[derive(Clone)]
pub struct TokenKey(Vec<u8>);

impl std::fmt::Debug for TokenKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("TokenKey(<secret>)")
    }
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

    pub(crate) fn mac(&self, purpose: &str) -> HmacSha256 {
        let mut derive = HmacSha256::new_from_slice(&self.0).expect("HMAC takes any key length");
        derive.update(b"persepsi:");
        derive.update(purpose.as_bytes());
        let key = derive.finalize().into_bytes();
        HmacSha256::new_from_slice(&key).expect("HMAC takes any key length")
    }

    pub(crate) fn tag(&self, purpose: &str, payload: &[u8]) -> [u8; TAG_LEN] {
        let mut mac = self.mac(purpose);
        mac.update(payload);
        let full = mac.finalize().into_bytes();
        full[..TAG_LEN].try_into().expect("16 bytes")
    }

    pub(crate) fn check(&self, purpose: &str, payload: &[u8], tag: &[u8]) -> bool {
        let mut mac = self.mac(purpose);
        mac.update(payload);
        mac.verify_truncated_left(tag).is_ok()
    }

    /// A keyed hash (hex) of `data` for `purpose`: the same input gives the
    /// same hash under the same secret, and nothing without the secret.
    pub fn keyed_hash(&self, purpose: &str, data: &[u8]) -> String {
        let mut mac = self.mac(purpose);
        mac.update(data);
        hex(&mac.finalize().into_bytes())
    }
}

/// Lower-case hex of `bytes`.
pub(crate) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_secret_never_prints() {
        let key = TokenKey::new(b"hunter2-secret".to_vec());
        assert_eq!(format!("{key:?}"), "TokenKey(<secret>)");
        assert_ne!(
            key.keyed_hash("a", b"x"),
            key.keyed_hash("b", b"x"),
            "purposes differ"
        );
    }
}
