//! `#[api_endpoint]`: the attribute of [phala-api](https://docs.rs/phala-api).
//!
//! Use it through `phala_api::api_endpoint`; the runtime crate's documentation is the manual.
//! The pipeline is parse (`args`, `template`, `signature`) -> check -> expand, one module each.

mod args;
mod check;
mod errors;
mod expand;
mod signature;
mod template;

use proc_macro2::TokenStream;
use quote::quote;
use syn::TraitItemFn;

/// Turns a trait method declaration into a typed HTTP call with a generated default body.
///
/// `#[api_endpoint(METHOD "/path/<param>" [, header("Name" = "value")]*)]`; see the
/// `phala_api` crate documentation for the whole grammar and every compile-time check.
#[proc_macro_attribute]
pub fn api_endpoint(
    attr: proc_macro::TokenStream,
    item: proc_macro::TokenStream,
) -> proc_macro::TokenStream {
    endpoint(attr.into(), item.into()).into()
}

/// The whole attribute on `proc_macro2` tokens, callable from tests.
fn endpoint(attr: TokenStream, item: TokenStream) -> TokenStream {
    let method: TraitItemFn = match syn::parse2(item.clone()) {
        Ok(method) => method,
        Err(_) => {
            let error = syn::Error::new_spanned(
                &item,
                "`#[api_endpoint]` goes on a method declaration in a trait, e.g. \
                 `async fn get_kms_info(&self, kms_id: &str) -> Result<KmsInfo, phala_api::Error>;`",
            )
            .into_compile_error();
            return quote!(#error #item);
        }
    };
    match parse_and_check(attr, &method) {
        Ok((arguments, output, endpoint)) => {
            expand::method(&method, &arguments, &output, &endpoint)
        }
        // The method goes out with a stub body, so one mistake does not cascade into
        // "method not found" or "missing trait item" errors elsewhere.
        Err(error) => {
            let error = error.into_compile_error();
            let stub = expand::stub(method);
            quote!(#error #stub)
        }
    }
}

/// Parses and checks everything, reporting all errors together.
fn parse_and_check(
    attr: TokenStream,
    method: &TraitItemFn,
) -> syn::Result<(Vec<signature::Arg>, signature::Output, check::Endpoint)> {
    let mut errors = errors::Errors::default();
    let args = syn::parse2::<args::Args>(attr)
        .map_err(|error| errors.combine(error))
        .ok();
    let signature::Signature {
        args: arguments,
        output,
    } = signature::parse(method, &mut errors);
    let endpoint = args.map(|args| check::endpoint(&args, &arguments, &mut errors));
    errors.finish(
        endpoint
            .zip(output)
            .map(|(endpoint, output)| (arguments, output, endpoint)),
    )
}
