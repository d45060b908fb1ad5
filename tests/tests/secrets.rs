//! A canary API key never appears in `Debug` or `Display` of the client, the builder or any error.

use std::time::Duration;

use phala_api::kms::KmsApi;
use phala_api::{Client, Error};
use phala_api_tests::{Reply, TestServer};
use tokio::net::TcpListener;

const CANARY: &str = "sk-canary-7f3e9a1c5b";

fn assert_clean(what: &str, text: &str) {
    assert!(!text.contains(CANARY), "{what} leaks the key: {text}");
    assert!(
        !text.contains("sk-canary"),
        "{what} leaks part of the key: {text}"
    );
}

fn assert_error_clean(error: &Error) {
    assert_clean("Display", &error.to_string());
    assert_clean("Debug", &format!("{error:?}"));
    assert_clean("alternate Debug", &format!("{error:#?}"));
}

#[tokio::test]
async fn the_key_is_absent_from_client_builder_and_every_error() {
    let builder = Client::builder().api_key(CANARY);
    assert_clean("builder Debug", &format!("{builder:?}"));

    // Every status the server can produce, each body echoing the key as a hostile server might.
    let echo = format!(r#"{{"detail":"bad key {CANARY}","loc":["header","{CANARY}"]}}"#);
    for status in [200, 302, 404, 422, 500] {
        let server = TestServer::replying(
            Reply::json(status, &echo)
                .header("x-request-id", "rid")
                .header("location", "http://127.0.0.1:1/elsewhere"),
        )
        .await;
        let client = Client::builder()
            .base_url(server.url())
            .api_key(CANARY)
            .build()
            .unwrap();
        assert_clean("client Debug", &format!("{client:?} {client:#?}"));
        let error = client.get_kms_info("kms_1").await.unwrap_err();
        assert_error_clean(&error);
        // The key was sent, to the configured origin only.
        assert_eq!(server.only_request().header("x-api-key"), Some(CANARY));
        if status != 302 {
            assert!(
                error.body_excerpt().unwrap().contains("bad key <redacted>"),
                "{error:?}"
            );
        }
    }

    let client = Client::builder().api_key(CANARY).build().unwrap();
    assert_error_clean(&client.get_kms_info("").await.unwrap_err());

    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let timeout_client = Client::builder()
        .base_url(format!("http://{addr}"))
        .api_key(CANARY)
        .timeout(Duration::from_millis(200))
        .build()
        .unwrap();
    let timeout = timeout_client.get_kms_info("kms_1").await.unwrap_err();
    assert!(timeout.is_timeout(), "{timeout:?}");
    assert_error_clean(&timeout);
    drop(listener);
    let refused = timeout_client.get_kms_info("kms_1").await.unwrap_err();
    assert!(matches!(refused, Error::Connect { .. }), "{refused:?}");
    assert_error_clean(&refused);

    for bad_key in [
        format!("{CANARY}\r\nX-Evil: 1"),
        format!("{CANARY}\u{7f}"),
        format!("{CANARY}é"),
    ] {
        let error = Client::builder().api_key(bad_key).build().unwrap_err();
        assert!(matches!(error, Error::Config { .. }), "{error:?}");
        assert_error_clean(&error);
    }
}
