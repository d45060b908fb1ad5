//! Phala Cloud's API as checked Rust bindings: a trait per tag of its public OpenAPI document
//! (`openapi/phala-cloud.json`, this crate's copy), each method an `#[api_endpoint]` of
//! [phala-api](https://docs.rs/phala-api) checked against the document at compile time, and
//! a `Schema` type per component the operations reach.
//!
//! The KMS operations are `phala_api`'s own traits, reused here: [`kms`]. Kept by hand
//! beside the generated module: [`CvmStates`], a CVM's state once or as a stream of events
//! (the document leaves it `{}`; the shapes are the SDK's).
//!
//! ```no_run
//! use phala_cloud::{Client, SshKeys};
//!
//! # async fn keys() -> Result<(), Box<dyn std::error::Error>> {
//! let client = Client::from_env()?; // PHALA_CLOUD_API_KEY, PHALA_CLOUD_API_PREFIX
//! for key in client.list_ssh_keys().await? {
//!     println!("{} {}", key.name, key.fingerprint);
//! }
//! # Ok(())
//! # }
//! ```
//!
//! # How it is built
//!
//! `src/generated.rs` is what `phala-api-scaffold` writes for the document, with every trait
//! pinned to `X-Phala-Version: 2026-06-23` (the version Phala's SDKs default to):
//!
//! ```text
//! cargo run -p phala-api-scaffold -- cloud/openapi/phala-cloud.json \
//!     --spec openapi/phala-cloud.json --skip-tag KMS \
//!     --header X-Phala-Version=2026-06-23 -o cloud/src/generated.rs
//! ```
//!
//! A test says when the module and the scaffold's output part (regenerate it, read the diff),
//! and another when this copy of the document and the repository's part.

// The document leaves some properties and operations undescribed: their items carry what it
// says, which is sometimes nothing.
// Kept as the scaffold writes it (prettyplease), so the test can compare it byte for byte.
#[allow(missing_docs)]
#[rustfmt::skip]
mod generated;

mod names;
mod paging;
mod state;

pub use generated::*;
pub use names::{App, AppFull, AppList, CvmInfo};
pub use paging::Every;
pub use phala_api::kms;
pub use phala_api::{Client, Error};
pub use state::{CvmState, CvmStateEvent, CvmStates};
