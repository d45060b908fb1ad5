//! The scaffold's round trip: the module it writes for a whole document compiles under the
//! contract check unmodified (Phala Cloud's document, and GitHub's REST description), and a
//! scaffolded method, once mutated, no longer does.

use phala_api_scaffold::{Options, scaffold};
use phala_api_tests::whole::{check_crate, github_document, workspace};

fn options() -> Options {
    Options {
        spec: "openapi.json".to_owned(),
        ..Options::default()
    }
}

fn phala() -> (std::path::PathBuf, String) {
    let document = workspace().join("spec/phala-cloud-openapi.json");
    let bytes = std::fs::read(&document).unwrap();
    let written = scaffold(&bytes, &options()).unwrap();
    // Every operation of the document, none left out.
    assert_eq!((written.operations, written.left_out), (102, 0));
    (document, written.source)
}

#[test]
fn phala_clouds_document_scaffolds_to_bindings_that_compile_under_the_check() {
    let (document, source) = phala();
    if let Err(errors) = check_crate("scaffold-phala", &document, &source) {
        panic!("the scaffolded Phala Cloud module does not compile:\n{errors}");
    }
}

#[test]
fn githubs_document_scaffolds_to_bindings_that_compile_under_the_check() {
    let document = github_document().unwrap_or_else(|why| panic!("{why}"));
    let bytes = std::fs::read(&document).unwrap();
    let written = scaffold(&bytes, &options()).unwrap();
    assert_eq!((written.operations, written.left_out), (1223, 0));
    if let Err(errors) = check_crate("scaffold-github", &document, &written.source) {
        panic!("the scaffolded GitHub module does not compile:\n{errors}");
    }
}

/// The small documents whose scaffolds the scaffold crate pins compile under the check too,
/// with `Option` answers where a 404 is documented as well.
#[test]
fn the_snapshot_documents_scaffold_to_bindings_that_compile_under_the_check() {
    let variants = [
        ("pets.yaml", "plain", options()),
        (
            "pets.yaml",
            "404-header",
            Options {
                option_on_404: true,
                skip_tags: vec!["photos".to_owned()],
                headers: vec![("X-Api-Version".to_owned(), "2024-01-01".to_owned())],
                ..options()
            },
        ),
        ("edges.json", "plain", options()),
        ("fastapi.json", "plain", options()),
    ];
    for (document, variant, options) in variants {
        let path = workspace().join("scaffold/tests/snapshots").join(document);
        let written = scaffold(&std::fs::read(&path).unwrap(), &options).unwrap();
        let name = format!("scaffold-{}-{variant}", document.replace('.', "-"));
        if let Err(errors) = check_crate(&name, &path, &written.source) {
            panic!("the scaffold of {document} does not compile:\n{errors}");
        }
    }
}

/// A scaffolded module is the user's to edit, and still checked: a query renamed and a field
/// retyped by hand are errors.
#[test]
fn a_mutated_scaffold_is_a_compile_error() {
    let (document, source) = phala();
    let mutations = [
        (
            "#[query(\"page_size\")]",
            "#[query(\"page_sise\")]",
            "documents no query parameter `page_sise`: did you mean `page_size`?",
        ),
        (
            "pub disk_size: i64,",
            "pub disk_size: String,",
            "the property `disk_size` of `MachineInfo` is `integer`, which a string does not hold",
        ),
    ];
    let mut mutated = source.clone();
    for (from, to, _) in mutations {
        assert!(
            mutated.contains(from),
            "the scaffold no longer writes {from}"
        );
        mutated = mutated.replacen(from, to, 1);
    }
    let errors = match check_crate("scaffold-phala-mutated", &document, &mutated) {
        Ok(()) => panic!("the mutated scaffold compiled"),
        Err(errors) => errors,
    };
    for (_, _, expected) in mutations {
        assert!(
            errors.contains(expected),
            "no error says {expected:?}:\n{errors}"
        );
    }
}
