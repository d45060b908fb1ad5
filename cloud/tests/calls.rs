//! The generated bindings over loopback: the request Phala Cloud receives (path, method, the
//! version pin, the key) and the typed answer.

use phala_api_tests::{Reply, TestServer};
use phala_cloud::{Client, SshKeyResponse, SshKeys};

const KEYS: &str = r#"[{
    "id": "key_1", "user_id": "user_1", "name": "laptop",
    "public_key": "ssh-ed25519 AAAA…", "fingerprint": "SHA256:abc",
    "key_type": "ed25519", "source": "manual", "key_metadata": null,
    "created_at": "2026-11-30T10:00:00Z", "updated_at": "2026-11-30T10:00:00Z"
}]"#;

#[tokio::test]
async fn ssh_keys_are_listed_with_the_version_pin() {
    let server = TestServer::replying(Reply::json(200, KEYS)).await;
    let client: Client = server.client();
    let keys: Vec<SshKeyResponse> = client.list_ssh_keys().await.unwrap();
    assert_eq!(keys.len(), 1);
    assert_eq!(
        (keys[0].name.as_str(), keys[0].key_type.as_str()),
        ("laptop", "ed25519")
    );
    let request = server.only_request();
    assert_eq!(request.request_line(), "GET /api/v1/user/ssh-keys HTTP/1.1");
    assert_eq!(request.header("x-phala-version"), Some("2026-06-23"));
    assert_eq!(
        request.header("x-api-key"),
        Some(phala_api_tests::TEST_API_KEY)
    );
}

const WATCH: &str = "event: state\ndata: {\"id\":\"cvm_1\",\"name\":\"app\",\"status\":\"starting\",\"boot_progress\":\"42%\"}\n\n\
event: state\ndata: {\"id\":\"cvm_1\",\"name\":\"app\",\"status\":\"running\"}\n\n\
event: complete\ndata: {\"status\":\"running\"}\n\n";

#[tokio::test]
async fn a_cvm_state_is_watched_until_complete() {
    use phala_cloud::{CvmState, CvmStateEvent, CvmStates};
    let server = TestServer::replying(
        Reply::status(200)
            .header("content-type", "text/event-stream")
            .body(WATCH),
    )
    .await;
    let client: Client = server.client();
    let mut stream = client
        .watch_cvm_state("cvm_1", "running", Some(5), Some(60))
        .await
        .unwrap();
    let mut seen = Vec::new();
    while let Some(event) = stream.next_event().await {
        let event = event.unwrap();
        seen.push((event.event, event.data));
    }
    let state = |status: &str, progress: Option<&str>| CvmState {
        id: Some("cvm_1".to_owned()),
        instance_id: None,
        name: "app".to_owned(),
        status: status.to_owned(),
        uptime: None,
        exited_at: None,
        boot_progress: progress.map(str::to_owned),
        boot_error: None,
        shutdown_progress: None,
    };
    assert_eq!(
        seen,
        [
            (
                "state".to_owned(),
                CvmStateEvent::State(state("starting", Some("42%")))
            ),
            (
                "state".to_owned(),
                CvmStateEvent::State(state("running", None))
            ),
            (
                "complete".to_owned(),
                CvmStateEvent::Other(serde_json::json!({"status": "running"}))
            ),
        ]
    );
    let request = server.only_request();
    assert_eq!(
        request.request_line(),
        "GET /api/v1/cvms/cvm_1/state?target=running&interval=5&timeout=60 HTTP/1.1"
    );
    assert_eq!(request.header("accept"), Some("text/event-stream"));
    assert_eq!(request.header("x-phala-version"), Some("2026-06-23"));
}
