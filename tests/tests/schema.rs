//! The KMS types against the project's copy of the spec (`runtime/openapi/phala-cloud-kms.json`):
//! the same fields, required where the spec requires them, nullable where it allows `null`,
//! unknown fields ignored, and a lossless serde round trip.

use phala_api::kms::*;
use phala_api::{HttpValidationError, LocItem, ValidationError};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value, json};

fn schema(name: &str) -> Value {
    let spec: Value =
        serde_json::from_str(include_str!("../../runtime/openapi/phala-cloud-kms.json")).unwrap();
    spec["components"]["schemas"][name].clone()
}

fn object(value: impl Serialize) -> Map<String, Value> {
    match serde_json::to_value(value).unwrap() {
        Value::Object(map) => map,
        other => panic!("not an object: {other}"),
    }
}

/// Checks `full` (every field set) against the spec schema `name`.
fn check_against_spec<T: Serialize + DeserializeOwned + PartialEq + std::fmt::Debug>(
    name: &str,
    full: T,
) {
    let schema = schema(name);
    let properties = schema["properties"].as_object().unwrap();
    let required: Vec<&str> = schema["required"]
        .as_array()
        .map(|r| r.iter().map(|v| v.as_str().unwrap()).collect())
        .unwrap_or_default();
    let written = object(&full);

    let mut spec_keys: Vec<&String> = properties.keys().collect();
    let mut our_keys: Vec<&String> = written.keys().collect();
    spec_keys.sort();
    our_keys.sort();
    assert_eq!(our_keys, spec_keys, "{name}: fields differ from the spec");

    for (key, property) in properties {
        let mut without = written.clone();
        without.remove(key);
        let decoded = serde_json::from_value::<T>(Value::Object(without));
        if required.contains(&key.as_str()) {
            let error = decoded.expect_err(&format!("{name}.{key} is required by the spec"));
            assert!(
                error
                    .to_string()
                    .contains(&format!("missing field `{key}`")),
                "{error}"
            );
        } else {
            decoded.unwrap_or_else(|e| panic!("{name}.{key} is optional in the spec: {e}"));
        }
        let nullable = property["anyOf"]
            .as_array()
            .is_some_and(|any| any.iter().any(|t| t["type"] == "null"));
        let mut null = written.clone();
        null.insert(key.clone(), Value::Null);
        let decoded = serde_json::from_value::<T>(Value::Object(null));
        assert_eq!(
            decoded.is_ok(),
            nullable,
            "{name}.{key}: null accepted iff the spec allows it"
        );
    }

    let round_trip: T = serde_json::from_value(Value::Object(written.clone())).unwrap();
    assert_eq!(round_trip, full, "{name}: round trip");
    let mut extended = written;
    extended.insert("field_added_later".into(), json!({"any": [1, "shape"]}));
    let tolerant: T = serde_json::from_value(Value::Object(extended)).unwrap();
    assert_eq!(tolerant, full, "{name}: unknown fields are ignored");
}

#[test]
fn kms_info_matches_the_spec() {
    check_against_spec(
        "KMSInfo",
        KmsInfo {
            id: "kms_0123abcd".into(),
            slug: Some("prod".into()),
            url: "https://kms.example".into(),
            version: "v0.5.3 (build 7)".into(),
            chain_id: Some(8453),
            kms_contract_address: Some("0xabc".into()),
            gateway_app_id: Some("0xdef".into()),
        },
    );
    let example = schema("KMSInfo")["properties"]["id"]["examples"][0].clone();
    let decoded: KmsInfo =
        serde_json::from_value(json!({"id": example, "url": "u", "version": "1"})).unwrap();
    assert_eq!(decoded.id, "kms_0123abcd");
}

#[test]
fn validation_error_matches_the_spec() {
    let detail = ValidationError {
        loc: vec![LocItem::Field("body".into()), LocItem::Index(3)],
        msg: "Field required".into(),
        kind: "missing".into(),
    };
    check_against_spec("ValidationError", detail.clone());
    check_against_spec(
        "HTTPValidationError",
        HttpValidationError {
            detail: vec![detail],
        },
    );
}

#[test]
fn validation_error_tolerates_fastapi_extras() {
    let body = json!({"detail": [{
        "type": "string_too_short", "loc": ["path", "kms_id"], "msg": "short",
        "input": "k", "ctx": {"min_length": 3}, "url": "https://errors.pydantic.dev/2/v/string_too_short"
    }]});
    let parsed: HttpValidationError = serde_json::from_value(body).unwrap();
    assert_eq!(
        parsed.detail[0].loc,
        [
            LocItem::Field("path".into()),
            LocItem::Field("kms_id".into())
        ]
    );
    assert_eq!(parsed.detail[0].to_string(), "path.kms_id: short");
}

fn bootstrap() -> BootstrapInfo {
    BootstrapInfo {
        k256_pubkey: "02ab".into(),
        ca_pubkey: "03cd".into(),
        quote_length: 5006,
        eventlog_length: 28_000,
    }
}

fn kms_info() -> KmsInfo {
    KmsInfo {
        id: "kms_0123abcd".into(),
        slug: Some("prod".into()),
        url: "https://kms.example".into(),
        version: "v0.5.3".into(),
        chain_id: Some(8453),
        kms_contract_address: Some("0xabc".into()),
        gateway_app_id: Some("0xdef".into()),
    }
}

#[test]
fn list_and_small_responses_match_the_spec() {
    check_against_spec(
        "KmsListResponse",
        KmsListResponse {
            items: vec![kms_info()],
            total: 41,
            page: 2,
            page_size: 20,
            pages: 3,
        },
    );
    check_against_spec("BootstrapInfoOut", bootstrap());
    check_against_spec("OnChainKmsInfo", bootstrap());
}

#[test]
fn inspect_response_matches_the_spec() {
    check_against_spec(
        "KmsRpcInfo",
        KmsRpcInfo {
            version: "v0.5.3".into(),
            is_dev: false,
            chain_id: Some(8453),
            kms_contract_address: Some("0xabc".into()),
            gateway_app_id: Some("0xdef".into()),
            bootstrap_info: bootstrap(),
            version_synced: true,
        },
    );
    let guest_agent = GuestAgentInfo {
        device_id: "dev-1".into(),
        mr_aggregated: Some("mr".into()),
        os_image_hash: Some("img".into()),
        instance_id: Some("inst".into()),
        app_id: Some("app".into()),
        mr_key_provider: Some("kp".into()),
        compose_hash: Some("ch".into()),
    };
    check_against_spec("GuestAgentInfo", guest_agent.clone());
    let image = TeepodImageInfo {
        name: "dstack-0.5.3".into(),
        version: "0.5.3".into(),
        is_dev: false,
    };
    check_against_spec("TeepodImageInfo", image.clone());
    let teepod = TeepodInfo {
        id: 7,
        name: "prod7".into(),
        teepod_version_db: Some("0.5.2".into()),
        teepod_version_real: Some("0.5.3".into()),
        kms_url: Some("https://kms.example".into()),
        kms_urls: vec!["https://kms.example".into()],
        available_os_images: vec![image],
        error: Some("slow".into()),
    };
    check_against_spec("TeepodInfo", teepod.clone());
    let verification = OnChainVerification {
        k256_pubkey_match: Some(true),
        ca_pubkey_match: Some(true),
        gateway_app_id_match: Some(false),
        device_id_allowed: Some(true),
        os_image_allowed: Some(true),
        mr_aggregated_allowed: Some(false),
    };
    check_against_spec("OnChainVerification", verification.clone());
    let on_chain = OnChainInfo {
        kms_info: Some(OnChainKmsInfo {
            k256_pubkey: "02ab".into(),
            ca_pubkey: "03cd".into(),
            quote_length: 5006,
            eventlog_length: 28_000,
        }),
        gateway_app_id: Some("0xdef".into()),
        owner: Some("0x01".into()),
        verification,
        error: Some("rpc slow".into()),
    };
    check_against_spec("OnChainInfo", on_chain.clone());
    check_against_spec(
        "KmsInspectResponse",
        KmsInspectResponse {
            id: "kms_1".into(),
            slug: Some("prod".into()),
            endpoint: "https://kms.example".into(),
            kms_type: "onchain".into(),
            db_version: "0.5.3".into(),
            rpc: Some(KmsRpcInfo {
                version: "v".into(),
                bootstrap_info: bootstrap(),
                ..KmsRpcInfo::default()
            }),
            rpc_error: Some("none".into()),
            guest_agent: Some(guest_agent),
            guest_agent_error: Some("none".into()),
            teepods: vec![teepod],
            on_chain: Some(on_chain),
        },
    );
}

#[test]
fn on_chain_responses_match_the_spec() {
    let device = OnChainDevice {
        device_id: "dev-1".into(),
        node_name: Some("prod7".into()),
        on_chain_allowed: Some(true),
    };
    check_against_spec("OnChainDeviceOut", device.clone());
    let image = OnChainOsImage {
        name: "dstack".into(),
        version: "0.5.3".into(),
        os_image_hash: Some("0x99".into()),
        on_chain_allowed: Some(false),
    };
    check_against_spec("OnChainOsImageOut", image.clone());
    let contract = OnChainKmsContract {
        contract_address: "0xabc".into(),
        chain_id: 8453,
        chain_name: "base".into(),
        devices: vec![device],
        os_images: vec![image],
    };
    check_against_spec("OnChainKmsContractOut", contract.clone());
    check_against_spec(
        "OnChainKmsResponse",
        OnChainKmsResponse {
            chain_name: "base".into(),
            chain_id: 8453,
            contracts: vec![contract],
        },
    );
}

#[test]
fn app_kms_info_matches_the_spec_and_keeps_unknown_deployer_types() {
    check_against_spec(
        "AppKmsInfoResponse",
        AppKmsInfoResponse {
            is_onchain_kms: true,
            chain_id: Some(8453),
            kms_contract_address: Some("0xabc".into()),
            app_contract_address: Some("0x123".into()),
            deployer_address: Some("0x456".into()),
            deployer_type: Some(DeployerType::Safe),
            is_contract: true,
            safe_app_url: Some("https://app.safe.global".into()),
        },
    );
    let schema = schema("AppKmsInfoResponse");
    let spec_values = schema["properties"]["deployer_type"]["anyOf"][0]["enum"]
        .as_array()
        .unwrap()
        .clone();
    for value in spec_values {
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
    let empty: AppKmsInfoResponse = serde_json::from_value(json!({})).unwrap();
    assert_eq!(empty, AppKmsInfoResponse::default());
}

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
