//! Bindings of "Edges" 2 (OpenAPI 3.1.0), written by `phala-api-scaffold` from
//! `edges.json`. Edit freely: the contract check says where this code and the document part.
#![allow(clippy::too_many_arguments, clippy::large_enum_variant, clippy::doc_lazy_continuation)]
#![allow(rustdoc::broken_intra_doc_links, rustdoc::bare_urls, rustdoc::invalid_html_tags)]

use phala_api::api_endpoint;

/// The operations without a tag.
#[phala_api::api(spec = "edges.json")]
pub trait Operations: phala_api::Api {
    #[api_endpoint(GET "/tree")]
    async fn tree(&self) -> Result<Node, phala_api::Error>;
}

impl Operations for phala_api::Client {}

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
