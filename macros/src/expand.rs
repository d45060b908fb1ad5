//! IR -> tokens. Input is valid by construction (see `check.rs`); no user-facing text lives here.
//!
//! A method expands to a static description of the request and a chain of runtime calls; all
//! logic (encoding, sending, decoding) is in `phala_api::__private`, where it is tested as code.
//! Paths are absolute (`::phala_api`, `::core`), so the expansion compiles inside any module.

use proc_macro2::TokenStream;
use quote::{format_ident, quote, quote_spanned};
use syn::spanned::Spanned;
use syn::{TraitItemFn, parse_quote};

use crate::check::Endpoint;
use crate::signature::{Signature, Success};
use crate::template::Segment;

/// The method with its generated default body.
pub(crate) fn method(item: &TraitItemFn, signature: &Signature, endpoint: &Endpoint) -> TokenStream {
    let attrs = &item.attrs;
    let mut sig = item.sig.clone();
    if sig.asyncness.take().is_some() {
        let output = &signature.output;
        sig.output = parse_quote! {
            -> impl ::core::future::Future<Output = #output> + ::core::marker::Send
        };
    }
    let descriptor = descriptor(&item.sig.ident, endpoint);
    let paths = signature.args.iter().map(|arg| {
        let name = &arg.name;
        // Spanned at the argument's type, so a type without `PathParam` is reported there.
        quote_spanned!(arg.ty.span()=> .path(&#name))
    });
    let error = &signature.error;
    let finish = match &signature.success {
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

/// `static __ENDPOINT`: everything about the request that is known at compile time.
fn descriptor(name: &syn::Ident, endpoint: &Endpoint) -> TokenStream {
    let method = format_ident!("{}", endpoint.method);
    let name = name.to_string();
    let template = &endpoint.template;
    let segments = endpoint.segments.iter().map(|segment| match segment {
        Segment::Literal(text) => quote!(::phala_api::__private::Segment::Literal(#text)),
        Segment::Param(param) => quote!(::phala_api::__private::Segment::Param(#param)),
    });
    let headers = endpoint.headers.iter().map(|(name, value)| quote!((#name, #value)));
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
