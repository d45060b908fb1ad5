//! The module the scaffold writes for small documents, pinned: `tests/snapshots/NAME.rs` is the
//! scaffold of `NAME.yaml` or `NAME.json` (refresh with `SCAFFOLD_SNAPSHOTS=overwrite`, and
//! read the diff). That each compiles under the check is `phala-api-tests`'s `scaffold` test.

#![allow(clippy::unwrap_used, clippy::panic)] // a test fails loudly

use std::path::Path;
use phala_api_scaffold::{Options, scaffold};

fn snapshot(document: &str) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots");
    let bytes = std::fs::read(dir.join(document)).unwrap();
    let options = Options {
        spec: document.to_owned(),
        ..Options::default()
    };
    let written = scaffold(&bytes, &options).unwrap().source;
    // The same document writes the same bytes.
    assert_eq!(written, scaffold(&bytes, &options).unwrap().source);
    let stem = document.rsplit_once('.').map_or(document, |(stem, _)| stem);
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
    snapshot("pets.yaml");
}

#[test]
fn edges() {
    snapshot("edges.json");
}
