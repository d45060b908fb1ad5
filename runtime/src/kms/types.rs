//! The schema types of the KMS endpoints, named as in Rust, the spec's name in each doc comment.
//!
//! The same tolerance rules everywhere: required fields are required, nullable fields are
//! `Option` (absent and `null` both give `None`, unless the spec requires the field), fields the
//! API adds later are ignored, and enums keep unknown values instead of failing.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::KmsInfo;
use crate::Schema;

/// One page of KMS instances. Schema `KmsListResponse`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema("KmsListResponse", spec = "openapi/phala-cloud-kms.json")]
pub struct KmsListResponse {
    /// The KMS instances on this page.
    pub items: Vec<KmsInfo>,
    /// The number of instances over all pages.
    pub total: i64,
    /// This page's number, from 1.
    pub page: i64,
    /// The page size asked for.
    pub page_size: i64,
    /// The number of pages.
    pub pages: i64,
}

/// The public key that encrypts an app's environment variables, signed by the KMS.
///
/// The spec declares this response untyped; the shape is the one Phala's SDKs decode.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AppEnvEncryptPubkey {
    /// The public key, hex.
    pub public_key: String,
    /// The KMS's signature over the key, hex.
    pub signature: String,
}

/// App ids the next deployments of the workspace will get.
///
/// The spec declares this response untyped; the shape is the one Phala's SDKs decode.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct NextAppIds {
    /// One entry per predicted deployment, in order.
    #[serde(default)]
    pub app_ids: Vec<NextAppId>,
}

/// One predicted app id.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct NextAppId {
    /// The app id, hex.
    pub app_id: String,
    /// The deployer nonce it is derived from.
    pub nonce: u64,
}

/// A KMS inspected live: its RPC, guest agent, TEE pods and on-chain state. Schema
/// `KmsInspectResponse`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema("KmsInspectResponse", spec = "openapi/phala-cloud-kms.json")]
pub struct KmsInspectResponse {
    /// Hashed KMS identifier, `kms_…`.
    pub id: String,
    /// Human-readable name (required, may be `null`).
    #[serde(deserialize_with = "Option::deserialize")]
    pub slug: Option<String>,
    /// The KMS endpoint.
    pub endpoint: String,
    /// The KMS kind.
    pub kms_type: String,
    /// The version recorded in the database.
    pub db_version: String,
    /// The KMS's own RPC answer, when it could be reached.
    #[serde(default)]
    pub rpc: Option<KmsRpcInfo>,
    /// Why the RPC could not be reached.
    #[serde(default)]
    pub rpc_error: Option<String>,
    /// The guest agent's answer, when it could be reached.
    #[serde(default)]
    pub guest_agent: Option<GuestAgentInfo>,
    /// Why the guest agent could not be reached.
    #[serde(default)]
    pub guest_agent_error: Option<String>,
    /// The TEE pods served by this KMS.
    #[serde(default)]
    pub teepods: Vec<TeepodInfo>,
    /// The on-chain state, for an on-chain KMS.
    #[serde(default)]
    pub on_chain: Option<OnChainInfo>,
}

/// What a KMS says about itself over RPC. Schema `KmsRpcInfo`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema("KmsRpcInfo", spec = "openapi/phala-cloud-kms.json")]
pub struct KmsRpcInfo {
    /// The KMS software version.
    pub version: String,
    /// Whether it is a development build.
    pub is_dev: bool,
    /// The chain id, if on-chain.
    #[serde(default)]
    pub chain_id: Option<i64>,
    /// The KMS contract address, if on-chain.
    #[serde(default)]
    pub kms_contract_address: Option<String>,
    /// The gateway application's id.
    #[serde(default)]
    pub gateway_app_id: Option<String>,
    /// The keys and attestation sizes it booted with.
    pub bootstrap_info: BootstrapInfo,
    /// Whether the database version matches the running one.
    pub version_synced: bool,
}

/// The keys a KMS booted with and the sizes of its attestation. Schema `BootstrapInfoOut`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema("BootstrapInfoOut", spec = "openapi/phala-cloud-kms.json")]
pub struct BootstrapInfo {
    /// The k256 public key, hex.
    pub k256_pubkey: String,
    /// The CA public key, hex.
    pub ca_pubkey: String,
    /// The attestation quote's length in bytes.
    pub quote_length: i64,
    /// The event log's length in bytes.
    pub eventlog_length: i64,
}

/// The same keys and sizes as registered on chain. Schema `OnChainKmsInfo` (the fields of
/// `BootstrapInfoOut`, under another name).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema("OnChainKmsInfo", spec = "openapi/phala-cloud-kms.json")]
pub struct OnChainKmsInfo {
    /// The k256 public key, hex.
    pub k256_pubkey: String,
    /// The CA public key, hex.
    pub ca_pubkey: String,
    /// The attestation quote's length in bytes.
    pub quote_length: i64,
    /// The event log's length in bytes.
    pub eventlog_length: i64,
}

/// What the KMS's guest agent reports. Schema `GuestAgentInfo`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema("GuestAgentInfo", spec = "openapi/phala-cloud-kms.json")]
pub struct GuestAgentInfo {
    /// The TEE device id.
    pub device_id: String,
    /// The aggregated measurement.
    #[serde(default)]
    pub mr_aggregated: Option<String>,
    /// The OS image hash.
    #[serde(default)]
    pub os_image_hash: Option<String>,
    /// The instance id.
    #[serde(default)]
    pub instance_id: Option<String>,
    /// The app id.
    #[serde(default)]
    pub app_id: Option<String>,
    /// The key provider's measurement.
    #[serde(default)]
    pub mr_key_provider: Option<String>,
    /// The compose hash.
    #[serde(default)]
    pub compose_hash: Option<String>,
}

/// A TEE pod (node) served by a KMS. Schema `TeepodInfo`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema("TeepodInfo", spec = "openapi/phala-cloud-kms.json")]
pub struct TeepodInfo {
    /// The pod's id.
    pub id: i64,
    /// The pod's name.
    pub name: String,
    /// The version recorded in the database.
    #[serde(default)]
    pub teepod_version_db: Option<String>,
    /// The version the pod reports.
    #[serde(default)]
    pub teepod_version_real: Option<String>,
    /// The KMS URL the pod uses.
    #[serde(default)]
    pub kms_url: Option<String>,
    /// Every KMS URL the pod knows.
    #[serde(default)]
    pub kms_urls: Vec<String>,
    /// The OS images the pod offers.
    #[serde(default)]
    pub available_os_images: Vec<TeepodImageInfo>,
    /// Why the pod could not be inspected.
    #[serde(default)]
    pub error: Option<String>,
}

/// An OS image a TEE pod offers. Schema `TeepodImageInfo`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema("TeepodImageInfo", spec = "openapi/phala-cloud-kms.json")]
pub struct TeepodImageInfo {
    /// The image name.
    pub name: String,
    /// The image version.
    pub version: String,
    /// Whether it is a development image.
    pub is_dev: bool,
}

/// A KMS's on-chain registration and how it compares with the live KMS. Schema `OnChainInfo`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema("OnChainInfo", spec = "openapi/phala-cloud-kms.json")]
pub struct OnChainInfo {
    /// The keys registered on chain.
    #[serde(default)]
    pub kms_info: Option<OnChainKmsInfo>,
    /// The gateway app id registered on chain.
    #[serde(default)]
    pub gateway_app_id: Option<String>,
    /// The contract owner.
    #[serde(default)]
    pub owner: Option<String>,
    /// Each comparison between chain and KMS.
    #[serde(default)]
    pub verification: OnChainVerification,
    /// Why the chain could not be read.
    #[serde(default)]
    pub error: Option<String>,
}

/// Comparisons between the chain and the live KMS; `None` when not checked. Schema
/// `OnChainVerification`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema("OnChainVerification", spec = "openapi/phala-cloud-kms.json")]
pub struct OnChainVerification {
    /// The k256 keys match.
    #[serde(default)]
    pub k256_pubkey_match: Option<bool>,
    /// The CA keys match.
    #[serde(default)]
    pub ca_pubkey_match: Option<bool>,
    /// The gateway app ids match.
    #[serde(default)]
    pub gateway_app_id_match: Option<bool>,
    /// The device is allowed on chain.
    #[serde(default)]
    pub device_id_allowed: Option<bool>,
    /// The OS image is allowed on chain.
    #[serde(default)]
    pub os_image_allowed: Option<bool>,
    /// The aggregated measurement is allowed on chain.
    #[serde(default)]
    pub mr_aggregated_allowed: Option<bool>,
}

/// The KMS contracts of one chain. Schema `OnChainKmsResponse`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema("OnChainKmsResponse", spec = "openapi/phala-cloud-kms.json")]
pub struct OnChainKmsResponse {
    /// The chain's name, e.g. `base`.
    pub chain_name: String,
    /// The chain id.
    pub chain_id: i64,
    /// The KMS contracts deployed on it.
    pub contracts: Vec<OnChainKmsContract>,
}

/// One KMS contract and what it allows. Schema `OnChainKmsContractOut`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema("OnChainKmsContractOut", spec = "openapi/phala-cloud-kms.json")]
pub struct OnChainKmsContract {
    /// The contract address.
    pub contract_address: String,
    /// The chain id.
    pub chain_id: i64,
    /// The chain's name.
    pub chain_name: String,
    /// The devices it knows.
    pub devices: Vec<OnChainDevice>,
    /// The OS images it knows.
    pub os_images: Vec<OnChainOsImage>,
    /// The KMS's k256 public key, hex. Not in the public document; sent by the server
    /// (Phala's SDK: `js/src/actions/kms/get_kms_onchain_detail.ts`).
    #[serde(default)]
    pub k256_pubkey: Option<String>,
    /// The KMS's CA public key, hex (same source).
    #[serde(default)]
    pub ca_pubkey: Option<String>,
    /// The gateway contract's address (same source).
    #[serde(default)]
    pub gateway_contract_address: Option<String>,
}

/// A device a KMS contract knows. Schema `OnChainDeviceOut`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema("OnChainDeviceOut", spec = "openapi/phala-cloud-kms.json")]
pub struct OnChainDevice {
    /// The TEE device id.
    pub device_id: String,
    /// The node's name, when known.
    #[serde(default)]
    pub node_name: Option<String>,
    /// Whether the contract allows it; `None` when unknown.
    #[serde(default)]
    pub on_chain_allowed: Option<bool>,
}

/// An OS image a KMS contract knows. Schema `OnChainOsImageOut`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema("OnChainOsImageOut", spec = "openapi/phala-cloud-kms.json")]
pub struct OnChainOsImage {
    /// The image name.
    pub name: String,
    /// The image version.
    pub version: String,
    /// The image hash.
    #[serde(default)]
    pub os_image_hash: Option<String>,
    /// Whether the contract allows it; `None` when unknown.
    #[serde(default)]
    pub on_chain_allowed: Option<bool>,
}

/// The KMS side of an app: on-chain or not, and who deployed it. Schema `AppKmsInfoResponse`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema("AppKmsInfoResponse", spec = "openapi/phala-cloud-kms.json")]
pub struct AppKmsInfoResponse {
    /// Whether the app uses an on-chain KMS.
    #[serde(default)]
    pub is_onchain_kms: bool,
    /// The chain id, if on-chain.
    #[serde(default)]
    pub chain_id: Option<i64>,
    /// The KMS contract address, if on-chain.
    #[serde(default)]
    pub kms_contract_address: Option<String>,
    /// The app's contract address, if on-chain.
    #[serde(default)]
    pub app_contract_address: Option<String>,
    /// Who deployed the app contract.
    #[serde(default)]
    pub deployer_address: Option<String>,
    /// What kind of account deployed it.
    #[serde(default)]
    pub deployer_type: Option<DeployerType>,
    /// Whether the deployer is a contract.
    #[serde(default)]
    pub is_contract: bool,
    /// The Safe app URL, for a Safe deployer.
    #[serde(default)]
    pub safe_app_url: Option<String>,
}

/// The kind of account that deployed an app contract. A value this version does not know is
/// kept in `Other`, so a new server value does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(from = "String", into = "String")]
pub enum DeployerType {
    /// `eoa`: an externally owned account.
    Eoa,
    /// `safe`: a Safe multisig.
    Safe,
    /// `legacy_multisig`.
    LegacyMultisig,
    /// `erc4337`: a smart account.
    Erc4337,
    /// `contract`: another contract.
    Contract,
    /// A value this version does not know, as sent.
    Other(String),
}

impl DeployerType {
    /// The value as the API spells it.
    pub fn as_str(&self) -> &str {
        match self {
            DeployerType::Eoa => "eoa",
            DeployerType::Safe => "safe",
            DeployerType::LegacyMultisig => "legacy_multisig",
            DeployerType::Erc4337 => "erc4337",
            DeployerType::Contract => "contract",
            DeployerType::Other(other) => other,
        }
    }
}

impl From<String> for DeployerType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "eoa" => DeployerType::Eoa,
            "safe" => DeployerType::Safe,
            "legacy_multisig" => DeployerType::LegacyMultisig,
            "erc4337" => DeployerType::Erc4337,
            "contract" => DeployerType::Contract,
            _ => DeployerType::Other(value),
        }
    }
}

impl From<DeployerType> for String {
    fn from(value: DeployerType) -> Self {
        match value {
            DeployerType::Other(other) => other,
            known => known.as_str().to_owned(),
        }
    }
}

impl fmt::Display for DeployerType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The body of an error answer: FastAPI's `{"detail": …}`, where `detail` is text or JSON.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorDetail {
    /// The detail as sent; `Null` when the body had none.
    #[serde(default)]
    pub detail: serde_json::Value,
}

impl fmt::Display for ErrorDetail {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.detail {
            serde_json::Value::String(text) => f.write_str(text),
            other => write!(f, "{other}"),
        }
    }
}
