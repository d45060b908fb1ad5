//! What the compile-time contract check cannot see. `KmsApi` carries
//! `spec = "openapi/phala-cloud-kms.json"`, so each of its methods is proven at compile time to
//! be an operation of the document with matching parameters, body and answer types. The
//! other direction is not a property of any one method: that every operation of the copy has
//! a method. The bindings' side is read from the descriptors the trait attribute lists.

use std::collections::BTreeSet;

use serde_json::Value;

/// `METHOD /template/<with>/<names>`.
fn spec_operations() -> BTreeSet<String> {
    let spec: Value =
        serde_json::from_str(include_str!("../../runtime/openapi/phala-cloud-kms.json")).unwrap();
    let mut operations = BTreeSet::new();
    for (path, item) in spec["paths"].as_object().unwrap() {
        for method in item.as_object().unwrap().keys() {
            let template = path.replace('{', "<").replace('}', ">");
            operations.insert(format!("{} {template}", method.to_uppercase()));
        }
    }
    operations
}

fn binding_operations() -> BTreeSet<String> {
    phala_api::kms::__KmsApi_endpoints()
        .into_iter()
        .map(|endpoint| format!("{} {}", endpoint.method, endpoint.template))
        .collect()
}

#[test]
fn every_operation_of_the_copy_has_a_binding() {
    let spec = spec_operations();
    assert_eq!(
        spec.len(),
        7,
        "the copy holds the KMS tag's seven operations"
    );
    let bindings = binding_operations();
    let unbound: Vec<_> = spec.difference(&bindings).collect();
    assert!(
        unbound.is_empty(),
        "operations without a KmsApi method: {unbound:#?}"
    );
}

/// Headers are not part of the document: the version pin is checked here.
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
