//! `KmsContractApi` (X-Phala-Version 2026-06-23) against the KMS stand-in, which answers by
//! version as the real server does: the exact requests, the typed contracts and nodes, and the
//! same paths answering the 2026-05-22 shapes to `KmsApi`.

use phala_api::Error;
use phala_api::kms::contracts::{
    KMS_CONTRACT_API_VERSION, KmsContract, KmsContractApi, ListKmsContracts,
};
use phala_api::kms::{KMS_API_VERSION, KmsApi, ListKms};
use phala_api_tests::stand_in::{self, KNOWN_CONTRACT, KNOWN_ID};

#[tokio::test]
async fn contracts_list_get_and_nodes() {
    let server = stand_in::start().await;
    let client = server.client();
    let all = client
        .list_kms_contracts(&ListKmsContracts::default())
        .await
        .unwrap();
    assert_eq!(
        (all.total, all.page, all.page_size, all.pages),
        (2, 1, 20, 1)
    );
    let phala = &all.items[0];
    assert_eq!(
        phala,
        &KmsContract {
            id: "kc_0a1b2c3d".into(),
            slug: Some(KNOWN_CONTRACT.into()),
            label: Some("Phala KMS".into()),
            contract_address: "phala".into(),
            chain_id: 0,
            k256_pubkey: Some("02c1d5e7…".into()),
            ca_pubkey: Some("03a4f9b2…".into()),
            node_count: 2,
        }
    );
    assert!(phala.is_off_chain() && !all.items[1].is_off_chain());

    let onchain = ListKmsContracts {
        is_onchain: Some(true),
        page_size: Some(5),
        ..ListKmsContracts::default()
    };
    let onchain = client.list_kms_contracts(&onchain).await.unwrap();
    assert_eq!(onchain.items.len(), 1);
    assert_eq!(onchain.items[0].chain_id, 8453);

    assert_eq!(
        client.get_kms_contract(KNOWN_CONTRACT).await.unwrap(),
        *phala
    );
    assert_eq!(
        client
            .get_kms_contract("kc_0a1b2c3d")
            .await
            .unwrap()
            .slug
            .as_deref(),
        Some(KNOWN_CONTRACT),
        "a `kc_` id resolves too"
    );
    let nodes = client
        .list_kms_contract_nodes(KNOWN_CONTRACT)
        .await
        .unwrap();
    assert_eq!(nodes.total, 2);
    assert_eq!(nodes.items[1].url, "https://kms2.phala.phala.network");
    assert_eq!(nodes.items[1].kms_type, "phala");

    let missing = client.get_kms_contract("nope").await.unwrap_err();
    assert!(missing.is_not_found(), "{missing:?}");
    let missing = client.list_kms_contract_nodes("nope").await.unwrap_err();
    assert!(matches!(missing, Error::NotFound { .. }), "{missing:?}");

    let requests = server.requests();
    let targets: Vec<&str> = requests.iter().map(|r| r.target.as_str()).collect();
    assert_eq!(
        targets,
        [
            "/api/v1/kms",
            "/api/v1/kms?page_size=5&is_onchain=true",
            "/api/v1/kms/phala",
            "/api/v1/kms/kc_0a1b2c3d",
            "/api/v1/kms/phala/nodes",
            "/api/v1/kms/nope",
            "/api/v1/kms/nope/nodes",
        ]
    );
    for request in &requests {
        assert_eq!(
            request.header_values("x-phala-version"),
            [KMS_CONTRACT_API_VERSION],
            "{}",
            request.target
        );
    }
}

/// One path, two shapes: each trait pins its version, and the server answers by it.
#[tokio::test]
async fn the_same_path_answers_by_version() {
    let server = stand_in::start().await;
    let client = server.client();
    let instances = client.list_kms(&ListKms::default()).await.unwrap();
    let contracts = client
        .list_kms_contracts(&ListKmsContracts::default())
        .await
        .unwrap();
    assert_eq!(instances.items[0].id, KNOWN_ID);
    assert_eq!(contracts.items[0].id, "kc_0a1b2c3d");
    let versions: Vec<Vec<String>> = server
        .requests()
        .iter()
        .map(|r| {
            r.header_values("x-phala-version")
                .into_iter()
                .map(str::to_owned)
                .collect()
        })
        .collect();
    assert_eq!(versions, [[KMS_API_VERSION], [KMS_CONTRACT_API_VERSION]]);
    // A KMS instance id is not a contract.
    assert!(
        client
            .get_kms_contract(KNOWN_ID)
            .await
            .unwrap_err()
            .is_not_found()
    );
}
