//! Statuses an operation documents as transient, retried where the binding says so
//! (`retry(409)`, as Phala Cloud answers 409 "another operation in progress" on CVM operations):
//! like 503, within the attempts, the deadline and the client's budget, honouring
//! `Retry-After`, and a POST only where it may be repeated.

use std::time::Duration;

use phala_api::{Api, Client, Error, api_endpoint};
use phala_api_tests::waits::Waits;
use phala_api_tests::{Reply, TestServer};

#[phala_api::api(retry(409))]
trait Cvms: Api {
    #[api_endpoint(PUT "/cvms/<id>/start")]
    async fn start(&self, id: &str) -> Result<(), Error>;

    /// A POST: repeated only because it says it may be.
    #[api_endpoint(POST "/cvms/<id>/restart", retry = true)]
    async fn restart(&self, id: &str) -> Result<(), Error>;

    /// The method's own option replaces the trait's: 423 here, not 409.
    #[api_endpoint(PUT "/cvms/<id>/lock", retry(423))]
    async fn lock(&self, id: &str) -> Result<(), Error>;
}

impl Cvms for Client {}

trait Plain: Api {
    #[api_endpoint(PUT "/cvms/<id>/start")]
    async fn start_plain(&self, id: &str) -> Result<(), Error>;
}

impl Plain for Client {}

/// Answers `first` to the first `n` requests, then 204.
async fn answering(first: Reply, n: usize) -> TestServer {
    let seen = std::sync::atomic::AtomicUsize::new(0);
    TestServer::start(move |_| {
        if seen.fetch_add(1, std::sync::atomic::Ordering::SeqCst) < n {
            first.clone()
        } else {
            Reply::status(204)
        }
    })
    .await
}

#[tokio::test]
async fn a_documented_transient_status_is_retried_where_the_binding_says_so() {
    let busy = Reply::json(409, r#"{"detail":"another operation is in progress"}"#);
    for call in ["start", "restart"] {
        let server = answering(busy.clone(), 2).await;
        let waits = Waits::default();
        let client = waits.builder(&server.url()).build().unwrap();
        let result = match call {
            "start" => client.start("cvm_1").await,
            _ => client.restart("cvm_1").await,
        };
        result.unwrap();
        let requests = server.requests();
        assert_eq!(requests.len(), 3, "{call}");
        assert!(
            requests
                .iter()
                .all(|r| r.target.ends_with(&format!("/cvms/cvm_1/{call}")))
        );
        assert_eq!(waits.recorded().len(), 2, "{call}");
    }
    // Without `retry(409)`, a 409 is an answer like any other.
    let server = answering(busy.clone(), 1).await;
    let error = server.client().start_plain("cvm_1").await.unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(409));
    assert_eq!((error.attempts(), server.requests().len()), (Some(1), 1));
    // The method's `retry(423)` replaced the trait's: a 409 there is not retried.
    let server = answering(busy, 1).await;
    let error = server.client().lock("cvm_1").await.unwrap_err();
    assert_eq!((error.attempts(), server.requests().len()), (Some(1), 1));
    let server = answering(Reply::status(423), 1).await;
    server.client().lock("cvm_1").await.unwrap();
    assert_eq!(server.requests().len(), 2);
}

#[tokio::test]
async fn retry_after_is_honoured_and_the_last_answer_kept() {
    let busy = Reply::status(409)
        .header("retry-after", "2")
        .header("x-request-id", "req-409");
    let server = answering(busy, usize::MAX).await;
    let waits = Waits::default();
    let client = waits
        .builder(&server.url())
        .timeout(Duration::from_secs(60))
        .build()
        .unwrap();
    let error = client.start("cvm_1").await.unwrap_err();
    assert!(
        matches!(&error, Error::Status { status, attempts: 3, .. } if status.as_u16() == 409),
        "{error:?}"
    );
    assert_eq!(error.request_id(), Some("req-409"));
    assert_eq!(
        waits.recorded(),
        [Duration::from_secs(2), Duration::from_secs(2)]
    );
}

/// A 409 storm: a hundred calls against a server that always answers 409 send at most the
/// first attempts plus the budget's tokens, not three hundred requests.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_storm_of_409s_stays_within_the_retry_budget() {
    let server = answering(Reply::status(409), usize::MAX).await;
    let client = Waits::default().builder(&server.url()).build().unwrap();
    phala_api_tests::waits::storm_within_the_budget(
        100,
        || {
            let client = client.clone();
            async move { client.start("cvm_1").await }
        },
        || server.requests().len(),
    )
    .await;
}
