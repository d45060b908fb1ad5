//! The contract-centric KMS API, served from `X-Phala-Version: 2026-06-23`: a KMS *contract*
//! groups equivalent KMS nodes (replicas) that share one root key.
//!
//! These operations are not in Phala Cloud's public OpenAPI document. Their shapes are taken
//! from Phala's own SDKs (repository `Phala-Network/phala-cloud`): `js/src/types/kms_contract.ts`
//! for [`KmsContract`] and [`KmsContractNode`], `js/src/actions/kms/list_kms_contracts.ts`,
//! `get_kms_contract.ts` and `list_kms_contract_nodes.ts` for the operations. They are written
//! down in the crate's own document, `openapi/phala-cloud-kms-2026-06-23.json`, which the
//! trait and every type here are checked against at compile time.

use serde::{Deserialize, Serialize};

use crate::{Api, Client, Error, QueryParams, Schema, api_endpoint};

/// The `X-Phala-Version` that [`KmsContractApi`] pins.
pub const KMS_CONTRACT_API_VERSION: &str = "2026-06-23";

/// A KMS contract. Schema `KmsContract`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema("KmsContract", spec = "openapi/phala-cloud-kms-2026-06-23.json")]
pub struct KmsContract {
    /// Hashed contract identifier, `kc_…`.
    pub id: String,
    /// The contract's slug, if it has one.
    pub slug: Option<String>,
    /// A human-readable label.
    pub label: Option<String>,
    /// The contract's on-chain address, or `phala` for the off-chain KMS.
    pub contract_address: String,
    /// The chain id: 0 for the off-chain KMS.
    pub chain_id: i64,
    /// The k256 public key, hex: a verification anchor.
    pub k256_pubkey: Option<String>,
    /// The CA public key, hex: a verification anchor.
    pub ca_pubkey: Option<String>,
    /// How many nodes (replicas) serve the contract.
    pub node_count: i64,
}

impl KmsContract {
    /// Whether this is the off-chain KMS run by Phala (`contract_address` is `phala`).
    pub fn is_off_chain(&self) -> bool {
        self.contract_address == "phala"
    }
}

/// One page of KMS contracts. Schema `KmsContractListResponse`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(
    "KmsContractListResponse",
    spec = "openapi/phala-cloud-kms-2026-06-23.json"
)]
pub struct KmsContractListResponse {
    /// The contracts on this page.
    pub items: Vec<KmsContract>,
    /// The number of contracts over all pages.
    pub total: i64,
    /// This page's number, from 1.
    pub page: i64,
    /// The page size asked for.
    pub page_size: i64,
    /// The number of pages.
    pub pages: i64,
}

/// One KMS node (replica) of a contract. Schema `KmsContractNode`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema("KmsContractNode", spec = "openapi/phala-cloud-kms-2026-06-23.json")]
pub struct KmsContractNode {
    /// The node's identifier.
    pub id: String,
    /// The node's slug, if it has one.
    pub slug: Option<String>,
    /// The node's RPC URL.
    pub url: String,
    /// The KMS software version it runs.
    pub version: String,
    /// The kind of KMS.
    pub kms_type: String,
}

/// A contract's nodes. Schema `KmsContractNodeListResponse`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(
    "KmsContractNodeListResponse",
    spec = "openapi/phala-cloud-kms-2026-06-23.json"
)]
pub struct KmsContractNodeListResponse {
    /// The nodes.
    pub items: Vec<KmsContractNode>,
    /// How many there are.
    pub total: i64,
}

/// Paging and filtering of [`KmsContractApi::list_kms_contracts`]; `None` leaves a parameter to
/// the server's default.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, QueryParams)]
pub struct ListKmsContracts {
    /// The page, from 1.
    pub page: Option<u32>,
    /// Contracts per page, from 1.
    pub page_size: Option<u32>,
    /// Only on-chain (`true`) or only off-chain (`false`) contracts.
    pub is_onchain: Option<bool>,
}

/// Phala Cloud's KMS contract endpoints (`X-Phala-Version: 2026-06-23`), implemented for
/// [`Client`]. Use these for new code; [`KmsApi`](super::KmsApi) keeps the 2026-05-22 shapes,
/// where a KMS is one instance rather than a contract of nodes.
///
/// ```no_run
/// use phala_api::{Client, kms::contracts::KmsContractApi};
/// # async fn run() -> Result<(), phala_api::Error> {
/// let client = Client::from_env()?;
/// let contract = client.get_kms_contract("phala-prod").await?;
/// for node in client.list_kms_contract_nodes(&contract.id).await?.items {
///     println!("{} at {}", node.id, node.url);
/// }
/// # Ok(()) }
/// ```
#[phala_api::api(
    spec = "openapi/phala-cloud-kms-2026-06-23.json",
    header("X-Phala-Version" = "2026-06-23")
)]
pub trait KmsContractApi: Api {
    /// Lists KMS contracts, a page at a time. `GET /api/v1/kms`.
    #[api_endpoint(GET "/api/v1/kms")]
    async fn list_kms_contracts(
        &self,
        #[query] params: &ListKmsContracts,
    ) -> Result<KmsContractListResponse, Error>;

    /// Gets a KMS contract by slug (a `kc_…` id also resolves). `GET /api/v1/kms/{slug}`.
    #[api_endpoint(GET "/api/v1/kms/<slug>")]
    async fn get_kms_contract(&self, slug: &str) -> Result<KmsContract, Error>;

    /// Lists the nodes of a KMS contract. `GET /api/v1/kms/{slug}/nodes`.
    #[api_endpoint(GET "/api/v1/kms/<slug>/nodes")]
    async fn list_kms_contract_nodes(
        &self,
        slug: &str,
    ) -> Result<KmsContractNodeListResponse, Error>;
}

impl KmsContractApi for Client {}
