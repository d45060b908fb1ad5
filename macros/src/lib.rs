//! `#[api_endpoint]`: the attribute of [phala-api](https://docs.rs/phala-api).
//!
//! Use it through `phala_api::api_endpoint`; the runtime crate's documentation is the manual.
//! The pipeline is parse (`args`, `template`, `signature`) -> check -> expand, one module each.

mod api_error;
mod args;
mod attribute;
mod check;
mod errors;
mod expand;
mod signature;
mod template;

/// Turns a trait method declaration into a typed HTTP call with a generated default body.
///
/// `#[api_endpoint(METHOD "/path/<param>" [, header("Name" = "value")]*)]`; see the
/// `phala_api` crate documentation for the whole grammar and every compile-time check.
#[proc_macro_attribute]
pub fn api_endpoint(
    attr: proc_macro::TokenStream,
    item: proc_macro::TokenStream,
) -> proc_macro::TokenStream {
    attribute::endpoint(attr.into(), item.into()).into()
}

/// Maps an enum's variants to error statuses: `#[status(404)] NotFound`,
/// `#[status(422)] Invalid(HttpValidationError)`. A method returning
/// `Result<T, phala_api::Error<ThisEnum>>` gets `Error::Api(variant)` for those statuses, with
/// the body decoded into the variant's field.
#[proc_macro_derive(ApiError, attributes(status))]
pub fn derive_api_error(input: proc_macro::TokenStream) -> proc_macro::TokenStream {
    api_error::derive(input.into()).into()
}
