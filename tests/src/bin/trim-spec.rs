//! Writes the runtime crate's trimmed copy of the OpenAPI document from the repository's full
//! copy: `cargo run -p phala-api-tests --bin trim-spec` (from the repository root).

use std::process::ExitCode;

use phala_api_tests::trim::{FULL, KMS_COPY, SUPPLEMENT, kms_copy_text};

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
    match std::fs::write(root.join(KMS_COPY), kms_copy_text(&full, &supplement)) {
        Ok(()) => {
            println!("wrote {KMS_COPY}");
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("cannot write {KMS_COPY}: {error}");
            ExitCode::FAILURE
        }
    }
}
