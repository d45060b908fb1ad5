//! The answers 465–468 of Phala Cloud's on-chain KMS flow, which the public document lists
//! without a body: 465 "compose hash registration required" (phase 1 of a two-phase update:
//! register the hash on-chain, then send the request again with the transaction's hash), 466
//! "compose hash invalid or expired", 467 "transaction verification failed", 468 "compose
//! hash not allowed on-chain".
//!
//! The body's shape is the one Phala's SDK decodes (npm `@phala/cloud` 0.2.9,
//! `dist/index.js`): FastAPI's `{"detail": …}` around `{message, details: [{field, value}]}`
//! (`updateCvmEnvs`, `updateDockerCompose`, `updatePreLaunchScript` and `createAppInstance`
//! read the compose hash, app id, device id and KMS info as `details` fields of a 465), and
//! the structured error's `error_code`, `suggestions` and `links` (`parseStructuredError`).

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::ApiError;

/// The body of a 465–468 answer.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct OnChainError {
    /// What the server says, and the values the next step needs.
    #[serde(default)]
    pub detail: OnChainDetail,
}

/// The `detail` of a 465–468 answer.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct OnChainDetail {
    /// What went wrong, for people.
    #[serde(default)]
    pub message: String,
    /// A stable code, when the server gives one (`ERR-…`).
    #[serde(default)]
    pub error_code: Option<String>,
    /// The values the next step needs, by name (`compose_hash`, `app_id`, `device_id`,
    /// `kms_info`, …).
    #[serde(default)]
    pub details: Vec<DetailField>,
    /// What to do about it, for people.
    #[serde(default)]
    pub suggestions: Vec<String>,
    /// Where to read more.
    #[serde(default)]
    pub links: Vec<Link>,
}

/// One named value of a 465–468 answer.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DetailField {
    /// Its name (`compose_hash`, …).
    #[serde(default)]
    pub field: String,
    /// Its value: text for the hashes and ids, an object for `kms_info`.
    #[serde(default)]
    pub value: Value,
    /// A message about this field, when there is one.
    #[serde(default)]
    pub message: Option<String>,
}

/// A link of a structured error.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Link {
    /// Its label.
    #[serde(default)]
    pub label: String,
    /// Its address.
    #[serde(default)]
    pub url: String,
}

impl OnChainError {
    /// The value of the `details` field `name`.
    pub fn field(&self, name: &str) -> Option<&Value> {
        self.detail
            .details
            .iter()
            .find(|field| field.field == name)
            .map(|field| &field.value)
    }

    fn text(&self, name: &str) -> Option<&str> {
        self.field(name).and_then(Value::as_str)
    }

    /// The compose hash to register on-chain (a 465's).
    pub fn compose_hash(&self) -> Option<&str> {
        self.text("compose_hash")
    }

    /// The app's id (a 465's).
    pub fn app_id(&self) -> Option<&str> {
        self.text("app_id")
    }

    /// The device's id (a 465's).
    pub fn device_id(&self) -> Option<&str> {
        self.text("device_id")
    }
}

/// The four answers of the on-chain KMS flow, each with its body: for the error type of a
/// method whose operation documents all four (`Error<OnChainKmsError>`). A method whose
/// operation documents fewer maps [`OnChainError`] in an enum of its own.
#[derive(Debug, ApiError)]
pub enum OnChainKmsError {
    /// 465: register the compose hash on-chain, then send the request again.
    #[status(465)]
    RegistrationRequired(OnChainError),
    /// 466: the compose hash is invalid or expired.
    #[status(466)]
    HashInvalid(OnChainError),
    /// 467: the transaction could not be verified.
    #[status(467)]
    TransactionFailed(OnChainError),
    /// 468: the compose hash is not allowed on-chain.
    #[status(468)]
    NotAllowed(OnChainError),
}
