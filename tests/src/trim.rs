//! The crate's own copy of the OpenAPI document, trimmed to what it binds: the operations of
//! some tags and every component schema they reach. `cargo run -p phala-api-tests --bin
//! trim-spec` writes it; `tests/tests/spec_copies.rs` fails when it is stale.

use std::collections::BTreeSet;

use serde_json::{Map, Value, json};

/// The tags of the operations `phala_api::kms` binds.
pub const KMS_TAGS: [&str; 2] = ["KMS", "apps-kms-info"];

/// The full document, as the repository keeps it.
pub const FULL: &str = "spec/phala-cloud-openapi.json";

/// The trimmed copy the runtime crate checks its bindings against.
pub const KMS_COPY: &str = "runtime/openapi/phala-cloud-kms.json";

/// The trimmed copy in YAML, which the contract check reads as it reads the JSON one
/// (`tests/tests/kms_yaml.rs` binds the KMS operations against it).
pub const KMS_YAML: &str = "tests/openapi/phala-cloud-kms.yaml";

/// Properties the public document lacks but the server sends (per Phala's SDKs), added to the
/// trimmed copy.
pub const SUPPLEMENT: &str = "runtime/openapi/supplement.json";

/// `full` with only the operations tagged one of `tags` and the component schemas they
/// reference, directly or through other components.
pub fn trim(full: &Value, tags: &[&str]) -> Value {
    let mut paths = Map::new();
    for (path, item) in full["paths"].as_object().into_iter().flatten() {
        let kept: Map<String, Value> = item
            .as_object()
            .into_iter()
            .flatten()
            .filter(|(_, operation)| {
                operation["tags"]
                    .as_array()
                    .is_some_and(|t| t.iter().any(|t| tags.contains(&t.as_str().unwrap_or(""))))
            })
            .map(|(method, operation)| (method.clone(), operation.clone()))
            .collect();
        if !kept.is_empty() {
            paths.insert(path.clone(), Value::Object(kept));
        }
    }
    let schemas = &full["components"]["schemas"];
    let mut reached = BTreeSet::new();
    let mut pending: Vec<String> = references(&Value::Object(paths.clone()));
    while let Some(name) = pending.pop() {
        if reached.insert(name.clone()) {
            pending.extend(references(&schemas[&name]));
        }
    }
    let kept: Map<String, Value> = reached
        .into_iter()
        .map(|name| {
            let schema = schemas[&name].clone();
            (name, schema)
        })
        .collect();
    json!({
        "openapi": full["openapi"],
        "info": {
            "title": full["info"]["title"],
            "version": full["info"]["version"],
            "description": format!(
                "Phala Cloud's public OpenAPI document trimmed to the operations tagged {} and \
                 the schemas they reference, plus the properties of {SUPPLEMENT}. Generated from \
                 {FULL} by `cargo run -p phala-api-tests --bin trim-spec`; do not edit.",
                tags.join(", ")
            ),
        },
        "paths": paths,
        "components": {"schemas": kept},
    })
}

/// Every `#/components/schemas/<name>` a value refers to.
fn references(value: &Value) -> Vec<String> {
    match value {
        Value::Object(map) => map
            .iter()
            .flat_map(|(key, value)| match (key.as_str(), value.as_str()) {
                ("$ref", Some(reference)) => reference
                    .strip_prefix("#/components/schemas/")
                    .map(str::to_owned)
                    .into_iter()
                    .collect(),
                _ => references(value),
            })
            .collect(),
        Value::Array(items) => items.iter().flat_map(references).collect(),
        _ => Vec::new(),
    }
}

/// Adds the supplement's properties to the schemas of `document` it names. A property the
/// document has already is left as the document says (the supplement is then stale).
pub fn supplement(document: &mut Value, supplement: &Value) {
    let patches = supplement["components"]["schemas"]
        .as_object()
        .into_iter()
        .flatten();
    for (name, patch) in patches {
        let Some(properties) =
            document["components"]["schemas"][name]["properties"].as_object_mut()
        else {
            continue;
        };
        for (property, schema) in patch["properties"].as_object().into_iter().flatten() {
            properties
                .entry(property.clone())
                .or_insert_with(|| schema.clone());
        }
    }
}

/// The trimmed copy's text, as `trim-spec` writes it: the full document trimmed, then
/// supplemented.
pub fn kms_copy_text(full: &str, supplement_text: &str) -> String {
    let full: Value = serde_json::from_str(full).unwrap_or(Value::Null);
    let mut trimmed = trim(&full, &KMS_TAGS);
    let patch: Value = serde_json::from_str(supplement_text).unwrap_or(Value::Null);
    supplement(&mut trimmed, &patch);
    serde_json::to_string_pretty(&trimmed).unwrap_or_default() + "\n"
}

/// `json` (a document's text) written as YAML, keys in the order JSON's reader gives them.
pub fn yaml_text(json: &str) -> String {
    let value: Value = serde_json::from_str(json).unwrap_or(Value::Null);
    let mut out = String::new();
    let mut emitter = yaml_rust2::YamlEmitter::new(&mut out);
    if emitter.dump(&yaml(&value)).is_err() {
        return String::new();
    }
    out + "\n"
}

fn yaml(value: &Value) -> yaml_rust2::Yaml {
    use yaml_rust2::Yaml;
    match value {
        Value::Null => Yaml::Null,
        Value::Bool(b) => Yaml::Boolean(*b),
        Value::Number(n) => match n.as_i64() {
            Some(i) => Yaml::Integer(i),
            None => Yaml::Real(n.to_string()),
        },
        Value::String(s) => Yaml::String(s.clone()),
        Value::Array(items) => Yaml::Array(items.iter().map(yaml).collect()),
        Value::Object(entries) => Yaml::Hash(
            entries
                .iter()
                .map(|(k, v)| (Yaml::String(k.clone()), yaml(v)))
                .collect(),
        ),
    }
}
