//! The two attributes as written, syntax only: `#[api_endpoint(METHOD "TEMPLATE", option*)]`
//! on a method and `#[phala_api::api(option*)]` on a trait. An option is
//! `header("Name" = "value")`, `timeout = "5s"`, `retry = true|false` or `retry(409, …)`.
//!
//! Meaning (is the method known, is the template valid, is the header legal) is decided in
//! `check`, so that all such mistakes are reported together.

use proc_macro2::{Span, TokenTree};
use syn::parse::{Parse, ParseStream};
use syn::{Ident, LitBool, LitStr, Token, parenthesized};

use crate::contract::spec::Spec;

/// The methods the attribute accepts, in the order error messages list them.
pub(crate) const METHODS: [&str; 7] = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];

/// `#[api_endpoint(…)]` as written.
pub(crate) struct EndpointAttr {
    pub(crate) method: Ident,
    pub(crate) template: LitStr,
    pub(crate) options: Vec<Opt>,
}

/// `#[phala_api::api(…)]` as written: options every endpoint of the trait shares, and the
/// document its endpoints are checked against.
pub(crate) struct ApiAttr {
    pub(crate) options: Vec<Opt>,
    /// `spec = "…"`, or bare `spec` for the crate's default document.
    pub(crate) spec: Option<Spec>,
}

/// One `, option` of either attribute (the grammar's OPTION).
pub(crate) enum Opt {
    /// `header("Name" = "value")`: a fixed header sent on every call.
    Header { name: LitStr, value: LitStr },
    /// `timeout = "5s"`: the total deadline, instead of the client's.
    Timeout(LitStr),
    /// `retry = true` / `retry = false`: whether failed attempts may be repeated.
    Retry(LitBool),
    /// `retry(409, …)`: statuses the operation documents as transient, retried like 503.
    RetryOn(Vec<syn::LitInt>),
    /// Any other name; its tokens are skipped so parsing can go on.
    Unknown(Ident),
}

const USAGE: &str = "expected `#[api_endpoint(METHOD \"/path\")]`, e.g. \
                     `#[api_endpoint(GET \"/api/v1/kms/<kms_id>\")]`";

impl Parse for EndpointAttr {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        if input.is_empty() {
            return Err(syn::Error::new(Span::call_site(), USAGE));
        }
        let method = if input.peek(Ident) {
            input.parse::<Ident>()?
        } else {
            return Err(input.error(format!(
                "expected an HTTP method first: one of {}",
                METHODS.join(", ")
            )));
        };
        if input.is_empty() {
            return Err(syn::Error::new(
                method.span(),
                format!(
                    "expected a path after `{method}`, e.g. `{method} \"/api/v1/kms/<kms_id>\"`"
                ),
            ));
        }
        let template = if input.peek(LitStr) {
            input.parse::<LitStr>()?
        } else {
            return Err(
                input.error("the path must be a string literal, e.g. `\"/api/v1/kms/<kms_id>\"`")
            );
        };
        let mut options = Vec::new();
        while !input.is_empty() {
            input.parse::<Token![,]>()?;
            if input.is_empty() {
                break; // a trailing comma
            }
            options.push(input.parse()?);
        }
        Ok(EndpointAttr {
            method,
            template,
            options,
        })
    }
}

impl Parse for ApiAttr {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        let mut attr = ApiAttr {
            options: Vec::new(),
            spec: None,
        };
        while !input.is_empty() {
            if input.peek(Ident) && input.fork().parse::<Ident>().is_ok_and(|k| k == "spec") {
                let keyword: Ident = input.parse()?;
                if attr.spec.is_some() {
                    return Err(syn::Error::new(keyword.span(), "`spec` is set twice"));
                }
                attr.spec = Some(Spec::parse_after_keyword(keyword.span(), input)?);
            } else {
                attr.options.push(input.parse()?);
            }
            if input.is_empty() {
                break;
            }
            input.parse::<Token![,]>()?;
        }
        Ok(attr)
    }
}

impl Parse for Opt {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        let keyword = input
            .call(<Ident as syn::ext::IdentExt>::parse_any)
            .map_err(|_| {
                input.error("expected an option such as `header(\"Name\" = \"value\")`")
            })?;
        // A wrong value is reported at the value itself (`input.error` at the unparsed token).
        if keyword == "timeout" && input.peek(Token![=]) {
            input.parse::<Token![=]>()?;
            if !input.peek(LitStr) {
                return Err(input.error("expected a duration string, e.g. `timeout = \"5s\"`"));
            }
            return Ok(Opt::Timeout(input.parse()?));
        }
        if keyword == "retry" && input.peek(syn::token::Paren) {
            let content;
            parenthesized!(content in input);
            let statuses = content.parse_terminated(syn::LitInt::parse, Token![,])?;
            if statuses.is_empty() {
                return Err(content.error("expected statuses to retry on, e.g. `retry(409)`"));
            }
            return Ok(Opt::RetryOn(statuses.into_iter().collect()));
        }
        if keyword == "retry" && input.peek(Token![=]) {
            input.parse::<Token![=]>()?;
            if !input.peek(LitBool) {
                return Err(input.error("expected `retry = true` or `retry = false`"));
            }
            return Ok(Opt::Retry(input.parse()?));
        }
        if keyword != "header" {
            // Skip to the next top-level comma; `check` reports the unknown name.
            while !input.is_empty() && !input.peek(Token![,]) {
                input.parse::<TokenTree>()?;
            }
            return Ok(Opt::Unknown(keyword));
        }
        let content;
        parenthesized!(content in input);
        let name: LitStr = content.parse()?;
        content.parse::<Token![=]>()?;
        let value: LitStr = content.parse()?;
        if !content.is_empty() {
            return Err(content.error("expected `)` after the header value"));
        }
        Ok(Opt::Header { name, value })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::quote;

    fn parse(tokens: proc_macro2::TokenStream) -> syn::Result<EndpointAttr> {
        syn::parse2(tokens)
    }

    #[test]
    fn parses_method_path_and_options() {
        let attr =
            parse(quote!(GET "/a/<b>", header("X-V" = "1"), retries = 3, timeout = "5s",)).unwrap();
        assert_eq!(attr.method, "GET");
        assert_eq!(attr.template.value(), "/a/<b>");
        assert!(matches!(
            &attr.options[..],
            [
                Opt::Header { name, value },
                Opt::Unknown(unknown),
                Opt::Timeout(timeout),
            ] if name.value() == "X-V" && value.value() == "1" && unknown == "retries"
                && timeout.value() == "5s"
        ));
    }

    #[test]
    fn the_trait_attribute_takes_options_only() {
        let attr: ApiAttr = syn::parse2(quote!(header("X-V" = "1"), retry = false,)).unwrap();
        assert_eq!(attr.options.len(), 2);
        assert!(syn::parse2::<ApiAttr>(quote!()).unwrap().options.is_empty());
        // A method and path here is an unknown option, which `check` reports by name.
        let misplaced: ApiAttr = syn::parse2(quote!(GET "/a")).unwrap();
        assert!(matches!(&misplaced.options[..], [Opt::Unknown(name)] if name == "GET"));
    }

    #[test]
    fn syntax_errors_are_errors() {
        for tokens in [
            quote!(),
            quote!("/a"),
            quote!(GET),
            quote!(GET path),
            quote!(GET 42),
            quote!(GET "/a" header("X" = "y")),
            quote!(GET "/a", header("X")),
            quote!(GET "/a", header("X" = "y" "z")),
            quote!(GET "/a", 5),
            quote!(GET "/a", timeout = 5),
            quote!(GET "/a", retry = "yes"),
        ] {
            assert!(parse(tokens.clone()).is_err(), "{tokens}");
        }
    }
}
