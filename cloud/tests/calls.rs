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
    let keys: Vec<SshKeyResponse> = client.get_user_ssh_keys().await.unwrap();
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
