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
