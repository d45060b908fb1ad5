//! Checked IR -> tokens. Reads only `ir`; holds no user-facing text and judges nothing.
//!
//! A method's body is a const description of the request (method, path pieces, fixed headers
//! built at compile time) handed to `phala_api::__private::Call`, then one chained call per
//! argument. All logic (encoding, sending, decoding) is in the runtime, where it is tested as
//! code. Paths are absolute (`::phala_api`, `::core`), so the expansion compiles in any module.

use proc_macro2::TokenStream;
use quote::{ToTokens, format_ident, quote, quote_spanned};
use syn::spanned::Spanned;
use syn::{parse_quote, parse_quote_spanned};

use crate::ir::{BodyKind, Endpoint, PathPart, PathPiece, Role, Shape};

/// The method with its generated default body, its descriptor written inside it.
pub(crate) fn method(endpoint: &Endpoint) -> TokenStream {
    method_with(endpoint, &descriptor(endpoint))
}

/// The method with its generated default body, `descriptor` an expression of type
/// `&'static Endpoint` (the block `descriptor` makes, or a path to a static holding one).
pub(crate) fn method_with(endpoint: &Endpoint, descriptor: &TokenStream) -> TokenStream {
    let mut item = endpoint.item.clone();
    let returns = &endpoint.returns;
    if item.sig.asyncness.take().is_some() {
        let written = &returns.written;
        // Spanned at the written result type: a bound it fails is reported there.
        item.sig.output = parse_quote_spanned! {written.span()=>
            -> impl ::core::future::Future<Output = #written> + ::core::marker::Send
        };
    }
    let steps = steps(endpoint);
    let shape = shape(&returns.shape);
    // The error type is inferred from the declared result; spanned there, a type that is not
    // one is reported at it (or, where rustc cannot tell, at the attribute).
    let send = quote_spanned!(returns.error.span()=> .send(#shape));
    item.default = Some(parse_quote!({
        use ::phala_api::__private::Sends as _;
        ::phala_api::__private::Call::new(::phala_api::Api::client(self), #descriptor)
            #(#steps)*
            #send
    }));
    item.semi_token = None;
    item.into_token_stream()
}

/// A block that evaluates to `&'static Endpoint`: everything about the request that is known
/// at compile time, header names and values included (their constructors are `const fn`).
pub(crate) fn descriptor(endpoint: &Endpoint) -> TokenStream {
    let name = endpoint.item.sig.ident.to_string();
    let method = format_ident!("{}", endpoint.method);
    let template = &endpoint.template;
    let url_template = &endpoint.document_path;
    let span_name = format!("{} {url_template}", endpoint.method);
    let path = path_literals(&endpoint.path);
    let headers = &endpoint.options.headers;
    let count = headers.len();
    let headers = headers.iter().map(|header| {
        let (key, value) = (&header.key, &header.value);
        quote!(::phala_api::__private::fixed_header(#key, #value))
    });
    let timeout = match endpoint.options.timeout_ms {
        Some(ms) => quote!(::core::option::Option::Some(::core::time::Duration::from_millis(#ms))),
        None => quote!(::core::option::Option::None),
    };
    // The common case in one name, so a descriptor stays a line per field.
    let retry = match (endpoint.options.retry, &endpoint.options.retry_on) {
        (None, None) => quote!(::phala_api::__private::Retries::DEFAULT),
        (repeat, on) => {
            let repeat = match repeat {
                Some(repeat) => quote!(::core::option::Option::Some(#repeat)),
                None => quote!(::core::option::Option::None),
            };
            let on = on.iter().flatten().map(|status| {
                let status = status.base10_parse::<u16>().unwrap_or_default();
                quote!(#status)
            });
            quote!(::phala_api::__private::Retries { repeat: #repeat, on: &[#(#on),*] })
        }
    };
    quote! {{
        static __PHALA_HEADERS: [::phala_api::__private::FixedHeader; #count] = [#(#headers),*];
        static __PHALA_ENDPOINT: ::phala_api::__private::Endpoint = ::phala_api::__private::Endpoint {
            name: #name,
            method: ::phala_api::__private::Method::#method,
            template: #template,
            url_template: #url_template,
            span_name: #span_name,
            path: &[#(#path),*],
            headers: &__PHALA_HEADERS,
            timeout: #timeout,
            retry: #retry,
        };
        &__PHALA_ENDPOINT
    }}
}

/// The literal text around the path's values: one more piece than there are values, so the
/// runtime alternates literal, value, literal without looking anything up.
fn path_literals(pieces: &[PathPiece]) -> Vec<String> {
    let mut literals = vec![String::new()];
    for piece in pieces {
        let last = literals.len() - 1;
        literals[last].push('/');
        match piece {
            PathPiece::Literal(text) => literals[last].push_str(text),
            PathPiece::Argument(_) => literals.push(String::new()),
            PathPiece::Mixed(parts) => {
                for part in parts {
                    match part {
                        PathPart::Text(text) => {
                            let last = literals.len() - 1;
                            literals[last].push_str(text);
                        }
                        PathPart::Argument(_) => literals.push(String::new()),
                    }
                }
            }
        }
    }
    if pieces.is_empty() {
        literals[0].push('/');
    }
    literals
}

/// One call per argument: path values in template order, then the others in declaration order.
/// Each value goes as a `&dyn` of its role's trait (`__private::PathArgument`, …), spanned at
/// the argument's type, so a type without the needed trait is reported there, once.
fn steps(endpoint: &Endpoint) -> Vec<TokenStream> {
    let arguments = &endpoint.arguments;
    let indices = endpoint.path.iter().flat_map(|piece| match piece {
        PathPiece::Argument(index) => vec![*index],
        PathPiece::Literal(_) => Vec::new(),
        PathPiece::Mixed(parts) => parts
            .iter()
            .filter_map(|part| match part {
                PathPart::Argument(index) => Some(*index),
                PathPart::Text(_) => None,
            })
            .collect(),
    });
    let paths = indices.map(|index| {
        let argument = &arguments[index];
        let (name, placeholder) = (&argument.name, argument.text());
        quote_spanned!(argument.ty.span()=> .path(#placeholder, &#name))
    });
    let others = arguments.iter().filter_map(|argument| {
        let (name, param) = (&argument.name, argument.text());
        Some(match &argument.role {
            Role::Path => return None,
            Role::Query { key } => {
                quote_spanned!(argument.ty.span()=> .query(#param, #key, &#name))
            }
            Role::Header { key } => quote_spanned! {argument.ty.span()=>
                .header(
                    #param,
                    const { ::phala_api::__private::HeaderName::from_static(#key) },
                    &#name,
                )
            },
            Role::Body { kind, optional } => body(argument, &param, name, kind, *optional),
        })
    });
    paths.chain(others).collect()
}

/// The call that sets the body from argument `name`: `json_body(…)` or, for an `Option`,
/// `json_body_if(…)` with the value as a `&dyn` of its role, `None` for no body.
fn body(
    argument: &crate::ir::Argument,
    param: &str,
    name: &syn::Ident,
    kind: &BodyKind,
    optional: bool,
) -> TokenStream {
    let span = argument.ty.span();
    let (method, role, extra) = match kind {
        BodyKind::Json => ("json_body", quote!(JsonArgument), None),
        BodyKind::Form => ("form_body", quote!(QueryArgument), None),
        BodyKind::Raw(media) => (
            "raw_body",
            quote!(RawArgument),
            Some(quote!(const { ::phala_api::__private::HeaderValue::from_static(#media) })),
        ),
        // Taken by value: a form's parts are streams that are read once.
        BodyKind::Multipart => {
            return quote_spanned! {span=>
                .multipart_body(#param, ::phala_api::__private::MultipartArgument::into_form(#name))
            };
        }
    };
    let extra = extra.map(|value| quote!(, #value));
    if optional {
        let method = quote::format_ident!("{method}_if");
        quote_spanned! {span=>
            .#method(#param, ::core::option::Option::map(
                ::core::option::Option::as_ref(&#name),
                |value| value as &dyn ::phala_api::__private::#role,
            ) #extra)
        }
    } else {
        let method = quote::format_ident!("{method}");
        quote_spanned!(span=> .#method(#param, &#name #extra))
    }
}

/// The runtime's value for reading the success type; a JSON one holds the type's decoder,
/// named where the type is written.
fn shape(shape: &Shape) -> TokenStream {
    match shape {
        Shape::Json(ty) => quote_spanned! {ty.span()=>
            <#ty as ::phala_api::__private::Decoded>::JSON
        },
        Shape::Unit => quote!(::phala_api::__private::Unit),
        Shape::Text => quote!(::phala_api::__private::Text),
        Shape::Bytes { vec: false } => quote!(::phala_api::__private::Raw),
        Shape::Bytes { vec: true } => quote!(::phala_api::__private::RawVec),
        Shape::Stream => quote!(::phala_api::__private::Streamed),
        // The events' decoder is `T`'s JSON one, named where `T` is written.
        Shape::Events(ty) => quote_spanned! {ty.span()=>
            ::phala_api::__private::Events(<#ty as ::phala_api::__private::Decoded>::JSON.0)
        },
        Shape::Optional(inner) => {
            let inner = self::shape(inner);
            quote!(::phala_api::__private::Optional(#inner))
        }
        Shape::WithResponse(inner) => {
            let inner = self::shape(inner);
            quote!(::phala_api::__private::WithResponse(#inner))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn literals(pieces: Vec<PathPiece>) -> Vec<String> {
        path_literals(&pieces)
    }

    #[test]
    fn path_literals_surround_every_value() {
        use PathPiece::{Argument, Literal};
        let lit = |text: &str| Literal(text.to_owned());
        assert_eq!(literals(vec![]), ["/"]);
        assert_eq!(literals(vec![lit("a"), lit("")]), ["/a/"]);
        assert_eq!(literals(vec![Argument(0)]), ["/", ""]);
        assert_eq!(
            literals(vec![lit("kms"), Argument(0), lit("pubkey"), Argument(1)]),
            ["/kms/", "/pubkey/", ""]
        );
        assert_eq!(
            literals(vec![Argument(0), Argument(1), lit("")]),
            ["/", "/", "/"]
        );
        let text = |t: &str| PathPart::Text(t.to_owned());
        assert_eq!(
            literals(vec![
                lit("compare"),
                PathPiece::Mixed(vec![
                    PathPart::Argument(0),
                    text("..."),
                    PathPart::Argument(1)
                ]),
                PathPiece::Mixed(vec![text("v"), PathPart::Argument(2), text(".json")]),
            ]),
            ["/compare/", "...", "/v", ".json"]
        );
    }
}
