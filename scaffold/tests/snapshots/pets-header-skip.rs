//! Bindings of "Pets" 1.0 (OpenAPI 3.0.3), written by `phala-api-scaffold` from
//! `pets.yaml`. Edit freely: the contract check says where this code and the document part.
#![allow(clippy::too_many_arguments, clippy::large_enum_variant, clippy::doc_lazy_continuation)]
#![allow(rustdoc::broken_intra_doc_links, rustdoc::bare_urls, rustdoc::invalid_html_tags)]

use phala_api::api_endpoint;

/// pets: Pets in the store
#[phala_api::api(spec = "pets.yaml", header("X-Api-Version" = "2024-01-01"))]
pub trait Pets: phala_api::Api {
    /// List pets
    #[api_endpoint(GET "/pets")]
    async fn list_pets(
        &self,
        #[query("limit")]
        limit: Option<i64>,
        #[query("tag")]
        tag: &[&str],
        #[header("X-Request-Id")]
        x_request_id: Option<&str>,
    ) -> Result<Vec<Pet>, phala_api::Error>;
    #[api_endpoint(POST "/pets")]
    async fn create_pet(
        &self,
        #[body]
        body: &NewPet,
    ) -> Result<Pet, phala_api::Error<CreatePetError>>;
    /// One pet. For example:
    ///
    /// ```text
    /// GET /pets/1
    /// ```
    #[api_endpoint(GET "/pets/<pet_id>")]
    async fn show_pet(&self, pet_id: i64) -> Result<Pet, phala_api::Error>;
    #[api_endpoint(DELETE "/pets/<pet_id>")]
    async fn delete_pet(&self, pet_id: i64) -> Result<(), phala_api::Error>;
}

impl Pets for phala_api::Client {}

/// The documented error answers of the operations that return it.
#[derive(Debug, phala_api::ApiError)]
pub enum CreatePetError {
    #[status(409)]
    Conflict(Problem),
}

#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("Kind", spec = "pets.yaml")]
pub enum Kind {
    #[serde(rename = "cat")]
    Cat,
    #[serde(rename = "dog")]
    Dog,
    #[serde(rename = "guinea pig")]
    GuineaPig,
    /// A value the document did not list (one added later): read, never sent.
    #[serde(other)]
    Unknown,
}

#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("NewPet", spec = "pets.yaml")]
pub struct NewPet {
    pub name: String,
    /// Who owns it
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<NewPetOwner>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<Kind>,
}

/// Who owns it
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("#/components/schemas/NewPet/properties/owner", spec = "pets.yaml")]
pub struct NewPetOwner {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub login: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reactions: Option<NewPetOwnerReactions>,
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
    "#/components/schemas/NewPet/properties/owner/properties/reactions",
    spec = "pets.yaml"
)]
pub struct NewPetOwnerReactions {
    #[serde(rename = "+1")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plus_1: Option<i64>,
    #[serde(rename = "-1")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minus_1: Option<i64>,
}

/// `nullable-pet`: the same schema as `Pet`.
pub type NullablePet = Pet;

#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("Pet", spec = "pets.yaml")]
pub struct Pet {
    pub id: i64,
    pub name: String,
    /// Who owns it
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<NewPetOwner>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<Box<NullablePet>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<Kind>,
}

#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    phala_api::Schema
)]
#[schema("Problem", spec = "pets.yaml")]
pub struct Problem {
    /// Untyped in the document: any JSON, unchecked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub details: Option<serde_json::Value>,
    pub message: String,
}
