//! `#[derive(Schema)]` with `#[schema("Component", spec = "openapi.json")]`: a struct, newtype
//! or string enum held against `components.schemas.<Component>` at compile time, through
//! serde's own attributes, and `phala_api::Schema` implemented with the component's name.

use proc_macro2::TokenStream;
use quote::quote;
use syn::parse::{Parse, ParseStream};
use syn::{DeriveInput, LitStr, Token};

use crate::contract::component::{self, Declared};
use crate::contract::spec::{DEFAULT_SPEC, Spec};
use crate::errors::Errors;

/// `#[schema("Name", spec = "…", partial, ignore("a", "b"))]`.
struct SchemaAttr {
    name: LitStr,
    spec: Spec,
    ignore: Vec<LitStr>,
    partial: bool,
}

impl Parse for SchemaAttr {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        let name: LitStr = input.parse().map_err(|_| {
            input.error("expected the component's name first: `#[schema(\"KMSInfo\", spec = \"openapi.json\")]`")
        })?;
        let (mut spec, mut ignore, mut partial) = (None, Vec::new(), false);
        while !input.is_empty() {
            input.parse::<Token![,]>()?;
            if input.is_empty() {
                break;
            }
            let key: syn::Ident = input.parse()?;
            if key == "spec" && spec.is_none() {
                spec = Some(Spec::parse_after_keyword(key.span(), input)?);
            } else if key == "ignore" {
                let content;
                syn::parenthesized!(content in input);
                ignore.extend(content.parse_terminated(|i| i.parse::<LitStr>(), Token![,])?);
            } else if key == "partial" && !partial {
                partial = true;
            } else if key == "spec" || key == "partial" {
                return Err(syn::Error::new(
                    key.span(),
                    format!("`{key}` is given twice"),
                ));
            } else {
                return Err(syn::Error::new(
                    key.span(),
                    format!(
                        "unknown `#[schema]` option `{key}`: expected `spec = \"…\"`, `partial` \
                         or `ignore(\"property\", …)`"
                    ),
                ));
            }
        }
        Ok(SchemaAttr {
            spec: spec.unwrap_or_else(|| Spec::default_at(name.span())),
            name,
            ignore,
            partial,
        })
    }
}

/// The derive's expansion.
pub fn derive(input: TokenStream) -> TokenStream {
    derive_with(input, std::env::var(DEFAULT_SPEC).ok())
}

/// The derive with `default_spec`, the crate's default document when one is set.
fn derive_with(input: TokenStream, default_spec: Option<String>) -> TokenStream {
    let input: DeriveInput = match syn::parse2(input) {
        Ok(input) => input,
        Err(error) => return error.into_compile_error(),
    };
    let attr = match schema_attr(&input) {
        Ok(attr) => attr,
        Err(error) => return error.into_compile_error(),
    };
    let name = attr.name.value();
    let mut errors = Errors::default();
    let checked = attr
        .spec
        .load_with(default_spec)
        .map_err(|e| errors.combine(e))
        .ok();
    let declared = Declared {
        ignore: &attr.ignore,
        partial: attr.partial,
    };
    let found = match &checked {
        Some(checked) => component::check(
            &input,
            &attr.name,
            &declared,
            &checked.loaded.document,
            &mut errors,
        ),
        None => component::Found::default(),
    };
    let ident = &input.ident;
    let (impl_generics, type_generics, where_clause) = input.generics.split_for_impl();
    let properties = &found.properties;
    let held = found
        .held
        .as_ref()
        .map(|held| quote!(const HELD: &'static [&'static str] = &[#(#held),*];));
    let implementation = quote! {
        impl #impl_generics ::phala_api::Schema for #ident #type_generics #where_clause {
            const NAME: &'static str = #name;
            const PROPERTIES: &'static [&'static str] = &[#(#properties),*];
            #held
        }
    };
    let tracking = checked.as_ref().map(|checked| &checked.tracking);
    // With errors, the impl still goes out: uses of the type do not cascade.
    let errors = errors
        .finish(Some(()))
        .err()
        .map(syn::Error::into_compile_error);
    // Checks name the field types beside the item, where a generic parameter does not exist.
    let checks = if input.generics.params.is_empty() {
        found.checks
    } else {
        Vec::new()
    };
    quote!(#errors #implementation #tracking #(#checks)*)
}

fn schema_attr(input: &DeriveInput) -> syn::Result<SchemaAttr> {
    let mut found = input.attrs.iter().filter(|a| a.path().is_ident("schema"));
    let Some(attr) = found.next() else {
        return Err(syn::Error::new(
            input.ident.span(),
            "`#[derive(Schema)]` needs the component it is checked against: \
             `#[schema(\"KMSInfo\", spec = \"openapi.json\")]`",
        ));
    };
    if let Some(second) = found.next() {
        return Err(syn::Error::new_spanned(
            second,
            "`#[schema(…)]` is given twice",
        ));
    }
    attr.parse_args()
}

#[cfg(test)]
mod tests {
    use quote::quote;

    fn expand(default_spec: Option<&str>) -> String {
        let input = quote! {
            #[schema("NodeDraft")]
            struct NodeDraft {
                url: String,
                #[serde(default)]
                weight: Option<f64>,
            }
        };
        super::derive_with(input, default_spec.map(str::to_owned)).to_string()
    }

    #[test]
    fn a_crate_default_document_stands_in_for_spec() {
        let document = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../tests/openapi/contract-3.1.json"
        );
        let expanded = expand(Some(document));
        assert!(!expanded.contains("compile_error"), "{expanded}");
        assert!(
            expanded.contains("option_env ! (\"PHALA_API_SPEC\")"),
            "{expanded}"
        );
        let without = expand(None);
        assert!(without.contains("PHALA_API_SPEC"), "{without}");
        assert!(without.contains("compile_error"), "{without}");
    }
}
