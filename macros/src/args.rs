//! The attribute's arguments: `METHOD "TEMPLATE" [, option]*`, syntax only.
//!
//! Meaning (is the method known, is the template valid, is the header legal) is decided in
//! `check.rs`, so that all such mistakes are reported together.

use proc_macro2::{Span, TokenTree};
use syn::parse::{Parse, ParseStream};
use syn::{Ident, LitBool, LitStr, Token, parenthesized};

/// The methods the attribute accepts, in the order error messages list them.
pub(crate) const METHODS: [&str; 7] = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];

/// `#[api_endpoint(…)]` as written.
pub(crate) struct Args {
    pub(crate) method: Ident,
    pub(crate) path: LitStr,
    pub(crate) options: Vec<EndpointOption>,
}

/// One `, option` after the path.
pub(crate) enum EndpointOption {
    /// `header("Name" = "value")`: a fixed header sent on every call.
    Header { name: LitStr, value: LitStr },
    /// `timeout = "5s"`: this method's total deadline, instead of the client's.
    Timeout(LitStr),
    /// `retry = true` / `retry = false`: whether failed attempts may be repeated.
    Retry(LitBool),
    /// Any other option name; its tokens are skipped so parsing can go on.
    Unknown(Ident),
}

const USAGE: &str = "expected `#[api_endpoint(METHOD \"/path\")]`, e.g. \
                     `#[api_endpoint(GET \"/api/v1/kms/<kms_id>\")]`";

impl Parse for Args {
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
        let path = if input.peek(LitStr) {
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
        Ok(Args {
            method,
            path,
            options,
        })
    }
}

impl Parse for EndpointOption {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        let keyword = input
            .call(<Ident as syn::ext::IdentExt>::parse_any)
            .map_err(|_| {
                input.error("expected an option such as `header(\"Name\" = \"value\")`")
            })?;
        if keyword == "timeout" && input.peek(Token![=]) {
            input.parse::<Token![=]>()?;
            return Ok(EndpointOption::Timeout(input.parse().map_err(|_| {
                input.error("expected a duration string, e.g. `timeout = \"5s\"`")
            })?));
        }
        if keyword == "retry" && input.peek(Token![=]) {
            input.parse::<Token![=]>()?;
            return Ok(EndpointOption::Retry(input.parse().map_err(|_| {
                input.error("expected `retry = true` or `retry = false`")
            })?));
        }
        if keyword != "header" {
            // Skip to the next top-level comma; `check` reports the unknown name.
            while !input.is_empty() && !input.peek(Token![,]) {
                input.parse::<TokenTree>()?;
            }
            return Ok(EndpointOption::Unknown(keyword));
        }
        let content;
        parenthesized!(content in input);
        let name: LitStr = content.parse()?;
        content.parse::<Token![=]>()?;
        let value: LitStr = content.parse()?;
        if !content.is_empty() {
            return Err(content.error("expected `)` after the header value"));
        }
        Ok(EndpointOption::Header { name, value })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::quote;

    fn parse(tokens: proc_macro2::TokenStream) -> syn::Result<Args> {
        syn::parse2(tokens)
    }

    #[test]
    fn parses_method_path_and_options() {
        let args =
            parse(quote!(GET "/a/<b>", header("X-V" = "1"), retries = 3, timeout = "5s",)).unwrap();
        assert_eq!(args.method, "GET");
        assert_eq!(args.path.value(), "/a/<b>");
        assert!(matches!(
            &args.options[..],
            [
                EndpointOption::Header { name, value },
                EndpointOption::Unknown(unknown),
                EndpointOption::Timeout(timeout),
            ] if name.value() == "X-V" && value.value() == "1" && unknown == "retries"
                && timeout.value() == "5s"
        ));
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
