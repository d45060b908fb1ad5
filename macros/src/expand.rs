//! IR -> tokens. Input is valid by construction (see `check.rs`); no user-facing text lives here.
//!
//! A method expands to a static description of the request and a chain of runtime calls; all
//! logic (encoding, sending, decoding) is in `phala_api::__private`, where it is tested as code.
//! Paths are absolute (`::phala_api`, `::core`), so the expansion compiles inside any module.

use proc_macro2::TokenStream;
use quote::{ToTokens, format_ident, quote, quote_spanned};
use syn::spanned::Spanned;
use syn::{ReceiverKind, ReturnType, TraitItemFn, Type, parse_quote, parse_quote_spanned};

use crate::check::Endpoint;
use crate::signature::{Arg, Output, Success};
use crate::template::Segment;

/// The method with its generated default body.
pub(crate) fn method(
    item: &TraitItemFn,
    arguments: &[Arg],
    output: &Output,
    endpoint: &Endpoint,
) -> TokenStream {
    let attrs = &item.attrs;
    let mut sig = item.sig.clone();
    if sig.asyncness.take().is_some() {
        let result = &output.result;
        // Spanned at the written result type: a bound it fails is reported there.
        sig.output = parse_quote_spanned! {result.span()=>
            -> impl ::core::future::Future<Output = #result> + ::core::marker::Send
        };
    }
    let descriptor = descriptor(&item.sig.ident, endpoint);
    let paths = arguments.iter().map(|arg| {
        let name = &arg.name;
        // Spanned at the argument's type, so a type without `PathParam` is reported there.
        quote_spanned!(arg.ty.span()=> .path(&#name))
    });
    let error = &output.error;
    let finish = match &output.success {
        Success::Json(ty) => quote_spanned!(ty.span()=> .json::<#ty, #error>()),
        Success::Optional(ty) => quote_spanned!(ty.span()=> .optional::<#ty, #error>()),
        Success::Unit => quote_spanned!(error.span()=> .empty::<#error>()),
    };
    quote! {
        #(#attrs)*
        #sig {
            #descriptor
            ::phala_api::__private::Call::new(::phala_api::Api::client(self), &__ENDPOINT)
                #(#paths)*
                #finish
        }
    }
}

/// The method of an invalid attribute, given a body that never runs (the `compile_error!`
/// emitted beside it stops the build) so that impls and callers still type-check.
pub(crate) fn stub(mut item: TraitItemFn) -> TokenStream {
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

/// `static __ENDPOINT`: everything about the request that is known at compile time.
fn descriptor(name: &syn::Ident, endpoint: &Endpoint) -> TokenStream {
    let method = format_ident!("{}", endpoint.method);
    let name = name.to_string();
    let template = &endpoint.template;
    let segments = endpoint.segments.iter().map(|segment| match segment {
        Segment::Literal(text) => quote!(::phala_api::__private::Segment::Literal(#text)),
        Segment::Param(param) => quote!(::phala_api::__private::Segment::Param(#param)),
    });
    let headers = endpoint
        .headers
        .iter()
        .map(|(name, value)| quote!((#name, #value)));
    quote! {
        static __ENDPOINT: ::phala_api::__private::Endpoint = ::phala_api::__private::Endpoint {
            name: #name,
            method: ::phala_api::__private::Method::#method,
            template: #template,
            segments: &[#(#segments),*],
            headers: &[#(#headers),*],
        };
    }
}
