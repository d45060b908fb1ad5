//! One endpoint, start to end: parse -> check -> expand, or the collected errors with a stub
//! of the method (`fallback`). Plain functions on `proc_macro2` tokens, so unit, property and
//! fuzz tests call them directly.

use proc_macro2::TokenStream;
use quote::quote;
use syn::TraitItemFn;

use crate::attr::EndpointAttr;
use crate::errors::Errors;
use crate::{check, declaration, expand, fallback, ir};

/// `#[api_endpoint(attr)] item` on its own, in a trait without `#[phala_api::api]`.
pub fn endpoint_attribute(attr: TokenStream, item: TokenStream) -> TokenStream {
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
    match endpoint(attr, &method, &ir::Options::default()) {
        Ok(endpoint) => expand::method(&endpoint),
        Err(errors) => fallback::method(errors, &method),
    }
}

/// Parses and checks one method under its trait's `outer` options, reporting all errors
/// together.
pub(crate) fn endpoint(
    attr: TokenStream,
    method: &TraitItemFn,
    outer: &ir::Options,
) -> syn::Result<ir::Endpoint> {
    let mut errors = Errors::default();
    let attr = syn::parse2::<EndpointAttr>(attr)
        .map_err(|error| errors.combine(error))
        .ok();
    let declaration = declaration::parse(method, &mut errors);
    check::endpoint(attr.as_ref(), declaration, outer, errors)
}

/// No input makes the macro panic: arbitrary templates, attribute arguments and method text
/// each give tokens (an expansion or `compile_error!`s). `PROPTEST_CASES` raises the count.
#[cfg(test)]
mod never_panics {
    use std::str::FromStr;

    use proc_macro2::TokenStream;
    use proptest::prelude::*;

    const METHOD: &str = "async fn get_kms_info(&self, kms_id: &str) -> Result<KmsInfo, Error>;";

    fn config() -> ProptestConfig {
        let cases = std::env::var("PROPTEST_CASES")
            .ok()
            .and_then(|n| n.parse().ok());
        ProptestConfig::with_cases(cases.unwrap_or(2000))
    }

    /// Templates built from the characters that matter to the parser.
    fn template() -> impl Strategy<Value = String> {
        proptest::string::string_regex("[/<>a-z_.?#% -]{0,40}").expect("a valid regex")
    }

    fn tokens(text: &str) -> Option<TokenStream> {
        TokenStream::from_str(text).ok()
    }

    proptest! {
        #![proptest_config(config())]

        #[test]
        fn any_template(text in template()) {
            let _ = crate::template::parse(&text);
            let attr = tokens(&format!("GET {text:?}")).expect("a string literal lexes");
            let _ = super::endpoint_attribute(attr, tokens(METHOD).expect("valid"));
        }

        #[test]
        fn any_string_as_template(text in any::<String>()) {
            let _ = crate::template::parse(&text);
        }

        #[test]
        fn any_attribute_arguments(text in any::<String>()) {
            if let Some(attr) = tokens(&text) {
                let _ = super::endpoint_attribute(attr, tokens(METHOD).expect("valid"));
            }
        }

        #[test]
        fn the_derives_take_any_item(text in any::<String>(), name in "[A-Za-z]{1,8}") {
            let shaped = format!(
                "#[schema(\"{name}\", spec = \"../tests/openapi/contract-3.1.json\")] struct {name} {{ {text} }}"
            );
            for item in [text.clone(), shaped] {
                if let Some(item) = tokens(&item) {
                    let _ = crate::derive_api_error(item.clone());
                    let _ = crate::derive_schema(item.clone());
                    let _ = crate::derive_query_params(item.clone());
                    let _ = crate::api_attribute(TokenStream::new(), item);
                }
            }
        }

        #[test]
        fn any_method_text(text in any::<String>(), prefix in "(async )?fn [a-z]{1,3}\\(") {
            let attr = tokens("GET \"/api/v1/kms/<kms_id>\"").expect("valid");
            for item in [text.clone(), format!("{prefix}{text}")] {
                if let Some(item) = tokens(&item) {
                    let _ = super::endpoint_attribute(attr.clone(), item);
                }
            }
        }
    }

    #[test]
    fn long_templates_and_many_placeholders() {
        let long = format!("/{}", "a".repeat(10_000));
        assert!(crate::template::parse(&long).is_ok());
        let expanded = expand_placeholders(500).to_string();
        assert!(!expanded.contains("compile_error"), "{expanded:.300}");
    }

    /// Expands a method with `n` placeholders and `n` arguments.
    fn expand_placeholders(n: usize) -> TokenStream {
        let names: Vec<String> = (0..n).map(|i| format!("p{i}")).collect();
        let template: String = names.iter().map(|n| format!("/<{n}>")).collect();
        let args: String = names.iter().map(|n| format!(", {n}: u32")).collect();
        let method = format!("async fn f(&self{args}) -> Result<(), Error>;");
        let attr = tokens(&format!("GET {template:?}")).expect("valid");
        super::endpoint_attribute(attr, tokens(&method).expect("valid"))
    }
}

/// The expansion of a representative method (path, query, header and body arguments), pretty
/// printed: what BENCHMARKS.md counts as the lines per endpoint.
#[cfg(test)]
mod size {
    use std::str::FromStr;

    use proc_macro2::TokenStream;

    /// The lines of the expansion, as `prettyplease` prints them.
    pub(crate) fn expanded_lines() -> (String, usize) {
        let attr = TokenStream::from_str(
            r#"POST "/api/v1/orgs/<org>/items", header("X-Phala-Version" = "2026-05-22")"#,
        )
        .expect("valid");
        let item = TokenStream::from_str(
            "async fn create(&self, org: &str, #[query] dry_run: bool, \
             #[header(\"X-Trace\")] trace: Option<&str>, #[body] draft: &Draft) \
             -> Result<Item, Error>;",
        )
        .expect("valid");
        let tokens = super::endpoint_attribute(attr, item);
        let file: syn::File = syn::parse2(quote::quote!(trait Items { #tokens })).expect("a trait");
        let text = prettyplease::unparse(&file);
        let lines = text.lines().filter(|line| !line.trim().is_empty()).count();
        (text, lines)
    }

    #[test]
    fn an_endpoint_expands_to_a_few_lines() {
        let (text, lines) = expanded_lines();
        assert!(!text.contains("compile_error"), "{text}");
        // The request is described, then handed to the runtime: no inlined pipeline.
        assert!(text.contains(".send("), "{text}");
        assert!(lines <= 45, "{lines} lines:\n{text}");
        println!("{lines} lines:\n{text}");
    }
}
