//! The waits a client asks for between attempts, recorded instead of spent: a paused tokio
//! clock cannot be used with real sockets, so retry tests record the sleeps.

use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

/// The recorded waits, shared with the client that asks for them.
#[derive(Clone, Default)]
pub struct Waits(Arc<Mutex<Vec<Duration>>>);

impl Waits {
    /// Every wait asked for so far, in order.
    pub fn recorded(&self) -> Vec<Duration> {
        self.0
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    /// A client builder for `url` whose waits are recorded here (and not spent).
    pub fn builder(&self, url: &str) -> phala_api::ClientBuilder {
        let record = Arc::clone(&self.0);
        phala_api::Client::builder()
            .base_url(url)
            .api_key("sk-fault-0000")
            .retry_sleep(move |wait| -> Pin<Box<dyn Future<Output = ()> + Send>> {
                record
                    .lock()
                    .unwrap_or_else(PoisonError::into_inner)
                    .push(wait);
                Box::pin(async {})
            })
    }
}

/// Makes `calls` calls of `call` at once, each on a task of its own, and asserts each failed
/// and that the server saw at most the first attempts plus the retry budget's tokens: a storm
/// of failing answers never multiplies into `calls × attempts` requests.
pub async fn storm_within_the_budget<F, Fut, T, E>(
    calls: u64,
    call: F,
    requests: impl Fn() -> usize,
) where
    F: Fn() -> Fut,
    Fut: std::future::Future<Output = Result<T, E>> + Send + 'static,
    T: Send + 'static,
    E: Send + 'static,
{
    let tasks: Vec<_> = (0..calls).map(|_| tokio::spawn(call())).collect();
    for task in tasks {
        let result = task
            .await
            .unwrap_or_else(|error| panic!("a call panicked: {error}"));
        assert!(result.is_err(), "a call of the storm succeeded");
    }
    let requests = requests() as u64;
    assert!(requests >= calls, "{requests} requests for {calls} calls");
    assert!(
        requests <= calls + phala_api::limits::RETRY_BUDGET_TOKENS,
        "{requests} requests for {calls} calls"
    );
}
