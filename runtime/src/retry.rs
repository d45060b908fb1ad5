//! Retries that are safe: which failures, how long to wait, and a budget that keeps many failing
//! calls from multiplying the load on a struggling server.

use std::collections::hash_map::RandomState;
use std::fmt;
use std::future::Future;
use std::hash::{BuildHasher, Hasher};
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant, SystemTime};

use reqwest::StatusCode;
use reqwest::header::{HeaderMap, RETRY_AFTER};

use crate::endpoint::Endpoint;
use crate::reply::Reply;
use crate::{ApiError, Client, Error};

/// When and how often a call is retried. The default retries idempotent methods (`GET`,
/// `HEAD`, `PUT`, `DELETE`, `OPTIONS`) up to 3 attempts in all; `POST` and `PATCH` only when
/// their attribute says `retry = true`, and no method whose attribute says `retry = false`.
///
/// Retried: connection failures and connections closed before any response, timeouts before a
/// response started, and the statuses 429, 502, 503 and 504. Never retried: other statuses,
/// redirects, bodies that do not decode or are too large, invalid arguments.
///
/// The wait before attempt `n + 1` is exponential backoff with full jitter: a random duration
/// up to `min(max_delay, base_delay × 2^(n-1))`. A `Retry-After` header (seconds or an HTTP
/// date) replaces it, capped at `max_retry_after`; a garbage or negative value falls back to
/// backoff. The client's total deadline covers all attempts and waits: a wait is taken only if
/// it leaves the next attempt at least
/// [`limits::MIN_ATTEMPT_TIME`](crate::limits::MIN_ATTEMPT_TIME) (or a quarter of the
/// deadline, when that is shorter); otherwise the retries end, with the last answer. When an attempt after a
/// retryable status times out, the error is that status, not the timeout.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Attempts in all, the first included; 1 disables retries.
    pub max_attempts: u32,
    /// The first backoff ceiling.
    pub base_delay: Duration,
    /// The ceiling of any one backoff wait.
    pub max_delay: Duration,
    /// The longest `Retry-After` honoured; longer requests are cut to it.
    pub max_retry_after: Duration,
}

/// Default attempts in all.
pub const DEFAULT_MAX_ATTEMPTS: u32 = 3;

/// The least time a retry leaves its attempt (a quarter of the call's deadline when that is
/// shorter): a wait that would leave less ends the retries instead of sending a request that
/// can only time out.
pub const MIN_ATTEMPT_TIME: Duration = Duration::from_secs(1);

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_attempts: DEFAULT_MAX_ATTEMPTS,
            base_delay: Duration::from_millis(100),
            max_delay: Duration::from_secs(5),
            max_retry_after: Duration::from_secs(30),
        }
    }
}

impl RetryPolicy {
    /// No retries: every call is one attempt.
    pub fn none() -> Self {
        RetryPolicy {
            max_attempts: 1,
            ..RetryPolicy::default()
        }
    }

    /// The wait after `attempt` (1-based) failed: `Retry-After` if the server sent a usable one,
    /// else jittered backoff.
    pub(crate) fn delay(&self, attempt: u32, headers: Option<&HeaderMap>) -> Duration {
        if let Some(wait) = headers.and_then(|h| retry_after(h, SystemTime::now())) {
            return wait.min(self.max_retry_after);
        }
        let doublings = attempt.saturating_sub(1).min(31);
        let ceiling = self
            .base_delay
            .saturating_mul(1 << doublings)
            .min(self.max_delay);
        ceiling.mul_f64(random_fraction())
    }
}

/// The attempts of one call: how many were made, how much of the deadline is left, and whether
/// (and after how long a wait) another one goes out. `call` only builds and sends requests.
pub(crate) struct Attempts<'c> {
    client: &'c Client,
    /// Attempts allowed in all: 1 when the endpoint is not retried.
    allowed: u32,
    /// The total deadline of the call, all attempts and waits included.
    deadline: Duration,
    started: Instant,
    made: u32,
    /// Statuses this endpoint retries besides the ones every endpoint does (`retry(409)`).
    retry_on: &'static [u16],
    /// The last retryable answer: what the call ends with if a later attempt gets none.
    retained: Option<Reply>,
}

/// What a call does after an attempt.
// Matched as soon as it is returned: boxing the outcome would cost an allocation per call.
#[allow(clippy::large_enum_variant)]
pub(crate) enum Next<E> {
    /// Another attempt, after `wait`, for `reason`.
    Retry { wait: Duration, reason: Retry },
    /// The call ends with this outcome, its attempt count set.
    Done(Result<Reply, Error<E>>),
}

/// Why an attempt is repeated, as the retry event says it (formatted only if a subscriber
/// takes the event).
pub(crate) enum Retry {
    Status(u16),
    NoResponse,
}

impl fmt::Display for Retry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Retry::Status(status) => write!(f, "status {status}"),
            Retry::NoResponse => f.write_str("no response"),
        }
    }
}

impl<'c> Attempts<'c> {
    /// The first attempt of a call of `endpoint` through `client` is about to go out;
    /// `replayable` is false when its body cannot be sent twice (a multipart form).
    pub(crate) fn start(client: &'c Client, endpoint: &'static Endpoint, replayable: bool) -> Self {
        let allowed = if endpoint.retries() && replayable {
            client.retry_policy().max_attempts.max(1)
        } else {
            1
        };
        Attempts {
            client,
            allowed,
            deadline: endpoint.timeout.unwrap_or(client.timeout()),
            started: Instant::now(),
            made: 1,
            retry_on: endpoint.retry.on,
            retained: None,
        }
    }

    /// The current attempt got an answer (`reply`: read, or failed while its body was read):
    /// another attempt, or the outcome the call ends with.
    pub(crate) fn answered<E: ApiError>(&mut self, reply: Result<Reply, Error<E>>) -> Next<E> {
        let wait = self.after_reply(&reply);
        self.settle(reply, wait, true)
    }

    /// The current attempt got no answer: another attempt, or the outcome the call ends with.
    pub(crate) fn failed<E: ApiError>(&mut self, error: reqwest::Error) -> Next<E> {
        let wait = self.after_failure(&error);
        self.settle(Err(Error::transport(error, self.made)), wait, false)
    }

    /// The decision after an attempt. A retryable answer is kept: if a later attempt times out
    /// before any answer, the call ends with that answer (its status and request id say more
    /// than the timeout); a later attempt that answered and then timed out reading its body
    /// ends the call with that timeout, not with the earlier status.
    fn settle<E: ApiError>(
        &mut self,
        outcome: Result<Reply, Error<E>>,
        wait: Option<Duration>,
        answered: bool,
    ) -> Next<E> {
        if let Some(wait) = wait {
            // Why this attempt is repeated: its own outcome, not an earlier one.
            let reason = match outcome {
                Ok(answer) => {
                    let reason = Retry::Status(answer.status.as_u16());
                    self.retained = Some(answer);
                    reason
                }
                Err(_) => Retry::NoResponse,
            };
            return Next::Retry { wait, reason };
        }
        let outcome = match (outcome, self.retained.take()) {
            (Err(error), Some(answer)) if error.is_timeout() && !answered => Ok(answer),
            (outcome, _) => outcome,
        };
        let made = self.made;
        Next::Done(outcome.map(|mut reply| {
            reply.attempts = made;
            reply
        }))
    }

    /// Attempts made so far, the current one included.
    pub(crate) fn made(&self) -> u32 {
        self.made
    }

    /// What is left of the call's deadline: the timeout of the attempt about to go out.
    pub(crate) fn time_left(&self) -> Duration {
        self.deadline.saturating_sub(self.started.elapsed())
    }

    /// The wait before another attempt after this one answered with `reply`, or `None` to stop.
    /// Only 429, 502, 503 and 504 are retried, and the statuses the endpoint names with
    /// `retry(…)`; a success refills the client's retry budget.
    fn after_reply<E>(&mut self, reply: &Result<Reply, E>) -> Option<Duration> {
        match reply {
            Ok(reply) if reply.status.is_success() => {
                self.client.retry_budget().deposit();
                None
            }
            Ok(reply)
                if retryable_status(reply.status)
                    || self.retry_on.contains(&reply.status.as_u16()) =>
            {
                self.next(Some(&reply.headers))
            }
            // A response that started is not repeated for any other reason.
            _ => None,
        }
    }

    /// The wait before another attempt after this one failed with `error`, or `None` to stop:
    /// only a failure before any response is worth another attempt.
    fn after_failure(&mut self, error: &reqwest::Error) -> Option<Duration> {
        if failed_before_response(error) {
            self.next(None)
        } else {
            None
        }
    }

    /// The wait before the next attempt, if one is allowed, fits in the deadline and the budget
    /// has a token for it; counts that attempt as made.
    fn next(&mut self, headers: Option<&HeaderMap>) -> Option<Duration> {
        let wait = self.client.retry_policy().delay(self.made, headers);
        let attempt_time = MIN_ATTEMPT_TIME.min(self.deadline / 4);
        let fits = wait.saturating_add(attempt_time) <= self.time_left();
        let allowed = self.made < self.allowed && fits;
        let wait = (allowed && self.client.retry_budget().try_withdraw()).then_some(wait)?;
        self.made += 1;
        Some(wait)
    }
}

/// Whether a failed attempt got no response at all, so repeating an idempotent request is
/// safe: the connection failed, was closed or reset before any response, or the time ran out.
/// A malformed or oversized response is not a reason to ask again.
pub(crate) fn failed_before_response(error: &reqwest::Error) -> bool {
    if error.is_connect() || error.is_timeout() {
        return true;
    }
    let mut cause = std::error::Error::source(error);
    while let Some(error) = cause {
        if let Some(hyper) = error.downcast_ref::<hyper::Error>() {
            if hyper.is_parse() {
                return false;
            }
            if hyper.is_incomplete_message() {
                return true;
            }
        }
        if let Some(io) = error.downcast_ref::<std::io::Error>() {
            use std::io::ErrorKind::{
                BrokenPipe, ConnectionAborted, ConnectionReset, UnexpectedEof,
            };
            return matches!(
                io.kind(),
                ConnectionReset | ConnectionAborted | BrokenPipe | UnexpectedEof
            );
        }
        cause = error.source();
    }
    false
}

/// Whether a status is worth another attempt.
pub(crate) fn retryable_status(status: StatusCode) -> bool {
    matches!(status.as_u16(), 429 | 502 | 503 | 504)
}

/// `Retry-After` as a wait from `now`: delta-seconds or an HTTP date; `None` for anything else
/// (garbage, negative numbers, fractions).
pub(crate) fn retry_after(headers: &HeaderMap, now: SystemTime) -> Option<Duration> {
    let value = headers.get(RETRY_AFTER)?.to_str().ok()?.trim();
    if value.bytes().all(|b| b.is_ascii_digit()) && !value.is_empty() {
        // Too many digits to parse is "very long", which the policy's cap handles.
        return Some(value.parse().map_or(Duration::MAX, Duration::from_secs));
    }
    let date = httpdate::parse_http_date(value).ok()?;
    // A date in the past means "now".
    Some(date.duration_since(now).unwrap_or(Duration::ZERO))
}

/// A uniformly random fraction in `[0, 1)`, from the standard library's randomly keyed hasher
/// (no extra dependency; jitter needs spread, not cryptographic strength).
fn random_fraction() -> f64 {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let mut hasher = RandomState::new().build_hasher();
    hasher.write_u64(COUNTER.fetch_add(1, Ordering::Relaxed));
    (hasher.finish() >> 11) as f64 / (1u64 << 53) as f64
}

/// A token bucket shared by all calls of one client: a retry takes a token, a success gives a
/// tenth of one back. When many calls fail at once, retries stop after the bucket empties, so a
/// failing server sees at most `calls + capacity` requests, not `calls × max_attempts`.
#[derive(Debug)]
pub(crate) struct RetryBudget {
    /// Thousandths of a token.
    balance: AtomicU64,
}

/// Tokens a new client starts with, and the most it can hold.
pub const RETRY_BUDGET_TOKENS: u64 = 10;
const TOKEN: u64 = 1000;
const CAPACITY: u64 = RETRY_BUDGET_TOKENS * TOKEN;
const SUCCESS_DEPOSIT: u64 = TOKEN / 10;

impl RetryBudget {
    pub(crate) fn new() -> Self {
        RetryBudget {
            balance: AtomicU64::new(CAPACITY),
        }
    }

    /// Takes a token for a retry, if there is one.
    pub(crate) fn try_withdraw(&self) -> bool {
        self.balance
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |balance| {
                balance.checked_sub(TOKEN)
            })
            .is_ok()
    }

    /// Gives back a tenth of a token for a call that succeeded.
    pub(crate) fn deposit(&self) {
        let _ = self
            .balance
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |balance| {
                Some((balance + SUCCESS_DEPOSIT).min(CAPACITY))
            });
    }
}

/// How the client waits between attempts: `tokio::time::sleep` unless replaced with
/// [`ClientBuilder::retry_sleep`](crate::ClientBuilder::retry_sleep).
#[derive(Clone)]
pub(crate) struct RetrySleep(pub(crate) Arc<SleepFn>);

/// A replacement for the wait between attempts.
pub(crate) type SleepFn =
    dyn Fn(Duration) -> Pin<Box<dyn Future<Output = ()> + Send>> + Send + Sync;

impl RetrySleep {
    pub(crate) fn tokio() -> Self {
        RetrySleep(Arc::new(|duration| Box::pin(tokio::time::sleep(duration))))
    }
}

impl fmt::Debug for RetrySleep {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("RetrySleep")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::HeaderValue;

    fn headers(value: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(RETRY_AFTER, HeaderValue::from_str(value).unwrap());
        headers
    }

    #[test]
    fn retry_after_seconds_and_dates() {
        let now = httpdate::parse_http_date("Sun, 06 Nov 1994 08:49:37 GMT").unwrap();
        assert_eq!(
            retry_after(&headers("2"), now),
            Some(Duration::from_secs(2))
        );
        assert_eq!(retry_after(&headers(" 0 "), now), Some(Duration::ZERO));
        assert_eq!(
            retry_after(&headers("99999999999999999999999"), now),
            Some(Duration::MAX)
        );
        assert_eq!(
            retry_after(&headers("Sun, 06 Nov 1994 08:49:47 GMT"), now),
            Some(Duration::from_secs(10))
        );
        assert_eq!(
            retry_after(&headers("Sunday, 06-Nov-94 08:49:39 GMT"), now),
            Some(Duration::from_secs(2))
        );
        assert_eq!(
            retry_after(&headers("Sun, 06 Nov 1994 08:00:00 GMT"), now),
            Some(Duration::ZERO)
        );
        for garbage in ["-5", "1.5", "soon", "", "0x10", "2 seconds"] {
            assert_eq!(retry_after(&headers(garbage), now), None, "{garbage:?}");
        }
    }

    #[test]
    fn backoff_is_jittered_under_an_exponential_cap() {
        let policy = RetryPolicy::default();
        for attempt in 1..=10 {
            let cap = policy
                .base_delay
                .saturating_mul(1 << (attempt - 1))
                .min(policy.max_delay);
            for _ in 0..50 {
                assert!(policy.delay(attempt, None) < cap.max(Duration::from_nanos(1)));
            }
        }
        let samples: Vec<Duration> = (0..50).map(|_| policy.delay(3, None)).collect();
        assert!(samples.windows(2).any(|w| w[0] != w[1]), "jitter varies");
        assert_eq!(
            policy.delay(1, Some(&headers("600"))),
            policy.max_retry_after
        );
        assert_eq!(policy.delay(1, Some(&headers("2"))), Duration::from_secs(2));
    }

    #[test]
    fn the_budget_drains_and_refills() {
        let budget = RetryBudget::new();
        for _ in 0..RETRY_BUDGET_TOKENS {
            assert!(budget.try_withdraw());
        }
        assert!(!budget.try_withdraw());
        for _ in 0..9 {
            budget.deposit();
        }
        assert!(!budget.try_withdraw(), "nine tenths are not a token");
        budget.deposit();
        assert!(budget.try_withdraw());
        for _ in 0..1000 {
            budget.deposit();
        }
        assert_eq!(budget.balance.load(Ordering::Acquire), CAPACITY);
    }

    /// The default sleeper spends its wait on tokio's clock: paused here, so 30 virtual
    /// seconds pass at once (the fault tests replace it, since real sockets and a paused clock
    /// do not mix).
    #[tokio::test(start_paused = true)]
    async fn the_default_sleeper_waits_on_tokio_time() {
        let started = tokio::time::Instant::now();
        (RetrySleep::tokio().0)(Duration::from_secs(30)).await;
        assert_eq!(started.elapsed(), Duration::from_secs(30));
    }

    #[test]
    fn retryable_statuses() {
        for status in [429, 502, 503, 504] {
            assert!(retryable_status(StatusCode::from_u16(status).unwrap()));
        }
        for status in [400, 401, 403, 404, 409, 422, 500, 501, 505] {
            assert!(!retryable_status(StatusCode::from_u16(status).unwrap()));
        }
    }
}
