//! The canary API key never reaches a log: everything a `tracing` subscriber at TRACE level
//! captures (our events, hyper's, and reqwest's `log` records) during a run full of failures.

use std::time::Duration;

use phala_api::Client;
use phala_api::kms::KmsApi;
use phala_api_tests::capture::Captured;
use phala_api_tests::raw::{RawServer, Step};
use phala_api_tests::{Reply, TestServer};

const CANARY: &str = "sk-canary-traced-4d2a9e";

#[tokio::test]
async fn trace_output_never_contains_the_key() {
    let captured = Captured::install();

    let echo = format!(r#"{{"detail":"bad key {CANARY}"}}"#);
    let statuses = [404, 422, 500, 503, 302];
    for status in statuses {
        let server = TestServer::replying(
            Reply::json(status, &echo).header("location", "http://127.0.0.1:1/x"),
        )
        .await;
        let client = Client::builder()
            .base_url(server.url())
            .api_key(CANARY)
            .build()
            .unwrap();
        let error = client.get_kms_info("kms_1").await.unwrap_err();
        tracing::error!(%error, ?error, "call failed");
    }
    let reset = RawServer::always(vec![Step::Reset]).await;
    let client = Client::builder()
        .base_url(reset.url())
        .api_key(CANARY)
        .timeout(Duration::from_secs(5))
        .build()
        .unwrap();
    let error = client.get_kms_info("kms_1").await.unwrap_err();
    tracing::error!(%error, ?error, ?client, "call failed");

    let text = captured.text();
    assert!(
        text.contains("retrying"),
        "the capture works: our retry events are in it\n{text}"
    );
    assert!(text.contains("call failed"));
    assert!(
        !text.contains(CANARY),
        "the key leaked into the trace:\n{text}"
    );
    assert!(
        !text.contains("sk-canary"),
        "part of the key leaked into the trace"
    );
}
