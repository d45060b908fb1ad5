//! Bindings of "Edges" 2 (OpenAPI 3.1.0), written by `phala-api-scaffold` from
//! `edges.json`. Edit freely: the contract check says where this code and the document part.
#![allow(clippy::too_many_arguments, clippy::large_enum_variant, clippy::doc_lazy_continuation)]
#![allow(rustdoc::broken_intra_doc_links, rustdoc::bare_urls, rustdoc::invalid_html_tags)]

use phala_api::api_endpoint;

/// The operations without a tag.
#[phala_api::api(spec = "edges.json")]
pub trait Operations: phala_api::Api {
    #[api_endpoint(PATCH "/notes/<id>")]
    async fn update_note(
        &self,
        id: &str,
        #[body]
        body: Option<&Note>,
    ) -> Result<String, phala_api::Error>;
    /// Not bound: the cookie parameter `session` (phala-api sends none).
    ///
    /// The header `Accept` is the client's to send.
    #[api_endpoint(GET "/search")]
    async fn search_api_v1(
        &self,
        #[query("q")]
        q: &str,
        #[query("self")]
        self_: Option<bool>,
        #[query("type")]
        r#type: Option<&str>,
    ) -> Result<SearchApiV1Response, phala_api::Error<SearchApiV1Error>>;
    #[api_endpoint(GET "/tree")]
    async fn tree(&self) -> Result<Node, phala_api::Error>;
    #[api_endpoint(POST "/upload")]
    async fn upload(
        &self,
        #[body(raw = "application/octet-stream")]
        body: Option<&[u8]>,
    ) -> Result<(), phala_api::Error>;
    #[api_endpoint(GET "/watch")]
    async fn watch(
        &self,
    ) -> Result<phala_api::EventStream<serde_json::Value>, phala_api::Error>;
}

impl Operations for phala_api::Client {}

/// The operations tagged `files`.
#[phala_api::api(spec = "edges.json")]
pub trait Files: phala_api::Api {
    /// The body is `multipart/form-data`: phala-api's `multipart` feature sends it.
    #[api_endpoint(PUT "/upload")]
    async fn upload_form(
        &self,
        #[body(multipart)]
        body: UploadFormParts,
    ) -> Result<Vec<String>, phala_api::Error>;
    #[api_endpoint(PATCH "/upload")]
    async fn upload_fields(
        &self,
        #[body(form)]
        body: &UploadFieldsForm,
    ) -> Result<(), phala_api::Error>;
}

impl Files for phala_api::Client {}

/// The documented error answers of the operations that return it.
#[derive(Debug, phala_api::ApiError)]
pub enum SearchApiV1Error {
    #[status(422)]
    UnprocessableEntity(Invalid),
}

#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("Hit", spec = "edges.json")]
#[serde(untagged)]
pub enum Hit {
    Note(Note),
    String(String),
    Link(HitLink),
}

/// link
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("#/components/schemas/Hit/oneOf/2", spec = "edges.json")]
pub struct HitLink {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub href: Option<String>,
}

#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("Invalid", spec = "edges.json")]
pub struct Invalid {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<Vec<InvalidDetailItem>>,
}

#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("#/components/schemas/Invalid/properties/detail/items", spec = "edges.json")]
pub struct InvalidDetailItem {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub msg: Option<String>,
}

#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("Node", spec = "edges.json")]
pub struct Node {
    pub children: Vec<Node>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first: Option<Box<Node>>,
}

#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("Note", spec = "edges.json")]
pub struct Note {
    pub body: String,
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<std::collections::BTreeMap<String, i64>>,
    /// Untyped in the document: any JSON, unchecked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub raw: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size: Option<u64>,
}

#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema(
    "#/paths/~1search/get/responses/200/content/application~1json/schema",
    spec = "edges.json"
)]
pub struct SearchApiV1Response {
    pub items: Vec<Hit>,
    pub next: Option<String>,
}

#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema(
    "#/paths/~1upload/patch/requestBody/content/application~1x-www-form-urlencoded/schema",
    spec = "edges.json"
)]
pub struct UploadFieldsForm {
    pub name: String,
}

/// Sent as `multipart/form-data`, a part per field (phala-api's `multipart` feature).
#[derive(Debug, phala_api::Multipart, phala_api::Schema)]
#[schema(
    "#/paths/~1upload/put/requestBody/content/multipart~1form-data/schema",
    spec = "edges.json"
)]
pub struct UploadFormParts {
    pub file: Option<phala_api::multipart::Part>,
}
