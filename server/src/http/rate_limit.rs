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
//! - `form_network`: forms and API tokens handed to one address.
//!
//! Addresses and devices are kept only in memory, as keyed hashes (a random
//! key per process, so they change at every restart), and forgotten once
//! idle.

use crate::config::Rate;
use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
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

/// Sign-in attempts from one address, by default.
pub const DEFAULT_LOGIN_NETWORK: Rate = Rate {
    count: 20,
    seconds: 600,
};
/// Sign-in attempts for one account, by default.
pub const DEFAULT_LOGIN_ACCOUNT: Rate = Rate {
    count: 10,
    seconds: 600,
};

/// The named actions that are limited.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LimitedAction {
    /// A submission of one token from one device and address.
    SubmitClient,
    /// Any submission from one device.
    SubmitDevice,
    /// Any submission from one address.
    SubmitNetwork,
    /// Any submission to one survey.
    SubmitSurvey,
    /// A form or API token handed to one address.
    FormNetwork,
    /// A sign-in attempt from one address.
    LoginNetwork,
    /// A sign-in attempt for one account.
    LoginAccount,
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

/// Every limiter of the server.
pub struct Limits {
    submit_client: DefaultKeyedRateLimiter<(NetworkKey, u64, u64)>,
    submit_device: DefaultKeyedRateLimiter<u64>,
    submit_network: DefaultKeyedRateLimiter<NetworkKey>,
    submit_survey: DefaultKeyedRateLimiter<u64>,
    form_network: DefaultKeyedRateLimiter<NetworkKey>,
    login_network: DefaultKeyedRateLimiter<NetworkKey>,
    login_account: DefaultKeyedRateLimiter<u64>,
    hasher: std::collections::hash_map::RandomState,
}

impl Limits {
    /// Builds the limiters from the configured rates.
    pub fn new(client: Rate, device: Rate, network: Rate, survey: Rate, form: Rate) -> Self {
        Self::with_login(
            client,
            device,
            network,
            survey,
            form,
            DEFAULT_LOGIN_NETWORK,
            DEFAULT_LOGIN_ACCOUNT,
        )
    }

    /// Builds the limiters, sign-in ones included.
    pub fn with_login(
        client: Rate,
        device: Rate,
        network: Rate,
        survey: Rate,
        form: Rate,
        login_network: Rate,
        login_account: Rate,
    ) -> Self {
        Limits {
            submit_client: RateLimiter::keyed(client.quota()),
            submit_device: RateLimiter::keyed(device.quota()),
            submit_network: RateLimiter::keyed(network.quota()),
            submit_survey: RateLimiter::keyed(survey.quota()),
            form_network: RateLimiter::keyed(form.quota()),
            login_network: RateLimiter::keyed(login_network.quota()),
            login_account: RateLimiter::keyed(login_account.quota()),
            hasher: Default::default(),
        }
    }

    /// Hashes an address (or any client-identifying string) with this
    /// process's random key.
    pub fn key_of(&self, value: impl Hash) -> u64 {
        self.hasher.hash_one(value)
    }

    /// Checks a submission of `token` from `net` (and `device`, when it
    /// sent its cookie) to the survey `slug`. Needs nothing from the
    /// database, so a flood is refused before it costs a query.
    pub fn check_submit(
        &self,
        net: NetworkKey,
        device: Option<u128>,
        token: &str,
        slug: &str,
    ) -> Result<(), Limited> {
        let token_key = self.key_of(token);
        let device_key = device.map(|d| self.key_of(d));
        check(
            &self.submit_client,
            &(net, device_key.unwrap_or(0), token_key),
            LimitedAction::SubmitClient,
        )?;
        if let Some(d) = device_key {
            check(&self.submit_device, &d, LimitedAction::SubmitDevice)?;
        }
        check(&self.submit_network, &net, LimitedAction::SubmitNetwork)?;
        check(
            &self.submit_survey,
            &self.key_of(slug),
            LimitedAction::SubmitSurvey,
        )
    }

    /// Checks handing a form (a fresh token) to `net`.
    pub fn check_form(&self, net: NetworkKey) -> Result<(), Limited> {
        check(&self.form_network, &net, LimitedAction::FormNetwork)
    }

    /// Checks a sign-in attempt from `net` for the account `email`: slows
    /// password guessing whether it targets one account or many.
    pub fn check_login(&self, net: NetworkKey, email: &str) -> Result<(), Limited> {
        check(&self.login_network, &net, LimitedAction::LoginNetwork)?;
        check(
            &self.login_account,
            &self.key_of(email.trim().to_lowercase()),
            LimitedAction::LoginAccount,
        )
    }

    /// Forgets keys whose limits have fully recovered.
    pub fn forget_idle(&self) {
        self.submit_client.retain_recent();
        self.submit_device.retain_recent();
        self.submit_network.retain_recent();
        self.submit_survey.retain_recent();
        self.form_network.retain_recent();
        self.login_network.retain_recent();
        self.login_account.retain_recent();
    }
}

fn check<K: Hash + Eq + Clone>(
    limiter: &DefaultKeyedRateLimiter<K>,
    key: &K,
    action: LimitedAction,
) -> Result<(), Limited> {
    limiter.check_key(key).map_err(|not_until| Limited {
        action,
        retry_after: not_until.wait_time_from(DefaultClock::default().now()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn limits() -> Limits {
        Limits::new(
            "3/60".parse().unwrap(),
            "10/600".parse().unwrap(),
            "50/600".parse().unwrap(),
            "1000/60".parse().unwrap(),
            "100/60".parse().unwrap(),
        )
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
            l.check_submit(net, None, "same-token", survey).unwrap();
        }
        let refused = l.check_submit(net, None, "same-token", survey).unwrap_err();
        assert_eq!(refused.action, LimitedAction::SubmitClient);
        assert!(refused.retry_secs() >= 1);
        let other_net = NetworkKey(2);
        for i in 0..50 {
            l.check_submit(other_net, Some(i), &format!("token-{i}"), survey)
                .unwrap_or_else(|e| panic!("citizen {i} refused: {e:?}"));
        }
        let over = l
            .check_submit(other_net, None, "token-51", survey)
            .unwrap_err();
        assert_eq!(over.action, LimitedAction::SubmitNetwork);
    }

    #[test]
    fn one_device_with_fresh_forms_is_stopped_by_its_cookie() {
        let l = limits();
        for i in 0..10 {
            l.check_submit(NetworkKey(i), Some(7), &format!("t{i}"), "demo")
                .unwrap();
        }
        let refused = l
            .check_submit(NetworkKey(99), Some(7), "t99", "demo")
            .unwrap_err();
        assert_eq!(refused.action, LimitedAction::SubmitDevice);
        l.check_submit(NetworkKey(99), Some(8), "t99", "demo")
            .expect("another device passes");
    }
}
