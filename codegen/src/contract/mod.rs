//! The contract check: bindings against the API's OpenAPI document, at compile time.
//!
//! `#[phala_api::api(spec = "…")]` hands the trait's checked endpoints here (`operation`);
//! `#[derive(Schema)]` its type (`crate::schema_derive`). The document is read once per
//! compiler process (`document`); a schema is compared with a Rust type through `schema` and
//! `rust_type`; what only the compiler can decide becomes a `const` check (`checks`).

mod checks;
pub(crate) mod document;
pub(crate) mod fit;
mod operation;
pub(crate) mod rust_type;
pub(crate) mod schema;

use proc_macro2::TokenStream;
use quote::quote;
use syn::LitStr;

use crate::errors::Errors;
use crate::ir::Endpoint;

pub(crate) use checks::schema as schema_check;

/// Loads the document `spec` names, or the one error at the `spec` string.
pub(crate) fn load(spec: &LitStr) -> syn::Result<document::Loaded> {
    let source = spec.span().local_file();
    let source_dir = source.as_deref().and_then(std::path::Path::parent);
    document::load(&spec.value(), source_dir)
        .map_err(|message| syn::Error::new(spec.span(), message))
}

/// Checks every endpoint of a trait; the tokens that go beside it (the rebuild trigger and the
/// `const` checks), or every error.
pub(crate) fn endpoints(
    loaded: &document::Loaded,
    endpoints: &[Endpoint],
) -> syn::Result<TokenStream> {
    let mut errors = Errors::default();
    let checks: Vec<TokenStream> = endpoints
        .iter()
        .flat_map(|endpoint| operation::check(endpoint, &loaded.document, &mut errors))
        .collect();
    let trigger = rebuild_trigger(loaded);
    errors.finish(Some(quote!(#trigger #(#checks)*)))
}

/// A hidden `include_bytes!` of the document: cargo then rebuilds the crate when it changes.
pub(crate) fn rebuild_trigger(loaded: &document::Loaded) -> TokenStream {
    let path = loaded.path.display().to_string();
    quote!(
        const _: &[u8] = ::core::include_bytes!(#path);
    )
}
