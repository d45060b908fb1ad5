//! What goes out when there are errors: the errors themselves, plus enough of the item that
//! nothing else fails because of them (thiserror's `fallback.rs`). A method keeps its
//! signature with a body that never runs, so impls and callers still type-check; a broken
//! `#[derive(ApiError)]` still implements `ApiError`, so `Error<ThatEnum>` does not report
//! "does not implement `ApiError`" at every use.

use proc_macro2::TokenStream;
use quote::{ToTokens, quote};
use syn::{DeriveInput, ReceiverKind, ReturnType, TraitItemFn, Type, parse_quote};

use crate::declaration;

/// The errors and a stub of `method`.
pub(crate) fn method(errors: syn::Error, method: &TraitItemFn) -> TokenStream {
    let errors = errors.into_compile_error();
    let stub = stub(method);
    quote!(#errors #stub)
}

/// `method` without role attributes and with a body that never runs (a `compile_error!`
/// beside it stops the build).
pub(crate) fn stub(method: &TraitItemFn) -> TokenStream {
    let mut item = declaration::without_roles(method);
    let sig = &mut item.sig;
    if item.default.is_none() {
        let returns_impl =
            matches!(&sig.output, ReturnType::Type(_, ty) if matches!(**ty, Type::ImplTrait(_)));
        item.default = Some(if sig.asyncness.is_none() && returns_impl {
            parse_quote!({ async move { ::core::unimplemented!() } })
        } else {
            parse_quote!({ ::core::unimplemented!() })
        });
        item.semi_token = None;
    }
    if matches!(sig.receiver(), Some(receiver) if !matches!(receiver.kind, ReceiverKind::Reference(..)))
    {
        // A by-value `self` in a default body needs a sized `Self`.
        sig.generics
            .make_where_clause()
            .predicates
            .push(parse_quote!(Self: ::core::marker::Sized));
    }
    // The body is ours or about to be replaced; its unused arguments are not the user's concern.
    item.attrs.push(parse_quote!(#[allow(unused_variables)]));
    item.into_token_stream()
}

/// The errors and an `ApiError` impl of `input` whose methods never run.
pub(crate) fn api_error(errors: syn::Error, input: &DeriveInput) -> TokenStream {
    let errors = errors.into_compile_error();
    let name = &input.ident;
    let (impl_generics, type_generics, where_clause) = input.generics.split_for_impl();
    let mut generics = input.generics.clone();
    generics
        .params
        .push(syn::parse_quote!(__O: ?::core::marker::Sized));
    let (statuses_generics, _, _) = generics.split_for_impl();
    quote! {
        #errors
        impl #impl_generics ::phala_api::ApiError for #name #type_generics #where_clause {
            fn from_response(
                _: ::phala_api::__private::StatusCode,
                _: &[u8],
            ) -> ::core::option::Option<
                ::core::result::Result<Self, ::phala_api::__private::JsonError>,
            > {
                ::core::unimplemented!()
            }

            fn status(&self) -> u16 {
                ::core::unimplemented!()
            }
        }

        impl #statuses_generics ::phala_api::__private::contract::Statuses<__O>
            for #name #type_generics #where_clause
        {
        }
    }
}
