//! `src/generated.rs` is what the scaffold writes for this crate's copy of the document, with
//! the options the crate docs give: a change to either shows here, not as silent drift.
#![allow(clippy::unwrap_used, clippy::panic)] // a test fails loudly

use phala_api_scaffold::{Options, scaffold};

#[test]
fn the_module_is_what_the_scaffold_writes() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let document = std::fs::read(root.join("openapi/phala-cloud.json")).unwrap();
    let options = Options {
        spec: "openapi/phala-cloud.json".to_owned(),
        skip_tags: vec!["KMS".to_owned()],
        headers: vec![("X-Phala-Version".to_owned(), "2026-06-23".to_owned())],
        ..Options::default()
    };
    let written = scaffold(&document, &options).unwrap();
    assert_eq!((written.operations, written.left_out), (111, 0));
    let kept = std::fs::read_to_string(root.join("src/generated.rs")).unwrap();
    assert!(
        kept == written.source,
        "src/generated.rs is not what the scaffold writes now: regenerate it with the command \
         in the crate docs and read the diff"
    );
}
