//! Every `KmsApi` operation against the KMS stand-in on 127.0.0.1: the exact request sent, the
//! typed result, and the documented error answers.

use phala_api::kms::*;
use phala_api::{Error, StatusCode};
use phala_api_tests::stand_in::{self, KNOWN_APP, KNOWN_CHAIN, KNOWN_ID, KNOWN_SLUG};

fn targets(server: &phala_api_tests::TestServer) -> Vec<String> {
    server.requests().into_iter().map(|r| r.target).collect()
}

#[tokio::test]
async fn list_kms_pages_and_filters() {
    let server = stand_in::start().await;
    let client = server.client();
    let all = client.list_kms(&ListKms::default()).await.unwrap();
    assert_eq!(
        (all.total, all.page, all.page_size, all.pages),
        (3, 1, 20, 1)
    );
    assert_eq!(all.items[0].id, KNOWN_ID);
    assert_eq!(all.items[1].chain_id, None);

    let paged = ListKms {
        page: Some(2),
        page_size: Some(2),
        is_onchain: None,
    };
    let second = client.list_kms(&paged).await.unwrap();
    assert_eq!(
        (second.total, second.page, second.pages, second.items.len()),
        (3, 2, 2, 1)
    );
    let offchain = ListKms {
        is_onchain: Some(false),
        ..ListKms::default()
    };
    let offchain = client.list_kms(&offchain).await.unwrap();
    assert_eq!(
        offchain
            .items
            .iter()
            .map(|k| k.id.as_str())
            .collect::<Vec<_>>(),
        ["kms_4567ef01"]
    );

    let too_big = ListKms {
        page_size: Some(500),
        ..ListKms::default()
    };
    let error = client.list_kms(&too_big).await.unwrap_err();
    let Error::Validation {
        error: validation, ..
    } = &error
    else {
        panic!("expected a validation error, got {error:?}");
    };
    assert_eq!(
        validation.detail[0].to_string(),
        "query.page_size: Input should be less than or equal to 100"
    );

    assert_eq!(
        targets(&server),
        [
            "/api/v1/kms",
            "/api/v1/kms?page=2&page_size=2",
            "/api/v1/kms?is_onchain=false",
            "/api/v1/kms?page_size=500",
        ]
    );
}

#[tokio::test]
async fn get_kms_info_by_id_and_slug() {
    let server = stand_in::start().await;
    let client = server.client();
    let by_id = client.get_kms_info(KNOWN_ID).await.unwrap();
    let by_slug = client.get_kms_info(KNOWN_SLUG).await.unwrap();
    assert_eq!(by_id, by_slug);
    assert_eq!(by_id.slug.as_deref(), Some(KNOWN_SLUG));
    assert_eq!(by_id.chain_id, Some(8453));
}

#[tokio::test]
async fn pubkey_with_its_typed_errors() {
    let server = stand_in::start().await;
    let client = server.client();
    let key = client
        .get_app_env_encrypt_pubkey(KNOWN_ID, KNOWN_APP)
        .await
        .unwrap();
    assert_eq!(key.public_key, "04b1c2d3e4f5…");
    assert_eq!(key.signature, "9f8e7d6c5b4a…");

    let bad_app = client
        .get_app_env_encrypt_pubkey(KNOWN_ID, "not-hex")
        .await
        .unwrap_err();
    let Error::Api {
        error: PubkeyError::InvalidAppId(detail),
        ..
    } = &bad_app
    else {
        panic!("expected the 400 variant, got {bad_app:?}");
    };
    assert_eq!(detail.to_string(), "Invalid app ID format");
    assert_eq!(bad_app.status(), Some(StatusCode::BAD_REQUEST));

    let no_kms = client
        .get_app_env_encrypt_pubkey("kms_ffffffff", KNOWN_APP)
        .await
        .unwrap_err();
    assert!(
        matches!(
            no_kms,
            Error::Api {
                error: PubkeyError::KmsNotFound(_),
                ..
            }
        ),
        "{no_kms:?}"
    );
    // The documented 422 is a typed variant too, with the parsed validation error.
    let invalid = client
        .get_app_env_encrypt_pubkey("k", KNOWN_APP)
        .await
        .unwrap_err();
    let Error::Api {
        error: PubkeyError::Invalid(validation),
        ..
    } = &invalid
    else {
        panic!("expected the 422 variant, got {invalid:?}");
    };
    assert_eq!(
        validation.detail[0].msg,
        "String should have at least 3 characters"
    );
    assert_eq!(invalid.status(), Some(StatusCode::UNPROCESSABLE_ENTITY));
    assert_eq!(
        targets(&server),
        [
            format!("/api/v1/kms/{KNOWN_ID}/pubkey/{KNOWN_APP}"),
            format!("/api/v1/kms/{KNOWN_ID}/pubkey/not-hex"),
            format!("/api/v1/kms/kms_ffffffff/pubkey/{KNOWN_APP}"),
            format!("/api/v1/kms/k/pubkey/{KNOWN_APP}"),
        ]
    );
}

#[tokio::test]
async fn next_app_ids_with_and_without_counts() {
    let server = stand_in::start().await;
    let client = server.client();
    assert_eq!(
        client.get_next_app_ids(None).await.unwrap().app_ids.len(),
        1
    );
    let three = client.get_next_app_ids(Some(3)).await.unwrap();
    assert_eq!(
        three.app_ids.iter().map(|a| a.nonce).collect::<Vec<_>>(),
        [17, 18, 19]
    );
    assert_eq!(three.app_ids[0].app_id.len(), 40);
    let error = client.get_next_app_ids(Some(21)).await.unwrap_err();
    assert_eq!(error.status(), Some(StatusCode::UNPROCESSABLE_ENTITY));
    assert_eq!(
        targets(&server),
        [
            "/api/v1/kms/phala/next_app_id",
            "/api/v1/kms/phala/next_app_id?counts=3",
            "/api/v1/kms/phala/next_app_id?counts=21",
        ]
    );
}

#[tokio::test]
async fn inspect_kms_decodes_the_nested_report() {
    let server = stand_in::start().await;
    let report = server.client().inspect_kms(KNOWN_SLUG).await.unwrap();
    assert_eq!(report.id, KNOWN_ID);
    let rpc = report.rpc.unwrap();
    assert!(rpc.version_synced && !rpc.is_dev);
    assert_eq!(rpc.bootstrap_info.quote_length, 5006);
    let agent = report.guest_agent.unwrap();
    assert_eq!(agent.app_id, None);
    assert_eq!(agent.compose_hash, None);
    assert_eq!(
        report.teepods[0].available_os_images[0].name,
        "dstack-0.5.3"
    );
    let on_chain = report.on_chain.unwrap();
    assert_eq!(on_chain.verification.k256_pubkey_match, Some(true));
    assert_eq!(on_chain.verification.os_image_allowed, None);
    assert_eq!(
        server.only_request().target,
        format!("/api/v1/kms/{KNOWN_SLUG}/info")
    );
}

#[tokio::test]
async fn on_chain_kms_and_unsupported_chains() {
    let server = stand_in::start().await;
    let client = server.client();
    let base = client.get_onchain_kms(KNOWN_CHAIN).await.unwrap();
    assert_eq!(
        (base.chain_name.as_str(), base.chain_id),
        (KNOWN_CHAIN, 8453)
    );
    assert_eq!(
        base.contracts[0].devices[0].node_name.as_deref(),
        Some("prod7")
    );
    let error = client.get_onchain_kms("dogechain").await.unwrap_err();
    let Error::Status {
        status, excerpt, ..
    } = &error
    else {
        panic!("expected a status error, got {error:?}");
    };
    assert_eq!(*status, StatusCode::BAD_REQUEST);
    assert_eq!(excerpt, r#"{"detail":"Unsupported chain name"}"#);
    assert_eq!(
        targets(&server),
        [
            "/api/v1/kms/on-chain/base",
            "/api/v1/kms/on-chain/dogechain"
        ]
    );
}

#[tokio::test]
async fn app_kms_info_and_unknown_apps() {
    let server = stand_in::start().await;
    let client = server.client();
    let info = client.get_app_kms_info(KNOWN_APP).await.unwrap();
    assert!(info.is_onchain_kms && !info.is_contract);
    assert_eq!(info.deployer_type, Some(DeployerType::Eoa));
    assert_eq!(info.safe_app_url, None);
    assert!(
        client
            .get_app_kms_info("0xdead")
            .await
            .unwrap_err()
            .is_not_found()
    );
    assert_eq!(
        targets(&server),
        [
            format!("/api/v1/apps/{KNOWN_APP}/kms-info"),
            "/api/v1/apps/0xdead/kms-info".to_owned()
        ]
    );
    for request in server.requests() {
        assert_eq!(request.header("x-phala-version"), Some(KMS_API_VERSION));
    }
}
