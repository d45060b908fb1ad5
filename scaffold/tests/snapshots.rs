//! The module the scaffold writes for small documents, pinned: `tests/snapshots/NAME.rs` is a
//! scaffold of `NAME.yaml` or `NAME.json` (with options, `NAME-OPTIONS.rs`) (refresh with `SCAFFOLD_SNAPSHOTS=overwrite`, and
//! read the diff). That each compiles under the check is `phala-api-tests`'s `scaffold` test.

#![allow(clippy::unwrap_used, clippy::panic)] // a test fails loudly

use phala_api_scaffold::{Options, scaffold};
use std::path::Path;

fn snapshot(document: &str, stem: &str, options: Options) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots");
    let bytes = std::fs::read(dir.join(document)).unwrap();
    let options = Options {
        spec: document.to_owned(),
        ..options
    };
    let written = scaffold(&bytes, &options).unwrap().source;
    // The same document writes the same bytes.
    assert_eq!(written, scaffold(&bytes, &options).unwrap().source);
    let pinned = dir.join(format!("{stem}.rs"));
    if std::env::var_os("SCAFFOLD_SNAPSHOTS").is_some_and(|v| v == "overwrite") {
        std::fs::write(&pinned, &written).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&pinned).unwrap_or_default();
    assert!(
        written == expected,
        "the scaffold of {document} differs from {}: refresh with SCAFFOLD_SNAPSHOTS=overwrite \
         and read the diff\n--- written ---\n{written}",
        pinned.display()
    );
}

#[test]
fn pets() {
    snapshot("pets.yaml", "pets", Options::default());
}

#[test]
fn edges() {
    snapshot("edges.json", "edges", Options::default());
}

/// `--option-on-404`, `--tag`: a 404 is `Ok(None)` where one is documented; only the tag's
/// operations, and only the types they reach.
#[test]
fn pets_with_options() {
    let options = Options {
        option_on_404: true,
        tags: vec!["pets".to_owned()],
        ..Options::default()
    };
    snapshot("pets.yaml", "pets-404-tag", options);
}

/// `--operation`: one operation, the types it reaches.
#[test]
fn one_operation() {
    let options = Options {
        operations: vec!["tree".to_owned()],
        ..Options::default()
    };
    snapshot("edges.json", "edges-tree", options);
}

/// `--skip-tag`, `--header`: another tag's operations left out, a fixed header on every trait.
#[test]
fn pets_with_a_header_without_photos() {
    let options = Options {
        skip_tags: vec!["photos".to_owned()],
        headers: vec![("X-Api-Version".to_owned(), "2024-01-01".to_owned())],
        ..Options::default()
    };
    snapshot("pets.yaml", "pets-header-skip", options);
}

/// FastAPI's spellings: models that share a name are told apart by their shortest distinct
/// module-path tail (`V1SchemasItem`, `BillingItem`); an error enum two operations share is
/// named after its variants, one only one returns after it; an untyped answer says so.
#[test]
fn fastapi() {
    snapshot("fastapi.json", "fastapi", Options::default());
}
