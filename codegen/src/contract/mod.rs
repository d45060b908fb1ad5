//! The contract check: bindings against the API's OpenAPI document, at compile time.
//!
//! `#[phala_api::api(spec = "…")]` hands the trait's checked endpoints here (`operation`);
//! `#[derive(Schema)]` its type (`crate::schema_derive`). `spec` says which document; it is
//! read once per compiler process (`document`); a schema is compared with a Rust type through `schema` and
//! `rust_type`; what only the compiler can decide becomes a `const` check (`checks`).

mod checks;
pub(crate) mod component;
pub(crate) mod document;
mod documented_operation;
pub(crate) mod fit;
mod operation;
pub(crate) mod rust_type;
pub(crate) mod schema;
pub(crate) mod spec;
mod typed;
mod yaml;

use proc_macro2::TokenStream;
use quote::quote;

use crate::errors::Errors;
use crate::ir::Endpoint;

/// Checks every endpoint of a trait; the tokens that go beside it (the rebuild trigger and the
/// `const` checks), or every error.
pub(crate) fn endpoints(
    checked: &spec::Checked,
    endpoints: &[Endpoint],
) -> syn::Result<TokenStream> {
    let mut errors = Errors::default();
    let checks: Vec<TokenStream> = endpoints
        .iter()
        .flat_map(|endpoint| operation::check(endpoint, &checked.loaded.document, &mut errors))
        .collect();
    let tracking = &checked.tracking;
    errors.finish(Some(quote!(#tracking #(#checks)*)))
}
