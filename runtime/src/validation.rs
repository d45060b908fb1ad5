//! FastAPI's validation error body, which Phala Cloud returns with status 422.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::Schema;

/// The body of a 422 response. Schema `HTTPValidationError`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema("HTTPValidationError", spec = "openapi/phala-cloud-kms.json")]
pub struct HttpValidationError {
    /// One entry per refused input.
    #[serde(default)]
    pub detail: Vec<ValidationError>,
}

/// One refused input. Schema `ValidationError`; extra fields (`input`, `ctx`) are ignored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema("ValidationError", spec = "openapi/phala-cloud-kms.json")]
pub struct ValidationError {
    /// Where the input was: e.g. `["path", "kms_id"]` or `["body", "items", 0]`.
    pub loc: Vec<LocItem>,
    /// The human-readable message.
    pub msg: String,
    /// The machine-readable kind, e.g. `string_too_short`.
    #[serde(rename = "type")]
    pub kind: String,
}

/// One step of a [`ValidationError::loc`]: a field name or an array index.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum LocItem {
    /// An array index.
    Index(i64),
    /// A field or parameter name.
    Field(String),
}

impl fmt::Display for LocItem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LocItem::Index(index) => write!(f, "{index}"),
            LocItem::Field(field) => f.write_str(field),
        }
    }
}

/// `path.kms_id: String should have at least 3 characters`
impl fmt::Display for ValidationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (index, item) in self.loc.iter().enumerate() {
            if index > 0 {
                f.write_str(".")?;
            }
            write!(f, "{item}")?;
        }
        write!(f, ": {}", self.msg)
    }
}
