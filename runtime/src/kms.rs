//! Phala Cloud's KMS API: its schema types and the ready-made [`KmsApi`] trait.
//!
//! The trait is written with `#[api_endpoint]` itself, exactly as a user would write it.

use std::borrow::Cow;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::{Api, Client, Error, PathParam, api_endpoint};

/// The `X-Phala-Version` that [`KmsApi`] pins: from `2026-06-23` on, `GET /api/v1/kms/{kms_id}`
/// answers with a different shape, which [`KmsInfo`] does not describe.
pub const KMS_API_VERSION: &str = "2026-05-22";

/// A KMS instance. Schema `KMSInfo`.
///
/// Unknown fields are ignored, since the API adds fields over time; nullable fields are `None`
/// whether the server sends `null` or leaves them out.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct KmsInfo {
    /// Hashed KMS identifier, `kms_…`.
    pub id: String,
    /// Human-readable name.
    #[serde(default)]
    pub slug: Option<String>,
    /// The KMS endpoint URL.
    pub url: String,
    /// The KMS software version (free text, not necessarily semver).
    pub version: String,
    /// The chain id, if the KMS is on-chain.
    #[serde(default)]
    pub chain_id: Option<u64>,
    /// The smart-contract address, if the KMS is on-chain.
    #[serde(default)]
    pub kms_contract_address: Option<String>,
    /// The gateway application's id.
    #[serde(default)]
    pub gateway_app_id: Option<String>,
}

/// A KMS id (`kms_…`) or slug, usable wherever a path takes one.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct KmsId(pub String);

impl PathParam for KmsId {
    fn path_value(&self) -> Cow<'_, str> {
        Cow::Borrowed(&self.0)
    }
}

impl fmt::Display for KmsId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<&str> for KmsId {
    fn from(id: &str) -> Self {
        KmsId(id.to_owned())
    }
}

/// Phala Cloud's KMS endpoints, implemented for [`Client`].
///
/// ```no_run
/// use phala_api::{Client, kms::KmsApi};
/// # async fn run() -> Result<(), phala_api::Error> {
/// let client = Client::from_env()?;
/// let kms = client.get_kms_info("kms_0123abcd").await?;
/// println!("{} runs {}", kms.id, kms.version);
/// # Ok(()) }
/// ```
pub trait KmsApi: Api {
    /// Gets a KMS by hashed id (`kms_…`) or slug. `GET /api/v1/kms/{kms_id}`.
    #[api_endpoint(GET "/api/v1/kms/<kms_id>", header("X-Phala-Version" = "2026-05-22"))]
    async fn get_kms_info(&self, kms_id: &str) -> Result<KmsInfo, Error>;
}

impl KmsApi for Client {}
