//! Bindings of "A FastAPI service" 1 (OpenAPI 3.1.0), written by `phala-api-scaffold` from
//! `fastapi.json`. Edit freely: the contract check says where this code and the document part.
#![allow(clippy::too_many_arguments, clippy::large_enum_variant, clippy::doc_lazy_continuation)]
#![allow(rustdoc::broken_intra_doc_links, rustdoc::bare_urls, rustdoc::invalid_html_tags)]

use phala_api::api_endpoint;

/// The operations without a tag.
#[phala_api::api(spec = "fastapi.json")]
pub trait Operations: phala_api::Api {
    #[api_endpoint(GET "/bills")]
    async fn list_bills(&self) -> Result<Vec<BillingItem>, phala_api::Error>;
    #[api_endpoint(GET "/items")]
    async fn list_items(
        &self,
    ) -> Result<
        Vec<V2SchemasItem>,
        phala_api::Error<NotFoundOrUnprocessableEntityError>,
    >;
    #[api_endpoint(GET "/items/<item_id>")]
    async fn get_item(
        &self,
        item_id: &str,
    ) -> Result<V1SchemasItem, phala_api::Error<NotFoundOrUnprocessableEntityError>>;
    /// The document does not describe the answer's shape: it is read as `serde_json::Value`.
    #[api_endpoint(GET "/items/<item_id>/raw")]
    async fn get_raw(
        &self,
        item_id: &str,
    ) -> Result<serde_json::Value, phala_api::Error<GetRawError>>;
}

impl Operations for phala_api::Client {}

/// The documented error answers of the operations that return it.
#[derive(Debug, phala_api::ApiError)]
pub enum NotFoundOrUnprocessableEntityError {
    #[status(404)]
    NotFound,
    #[status(422)]
    UnprocessableEntity(HttpValidationError),
}

/// The documented error answers of the operations that return it.
#[derive(Debug, phala_api::ApiError)]
pub enum GetRawError {
    #[status(422)]
    UnprocessableEntity(HttpValidationError),
}

#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("billing__Item", spec = "fastapi.json")]
pub struct BillingItem {
    pub amount: f64,
}

#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("HTTPValidationError", spec = "fastapi.json")]
pub struct HttpValidationError {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<Vec<std::collections::BTreeMap<String, serde_json::Value>>>,
}

#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("app__v1__schemas__Item", spec = "fastapi.json")]
pub struct V1SchemasItem {
    pub id: i64,
}

#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("app__v2__schemas__Item", spec = "fastapi.json")]
pub struct V2SchemasItem {
    pub id: String,
}
