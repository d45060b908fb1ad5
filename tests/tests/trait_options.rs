//! `#[phala_api::api(…)]`: options a trait states once for every endpoint, a method's own option
//! replacing the trait's, asserted on the exact requests the server received.

use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use phala_api::{Api, Error, api_endpoint};
use phala_api_tests::{Reply, SilentServer, TestServer};

#[phala_api::api(header("X-Phala-Version" = "2026-05-22"), header("X-Team" = "core"), retry = false)]
trait Versioned: Api {
    /// Inherits both headers and `retry = false`.
    #[api_endpoint(GET "/plain")]
    async fn plain(&self) -> Result<(), Error>;

    /// Its own version replaces the trait's (any case), its own retry too.
    #[api_endpoint(GET "/pinned", header("x-phala-version" = "2026-06-23"), retry = true)]
    async fn pinned(&self) -> Result<(), Error>;

    /// A header argument replaces the trait's fixed header of the same name.
    #[api_endpoint(GET "/team")]
    async fn team(&self, #[header("X-Team")] team: &str) -> Result<(), Error>;

    /// A method without `#[api_endpoint]` is left as it is.
    fn describe(&self) -> &'static str {
        "versioned"
    }
}

impl Versioned for phala_api::Client {}

/// Every value of `name` in the only request the server received at `target`.
fn sent(server: &TestServer, target: &str, name: &str) -> Vec<String> {
    let requests = server.requests();
    let matching: Vec<_> = requests.iter().filter(|r| r.target == target).collect();
    assert_eq!(matching.len(), 1, "{target}: {requests:#?}");
    matching[0]
        .header_values(name)
        .into_iter()
        .map(str::to_owned)
        .collect()
}

#[tokio::test]
async fn trait_headers_reach_every_method_and_a_method_replaces_them() {
    let server = TestServer::replying(Reply::status(204)).await;
    let client = server.client();
    client.plain().await.unwrap();
    client.pinned().await.unwrap();
    client.team("edge").await.unwrap();

    assert_eq!(sent(&server, "/plain", "x-phala-version"), ["2026-05-22"]);
    assert_eq!(sent(&server, "/plain", "x-team"), ["core"]);
    assert_eq!(sent(&server, "/pinned", "x-phala-version"), ["2026-06-23"]);
    assert_eq!(sent(&server, "/pinned", "x-team"), ["core"]);
    assert_eq!(sent(&server, "/team", "x-team"), ["edge"]);
    assert_eq!(sent(&server, "/team", "x-phala-version"), ["2026-05-22"]);
    assert_eq!(client.describe(), "versioned");
}

#[tokio::test]
async fn trait_retry_applies_unless_the_method_says_otherwise() {
    let server = TestServer::replying(Reply::status(503)).await;
    let waits = Arc::new(Mutex::new(Vec::new()));
    let recorded = Arc::clone(&waits);
    let client = server
        .client_builder()
        .retry_sleep(move |wait| -> Pin<Box<dyn Future<Output = ()> + Send>> {
            recorded.lock().unwrap().push(wait);
            Box::pin(async {})
        })
        .build()
        .unwrap();

    let once = client.plain().await.unwrap_err();
    assert_eq!(once.attempts(), Some(1), "{once:?}");
    let thrice = client.pinned().await.unwrap_err();
    assert_eq!(thrice.attempts(), Some(3), "{thrice:?}");
    let targets: Vec<String> = server.requests().into_iter().map(|r| r.target).collect();
    assert_eq!(targets, ["/plain", "/pinned", "/pinned", "/pinned"]);
    assert_eq!(waits.lock().unwrap().len(), 2);
}

#[phala_api::api(timeout = "200ms")]
trait Impatient: Api {
    #[api_endpoint(GET "/slow")]
    async fn slow(&self) -> Result<(), Error>;
}

impl Impatient for phala_api::Client {}

#[tokio::test]
async fn a_trait_timeout_is_every_method_deadline() {
    let server = SilentServer::start().await;
    let client = server.patient_client();
    let error = tokio::time::timeout(Duration::from_secs(60), client.slow())
        .await
        .expect("the trait's timeout fired before the test's guard")
        .unwrap_err();
    assert!(error.is_timeout(), "{error:?}");
}

/// A trait that extends another and declares a method of the same name: each method body holds
/// its own descriptor, so nothing generated collides.
trait V1: Api {
    #[api_endpoint(GET "/v1/thing")]
    async fn thing(&self) -> Result<(), Error>;
}

trait V2: V1 {
    #[api_endpoint(GET "/v2/thing")]
    async fn thing(&self) -> Result<(), Error>;
}

impl V1 for phala_api::Client {}
impl V2 for phala_api::Client {}

#[tokio::test]
async fn a_subtrait_may_redeclare_a_method() {
    let server = TestServer::replying(Reply::status(204)).await;
    let client = server.client();
    V1::thing(&client).await.unwrap();
    V2::thing(&client).await.unwrap();
    let targets: Vec<String> = server.requests().into_iter().map(|r| r.target).collect();
    assert_eq!(targets, ["/v1/thing", "/v2/thing"]);
}

#[test]
fn the_trait_lists_its_endpoints() {
    let endpoints = __Versioned_endpoints();
    let names: Vec<&str> = endpoints.iter().map(|e| e.name).collect();
    assert_eq!(names, ["plain", "pinned", "team"]);
    let team: Vec<&str> = endpoints[2]
        .headers
        .iter()
        .map(|(n, _)| n.as_str())
        .collect();
    assert_eq!(team, ["x-phala-version"], "the argument replaces `x-team`");
    assert_eq!(endpoints[1].retry.repeat, Some(true));
    assert_eq!(endpoints[0].retry.repeat, Some(false));
}

/// `#[derive(ApiError)]` on an enum without variants maps nothing, and compiles.
#[derive(Debug, phala_api::ApiError)]
enum Never {}

trait Unmapped: Api {
    #[api_endpoint(GET "/unmapped")]
    async fn unmapped(&self) -> Result<(), Error<Never>>;
}

impl Unmapped for phala_api::Client {}

#[tokio::test]
async fn an_empty_error_enum_keeps_every_status_generic() {
    let server = TestServer::replying(Reply::status(404)).await;
    let error = server.client().unmapped().await.unwrap_err();
    assert!(error.is_not_found(), "{error:?}");
}
