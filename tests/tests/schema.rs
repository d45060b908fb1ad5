//! The KMS types against the project's copy of the spec (`tests/fixtures/kms-openapi.json`):
//! the same fields, required where the spec requires them, nullable where it allows `null`,
//! unknown fields ignored, and a lossless serde round trip.

use phala_api::kms::KmsInfo;
use phala_api::{HttpValidationError, LocItem, ValidationError};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value, json};

fn schema(name: &str) -> Value {
    let spec: Value = serde_json::from_str(include_str!("../fixtures/kms-openapi.json")).unwrap();
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
