//! GitHub's REST description (OpenAPI 3.0, 13 MB), bound whole under the contract check: a
//! plain, faithful binding of every operation (path arguments by schema type, every required
//! query and header parameter, a required JSON body, `serde_json::Value` or `()` answers) and a
//! `Schema` type for every component must compile. The document is fetched with the npm client
//! and cached under `target/whole-document/` (see `phala_api_tests::whole`).

use phala_api_tests::whole::{GITHUB_PACKAGE, bindings, check_crate, github_document};

#[test]
fn every_operation_and_component_of_githubs_document_compiles_under_the_check() {
    let document = github_document().unwrap_or_else(|why| panic!("{why}"));
    let text = std::fs::read_to_string(&document).unwrap();
    let parsed: serde_json::Value = serde_json::from_str(&text).unwrap();
    let generated = bindings(&parsed, "openapi.json");
    // The pinned version's counts: a binding per operation, a type per component.
    assert_eq!(
        (generated.operations, generated.components),
        (1223, 969),
        "{GITHUB_PACKAGE}"
    );
    if let Err(errors) = check_crate("github", &document, &generated.source) {
        panic!("the bindings of GitHub's document do not compile under the check:\n{errors}");
    }
}

#[test]
fn mistakes_against_githubs_document_are_still_errors() {
    use phala_api_tests::whole::{
        GITHUB_HELPER_TYPES, GITHUB_MISTAKES, GITHUB_TYPE_LEVEL_MISTAKES, GITHUB_TYPE_MISTAKES,
        mistakes_source,
    };
    let document = github_document().unwrap_or_else(|why| panic!("{why}"));
    for (name, methods, types) in [
        ("github-mistakes", GITHUB_MISTAKES, GITHUB_TYPE_MISTAKES),
        (
            "github-type-mistakes",
            GITHUB_TYPE_LEVEL_MISTAKES,
            GITHUB_HELPER_TYPES,
        ),
    ] {
        let errors = match check_crate(name, &document, &mistakes_source(methods, types)) {
            Ok(()) => panic!("the mistakes of {name} compiled"),
            Err(errors) => errors,
        };
        for (_, expected) in methods.iter().chain(types) {
            assert!(
                errors.contains(expected),
                "{name}: no error says {expected:?}; the compiler said:\n{errors}"
            );
        }
    }
}
