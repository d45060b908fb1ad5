//! The attributes and derive of [phala-api](https://docs.rs/phala-api): `#[api_endpoint]`,
//! `#[api]` and `#[derive(ApiError)]`.
//!
//! Use them through `phala_api`; the runtime crate's documentation is the manual. Each is one
//! call into `phala-api-codegen`, where parse, check and expand live as a plain library.

/// Turns a trait method declaration into a typed HTTP call with a generated default body.
///
/// `#[api_endpoint(METHOD "/path/<param>" [, header("Name" = "value")]*)]`; see the
/// `phala_api` crate documentation for the whole grammar and every compile-time check.
#[proc_macro_attribute]
pub fn api_endpoint(
    attr: proc_macro::TokenStream,
    item: proc_macro::TokenStream,
) -> proc_macro::TokenStream {
    phala_api_codegen::endpoint_attribute(attr.into(), item.into()).into()
}

/// Options every `#[api_endpoint]` method of a trait shares: `#[api(header("Name" = "value"),
/// timeout = "10s", retry = false)]`. A method's own option replaces the trait's of the same
/// kind (a header the trait's of the same name). `spec = "openapi.json"` (or bare `spec`, the
/// crate's `PHALA_API_SPEC`) checks every method against that OpenAPI document.
#[proc_macro_attribute]
pub fn api(
    attr: proc_macro::TokenStream,
    item: proc_macro::TokenStream,
) -> proc_macro::TokenStream {
    phala_api_codegen::api_attribute(attr.into(), item.into()).into()
}

/// Maps an enum's variants to error statuses: `#[status(404)] NotFound`,
/// `#[status(422)] Invalid(HttpValidationError)`. A method returning
/// `Result<T, phala_api::Error<ThisEnum>>` gets `Error::Api { error: variant, .. }` for those statuses, with
/// the body decoded into the variant's field.
#[proc_macro_derive(ApiError, attributes(status))]
pub fn derive_api_error(input: proc_macro::TokenStream) -> proc_macro::TokenStream {
    phala_api_codegen::derive_api_error(input.into()).into()
}

/// Checks a struct, newtype or string enum against a component schema of an OpenAPI document at
/// compile time, and implements `phala_api::Schema`:
/// `#[schema("KMSInfo", spec = "openapi/phala-cloud.json")]`, the path relative to the crate's
/// `Cargo.toml`; without `spec`, the crate's default document, `PHALA_API_SPEC` (set it in
/// `.cargo/config.toml`, `[env]`). serde's `rename`, `rename_all`, `default`, `skip` and `flatten` are honoured;
/// `ignore("property", …)` leaves documented properties out on purpose, and `partial` says once
/// that the type reads some of them (an answer's type may; a request body's may not).
#[proc_macro_derive(Schema, attributes(schema))]
pub fn derive_schema(input: proc_macro::TokenStream) -> proc_macro::TokenStream {
    phala_api_codegen::derive_schema(input.into()).into()
}

/// Lists a `#[query]` struct's parameter names (after serde's renames) as
/// `phala_api::QueryParams`, for the contract check of a trait with `spec = "…"`.
#[proc_macro_derive(QueryParams)]
pub fn derive_query_params(input: proc_macro::TokenStream) -> proc_macro::TokenStream {
    phala_api_codegen::derive_query_params(input.into()).into()
}

/// Sends a struct as a `multipart/form-data` body (`#[body(multipart)] upload: Upload`): one
/// part per field under its serde name, text from `String`, numbers and `bool`, a file from
/// `phala_api::multipart::Part`; `Option` leaves a part out, `Vec` repeats it; a field's part
/// is named as serde would name it (`#[serde(rename = "…")]`, `rename_all`). With
/// `#[derive(Schema)]` beside it, the contract check holds the field names against the
/// document's multipart schema. Needs phala-api's `multipart` feature.
#[proc_macro_derive(Multipart, attributes(serde))]
pub fn derive_multipart(input: proc_macro::TokenStream) -> proc_macro::TokenStream {
    phala_api_codegen::derive_multipart(input.into()).into()
}
