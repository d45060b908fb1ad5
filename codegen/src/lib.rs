//! The code generator of [phala-api](https://docs.rs/phala-api)'s macros, as a plain library:
//! the proc-macro crate `phala-api-macros` is three calls into it, and the fuzz target and the
//! property tests call the same functions on `proc_macro2` tokens.
//!
//! Not a public API of its own: use the macros through `phala_api`. The stages never mix:
//!
//! - parse (spans kept, syntax only): `attr` (the attributes' arguments), `template` (the path),
//!   `declaration` (the trait method: arguments, roles, result);
//! - `check`: one checked `ir::Endpoint`, or every error collected, never both;
//! - `expand`: reads only `ir` and holds no user-facing text;
//! - `fallback`: the errors plus a stub, so one mistake does not cascade;
//! - `contract`: the endpoints (with `spec = "…"`) against the OpenAPI document;
//! - `pipeline` (one endpoint), `api` (a trait), `api_error`, `schema_derive` and
//!   `query_params` (the derives) wire them; `serde_attrs` reads serde's attributes.

mod api;
mod api_error;
mod attr;
mod check;
mod contract;
mod declaration;
mod errors;
mod expand;
mod fallback;
mod ir;
mod multipart;
mod pipeline;
mod query_params;
mod schema_derive;
mod serde_attrs;
mod syntax;
mod template;

pub use api::api_attribute;
pub use api_error::derive as derive_api_error;
pub use multipart::derive as derive_multipart;
pub use pipeline::endpoint_attribute;
pub use query_params::derive as derive_query_params;
pub use schema_derive::derive as derive_schema;

/// The contract check's OpenAPI reader, for `phala-api-scaffold`: one source of truth, so the
/// scaffold never writes a type the check reads otherwise. Not a stable API.
#[doc(hidden)]
pub mod openapi {
    pub use crate::contract::document::{
        DEPTH, Document, Operation, Parameter, RequestBody, Success, argument_name, component_ref,
        escape, parse,
    };
    pub use crate::contract::schema::{
        Kinds, Object, enum_values, items, located, named_component, only_alternative,
    };
}
