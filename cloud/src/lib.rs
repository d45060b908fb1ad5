//! Phala Cloud's API as checked Rust bindings: a trait per tag, each method an
//! `#[api_endpoint]` of [phala-api](https://docs.rs/phala-api) checked at compile time against
//! this crate's copy of the document (`openapi/phala-cloud.json`), and a `Schema` type per
//! component the operations reach. Every trait pins `X-Phala-Version: 2026-06-23`.
//!
//! The copy is Phala Cloud's public OpenAPI document with a supplement merged in
//! (`openapi/supplement.json`): the operations Phala's SDKs call that the document lacks
//! ([`Auth`], [`Workspaces`], [`Nodes`], [`OsImages`] and six of [`Cvms`]), answers the
//! document leaves untyped where the SDKs type them, the answers it gives as one alternative
//! per API version narrowed to the 2026-06-23 one, and the SDKs' method names. Each shape names
//! the SDK file it comes from. An answer nobody types is `serde_json::Value`, and its method's
//! docs say so.
//!
//! The KMS operations are `phala_api`'s own traits, reused here: [`kms`]. Kept by hand beside
//! the generated module: [`CvmStates`], a CVM's state once or as a stream of events; [`Every`],
//! the paged lists as streams; and the SDKs' names for the per-version models ([`CvmInfo`],
//! [`App`], [`AppList`], [`AppFull`]).
//!
//! ```no_run
//! use futures_util::TryStreamExt;
//! use phala_cloud::{Client, Cvms, Every, SshKeys};
//!
//! # async fn keys() -> Result<(), Box<dyn std::error::Error>> {
//! let client = Client::from_env()?; // PHALA_CLOUD_API_KEY, PHALA_CLOUD_API_PREFIX
//! for key in client.list_ssh_keys().await? {
//!     println!("{} {}", key.name, key.fingerprint);
//! }
//! let cvms: Vec<_> = client.every_cvm(50).try_collect().await?;
//! if let Some(first) = cvms.first() {
//!     println!("{}", client.get_cvm_info(&first.id).await?.status);
//! }
//! # Ok(())
//! # }
//! ```
//!
//! # How it is built
//!
//! `cargo run -p phala-api-tests --bin trim-spec` merges the supplement into the copy;
//! `src/generated.rs` is what `phala-api-scaffold` writes for the copy:
//!
//! ```text
//! cargo run -p phala-api-scaffold -- cloud/openapi/phala-cloud.json \
//!     --spec openapi/phala-cloud.json --skip-tag KMS \
//!     --header X-Phala-Version=2026-06-23 -o cloud/src/generated.rs
//! ```
//!
//! Tests say when the module and the scaffold's output part (regenerate it, read the diff), and
//! when the copy is not the repository's document with the supplement merged.

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
