//! Writes the runtime crate's trimmed copy of the OpenAPI document from the repository's full
//! copy: `cargo run -p phala-api-tests --bin trim-spec` (from the repository root).

use std::process::ExitCode;

use phala_api_tests::trim::{FULL, KMS_COPY, kms_copy_text};

fn main() -> ExitCode {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let full = match std::fs::read_to_string(root.join(FULL)) {
        Ok(full) => full,
        Err(error) => {
            eprintln!("cannot read {FULL}: {error}");
            return ExitCode::FAILURE;
        }
    };
    match std::fs::write(root.join(KMS_COPY), kms_copy_text(&full)) {
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
