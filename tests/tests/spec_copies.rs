//! The project's copies of Phala Cloud's OpenAPI document are current: the repository's full
//! copy (`spec/phala-cloud-openapi.json`) is the document beside the repository when there is
//! one, and the runtime crate's trimmed copy (`runtime/openapi/phala-cloud-kms.json`, which
//! its bindings are checked against at compile time) is what `trim-spec` makes of it.

use std::path::Path;

use phala_api_tests::cloud_copy::{CLOUD_COPY, CLOUD_SUPPLEMENT, cloud_copy_text};
use phala_api_tests::trim::{FULL, KMS_COPY, KMS_YAML, SUPPLEMENT, kms_copy_text, yaml_text};

fn root() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/.."))
}

fn read(path: impl AsRef<Path>) -> String {
    let path = root().join(path);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn the_trimmed_copy_is_generated_from_the_full_one() {
    assert!(
        read(KMS_COPY) == kms_copy_text(&read(FULL), &read(SUPPLEMENT)),
        "{KMS_COPY} is stale: run `cargo run -p phala-api-tests --bin trim-spec`"
    );
}

#[test]
fn the_yaml_copy_is_the_trimmed_one() {
    assert!(
        read(KMS_YAML) == yaml_text(&read(KMS_COPY)),
        "{KMS_YAML} is stale: run `cargo run -p phala-api-tests --bin trim-spec`"
    );
}

/// A supplemented property the document has come to document is stale: the document wins.
#[test]
fn the_supplement_adds_only_what_the_document_lacks() {
    let full: serde_json::Value = serde_json::from_str(&read(FULL)).unwrap();
    let supplement: serde_json::Value = serde_json::from_str(&read(SUPPLEMENT)).unwrap();
    for (name, patch) in supplement["components"]["schemas"].as_object().unwrap() {
        let documented = &full["components"]["schemas"][name]["properties"];
        assert!(
            documented.is_object(),
            "{name} is not a schema of the document"
        );
        for property in patch["properties"].as_object().unwrap().keys() {
            assert!(
                documented[property].is_null(),
                "{name}.{property} is documented now: drop it from {SUPPLEMENT}"
            );
        }
    }
}

#[test]
fn the_full_copy_is_the_published_document() {
    // The document is published beside the repository in the project's workspace; a clone
    // elsewhere has only the copy, and nothing to compare it with.
    let published = root().join("../shared/spec/phala-cloud-openapi.json");
    let Ok(published) = std::fs::read_to_string(&published) else {
        eprintln!("no published document beside the repository: nothing to compare");
        return;
    };
    assert!(
        read(FULL) == published,
        "{FULL} is stale: copy the published document over it, then run `trim-spec`"
    );
}

/// `phala-cloud`'s copy (its bindings are checked against it at compile time) is the
/// repository's full copy with the crate's supplement merged in, and the merge adds to the
/// document without rewriting it.
#[test]
fn the_cloud_crates_copy_is_the_full_one_supplemented() {
    let merged = cloud_copy_text(&read(FULL), &read(CLOUD_SUPPLEMENT))
        .unwrap_or_else(|errors| panic!("{CLOUD_SUPPLEMENT}:\n{}", errors.join("\n")));
    assert!(
        read(CLOUD_COPY) == merged,
        "{CLOUD_COPY} is stale: run `cargo run -p phala-api-tests --bin trim-spec`, then \
         regenerate cloud/src/generated.rs (see the phala-cloud crate docs)"
    );
}
