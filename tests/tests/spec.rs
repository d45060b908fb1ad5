//! The bindings cannot drift from the spec: every KMS operation of the project's copy of the
//! spec (`runtime/openapi/phala-cloud-kms.json`) has a `KmsApi` method with the same HTTP method,
//! path template and path-parameter names, and every method has an operation. The bindings'
//! side is read from the descriptors the expansion records, not from source text.

use std::collections::BTreeSet;

use serde_json::Value;

/// `(METHOD, template with <names>, sorted path parameter names)`.
type Operation = (String, String, Vec<String>);

fn spec_operations() -> BTreeSet<Operation> {
    let spec: Value =
        serde_json::from_str(include_str!("../../runtime/openapi/phala-cloud-kms.json")).unwrap();
    let mut operations = BTreeSet::new();
    for (path, item) in spec["paths"].as_object().unwrap() {
        for (method, operation) in item.as_object().unwrap() {
            let template = path.replace('{', "<").replace('}', ">");
            let mut params: Vec<String> = operation["parameters"]
                .as_array()
                .map(|params| {
                    params
                        .iter()
                        .filter(|p| p["in"] == "path")
                        .map(|p| p["name"].as_str().unwrap().to_owned())
                        .collect()
                })
                .unwrap_or_default();
            params.sort();
            operations.insert((method.to_uppercase(), template, params));
        }
    }
    operations
}

fn binding_operations() -> BTreeSet<Operation> {
    phala_api::kms::__KmsApi_endpoints()
        .into_iter()
        .map(|endpoint| {
            let mut params: Vec<String> = endpoint.placeholders().map(str::to_owned).collect();
            params.sort();
            (
                endpoint.method.as_str().to_owned(),
                endpoint.template.to_owned(),
                params,
            )
        })
        .collect()
}

#[test]
fn every_spec_operation_has_a_binding_and_back() {
    let spec = spec_operations();
    let bindings = binding_operations();
    assert_eq!(
        spec.len(),
        7,
        "the fixture holds the KMS tag's seven operations"
    );
    let unbound: Vec<_> = spec.difference(&bindings).collect();
    let unknown: Vec<_> = bindings.difference(&spec).collect();
    assert!(
        unbound.is_empty(),
        "spec operations without a KmsApi method: {unbound:#?}"
    );
    assert!(
        unknown.is_empty(),
        "KmsApi methods without a spec operation: {unknown:#?}"
    );
}

#[test]
fn every_binding_pins_the_version() {
    for endpoint in phala_api::kms::__KmsApi_endpoints() {
        let headers: Vec<(&str, &[u8])> = endpoint
            .headers
            .iter()
            .map(|(name, value)| (name.as_str(), value.as_bytes()))
            .collect();
        assert_eq!(
            headers,
            [(
                "x-phala-version",
                phala_api::kms::KMS_API_VERSION.as_bytes()
            )],
            "{}",
            endpoint.name
        );
    }
}
