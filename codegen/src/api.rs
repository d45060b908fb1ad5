//! `#[phala_api::api(option*)]` on a trait: options every endpoint of the trait shares, and the
//! trait's endpoints expanded here, in one pass, rather than by their own attributes.
//!
//! Expanding the methods here (an outer attribute runs first) is what lets the trait's options
//! reach them, and what lets an attribute placed below this one, such as mockall's
//! `#[automock]`, see ordinary methods with default bodies instead of `#[api_endpoint]`.
//!
//! The descriptors go into a hidden module beside the trait (`__{Trait}_endpoints`), one
//! `static` per method, which the method bodies and a function of the same name share: tests that
//! compare a trait with a document get its endpoints as data without a second copy.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use syn::{Attribute, ItemTrait, Meta, TraitItem, TraitItemFn};

use crate::attr::ApiAttr;
use crate::errors::Errors;
use crate::{check, contract, expand, fallback, ir, pipeline};

/// The trait attribute's expansion.
pub fn api_attribute(attr: TokenStream, item: TokenStream) -> TokenStream {
    let mut item_trait: ItemTrait = match syn::parse2(item.clone()) {
        Ok(item_trait) => item_trait,
        Err(_) => {
            let error = syn::Error::new_spanned(
                &item,
                "`#[phala_api::api]` goes on a trait whose methods are `#[api_endpoint]`s, e.g. \
                 `#[phala_api::api(header(\"X-Phala-Version\" = \"2026-05-22\"))] trait Kms: Api { … }`",
            )
            .into_compile_error();
            return quote!(#error #item);
        }
    };
    let mut errors = Errors::default();
    let attr = syn::parse2::<ApiAttr>(attr)
        .map_err(|error| errors.combine(error))
        .ok();
    let outer = attr
        .as_ref()
        .map(|attr| ir::Options {
            documented: attr.spec.is_some(),
            ..check::options(&attr.options, check::Level::Trait, &mut errors)
        })
        .unwrap_or_default();
    // A document that cannot be read is one error at `spec`; the methods still expand.
    let mut contract_errors = Errors::default();
    let document = attr
        .as_ref()
        .and_then(|attr| attr.spec.as_ref())
        .and_then(|spec| spec.load().map_err(|e| contract_errors.combine(e)).ok());
    let outer = errors.finish(Some(outer));
    let mut errors = Errors::default();
    let mut endpoints = Vec::new();
    let mut attr_paths = Vec::new();
    let module = format_ident!("__{}_endpoints", item_trait.ident);
    for trait_item in &mut item_trait.items {
        let TraitItem::Fn(method) = trait_item else {
            continue;
        };
        let Some(attr) = take_endpoint_attr(method, &mut errors) else {
            continue;
        };
        attr_paths.push(attr.path().clone());
        let checked = endpoint(attr, method, outer.as_ref().ok());
        *trait_item = TraitItem::Verbatim(match checked {
            Ok(Some(endpoint)) => {
                let name = &endpoint.item.sig.ident;
                let expanded = expand::method_with(&endpoint, &quote!(#module::#name));
                endpoints.push(endpoint);
                expanded
            }
            // The trait's own options are wrong: that error stops the build; the methods are
            // stubbed so that it does not cascade.
            Ok(None) => fallback::stub(method),
            Err(error) => fallback::method(error, method),
        });
    }
    // The methods that expanded refer to the descriptors' module, whatever else went wrong;
    // with the trait's own options wrong, every method is a stub and there is no module.
    let descriptors = match &outer {
        Ok(_) => endpoint_module(&item_trait, &module, &endpoints),
        Err(_) => TokenStream::new(),
    };
    let contract = match (&outer, &document) {
        (Ok(_), Some(document)) => {
            contract::endpoints(document, &endpoints).unwrap_or_else(syn::Error::into_compile_error)
        }
        _ => TokenStream::new(),
    };
    let errors = [
        outer.err(),
        errors.finish(Some(())).err(),
        contract_errors.finish(Some(())).err(),
    ]
    .into_iter()
    .flatten()
    .map(syn::Error::into_compile_error);
    quote! {
        #(#errors)*
        #item_trait
        #descriptors
        #contract
        // The attributes were taken off before name resolution: naming their paths keeps a
        // user's `use phala_api::api_endpoint;` from being reported unused.
        const _: () = { #(#[allow(unused_imports)] use #attr_paths as _;)* };
    }
}

/// Removes the method's `#[api_endpoint(…)]` and returns it; a second one is an error.
fn take_endpoint_attr(method: &mut TraitItemFn, errors: &mut Errors) -> Option<Attribute> {
    let is_endpoint = |attr: &Attribute| {
        attr.path()
            .segments
            .last()
            .is_some_and(|segment| segment.ident == "api_endpoint")
    };
    let (found, others): (Vec<Attribute>, Vec<Attribute>) =
        method.attrs.drain(..).partition(is_endpoint);
    method.attrs = others;
    let mut found = found.into_iter();
    let first = found.next()?;
    for extra in found {
        errors.push_spanned(
            extra,
            "a method has one `#[api_endpoint]`: it binds the method to one operation",
        );
    }
    Some(first)
}

/// One method: `Ok(None)` when it checked but the trait's options did not.
fn endpoint(
    attr: Attribute,
    method: &TraitItemFn,
    outer: Option<&ir::Options>,
) -> syn::Result<Option<ir::Endpoint>> {
    let tokens = match attr.meta {
        Meta::List(list) => list.tokens,
        meta => {
            return Err(syn::Error::new_spanned(
                meta,
                "expected `#[api_endpoint(METHOD \"/path\")]`, e.g. \
                 `#[api_endpoint(GET \"/api/v1/kms/<kms_id>\")]`",
            ));
        }
    };
    let checked = pipeline::endpoint(tokens, method, outer.unwrap_or(&ir::Options::default()))?;
    Ok(outer.map(|_| checked))
}

/// The hidden module of the trait's descriptors, a `static` per method, and a function of the
/// same name (functions and modules do not share a namespace) that lists them.
fn endpoint_module(
    item_trait: &ItemTrait,
    module: &syn::Ident,
    endpoints: &[ir::Endpoint],
) -> TokenStream {
    let vis = &item_trait.vis;
    let count = endpoints.len();
    let names: Vec<&syn::Ident> = endpoints.iter().map(|e| &e.item.sig.ident).collect();
    let descriptors = endpoints.iter().map(expand::descriptor);
    let doc = format!(
        "The endpoints of `{}`, in declaration order.",
        item_trait.ident
    );
    quote! {
        #[doc(hidden)]
        #[allow(non_snake_case, non_upper_case_globals)]
        #vis mod #module {
            #(
                pub(super) static #names: &'static ::phala_api::__private::Endpoint = #descriptors;
            )*
        }

        #[doc = #doc]
        #[doc(hidden)]
        #[allow(non_snake_case)]
        #vis fn #module() -> [&'static ::phala_api::__private::Endpoint; #count] {
            [#(#module::#names),*]
        }
    }
}
