//! IR -> tokens. Input is valid by construction (see `check.rs`); no user-facing text lives here.
//!
//! A method expands to a hidden descriptor function holding a static description of the
//! request, and a body that chains runtime calls on it; all logic (encoding, sending,
//! decoding) is in `phala_api::__private`, where it is tested as code. Paths are absolute
//! (`::phala_api`, `::core`), so the expansion compiles inside any module.

use std::collections::HashMap;

use proc_macro2::TokenStream;
use quote::{ToTokens, format_ident, quote, quote_spanned};
use syn::spanned::Spanned;
use syn::{
    FnArg, ReceiverKind, ReturnType, Signature, TraitItemFn, Type, parse_quote, parse_quote_spanned,
};

use crate::check::Endpoint;
use crate::signature::{Arg, Output, ROLE_ATTRIBUTES, Role, Success};
use crate::template::Segment;

/// The method with its generated default body, and its descriptor.
pub(crate) fn method(
    item: &TraitItemFn,
    arguments: &[Arg],
    output: &Output,
    endpoint: &Endpoint,
) -> TokenStream {
    let attrs = &item.attrs;
    let mut sig = without_roles(&item.sig);
    if sig.asyncness.take().is_some() {
        let result = &output.result;
        // Spanned at the written result type: a bound it fails is reported there.
        sig.output = parse_quote_spanned! {result.span()=>
            -> impl ::core::future::Future<Output = #result> + ::core::marker::Send
        };
    }
    let descriptor_fn = format_ident!("__endpoint_{}", item.sig.ident);
    let descriptor = descriptor(&item.sig.ident, endpoint);
    let steps = steps(arguments, endpoint);
    let shape = shape(&output.success);
    let error = &output.error;
    quote! {
        #[doc(hidden)]
        fn #descriptor_fn() -> &'static ::phala_api::__private::Endpoint {
            #descriptor
            &__ENDPOINT
        }

        #(#attrs)*
        #sig {
            ::phala_api::__private::Call::new(
                ::phala_api::Api::client(self),
                Self::#descriptor_fn(),
            )
            #(#steps)*
            .send::<#shape, #error>()
        }
    }
}

/// One call per argument: path values in template order, then the others in signature order.
fn steps(arguments: &[Arg], endpoint: &Endpoint) -> Vec<TokenStream> {
    let by_name: HashMap<String, &Arg> = arguments.iter().map(|arg| (arg.text(), arg)).collect();
    let params = endpoint
        .segments
        .iter()
        .filter_map(|segment| match segment {
            Segment::Param(param) => by_name.get(param.as_str()).copied(),
            Segment::Literal(_) => None,
        });
    // Spanned at each argument's type, so a type without the needed trait is reported there.
    let paths = params.map(|arg| {
        let name = &arg.name;
        quote_spanned!(arg.ty.span()=> .path(&#name))
    });
    let others = arguments.iter().filter_map(|arg| {
        let (name, param) = (&arg.name, arg.text());
        Some(match &arg.role {
            Role::Path => return None,
            Role::Query { name: rename, .. } => {
                let key = rename
                    .as_ref()
                    .map_or_else(|| param.clone(), syn::LitStr::value);
                quote_spanned!(arg.ty.span()=> .query(#param, #key, &#name))
            }
            Role::Header { name: header } => {
                let header = header.value().to_ascii_lowercase();
                quote_spanned!(arg.ty.span()=> .header(#param, #header, &#name))
            }
            Role::Body { .. } => quote_spanned!(arg.ty.span()=> .json_body(#param, &#name)),
        })
    });
    paths.chain(others).collect()
}

/// The runtime's reading strategy for the success type.
fn shape(success: &Success) -> TokenStream {
    match success {
        Success::Json(ty) => quote_spanned!(ty.span()=> ::phala_api::__private::Json<#ty>),
        Success::Unit => quote!(::phala_api::__private::Empty),
        Success::Optional(inner) => {
            let inner = shape(inner);
            quote!(::phala_api::__private::Optional<#inner>)
        }
        Success::Response(inner) => {
            let inner = shape(inner);
            quote!(::phala_api::__private::WithMeta<#inner>)
        }
    }
}

/// The signature without `#[query]`, `#[header]` and `#[body]`, which only the macro reads.
fn without_roles(sig: &Signature) -> Signature {
    let mut sig = sig.clone();
    for input in &mut sig.inputs {
        if let FnArg::Typed(typed) = input {
            typed.attrs.retain(|attr| {
                !ROLE_ATTRIBUTES
                    .iter()
                    .any(|role| attr.path().is_ident(role))
            });
        }
    }
    sig
}

/// The method of an invalid attribute, given a body that never runs (the `compile_error!`
/// emitted beside it stops the build) so that impls and callers still type-check.
pub(crate) fn stub(mut item: TraitItemFn) -> TokenStream {
    item.sig = without_roles(&item.sig);
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
    let timeout = match endpoint.timeout_ms {
        Some(ms) => quote!(::core::option::Option::Some(::core::time::Duration::from_millis(#ms))),
        None => quote!(::core::option::Option::None),
    };
    let retry = match endpoint.retry {
        Some(retry) => quote!(::core::option::Option::Some(#retry)),
        None => quote!(::core::option::Option::None),
    };
    quote! {
        static __ENDPOINT: ::phala_api::__private::Endpoint = ::phala_api::__private::Endpoint {
            name: #name,
            method: ::phala_api::__private::Method::#method,
            template: #template,
            segments: &[#(#segments),*],
            headers: &[#(#headers),*],
            timeout: #timeout,
            retry: #retry,
            prepared: ::phala_api::__private::Prepared::new(),
        };
    }
}
