//! Connection failures and deadlines are told apart.

use std::time::Duration;

use phala_api::Error;
use phala_api::kms::KmsApi;
use tokio::net::TcpListener;

#[tokio::test]
async fn connection_refused_is_a_connect_error() {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    drop(listener);
    let client = phala_api::Client::builder()
        .base_url(format!("http://{addr}"))
        .build()
        .unwrap();
    let error = client.get_kms_info("kms_1").await.unwrap_err();
    assert!(matches!(error, Error::Connect { attempts: 3, .. }), "{error:?}");
    assert_eq!(error.status(), None);
    let display = error.to_string();
    assert!(display.starts_with("could not connect after 3 attempts: "), "{display}");
}

#[tokio::test]
async fn a_server_that_never_answers_hits_the_deadline() {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    // Accepts and holds connections without ever answering.
    let holder = tokio::spawn(async move {
        let mut held = Vec::new();
        while let Ok((stream, _)) = listener.accept().await {
            held.push(stream);
        }
    });
    let client = phala_api::Client::builder()
        .base_url(format!("http://{addr}"))
        .timeout(Duration::from_millis(300))
        .build()
        .unwrap();
    let error = client.get_kms_info("kms_1").await.unwrap_err();
    assert!(error.is_timeout(), "{error:?}");
    assert!(
        error.to_string().starts_with("the request timed out: "),
        "{error}"
    );
    holder.abort();
}
