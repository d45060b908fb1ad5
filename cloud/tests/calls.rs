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

/// A CVM as the list answers it, with only what the schema requires.
fn cvm(n: usize) -> serde_json::Value {
    serde_json::json!({
        "id": format!("cvm_{n}"), "name": format!("app-{n}"), "status": "running",
        "resource": {}, "gateway": {}
    })
}

#[tokio::test]
async fn every_cvm_walks_the_pages_until_the_total() {
    use futures_util::TryStreamExt;
    use phala_cloud::Every;
    // Five CVMs, two a page: pages 1 and 2 are full, page 3 has the fifth.
    let server = TestServer::start(|request| {
        let page: usize = request
            .target
            .split(['?', '&'])
            .find_map(|pair| pair.strip_prefix("page="))
            .and_then(|page| page.parse().ok())
            .unwrap_or(1);
        let items: Vec<_> = (1..=5).skip((page - 1) * 2).take(2).map(cvm).collect();
        let body = serde_json::json!({
            "items": items, "total": 5, "page": page, "page_size": 2, "pages": 3
        });
        Reply::json(200, &body.to_string())
    })
    .await;
    let client: Client = server.client();
    let cvms: Vec<phala_cloud::CvmInfo> = client.every_cvm(2).try_collect().await.unwrap();
    let ids: Vec<&str> = cvms.iter().map(|cvm| cvm.id.as_str()).collect();
    assert_eq!(ids, ["cvm_1", "cvm_2", "cvm_3", "cvm_4", "cvm_5"]);
    let requests = server.requests();
    let lines: Vec<String> = requests.iter().map(|r| r.request_line()).collect();
    assert_eq!(
        lines,
        [
            "GET /api/v1/cvms/paginated?page=1&page_size=2 HTTP/1.1",
            "GET /api/v1/cvms/paginated?page=2&page_size=2 HTTP/1.1",
            "GET /api/v1/cvms/paginated?page=3&page_size=2 HTTP/1.1",
        ]
    );
    assert!(
        requests
            .iter()
            .all(|r| r.header("x-phala-version") == Some("2026-06-23"))
    );
}

#[tokio::test]
async fn every_workspace_follows_the_cursor_while_there_is_more() {
    use futures_util::TryStreamExt;
    use phala_cloud::Every;
    let workspace = |id: &str| {
        serde_json::json!({
            "id": id, "name": id, "tier": "free", "role": "owner",
            "is_default": id == "ws_1", "created_at": "2026-11-30T10:00:00Z"
        })
    };
    let first = serde_json::json!({
        "data": [workspace("ws_1"), workspace("ws_2")],
        "pagination": {"has_more": true, "next_cursor": "c/2", "total": 3}
    });
    // The last page still names a cursor: `has_more` says it is the last.
    let last = serde_json::json!({
        "data": [workspace("ws_3")],
        "pagination": {"has_more": false, "next_cursor": "c/3", "total": 3}
    });
    let server = TestServer::start(move |request| {
        let body = if request.target.contains("cursor=") {
            &last
        } else {
            &first
        };
        Reply::json(200, &body.to_string())
    })
    .await;
    let client: Client = server.client();
    let workspaces: Vec<phala_cloud::WorkspaceResponse> =
        client.every_workspace(2).try_collect().await.unwrap();
    let ids: Vec<&str> = workspaces.iter().map(|w| w.id.as_str()).collect();
    assert_eq!(ids, ["ws_1", "ws_2", "ws_3"]);
    let lines: Vec<String> = server.requests().iter().map(|r| r.request_line()).collect();
    assert_eq!(
        lines,
        [
            "GET /api/v1/workspaces?limit=2 HTTP/1.1",
            "GET /api/v1/workspaces?cursor=c%2F2&limit=2 HTTP/1.1",
        ]
    );
}

/// An operation only the SDKs know, bound from the supplement: path, pin and typed answer.
#[tokio::test]
async fn the_current_user_is_read_from_auth_me() {
    use phala_cloud::Auth;
    let me = r#"{
        "user": {"username": "ada", "email": "ada@example.com", "role": "user", "avatar": "",
                 "email_verified": true, "totp_enabled": false, "has_backup_codes": false,
                 "flag_has_password": true},
        "workspace": {"id": "ws_1", "name": "Ada's", "slug": null, "tier": "free", "role": "owner"},
        "credits": {"balance": "12.50", "granted_balance": 0, "is_post_paid": false}
    }"#;
    let server = TestServer::replying(Reply::json(200, me)).await;
    let client: Client = server.client();
    let current = client.get_current_user().await.unwrap();
    assert_eq!(current.user.username, "ada");
    assert_eq!(current.workspace.slug, None);
    assert_eq!(
        serde_json::to_value(&current.credits.balance).unwrap(),
        serde_json::json!("12.50")
    );
    let request = server.only_request();
    assert_eq!(request.request_line(), "GET /api/v1/auth/me HTTP/1.1");
    assert_eq!(request.header("x-phala-version"), Some("2026-06-23"));
}

/// Phase 2 of a pre-launch script upgrade: the compose and transaction hashes as headers, no
/// body, the `in_progress` answer typed.
#[tokio::test]
async fn a_pre_launch_script_upgrade_sends_the_proof_headers() {
    use phala_cloud::{Cvms, InProgress};
    let answer =
        r#"{"status": "in_progress", "message": "Upgrade started", "correlation_id": "op_9"}"#;
    let server = TestServer::replying(Reply::json(202, answer)).await;
    let client: Client = server.client();
    let started: InProgress = client
        .upgrade_pre_launch_script("cvm_7f3a9c2e", Some("ab12"), Some("0xfeed"))
        .await
        .unwrap();
    assert_eq!(started.correlation_id.as_deref(), Some("op_9"));
    let request = server.only_request();
    assert_eq!(
        request.request_line(),
        "POST /api/v1/cvms/cvm_7f3a9c2e/pre-launch-script/upgrade-to-latest-official HTTP/1.1"
    );
    assert_eq!(request.header("x-compose-hash"), Some("ab12"));
    assert_eq!(request.header("x-transaction-hash"), Some("0xfeed"));
    assert!(request.body.is_empty());
}

/// `DELETE /tokens/self` answers no content; the method returns `()`.
#[tokio::test]
async fn the_current_api_token_is_revoked() {
    use phala_cloud::Auth;
    let server = TestServer::replying(Reply::status(204)).await;
    let client: Client = server.client();
    client.revoke_current_api_token().await.unwrap();
    assert_eq!(
        server.only_request().request_line(),
        "DELETE /api/v1/tokens/self HTTP/1.1"
    );
}

/// A server of three-item lists in pages: the items key and an item for each paged path,
/// `page`/`page_size` read from the query, `total` said.
fn paged_lists() -> impl Fn(&phala_api_tests::Recorded) -> Reply + Send + Sync + 'static {
    |request| {
        let (path, query) = request
            .target
            .split_once('?')
            .unwrap_or((&request.target, ""));
        let number = |name: &str| -> usize {
            query
                .split('&')
                .find_map(|pair| pair.strip_prefix(&format!("{name}=")))
                .and_then(|n| n.parse().ok())
                .unwrap_or(0)
        };
        let (page, size) = (number("page"), number("page_size"));
        let item = |n: usize| match path {
            "/api/v1/apps" => serde_json::json!({"app_id": format!("app{n}")}),
            "/api/v1/apps/app1/revisions" => serde_json::json!({
                "revision_id": format!("rev{n}"), "app_id": "app1", "vm_uuid": "u",
                "compose_hash": "h", "created_at": "2026-11-30T10:00:00Z", "trace_id": null,
                "operation_type": "update"
            }),
            "/api/v1/workspaces/team-a/nodes" => {
                serde_json::json!({"id": n, "name": format!("node{n}")})
            }
            _ => serde_json::json!({
                "name": format!("dstack-{n}"), "slug": format!("os{n}"), "version": "0.5",
                "is_dev": false, "requires_gpu": false
            }),
        };
        let items: Vec<_> = (1..=3)
            .skip((page - 1) * size)
            .take(size)
            .map(item)
            .collect();
        let key = match path {
            "/api/v1/apps" => "dstack_apps",
            "/api/v1/apps/app1/revisions" => "revisions",
            _ => "items",
        };
        let body = serde_json::json!({
            key: items, "total": 3, "page": page, "page_size": size, "pages": 2, "total_pages": 2
        });
        Reply::json(200, &body.to_string())
    }
}

/// The other paged lists walk their pages the same way: every item once, in order, two pages
/// of two asked for by number.
#[tokio::test]
async fn every_paged_list_walks_its_pages() {
    use futures_util::TryStreamExt;
    use phala_cloud::{App, Every};
    let server = TestServer::start(paged_lists()).await;
    let client: Client = server.client();
    let apps: Vec<String> = client
        .every_app(2)
        .map_ok(|app| match app {
            App::DstackAppMinimalResponse(app) => app.app_id,
            other => panic!("a minimal app decoded as {other:?}"),
        })
        .try_collect()
        .await
        .unwrap();
    assert_eq!(apps, ["app1", "app2", "app3"]);
    let revisions: Vec<String> = client
        .every_app_revision("app1", 2)
        .map_ok(|revision| revision.revision_id)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(revisions, ["rev1", "rev2", "rev3"]);
    let nodes: Vec<Option<String>> = client
        .every_workspace_node("team-a", 2)
        .map_ok(|node| node.name)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(
        nodes,
        [
            Some("node1".into()),
            Some("node2".into()),
            Some("node3".into())
        ]
    );
    let images: Vec<String> = client
        .every_os_image(2)
        .map_ok(|image| image.slug)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(images, ["os1", "os2", "os3"]);
    let lines: Vec<String> = server.requests().iter().map(|r| r.request_line()).collect();
    let pages =
        |path: &str| [1, 2].map(|page| format!("GET {path}?page={page}&page_size=2 HTTP/1.1"));
    let expected: Vec<String> = [
        "/api/v1/apps",
        "/api/v1/apps/app1/revisions",
        "/api/v1/workspaces/team-a/nodes",
        "/api/v1/os-images",
    ]
    .into_iter()
    .flat_map(pages)
    .collect();
    assert_eq!(lines, expected);
}
