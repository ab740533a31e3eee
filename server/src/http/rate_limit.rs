//! Rate limits (governor), as named actions keyed so that one script is
//! stopped while many citizens behind one address get through:
//!
//! - `submit_client`: one form token from one device and address. A
//!   replaying client hits this first; a second citizen has a token (and a
//!   device) of their own.
//! - `submit_device`: everything from one device cookie.
//! - `submit_network`: everything from one address, set high enough for a
//!   busy counter's shared Wi-Fi.
//! - `submit_survey`: a ceiling per survey, whoever sends.
//! - `form_network`: forms and API tokens handed to one address, to
//!   visitors without a device cookie.
//! - `form_device`: forms opened by one device that has its cookie; such a
//!   visitor never spends the address's budget, so a carrier's shared
//!   address serves everyone who has been there before.
//! - `login_network`, `login_account`: sign-in attempts from one address,
//!   and for one account from one address.
//! - `kiosk_pair`: pairing codes tried from one address.
//! - `kiosk_send`: sends from one paired kiosk tablet (its key, not its
//!   address: the tablet answers for one queue of people).
//!
//! Each server keeps its limiters in memory, and answers from them first.
//! On PostgreSQL, where several servers may share the load, a request they
//! let through also spends the same budget in the database
//! ([`crate::http::shared_budget`]: an unlogged table, one statement per
//! lease of a sixteenth of the budget), so an address flooding three
//! servers gets the budget of one. Not shared:
//! `submit_client` (one token is stored once anyway) and `submit_survey`
//! (one row for every citizen of a survey would make them queue; it stays
//! a ceiling per server).
//!
//! Addresses and devices are kept only as keyed hashes, under a key
//! derived from the site's secret (the same on every server), and
//! forgotten once their budget is whole again: in memory every minute, in
//! the database's table likewise.

pub use crate::config::LimitedAction;
use crate::config::{LimitsConfig, Rate};
use crate::http::shared_budget::SharedBudget;
use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use sea_orm::DatabaseConnection;
use std::collections::HashMap;
use std::hash::{BuildHasher, Hash};
use std::num::NonZeroU32;
use std::time::Duration;

impl Rate {
    fn quota(self) -> Quota {
        let burst = NonZeroU32::new(self.count).expect("checked when parsed");
        let period = Duration::from_secs(u64::from(self.seconds)) / self.count;
        Quota::with_period(period.max(Duration::from_nanos(1)))
            .expect("period above zero")
            .allow_burst(burst)
    }
}

/// A client's network address, as a keyed hash.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct NetworkKey(pub u64);

/// Refusal: which action, and when to retry.
#[derive(Clone, Copy, Debug)]
pub struct Limited {
    /// The action that was over its limit.
    pub action: LimitedAction,
    /// How long until a request would pass.
    pub retry_after: Duration,
}

impl Limited {
    /// Whole seconds to put in `Retry-After` (at least 1).
    pub fn retry_secs(&self) -> u64 {
        self.retry_after.as_secs() + u64::from(self.retry_after.subsec_nanos() > 0)
    }
}

/// The key of the in-memory and shared limiters' hashes.
#[derive(Clone, Copy, Debug)]
pub struct Keyed(u64, u64);

impl Keyed {
    /// A random key (a server on its own, or a test).
    pub fn random() -> Self {
        Keyed(rand::random(), rand::random())
    }

    /// The key every server derives from the site's secret.
    pub fn from_secret(tokens: &crate::services::token::TokenKey) -> Self {
        let hex = tokens.keyed_hash("rate-limit-keys", b"");
        let part = |i: usize| u64::from_str_radix(&hex[i..i + 16], 16).unwrap_or(0);
        Keyed(part(0), part(16))
    }
}

impl BuildHasher for Keyed {
    type Hasher = siphasher::sip::SipHasher13;
    fn build_hasher(&self) -> Self::Hasher {
        siphasher::sip::SipHasher13::new_with_keys(self.0, self.1)
    }
}

/// Every limiter of the server.
/// One keyed limiter per limited action.
pub struct Limits {
    limiters: HashMap<LimitedAction, DefaultKeyedRateLimiter<u64>>,
    rates: HashMap<LimitedAction, Rate>,
    hasher: Keyed,
    shared: Option<SharedBudget>,
}

impl LimitedAction {
    /// Whether several servers spend one budget for this action.
    fn shared(self) -> bool {
        !matches!(
            self,
            LimitedAction::SubmitClient | LimitedAction::SubmitSurvey
        )
    }
}

impl Limits {
    /// The limiters, one per action at the rate `config` gives it, kept in
    /// this process only.
    pub fn new(config: &LimitsConfig) -> Self {
        Self::with(config, Keyed::random(), None)
    }

    /// Same, hashing under `hasher`, and spending the shared budget in
    /// `shared` too when given.
    pub fn with(config: &LimitsConfig, hasher: Keyed, shared: Option<DatabaseConnection>) -> Self {
        Limits {
            limiters: LimitedAction::ALL
                .into_iter()
                .map(|action| (action, RateLimiter::keyed(config.rate(action).quota())))
                .collect(),
            rates: LimitedAction::ALL
                .into_iter()
                .map(|action| (action, config.rate(action)))
                .collect(),
            hasher,
            shared: shared.map(SharedBudget::new),
        }
    }

    /// A keyed hash of `value`.
    pub fn key_of(&self, value: impl Hash) -> u64 {
        self.hasher.hash_one(value)
    }

    /// Whether a submission may go through: checks the client, its device
    /// (when it has a cookie), its network and the survey, in that order.
    pub async fn check_submit(
        &self,
        net: NetworkKey,
        device: Option<u128>,
        token: &str,
        slug: &str,
    ) -> Result<(), Limited> {
        let device_key = device.map(|d| self.key_of(d));
        let client = self.key_of((net, device_key.unwrap_or(0), self.key_of(token)));
        self.check(LimitedAction::SubmitClient, client).await?;
        if let Some(d) = device_key {
            self.check(LimitedAction::SubmitDevice, d).await?;
        }
        self.check(LimitedAction::SubmitNetwork, net.0).await?;
        self.check(LimitedAction::SubmitSurvey, self.key_of(slug))
            .await
    }

    /// Whether a form (or an API token) may be handed to this network.
    pub async fn check_form(&self, net: NetworkKey) -> Result<(), Limited> {
        self.check(LimitedAction::FormNetwork, net.0).await
    }

    /// Whether the citizen's form may be shown: by the device's own budget
    /// when it carries its cookie, else by the address's.
    pub async fn check_open(&self, net: NetworkKey, device: Option<u128>) -> Result<(), Limited> {
        match device {
            Some(d) => self.check(LimitedAction::FormDevice, self.key_of(d)).await,
            None => self.check_form(net).await,
        }
    }

    /// Whether a sign-in may be tried from this network for this account.
    /// The account's limit is kept per address: a guesser elsewhere spends
    /// their own budget, not the owner's, so they cannot lock the owner out.
    pub async fn check_login(&self, net: NetworkKey, email: &str) -> Result<(), Limited> {
        self.check(LimitedAction::LoginNetwork, net.0).await?;
        self.check(
            LimitedAction::LoginAccount,
            self.key_of((net, email.trim().to_lowercase())),
        )
        .await
    }

    /// Whether a kiosk pairing code may be tried from this network.
    pub async fn check_pair(&self, net: NetworkKey) -> Result<(), Limited> {
        self.check(LimitedAction::KioskPair, net.0).await
    }

    /// Whether a paired kiosk tablet may send: by its own budget, never
    /// its address's.
    pub async fn check_kiosk(&self, device: u128) -> Result<(), Limited> {
        self.check(LimitedAction::KioskSend, self.key_of(device))
            .await
    }

    /// Forgets keys that have been idle long enough to be full again, in
    /// memory and in the shared table.
    pub async fn forget_idle(&self) {
        for limiter in self.limiters.values() {
            limiter.retain_recent();
        }
        if let Some(shared) = &self.shared {
            shared.forget().await;
        }
    }

    async fn check(&self, action: LimitedAction, key: u64) -> Result<(), Limited> {
        self.limiters[&action]
            .check_key(&key)
            .map_err(|not_until| Limited {
                action,
                retry_after: not_until.wait_time_from(DefaultClock::default().now()),
            })?;
        let Some(shared) = self.shared.as_ref().filter(|_| action.shared()) else {
            return Ok(());
        };
        shared
            .take(action, key, self.rates[&action])
            .await
            .map_err(|retry_after| Limited {
                action,
                retry_after,
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use futures_util::FutureExt;

    /// The checks without a shared budget never wait: run them at once.
    trait Now<T> {
        fn now(self) -> T;
    }

    impl<T, F: std::future::Future<Output = T>> Now<T> for F {
        fn now(self) -> T {
            self.now_or_never()
                .expect("no shared budget: ready at once")
        }
    }

    fn limits() -> Limits {
        let mut c = crate::config::Config::for_database("sqlite::memory:").limits;
        c.submit_client = "3/60".parse().unwrap();
        c.submit_device = "10/600".parse().unwrap();
        c.submit_network = "50/600".parse().unwrap();
        c.submit_survey = "1000/60".parse().unwrap();
        c.form_network = "100/60".parse().unwrap();
        c.form_device = "20/600".parse().unwrap();
        Limits::new(&c)
    }

    #[test]
    fn a_spent_address_still_shows_the_form_to_devices_it_has_met() {
        let l = limits();
        let net = NetworkKey(3);
        for _ in 0..100 {
            l.check_open(net, None).now().unwrap();
        }
        let refused = l.check_open(net, None).now().unwrap_err();
        assert_eq!(refused.action, LimitedAction::FormNetwork);
        for citizen in 0..300 {
            l.check_open(net, Some(citizen))
                .now()
                .unwrap_or_else(|e| panic!("citizen {citizen} refused: {e:?}"));
        }
        for _ in 0..19 {
            l.check_open(net, Some(7)).now().unwrap();
        }
        let reloads = l.check_open(net, Some(7)).now().unwrap_err();
        assert_eq!(reloads.action, LimitedAction::FormDevice);
    }

    #[test]
    fn rates_parse_and_reject_nonsense() {
        assert_eq!(
            "5/60".parse::<Rate>().unwrap(),
            Rate {
                count: 5,
                seconds: 60
            }
        );
        for bad in ["", "5", "0/60", "5/0", "a/b", "-1/60"] {
            assert!(bad.parse::<Rate>().is_err(), "{bad}");
        }
    }

    #[test]
    fn one_replaying_client_is_stopped_but_fifty_citizens_on_one_address_pass() {
        let l = limits();
        let survey = "demo";
        let net = NetworkKey(1);
        for _ in 0..3 {
            l.check_submit(net, None, "same-token", survey)
                .now()
                .unwrap();
        }
        let refused = l
            .check_submit(net, None, "same-token", survey)
            .now()
            .unwrap_err();
        assert_eq!(refused.action, LimitedAction::SubmitClient);
        assert!(refused.retry_secs() >= 1);
        let other_net = NetworkKey(2);
        for i in 0..50 {
            l.check_submit(other_net, Some(i), &format!("token-{i}"), survey)
                .now()
                .unwrap_or_else(|e| panic!("citizen {i} refused: {e:?}"));
        }
        let over = l
            .check_submit(other_net, None, "token-51", survey)
            .now()
            .unwrap_err();
        assert_eq!(over.action, LimitedAction::SubmitNetwork);
    }

    #[test]
    fn guesses_from_elsewhere_do_not_lock_the_owners_address_out() {
        let mut c = crate::config::Config::for_database("sqlite::memory:").limits;
        c.login_account = "3/600".parse().unwrap();
        let l = Limits::new(&c);
        for attacker in 10..20 {
            for _ in 0..3 {
                l.check_login(NetworkKey(attacker), "Owner@uji.id")
                    .now()
                    .unwrap();
            }
            let refused = l.check_login(NetworkKey(attacker), "owner@uji.id").now();
            assert_eq!(refused.unwrap_err().action, LimitedAction::LoginAccount);
        }
        l.check_login(NetworkKey(1), "owner@uji.id")
            .now()
            .expect("the owner's address still gets its tries");
    }

    #[test]
    fn one_device_with_fresh_forms_is_stopped_by_its_cookie() {
        let l = limits();
        for i in 0..10 {
            l.check_submit(NetworkKey(i), Some(7), &format!("t{i}"), "demo")
                .now()
                .unwrap();
        }
        let refused = l
            .check_submit(NetworkKey(99), Some(7), "t99", "demo")
            .now()
            .unwrap_err();
        assert_eq!(refused.action, LimitedAction::SubmitDevice);
        l.check_submit(NetworkKey(99), Some(8), "t99", "demo")
            .now()
            .expect("another device passes");
    }
}
