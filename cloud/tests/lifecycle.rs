//! A CVM's life against the stand-in (`phala_api_tests::cloud_stand_in`), through the generated
//! bindings and the hand-kept state stream: provision, create, list, watch it boot, get, stop.
//! Every answer decodes into the crate's types; the requests are the ones the SDKs send.
#![allow(clippy::unwrap_used, clippy::panic)] // a test fails loudly

use futures_util::TryStreamExt;
use phala_api_tests::cloud_stand_in::{self, RUNNING_CVM, STOPPED_CVM};
use phala_cloud::{
    Client, CreateTappRequest, CvmStateEvent, CvmStates, Cvms, Every, ProvisionDstackAppRequestV2,
};

#[tokio::test]
async fn a_cvm_is_created_boots_and_stops() {
    let server = cloud_stand_in::start().await;
    let client: Client = server.client();

    let request: ProvisionDstackAppRequestV2 = serde_json::from_value(serde_json::json!({
        "name": "demo",
        "compose_file": {"name": "demo", "docker_compose_file": "services: {}\n"}
    }))
    .unwrap();
    let provisioned = client.provision_cvm(&request).await.unwrap();
    assert_eq!(provisioned.compose_hash.len(), 64);
    let app_id = provisioned.app_id.clone().unwrap();
    let create: CreateTappRequest = serde_json::from_value(serde_json::json!({
        "app_id": app_id, "compose_hash": provisioned.compose_hash
    }))
    .unwrap();
    let vm = client.commit_cvm_provision(&create).await.unwrap();
    assert_eq!((vm.name.as_str(), vm.status.as_str()), ("demo", "starting"));
    assert_eq!(vm.app_id, app_id);

    let listed: Vec<(String, String)> = client
        .every_cvm(2)
        .map_ok(|cvm| (cvm.id, cvm.status))
        .try_collect()
        .await
        .unwrap();
    let created = format!("cvm_{}", &provisioned.compose_hash[..8]);
    assert_eq!(
        listed,
        [
            (RUNNING_CVM.to_owned(), "running".to_owned()),
            (STOPPED_CVM.to_owned(), "stopped".to_owned()),
            (created.clone(), "starting".to_owned()),
        ]
    );

    let mut events = client
        .watch_cvm_state(&created, "running", None, None)
        .await
        .unwrap();
    let mut seen = Vec::new();
    while let Some(event) = events.next_event().await {
        let event = event.unwrap();
        seen.push(match event.data {
            CvmStateEvent::State(state) => format!("{} {}", event.event, state.status),
            CvmStateEvent::Other(data) => format!("{} {data}", event.event),
        });
    }
    assert_eq!(
        seen,
        [
            "state starting",
            "state running",
            r#"complete {"status":"running"}"#
        ]
    );
    assert_eq!(
        client.get_cvm_info(&created).await.unwrap().status,
        "running"
    );

    let stopped = client.stop_cvm(&created).await.unwrap();
    assert_eq!(stopped.status, "stopped");
    assert_eq!(
        client.get_cvm_state(&created).await.unwrap().status,
        "stopped"
    );

    let lines: Vec<String> = server.requests().iter().map(|r| r.request_line()).collect();
    let cvm_path = format!("/api/v1/cvms/{created}");
    assert_eq!(
        lines,
        [
            "POST /api/v1/cvms/provision HTTP/1.1".to_owned(),
            "POST /api/v1/cvms HTTP/1.1".to_owned(),
            "GET /api/v1/cvms/paginated?page=1&page_size=2 HTTP/1.1".to_owned(),
            "GET /api/v1/cvms/paginated?page=2&page_size=2 HTTP/1.1".to_owned(),
            format!("GET {cvm_path}/state?target=running HTTP/1.1"),
            format!("GET {cvm_path} HTTP/1.1"),
            format!("POST {cvm_path}/stop HTTP/1.1"),
            format!("GET {cvm_path}/state HTTP/1.1"),
        ]
    );
    let requests = server.requests();
    let body: serde_json::Value = serde_json::from_slice(&requests[1].body).unwrap();
    assert_eq!(
        body,
        serde_json::json!({"app_id": app_id, "compose_hash": provisioned.compose_hash})
    );
    assert!(
        requests
            .iter()
            .all(|r| r.header("x-phala-version") == Some("2026-06-23"))
    );
}

#[tokio::test]
async fn a_create_without_a_provision_is_refused() {
    let server = cloud_stand_in::start().await;
    let client: Client = server.client();
    let create: CreateTappRequest = serde_json::from_value(serde_json::json!({
        "app_id": "a".repeat(40), "compose_hash": "0".repeat(64)
    }))
    .unwrap();
    let error = client.commit_cvm_provision(&create).await.unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(400));
    assert!(
        error.to_string().contains("Compose hash not provisioned"),
        "{error}"
    );
}
