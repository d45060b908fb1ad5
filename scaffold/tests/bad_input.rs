//! Documents the scaffold cannot bind whole: a clear error naming the place (a JSON pointer),
//! or the operation left out with its reason in a comment; never a panic. And the command:
//! a non-zero exit on an error, and a module replaced whole or not at all.
#![allow(clippy::unwrap_used, clippy::panic)] // a test fails loudly

use std::process::Command;

use phala_api_scaffold::{Options, Problem, scaffold};
use proptest::prelude::*;
use serde_json::{Value, json};

fn run(document: &Value) -> Result<String, Problem> {
    let options = Options {
        spec: "openapi.json".to_owned(),
        ..Options::default()
    };
    scaffold(document.to_string().as_bytes(), &options).map(|written| written.source)
}

fn minimal(paths: Value, schemas: Value) -> Value {
    json!({"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": paths,
           "components": {"schemas": schemas}})
}

#[test]
fn what_is_no_document_says_so() {
    let options = Options::default();
    for (text, expected) in [
        ("{\"openapi\": ", "not a JSON document"),
        ("openapi: [3.1", "not a YAML document"),
        (
            "{\"swagger\": \"2.0\", \"paths\": {}}",
            "Swagger 2.0 (OpenAPI 2) is not read",
        ),
        (
            "{\"openapi\": \"4.0.0\", \"paths\": {}}",
            "OpenAPI 4.0.0 is not read",
        ),
        ("{\"openapi\": \"3.1.0\"}", "no `paths` object"),
    ] {
        let problem = scaffold(text.as_bytes(), &options).unwrap_err();
        assert!(problem.message.contains(expected), "{text}: {problem}");
        assert_eq!(problem.pointer, "", "{text}");
    }
}

#[test]
fn an_external_or_dangling_reference_is_named_by_its_pointer() {
    let answer = |reference: &str| {
        minimal(
            json!({"/a": {"get": {"responses": {"200": {"description": "x", "content":
                {"application/json": {"schema": {"$ref": reference}}}}}}}}),
            json!({}),
        )
    };
    let at = "#/paths/~1a/get/responses/200/content/application~1json/schema/$ref";
    let external = run(&answer("other.yaml#/components/schemas/A")).unwrap_err();
    assert_eq!(external.pointer, at);
    assert!(
        external.message.contains(
            "the external reference `other.yaml#/components/schemas/A` is not read: bundle"
        )
    );
    let dangling = run(&answer("#/components/schemas/Missing")).unwrap_err();
    assert_eq!(dangling.pointer, at);
    assert!(dangling.message.contains("points at nothing"), "{dangling}");
    assert_eq!(
        dangling.to_string(),
        format!(
            "at `{at}`: the reference `#/components/schemas/Missing` points at nothing in the document"
        )
    );
}

#[test]
fn a_selection_of_what_the_document_lacks_is_an_error() {
    let document = minimal(
        json!({"/a": {"get": {"tags": ["t"], "operationId": "a", "responses": {}}}}),
        json!({}),
    );
    let bytes = document.to_string();
    let tag = Options {
        tags: vec!["x".to_owned()],
        ..Options::default()
    };
    let problem = scaffold(bytes.as_bytes(), &tag).unwrap_err();
    assert_eq!(
        problem.message,
        "the document has no tag `x`: its tags are `t`"
    );
    let operation = Options {
        operations: vec!["b".to_owned()],
        ..Options::default()
    };
    let problem = scaffold(bytes.as_bytes(), &operation).unwrap_err();
    assert_eq!(
        problem.message,
        "the document has no operation with the `operationId` `b`"
    );
}

#[test]
fn a_header_no_request_can_carry_is_an_error() {
    let document = minimal(json!({"/a": {"get": {"responses": {}}}}), json!({}));
    for (name, value, expected) in [
        ("X-Api-Key", "k", "the API key is configured on the client"),
        ("X Version", "1", "invalid header name `X Version`"),
        ("X-Version", "a\nb", "cannot be sent"),
    ] {
        let options = Options {
            headers: vec![(name.to_owned(), value.to_owned())],
            ..Options::default()
        };
        let problem = scaffold(document.to_string().as_bytes(), &options).unwrap_err();
        assert!(problem.message.contains(expected), "{name}: {problem}");
    }
    let skip = Options {
        skip_tags: vec!["nope".to_owned()],
        ..Options::default()
    };
    let problem = scaffold(document.to_string().as_bytes(), &skip).unwrap_err();
    assert!(
        problem
            .message
            .starts_with("the document has no tag `nope`"),
        "{problem}"
    );
}

#[test]
fn what_cannot_be_bound_is_left_out_with_a_comment_and_odd_names_get_rust_ones() {
    let document = minimal(
        json!({
            "/a/{a b}": {"get": {"responses": {}}},
            "/b": {"post": {"requestBody": {"required": true, "content": {"text/plain": {}}}, "responses": {}}},
            "/c": {"get": {"responses": {"200": {"description": "x", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/$$$"}}}}}}}
        }),
        json!({"$$$": {"type": "object", "properties": {"%%": {"type": "string"}, "": {"type": "integer"}}}}),
    );
    let source = run(&document).unwrap();
    assert!(source.contains("/// Not bound: GET /a/{a b}: the path parameter `{a b}` has no name a Rust argument can carry."), "{source}");
    // A body of another media type is text (or bytes) sent as it is.
    assert!(
        source.contains("#[body(raw = \"text/plain\")]\n        body: &str,"),
        "{source}"
    );
    assert!(
        source.contains("async fn get_c(&self) -> Result<Schema, phala_api::Error>;"),
        "{source}"
    );
    assert!(source.contains("#[serde(rename = \"%%\")]"), "{source}");
    assert!(
        source.contains("pub field0: Option<i64>,") || source.contains("pub field1: Option<i64>,"),
        "{source}"
    );
}

/// Every node of `value` by its pointer, for mutations.
fn pointers(value: &Value, at: String, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                pointers(
                    child,
                    format!("{at}/{}", key.replace('~', "~0").replace('/', "~1")),
                    out,
                );
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                pointers(child, format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
    out.push(at);
}

fn replacement() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        Just(json!({})),
        Just(json!([])),
        Just(json!(true)),
        Just(json!(-1)),
        Just(json!("")),
        Just(json!({"$ref": "#/components/schemas/Node"})),
        Just(json!({"$ref": "#"})),
        Just(json!({"type": ["string", "null"], "enum": ["a", null, "A", "a"]})),
        Just(json!({"anyOf": [{"type": "null"}]})),
        Just(
            json!({"oneOf": [{"type": "object"}, {"type": "array", "items": {"$ref": "#/components/schemas/Hit"}}]})
        ),
        Just(
            json!({"allOf": [{"$ref": "#/components/schemas/Note"}, {"properties": {"self": {}}}]})
        ),
        Just(json!({"type": "integer", "minimum": 0, "maximum": 1e30})),
        "[a-z{}/ .$#~+-]{0,8}".prop_map(Value::from),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(
        std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(256)
    ))]

    /// A real document with a few nodes replaced or removed: the scaffold never panics, and
    /// what it writes is Rust.
    #[test]
    fn mutated_documents_never_panic(mutations in prop::collection::vec((any::<prop::sample::Index>(), replacement(), any::<bool>()), 1..5)) {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots/edges.json");
        let mut document: Value = serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap();
        for (index, value, remove) in mutations {
            let mut all = Vec::new();
            pointers(&document, String::new(), &mut all);
            let at = index.get(&all).clone();
            match at.rsplit_once('/') {
                Some((parent, key)) if remove => {
                    if let Some(Value::Object(map)) = document.pointer_mut(parent) {
                        map.remove(&key.replace("~1", "/").replace("~0", "~"));
                    }
                }
                _ => {
                    if let Some(node) = document.pointer_mut(&at) {
                        *node = value;
                    }
                }
            }
        }
        if let Ok(source) = run(&document) {
            prop_assert!(syn::parse_file(&source).is_ok(), "not Rust:\n{source}");
        }
    }
}

#[test]
fn the_command_exits_non_zero_and_leaves_the_old_module_whole() {
    let dir = std::env::temp_dir().join(format!("scaffold-command-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let output = dir.join("api.rs");
    std::fs::write(&output, "// the user's module\n").unwrap();
    let broken = dir.join("broken.json");
    std::fs::write(
        &broken,
        "{\"openapi\": \"3.1.0\", \"paths\": {\"/a\": {\"$ref\": \"x.json\"}}}",
    )
    .unwrap();
    let command = env!("CARGO_BIN_EXE_phala-api-scaffold");
    let failed = Command::new(command)
        .arg(&broken)
        .arg("-o")
        .arg(&output)
        .output()
        .unwrap();
    assert!(!failed.status.success());
    let stderr = String::from_utf8_lossy(&failed.stderr);
    assert!(
        stderr.contains("error: ")
            && stderr.contains("at `#/paths/~1a/$ref`: the external reference `x.json`"),
        "{stderr}"
    );
    assert_eq!(
        std::fs::read_to_string(&output).unwrap(),
        "// the user's module\n"
    );

    let good = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots/pets.yaml");
    let written = Command::new(command)
        .arg(&good)
        .arg("-o")
        .arg(&output)
        .args(["--spec", "pets.yaml"])
        .output()
        .unwrap();
    assert!(
        written.status.success(),
        "{}",
        String::from_utf8_lossy(&written.stderr)
    );
    let pinned = std::fs::read_to_string(good.with_file_name("pets.rs")).unwrap();
    assert_eq!(std::fs::read_to_string(&output).unwrap(), pinned);
    // Nothing else is left beside it (the temporary file was renamed into place).
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    names.sort();
    assert_eq!(names, ["api.rs", "broken.json"]);
    let _ = std::fs::remove_dir_all(&dir);
}
