//! Every schema-valid answer decodes: for each type the crate binds to a component schema, at
//! least 1,000 random instances the schema allows (made by a generator that reads the crate's
//! own documents, never tuned per type) decode into the Rust type, and what the type serialises
//! back still validates against the schema. Field names, presence and nullability are checked at
//! compile time (`#[derive(Schema)]`); this proves the values the types accept.
//!
//! The generator and the validator (`phala_api_tests::instances`) cover a subset of JSON
//! Schema listed there; `phala-cloud`'s schema test uses them too.

use phala_api::kms::contracts::*;
use phala_api::kms::*;
use phala_api::{HttpValidationError, LocItem, ValidationError};
use phala_api_tests::instances::{Generator, every_valid_instance_decodes, validate};
use proptest::prelude::*;
use proptest::test_runner::TestRunner;
use serde_json::{Value, json};

const KMS: &str = include_str!("../../runtime/openapi/phala-cloud-kms.json");
const CONTRACTS: &str = include_str!("../../runtime/openapi/phala-cloud-kms-2026-06-23.json");

/// One test per bound type; the component name comes from the type's `Schema`, not from here.
macro_rules! decodes {
    ($($test:ident: $ty:ty, $document:ident;)*) => {$(
        #[test]
        fn $test() {
            every_valid_instance_decodes::<$ty>($document);
        }
    )*};
}

decodes! {
    kms_info: KmsInfo, KMS;
    kms_list: KmsListResponse, KMS;
    kms_inspect: KmsInspectResponse, KMS;
    kms_rpc_info: KmsRpcInfo, KMS;
    bootstrap_info: BootstrapInfo, KMS;
    on_chain_kms_info: OnChainKmsInfo, KMS;
    guest_agent_info: GuestAgentInfo, KMS;
    teepod_info: TeepodInfo, KMS;
    teepod_image_info: TeepodImageInfo, KMS;
    on_chain_info: OnChainInfo, KMS;
    on_chain_verification: OnChainVerification, KMS;
    on_chain_kms: OnChainKmsResponse, KMS;
    on_chain_kms_contract: OnChainKmsContract, KMS;
    on_chain_device: OnChainDevice, KMS;
    on_chain_os_image: OnChainOsImage, KMS;
    app_kms_info: AppKmsInfoResponse, KMS;
    http_validation_error: HttpValidationError, KMS;
    validation_error: ValidationError, KMS;
    kms_contract: KmsContract, CONTRACTS;
    kms_contract_list: KmsContractListResponse, CONTRACTS;
    kms_contract_node: KmsContractNode, CONTRACTS;
    kms_contract_nodes: KmsContractNodeListResponse, CONTRACTS;
}

/// The generator is not vacuous: it makes what the schema allows at its edges.
#[test]
fn the_generator_reaches_negative_integers_nulls_and_absent_keys() {
    let document: Value = serde_json::from_str(KMS).unwrap();
    let schema = document["components"]["schemas"]["KMSInfo"].clone();
    let generator = Generator {
        document: &document,
    };
    let strategy = generator.value(&schema, 6);
    let mut runner = TestRunner::deterministic();
    let (mut negative, mut null, mut absent, mut extra) = (false, false, false, false);
    for _ in 0..500 {
        let instance = strategy.new_tree(&mut runner).unwrap().current();
        negative |= instance["chain_id"].as_i64().is_some_and(|id| id < 0);
        null |= instance.get("slug") == Some(&Value::Null);
        absent |= instance.get("slug").is_none();
        extra |= instance
            .as_object()
            .unwrap()
            .keys()
            .any(|k| k.starts_with("added_later_"));
        assert!(
            instance["id"].as_str().unwrap().starts_with("kms_"),
            "{instance}"
        );
    }
    assert!(negative && null && absent && extra);
}

#[test]
fn the_validator_refuses_what_the_schema_refuses() {
    let document: Value = serde_json::from_str(KMS).unwrap();
    let schema = &document["components"]["schemas"]["KMSInfo"];
    let valid = json!({"id": "kms_1", "url": "u", "version": "v", "chain_id": -1});
    assert_eq!(validate(&document, schema, &valid, "KMSInfo"), Ok(()));
    for invalid in [
        json!({"url": "u", "version": "v"}),
        json!({"id": "x_1", "url": "u", "version": "v"}),
        json!({"id": "kms_1", "url": "u", "version": "v", "chain_id": 1.5}),
        json!({"id": "kms_1", "url": "u", "version": 3}),
    ] {
        assert!(
            validate(&document, schema, &invalid, "KMSInfo").is_err(),
            "{invalid}"
        );
    }
}

#[test]
fn unknown_deployer_types_are_kept() {
    let document: Value = serde_json::from_str(KMS).unwrap();
    let values = document["components"]["schemas"]["AppKmsInfoResponse"]["properties"]
        ["deployer_type"]["anyOf"][0]["enum"]
        .as_array()
        .unwrap()
        .clone();
    for value in values {
        let parsed: DeployerType = serde_json::from_value(value.clone()).unwrap();
        assert!(
            !matches!(parsed, DeployerType::Other(_)),
            "{value} is a known value"
        );
        assert_eq!(serde_json::to_value(&parsed).unwrap(), value);
    }
    let future: DeployerType = serde_json::from_value(json!("passkey")).unwrap();
    assert_eq!(future, DeployerType::Other("passkey".into()));
    assert_eq!(serde_json::to_value(&future).unwrap(), json!("passkey"));
}

#[test]
fn validation_errors_keep_fastapi_locations() {
    let body = json!({"detail": [{
        "type": "string_too_short", "loc": ["body", "items", -1, "kms_id"], "msg": "short",
        "input": "k", "ctx": {"min_length": 3}
    }]});
    let parsed: HttpValidationError = serde_json::from_value(body).unwrap();
    assert_eq!(parsed.detail[0].loc[2], LocItem::Index(-1));
    assert_eq!(parsed.detail[0].to_string(), "body.items.-1.kms_id: short");
}

/// The document declares these answers untyped (`{}`); the shapes are the SDKs'.
#[test]
fn untyped_responses_decode_as_the_sdks_do() {
    let pubkey: AppEnvEncryptPubkey =
        serde_json::from_value(json!({"public_key": "04ab", "signature": "cd", "extra": 1}))
            .unwrap();
    assert_eq!(
        pubkey,
        AppEnvEncryptPubkey {
            public_key: "04ab".into(),
            signature: "cd".into()
        }
    );
    let next: NextAppIds =
        serde_json::from_value(json!({"app_ids": [{"app_id": "ab", "nonce": 3}]})).unwrap();
    assert_eq!(
        next.app_ids,
        [NextAppId {
            app_id: "ab".into(),
            nonce: 3
        }]
    );
    let detail: ErrorDetail = serde_json::from_value(json!({"detail": "Invalid app ID"})).unwrap();
    assert_eq!(detail.to_string(), "Invalid app ID");
}
