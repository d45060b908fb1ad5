//! Writes the runtime crate's trimmed copy of the OpenAPI document from the repository's full
//! copy, and its YAML rendition: `cargo run -p phala-api-tests --bin trim-spec` (from the repository root).

use std::process::ExitCode;

use phala_api_tests::trim::{FULL, KMS_COPY, KMS_YAML, SUPPLEMENT, kms_copy_text, yaml_text};

fn main() -> ExitCode {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let read = |path: &str| {
        std::fs::read_to_string(root.join(path))
            .map_err(|error| format!("cannot read {path}: {error}"))
    };
    let (full, supplement) = match (read(FULL), read(SUPPLEMENT)) {
        (Ok(full), Ok(supplement)) => (full, supplement),
        (Err(error), _) | (_, Err(error)) => {
            eprintln!("{error}");
            return ExitCode::FAILURE;
        }
    };
    let copy = kms_copy_text(&full, &supplement);
    let yaml = yaml_text(&copy);
    for (path, text) in [(KMS_COPY, copy), (KMS_YAML, yaml)] {
        if let Err(error) = std::fs::write(root.join(path), text) {
            eprintln!("cannot write {path}: {error}");
            return ExitCode::FAILURE;
        }
        println!("wrote {path}");
    }
    ExitCode::SUCCESS
}
