//! Phala Cloud's KMS API: its schema types and two ready-made traits, written with
//! `#[phala_api::api]` and `#[api_endpoint]` exactly as a user would write them, each checked at
//! compile time against the crate's own copy of the document it binds.
//!
//! # Which trait
//!
//! Phala Cloud serves two shapes of the KMS API, chosen per request by `X-Phala-Version`:
//!
//! - [`contracts::KmsContractApi`] pins `2026-06-23`, the version Phala's SDKs default to now. A
//!   KMS is a *contract* ([`contracts::KmsContract`], `kc_…`) served by several nodes
//!   ([`contracts::KmsContractNode`]). Use it for new code.
//! - [`KmsApi`] pins `2026-05-22` ([`KMS_API_VERSION`]): every operation of the public
//!   document's KMS tag, where a KMS is one instance ([`KmsInfo`], `kms_…`), plus the pubkey,
//!   app-id, inspection and on-chain operations the contract API does not replace.
//!
//! The same paths answer differently by version: from `2026-06-23` on, `GET /api/v1/kms` lists
//! contracts rather than [`KmsInfo`] pages, and `GET /api/v1/kms/{slug}` returns a contract.
//! Each trait pins its version once, for every method, so a later server-side default cannot
//! change a shape under a compiled client.

pub mod contracts;
mod onchain;
mod types;

use serde::{Deserialize, Serialize};

pub use self::onchain::{DetailField, Link, OnChainDetail, OnChainError, OnChainKmsError};
pub use self::types::*;
use crate::{Api, ApiError, Client, Error, QueryParams, Schema, api_endpoint};

/// The `X-Phala-Version` that [`KmsApi`] pins; see the module documentation.
pub const KMS_API_VERSION: &str = "2026-05-22";

/// A KMS instance. Schema `KMSInfo`.
///
/// Unknown fields are ignored, since the API adds fields over time; nullable fields are `None`
/// whether the server sends `null` or leaves them out.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema("KMSInfo", spec = "openapi/phala-cloud-kms.json")]
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
    pub chain_id: Option<i64>,
    /// The smart-contract address, if the KMS is on-chain.
    #[serde(default)]
    pub kms_contract_address: Option<String>,
    /// The gateway application's id.
    #[serde(default)]
    pub gateway_app_id: Option<String>,
    /// The KMS's k256 public key, hex. Not in the public document; sent by the server
    /// (Phala's SDK: `js/src/types/kms_info.ts`).
    #[serde(default)]
    pub k256_pubkey: Option<String>,
}

/// Paging and filtering of [`KmsApi::list_kms`]; `None` leaves a parameter to the server's
/// default (page 1, 20 per page, on- and off-chain).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, QueryParams)]
pub struct ListKms {
    /// The page, from 1.
    pub page: Option<u32>,
    /// Items per page, 1 to 100.
    pub page_size: Option<u32>,
    /// Only on-chain (`true`) or only off-chain (`false`) instances.
    pub is_onchain: Option<bool>,
}

/// The documented errors of [`KmsApi::get_app_env_encrypt_pubkey`].
#[derive(Debug, Clone, PartialEq, Eq, ApiError)]
pub enum PubkeyError {
    /// 400: the app id is not 40 hex characters (with or without `0x`).
    #[status(400)]
    InvalidAppId(ErrorDetail),
    /// 404: no such KMS.
    #[status(404)]
    KmsNotFound(ErrorDetail),
    /// 500: the KMS could not be reached or failed.
    #[status(500)]
    KmsFailed(ErrorDetail),
    /// 422: the request was refused by validation.
    #[status(422)]
    Invalid(crate::HttpValidationError),
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
// The version pin, once for every method (see the module documentation).
#[phala_api::api(
    spec = "openapi/phala-cloud-kms.json",
    header("X-Phala-Version" = "2026-05-22")
)]
pub trait KmsApi: Api {
    /// Lists KMS instances, a page at a time. `GET /api/v1/kms`.
    #[api_endpoint(GET "/api/v1/kms")]
    async fn list_kms(&self, #[query] params: &ListKms) -> Result<KmsListResponse, Error>;

    /// Gets a KMS by hashed id (`kms_…`) or slug. `GET /api/v1/kms/{kms_id}`.
    #[api_endpoint(GET "/api/v1/kms/<kms_id>")]
    async fn get_kms_info(&self, kms_id: &str) -> Result<KmsInfo, Error>;

    /// Gets the public key that encrypts an app's environment variables, signed by the KMS.
    /// `GET /api/v1/kms/{kms_id}/pubkey/{app_id}`.
    #[api_endpoint(GET "/api/v1/kms/<kms_id>/pubkey/<app_id>")]
    async fn get_app_env_encrypt_pubkey(
        &self,
        kms_id: &str,
        app_id: &str,
    ) -> Result<AppEnvEncryptPubkey, Error<PubkeyError>>;

    /// Predicts the app ids of the workspace's next deployments (`counts`: 1 to 20, default 1).
    /// `GET /api/v1/kms/phala/next_app_id`.
    #[api_endpoint(GET "/api/v1/kms/phala/next_app_id")]
    async fn get_next_app_ids(&self, #[query] counts: Option<u32>) -> Result<NextAppIds, Error>;

    /// Inspects a KMS live: RPC, guest agent, TEE pods and on-chain state.
    /// `GET /api/v1/kms/{kms_id}/info`.
    #[api_endpoint(GET "/api/v1/kms/<kms_id>/info")]
    async fn inspect_kms(&self, kms_id: &str) -> Result<KmsInspectResponse, Error>;

    /// Lists the KMS contracts of a chain (e.g. `base`). `GET /api/v1/kms/on-chain/{chain}`.
    #[api_endpoint(GET "/api/v1/kms/on-chain/<chain>")]
    async fn get_onchain_kms(&self, chain: &str) -> Result<OnChainKmsResponse, Error>;

    /// Gets the KMS side of an app. `GET /api/v1/apps/{app_id}/kms-info`.
    #[api_endpoint(GET "/api/v1/apps/<app_id>/kms-info")]
    async fn get_app_kms_info(&self, app_id: &str) -> Result<AppKmsInfoResponse, Error>;
}

impl KmsApi for Client {}
