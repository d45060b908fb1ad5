//! Writes the crates' copies of the OpenAPI document from the repository's full copy: the
//! runtime's trimmed copy and its YAML rendition, and `phala-cloud`'s copy with its supplement
//! merged in: `cargo run -p phala-api-tests --bin trim-spec` (from the repository root).

use std::process::ExitCode;

use phala_api_tests::cloud_copy::{CLOUD_COPY, CLOUD_SUPPLEMENT, cloud_copy_text};
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
    let cloud = match read(CLOUD_SUPPLEMENT)
        .map_err(|error| vec![error])
        .and_then(|cloud| cloud_copy_text(&full, &cloud))
    {
        Ok(cloud) => cloud,
        Err(errors) => {
            for error in errors {
                eprintln!("{CLOUD_SUPPLEMENT}: {error}");
            }
            return ExitCode::FAILURE;
        }
    };
    let copy = kms_copy_text(&full, &supplement);
    let yaml = yaml_text(&copy);
    for (path, text) in [(KMS_COPY, copy), (KMS_YAML, yaml), (CLOUD_COPY, cloud)] {
        if let Err(error) = std::fs::write(root.join(path), text) {
            eprintln!("cannot write {path}: {error}");
            return ExitCode::FAILURE;
        }
        println!("wrote {path}");
    }
    ExitCode::SUCCESS
}
