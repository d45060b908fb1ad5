//! Every schema-valid answer decodes: for each type the crate binds to a component schema, at
//! least 1,000 random instances the schema allows (made by a generator that reads the crate's
//! own documents, never tuned per type) decode into the Rust type, and what the type serialises
//! back still validates against the schema. Field names, presence and nullability are checked at
//! compile time (`#[derive(Schema)]`); this proves the values the types accept.
//!
//! The generator and the validator cover the same subset of JSON Schema: `$ref`, `anyOf`,
//! `oneOf`, `allOf`, `type` (one or a list), `nullable`, `enum`, `const`, `pattern`,
//! `minimum`/`maximum` (and the exclusive forms), `minLength`/`maxLength`, `items`,
//! `minItems`/`maxItems`, `properties`, `required` (optional keys absent, or any value the
//! property allows, `null` included where it is allowed) and unknown extra properties, since the
//! server adds fields over time.

use phala_api::kms::contracts::*;
use phala_api::kms::*;
use phala_api::{HttpValidationError, LocItem, Schema, ValidationError};
use proptest::prelude::*;
use proptest::strategy::{BoxedStrategy, Union};
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value, json};

const KMS: &str = include_str!("../../runtime/openapi/phala-cloud-kms.json");
const CONTRACTS: &str = include_str!("../../runtime/openapi/phala-cloud-kms-2026-06-23.json");

/// How many instances per type (`PROPTEST_CASES` raises it; never fewer than 1,000).
fn cases() -> u32 {
    let asked = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok());
    asked.unwrap_or(1000).max(1000)
}

/// Random JSON values a schema allows.
struct Generator<'d> {
    document: &'d Value,
}

impl Generator<'_> {
    fn resolve<'a>(&'a self, schema: &'a Value) -> &'a Value {
        match schema["$ref"].as_str().and_then(|r| r.strip_prefix('#')) {
            Some(pointer) => self.resolve(self.document.pointer(pointer).unwrap_or(&Value::Null)),
            None => schema,
        }
    }

    fn value(&self, schema: &Value, depth: u32) -> BoxedStrategy<Value> {
        let schema = self.resolve(schema);
        if let Some(constant) = schema.get("const") {
            return Just(constant.clone()).boxed();
        }
        if let Some(values) = schema["enum"].as_array() {
            return proptest::sample::select(values.clone()).boxed();
        }
        for key in ["anyOf", "oneOf"] {
            if let Some(alternatives) = schema[key].as_array() {
                let alternatives = alternatives
                    .iter()
                    .map(|a| self.value(a, depth))
                    .collect::<Vec<_>>();
                return Union::new(alternatives).boxed();
            }
        }
        if let Some(parts) = schema["allOf"].as_array() {
            return self.object(&merge(self, parts), depth);
        }
        let typed = |kind: &str| self.typed(kind, schema, depth);
        let mut alternatives: Vec<BoxedStrategy<Value>> = match &schema["type"] {
            Value::String(kind) => vec![typed(kind)],
            Value::Array(kinds) => kinds.iter().filter_map(Value::as_str).map(typed).collect(),
            _ if schema.get("properties").is_some() => vec![typed("object")],
            _ => vec![any_json(2)],
        };
        if schema["nullable"] == true {
            alternatives.push(Just(Value::Null).boxed());
        }
        Union::new(alternatives).boxed()
    }

    fn typed(&self, kind: &str, schema: &Value, depth: u32) -> BoxedStrategy<Value> {
        let number = |key: &str| schema[key].as_f64();
        match kind {
            "null" => Just(Value::Null).boxed(),
            "boolean" => any::<bool>().prop_map(Value::from).boxed(),
            "integer" => {
                let low = number("minimum")
                    .or(number("exclusiveMinimum").map(|m| m + 1.0))
                    .map_or(i64::MIN, |m| m.ceil() as i64);
                let high = number("maximum")
                    .or(number("exclusiveMaximum").map(|m| m - 1.0))
                    .map_or(i64::MAX, |m| m.floor() as i64);
                (low..=high).prop_map(Value::from).boxed()
            }
            "number" => {
                let low = number("minimum").unwrap_or(-1e15);
                let high = number("maximum").unwrap_or(1e15);
                (low..=high).prop_map(Value::from).boxed()
            }
            "string" => self.string(schema),
            "array" => {
                let items = self.value(&schema["items"], depth.saturating_sub(1));
                let low = schema["minItems"].as_u64().unwrap_or(0) as usize;
                let high = schema["maxItems"].as_u64().map_or(low + 3, |h| h as usize);
                proptest::collection::vec(items, low..=high)
                    .prop_map(Value::from)
                    .boxed()
            }
            "object" => self.object(schema, depth),
            _ => any_json(2),
        }
    }

    fn string(&self, schema: &Value) -> BoxedStrategy<Value> {
        let low = schema["minLength"].as_u64().unwrap_or(0) as usize;
        let high = schema["maxLength"]
            .as_u64()
            .map_or(low + 24, |h| h as usize);
        let Some(pattern) = schema["pattern"].as_str() else {
            return proptest::collection::vec(any::<char>(), low..=high)
                .prop_map(|chars| Value::from(chars.into_iter().collect::<String>()))
                .boxed();
        };
        // proptest generates from a regex without anchors; a JSON Schema pattern searches.
        let body = pattern.trim_start_matches('^').trim_end_matches('$');
        proptest::string::string_regex(body)
            .unwrap_or_else(|e| panic!("pattern {pattern:?}: {e}"))
            .prop_filter("length within bounds", move |s| {
                (low..=high).contains(&s.chars().count())
            })
            .prop_map(Value::from)
            .boxed()
    }

    fn object(&self, schema: &Value, depth: u32) -> BoxedStrategy<Value> {
        let required: Vec<&str> = schema["required"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .collect();
        let properties: Vec<BoxedStrategy<Option<(String, Value)>>> = schema["properties"]
            .as_object()
            .into_iter()
            .flatten()
            .map(|(name, property)| {
                let name = name.clone();
                let value = self.value(property, depth.saturating_sub(1));
                if required.contains(&name.as_str()) {
                    value.prop_map(move |v| Some((name.clone(), v))).boxed()
                } else {
                    prop::option::of(value.prop_map(move |v| (name.clone(), v))).boxed()
                }
            })
            .collect();
        let extra = if schema["additionalProperties"] == false {
            Just(Vec::new()).boxed()
        } else {
            proptest::collection::vec(("[a-z]{1,8}", any_json(1)), 0..3)
                .prop_map(|pairs| {
                    pairs
                        .into_iter()
                        .map(|(key, value)| (format!("added_later_{key}"), value))
                        .collect()
                })
                .boxed()
        };
        (properties, extra)
            .prop_map(|(properties, extra)| {
                let mut object: Map<String, Value> = properties.into_iter().flatten().collect();
                object.extend(extra);
                Value::Object(object)
            })
            .boxed()
    }
}

/// The `allOf` parts of an object schema as one object schema.
fn merge(generator: &Generator<'_>, parts: &[Value]) -> Value {
    let (mut properties, mut required) = (Map::new(), Vec::new());
    for part in parts {
        let part = generator.resolve(part);
        if let Some(own) = part["properties"].as_object() {
            properties.extend(own.clone());
        }
        required.extend(part["required"].as_array().cloned().unwrap_or_default());
    }
    json!({"type": "object", "properties": properties, "required": required})
}

/// Small arbitrary JSON, for untyped schemas and unknown properties.
fn any_json(depth: u32) -> BoxedStrategy<Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        "[ -~]{0,12}".prop_map(Value::from),
    ];
    leaf.prop_recursive(depth, 8, 3, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..3).prop_map(Value::from),
            proptest::collection::btree_map("[a-z]{1,6}", inner, 0..3)
                .prop_map(|map| Value::Object(map.into_iter().collect())),
        ]
    })
    .boxed()
}

/// Whether `value` is valid against `schema`, over the subset the generator covers.
fn validate(document: &Value, schema: &Value, value: &Value, at: &str) -> Result<(), String> {
    let schema = match schema["$ref"].as_str().and_then(|r| r.strip_prefix('#')) {
        Some(pointer) => document
            .pointer(pointer)
            .ok_or(format!("{at}: dangling $ref"))?,
        None => schema,
    };
    let fail = |why: String| Err(format!("{at}: {why} ({value})"));
    if let Some(constant) = schema.get("const")
        && constant != value
    {
        return fail(format!("is not the const {constant}"));
    }
    if let Some(values) = schema["enum"].as_array()
        && !values.contains(value)
    {
        return fail("is not one of the enum's values".into());
    }
    for key in ["anyOf", "oneOf"] {
        if let Some(alternatives) = schema[key].as_array()
            && !alternatives
                .iter()
                .any(|a| validate(document, a, value, at).is_ok())
        {
            return fail(format!("matches no alternative of {key}"));
        }
    }
    for part in schema["allOf"].as_array().into_iter().flatten() {
        validate(document, part, value, at)?;
    }
    let kinds: Vec<&str> = match &schema["type"] {
        Value::String(kind) => vec![kind],
        Value::Array(kinds) => kinds.iter().filter_map(Value::as_str).collect(),
        _ => return Ok(()), // untyped, or typed by its alternatives above
    };
    if value.is_null() && (kinds.contains(&"null") || schema["nullable"] == true) {
        return Ok(());
    }
    let is = |kind: &&str| match *kind {
        "null" => value.is_null(),
        "boolean" => value.is_boolean(),
        "integer" => value.is_i64() || value.is_u64(),
        "number" => value.is_number(),
        "string" => value.is_string(),
        "array" => value.is_array(),
        "object" => value.is_object(),
        _ => true,
    };
    if !kinds.iter().any(is) {
        return fail(format!("is not of type {kinds:?}"));
    }
    if let Some(number) = value.as_f64() {
        let bound = |key: &str| schema[key].as_f64();
        if bound("minimum").is_some_and(|m| number < m)
            || bound("maximum").is_some_and(|m| number > m)
        {
            return fail("is out of its range".into());
        }
    }
    if let Some(text) = value.as_str() {
        let length = text.chars().count() as u64;
        if schema["minLength"].as_u64().is_some_and(|m| length < m)
            || schema["maxLength"].as_u64().is_some_and(|m| length > m)
        {
            return fail("has a length out of bounds".into());
        }
        if let Some(pattern) = schema["pattern"].as_str() {
            let regex = regex::Regex::new(pattern).map_err(|e| format!("{pattern}: {e}"))?;
            if !regex.is_match(text) {
                return fail(format!("does not match {pattern}"));
            }
        }
    }
    if let Some(items) = value.as_array() {
        for (index, item) in items.iter().enumerate() {
            validate(document, &schema["items"], item, &format!("{at}[{index}]"))?;
        }
    }
    if let Some(object) = value.as_object() {
        for name in schema["required"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
        {
            if !object.contains_key(name) {
                return fail(format!("lacks the required `{name}`"));
            }
        }
        for (name, property) in schema["properties"].as_object().into_iter().flatten() {
            if let Some(field) = object.get(name) {
                validate(document, property, field, &format!("{at}.{name}"))?;
            }
        }
    }
    Ok(())
}

/// Schema-valid instances of `T`'s component decode into `T`, and re-serialise valid.
fn every_valid_instance_decodes<T: Schema + DeserializeOwned + Serialize>(document: &str) {
    let document: Value = serde_json::from_str(document).unwrap();
    let schema = document["components"]["schemas"][T::NAME].clone();
    assert!(schema.is_object(), "{} is not in the document", T::NAME);
    let generator = Generator {
        document: &document,
    };
    let strategy = generator.value(&schema, 6);
    let mut runner = TestRunner::new(Config {
        cases: cases(),
        failure_persistence: None,
        ..Config::default()
    });
    let name = T::NAME;
    let result = runner.run(&strategy, |instance| {
        validate(&document, &schema, &instance, name).map_err(|why| {
            TestCaseError::fail(format!("the generator made an invalid instance: {why}"))
        })?;
        let decoded: T = serde_json::from_value(instance.clone()).map_err(|error| {
            TestCaseError::fail(format!("{name}: a valid instance does not decode: {error}"))
        })?;
        let again =
            serde_json::to_value(&decoded).map_err(|e| TestCaseError::fail(e.to_string()))?;
        validate(&document, &schema, &again, name).map_err(|why| {
            TestCaseError::fail(format!("{name} re-serialises to an invalid value: {why}"))
        })?;
        Ok(())
    });
    if let Err(error) = result {
        panic!("{error}");
    }
}

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
