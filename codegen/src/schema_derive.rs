//! `#[derive(Schema)]` with `#[schema("Component", spec = "openapi.json")]`: a struct, newtype
//! or string enum held against `components.schemas.<Component>` at compile time, through
//! serde's own attributes, and `phala_api::Schema` implemented with the component's name.

use std::collections::BTreeMap;

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::parse::{Parse, ParseStream};
use syn::spanned::Spanned;
use syn::{Data, DeriveInput, Fields, LitStr, Token, Type};

use crate::check::suggest;
use crate::contract::document::{Document, Loaded};
use crate::contract::fit::holds_every_value;
use crate::contract::rust_type::{RustKind, element, mentions_self, nameable};
use crate::contract::schema::{Kinds, items, named_component};
use crate::contract::{self, schema_check};
use crate::errors::Errors;
use crate::serde_attrs::{Container, Member, Side};

/// `#[schema("Name", spec = "…", ignore("a", "b"))]`.
struct SchemaAttr {
    name: LitStr,
    spec: Option<LitStr>,
    ignore: Vec<LitStr>,
}

impl Parse for SchemaAttr {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        let name: LitStr = input.parse().map_err(|_| {
            input.error("expected the component's name first: `#[schema(\"KMSInfo\", spec = \"openapi.json\")]`")
        })?;
        let (mut spec, mut ignore) = (None, Vec::new());
        while !input.is_empty() {
            input.parse::<Token![,]>()?;
            if input.is_empty() {
                break;
            }
            let key: syn::Ident = input.parse()?;
            if key == "spec" {
                input.parse::<Token![=]>()?;
                spec = Some(input.parse()?);
            } else if key == "ignore" {
                let content;
                syn::parenthesized!(content in input);
                ignore.extend(content.parse_terminated(|i| i.parse::<LitStr>(), Token![,])?);
            } else {
                return Err(syn::Error::new(
                    key.span(),
                    format!(
                        "unknown `#[schema]` option `{key}`: expected `spec = \"…\"` or `ignore(\"property\", …)`"
                    ),
                ));
            }
        }
        Ok(SchemaAttr { name, spec, ignore })
    }
}

/// The variable that names a crate's default document, for `#[schema("Name")]` without
/// `spec`: set it for the crate in `.cargo/config.toml` (`[env] PHALA_API_SPEC = "…"`).
const DEFAULT_SPEC: &str = "PHALA_API_SPEC";

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
    // Without `spec`, the crate's default: `option_env!` makes rustc record the variable, so
    // cargo rebuilds when it changes.
    let (spec, tracked) = match (&attr.spec, default_spec) {
        (Some(spec), _) => (Some(spec.clone()), None),
        (None, Some(path)) => (
            Some(LitStr::new(&path, attr.name.span())),
            Some(quote!(
                const _: ::core::option::Option<&str> = ::core::option_env!(#DEFAULT_SPEC);
            )),
        ),
        (None, None) => (None, None),
    };
    let loaded = match &spec {
        Some(spec) => contract::load(spec).map_err(|e| errors.combine(e)).ok(),
        None => {
            errors.push(
                attr.name.span(),
                format!(
                    "name the document the type is checked against: `#[schema(\"{name}\", \
                     spec = \"openapi.json\")]`, or set a default for the crate with \
                     `{DEFAULT_SPEC}` in `.cargo/config.toml` (`[env]`)"
                ),
            );
            None
        }
    };
    let (properties, checks) = match &loaded {
        Some(loaded) => check(&input, &attr, loaded, &mut errors),
        None => (Vec::new(), Vec::new()),
    };
    let ident = &input.ident;
    let (impl_generics, type_generics, where_clause) = input.generics.split_for_impl();
    let implementation = quote! {
        impl #impl_generics ::phala_api::Schema for #ident #type_generics #where_clause {
            const NAME: &'static str = #name;
            const PROPERTIES: &'static [&'static str] = &[#(#properties),*];
        }
    };
    let trigger = loaded.as_ref().map(contract::rebuild_trigger);
    // With errors, the impl still goes out: uses of the type do not cascade.
    let errors = errors
        .finish(Some(()))
        .err()
        .map(syn::Error::into_compile_error);
    // Checks name the field types beside the item, where a generic parameter does not exist.
    let checks = if input.generics.params.is_empty() {
        checks
    } else {
        Vec::new()
    };
    quote!(#errors #implementation #trigger #tracked #(#checks)*)
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

/// The component's property names (for `Schema::PROPERTIES`) and the `const` checks.
fn check(
    input: &DeriveInput,
    attr: &SchemaAttr,
    loaded: &Loaded,
    errors: &mut Errors,
) -> (Vec<String>, Vec<TokenStream>) {
    let document = &loaded.document;
    let name = attr.name.value();
    let Some(component) = document.component(&name) else {
        let names: Vec<String> = document
            .component_names()
            .into_iter()
            .map(str::to_owned)
            .collect();
        let hint = suggest::closest(&name, &names)
            .map_or_else(String::new, |n| format!(": did you mean `{n}`?"));
        errors.push(
            attr.name.span(),
            format!("the document has no component schema `{name}`{hint}"),
        );
        return (Vec::new(), Vec::new());
    };
    let object = Object::of(document, component);
    let mut checks = Vec::new();
    let mut context = Context {
        document,
        component: &name,
        checks: &mut checks,
        errors,
    };
    let container = Container::of(&input.attrs);
    match &input.data {
        Data::Struct(data) => match &data.fields {
            Fields::Named(fields) if !container.transparent => {
                context.object(input, &container, fields, &object, &attr.ignore);
            }
            Fields::Named(fields) if fields.named.len() == 1 => {
                let field = &fields.named[0];
                context.value(&field.ty, component, &format!("the schema `{name}`"));
            }
            Fields::Unnamed(fields) if fields.unnamed.len() == 1 => {
                let field = &fields.unnamed[0];
                context.value(&field.ty, component, &format!("the schema `{name}`"));
            }
            _ => context.errors.push(
                input.ident.span(),
                "`#[derive(Schema)]` checks a struct with named fields, a newtype, or an enum of \
                 unit variants",
            ),
        },
        Data::Enum(data) => context.string_enum(input, &container, data, component),
        Data::Union(_) => context
            .errors
            .push(input.ident.span(), "a union has no JSON schema"),
    }
    (object.properties.keys().cloned().collect(), checks)
}

/// An object schema's properties (`allOf` parts merged) and which are required.
struct Object<'d> {
    properties: BTreeMap<String, &'d serde_json::Value>,
    required: Vec<String>,
}

impl<'d> Object<'d> {
    fn of(document: &'d Document, schema: &'d serde_json::Value) -> Object<'d> {
        let mut object = Object {
            properties: BTreeMap::new(),
            required: Vec::new(),
        };
        object.add(document, schema, 8);
        object
    }

    fn add(&mut self, document: &'d Document, schema: &'d serde_json::Value, depth: usize) {
        let Some(schema) = document.resolve(schema).filter(|_| depth > 0) else {
            return;
        };
        if let Some(properties) = schema.get("properties").and_then(|p| p.as_object()) {
            for (name, property) in properties {
                self.properties.insert(name.clone(), property);
            }
        }
        let required = schema.get("required").and_then(|r| r.as_array());
        self.required.extend(
            required
                .into_iter()
                .flatten()
                .filter_map(|r| r.as_str())
                .map(str::to_owned),
        );
        for part in schema
            .get("allOf")
            .and_then(|a| a.as_array())
            .into_iter()
            .flatten()
        {
            self.add(document, part, depth - 1);
        }
    }
}

struct Context<'a> {
    document: &'a Document,
    component: &'a str,
    checks: &'a mut Vec<TokenStream>,
    errors: &'a mut Errors,
}

impl Context<'_> {
    fn object(
        mut self,
        input: &DeriveInput,
        container: &Container,
        fields: &syn::FieldsNamed,
        object: &Object<'_>,
        ignore: &[LitStr],
    ) {
        let component = self.component.to_owned();
        let names: Vec<String> = object.properties.keys().cloned().collect();
        let mut held: Vec<String> = Vec::new();
        let mut flattened: Vec<Type> = Vec::new();
        for field in &fields.named {
            let Some(ident) = &field.ident else { continue };
            let member = Member::of(&field.attrs);
            if member.skipped(Side::Deserialize) {
                continue;
            }
            if member.flatten {
                flattened.push(field.ty.clone());
                continue;
            }
            let wire = container.field_name(ident, &member, Side::Deserialize);
            let Some(property) = object.properties.get(&wire) else {
                let hint = suggest::closest(&wire, &names)
                    .map_or_else(String::new, |n| format!(": did you mean `{n}`?"));
                self.errors.push(
                    ident.span(),
                    format!("`{component}` has no property `{wire}`{hint}"),
                );
                continue;
            };
            held.push(wire.clone());
            let kinds = Kinds::of(self.document, property);
            let required = object.required.contains(&wire);
            let defaulted = member.default || container.default;
            let optional = matches!(RustKind::of(&field.ty), RustKind::Option(_));
            let plain = match (optional, required, kinds.null) {
                (true, true, false) => {
                    self.errors.push(
                        field.ty.span(),
                        format!(
                            "`{wire}` is required and never `null` in `{component}`: use the \
                             plain type, not `Option<…>`"
                        ),
                    );
                    continue;
                }
                (false, _, true) if !kinds.any => {
                    self.errors.push(
                        field.ty.span(),
                        format!("`{wire}` may be `null` in `{component}`: use `Option<…>`"),
                    );
                    continue;
                }
                (false, false, _) if !defaulted => {
                    self.errors.push(
                        field.ty.span(),
                        format!(
                            "`{wire}` is not required in `{component}`: use `Option<…>`, or \
                             `#[serde(default)]` for a default when it is absent"
                        ),
                    );
                    continue;
                }
                (true, ..) => option_inner(&field.ty).unwrap_or(&field.ty),
                (false, ..) => &field.ty,
            };
            let what = format!("the property `{wire}` of `{component}`");
            self.value(plain, property, &what);
        }
        let ignored: Vec<String> = ignore.iter().map(LitStr::value).collect();
        for (literal, name) in ignore.iter().zip(&ignored) {
            if !object.properties.contains_key(name) {
                self.errors.push(
                    literal.span(),
                    format!("`{component}` has no property `{name}` to ignore"),
                );
            }
        }
        let rest: Vec<&String> = names
            .iter()
            .filter(|name| !held.contains(name) && !ignored.contains(name))
            .collect();
        if flattened.is_empty() {
            for name in rest {
                self.errors.push(
                    input.ident.span(),
                    format!(
                        "`{component}` documents the property `{name}`, which `{}` has no field \
                         for: add one, or `ignore(\"{name}\")` in `#[schema(…)]` to leave it out \
                         on purpose",
                        input.ident
                    ),
                );
            }
        } else if flattened.iter().all(|ty| !mentions_self(ty)) {
            let types = flattened.iter().map(|ty| {
                let ty = nameable(ty);
                quote_spanned!(ty.span()=> <#ty as ::phala_api::Schema>::PROPERTIES)
            });
            let own: Vec<&String> = names.iter().filter(|n| !held.contains(n)).collect();
            self.checks.push(quote_spanned! {input.ident.span()=>
                const _: () = ::phala_api::__private::contract::flattened(
                    &[#(#types),*], &[#(#rest),*], &[#(#own),*], #component,
                );
            });
        }
    }

    /// `ty` (no `Option`) against the value schema `schema`; `what` names it in messages.
    fn value(&mut self, ty: &Type, schema: &serde_json::Value, what: &str) {
        let rust = RustKind::of(ty);
        let kinds = Kinds::of(self.document, schema);
        if kinds.any || matches!(rust, RustKind::AnyJson) {
            return;
        }
        if let (Some(component), RustKind::Named) = (named_component(schema), &rust) {
            if !mentions_self(ty) {
                self.checks.push(schema_check(ty, component, what));
            }
            return;
        }
        if let Some(problem) = holds_every_value(&kinds, &rust) {
            self.errors.push(ty.span(), format!("{what} {problem}"));
            return;
        }
        if let (RustKind::Sequence(_), Some(items)) = (&rust, items(self.document, schema))
            && let Some(element) = element(ty)
        {
            let element = option_inner(element).unwrap_or(element);
            self.value(element, items, &format!("an item of {what}"));
        }
    }

    fn string_enum(
        self,
        input: &DeriveInput,
        container: &Container,
        data: &syn::DataEnum,
        schema: &serde_json::Value,
    ) {
        let component = self.component;
        let values: Vec<String> = enum_values(self.document, schema);
        if values.is_empty() {
            self.errors.push(
                input.ident.span(),
                format!("`{component}` is not a string enum, which an enum of unit variants is"),
            );
            return;
        }
        let mut catch_all = false;
        let mut held = Vec::new();
        for variant in &data.variants {
            let member = Member::of(&variant.attrs);
            if member.skipped(Side::Deserialize) {
                continue;
            }
            if member.other {
                catch_all = true;
                continue;
            }
            if !matches!(variant.fields, Fields::Unit) {
                self.errors.push(
                    variant.span(),
                    format!("`{component}` is a string enum: its variants are unit variants (a catch-all is `#[serde(other)]`)"),
                );
                continue;
            }
            let wire = container.variant_name(&variant.ident, &member, Side::Deserialize);
            if values.contains(&wire) {
                held.push(wire);
            } else {
                self.errors.push(
                    variant.ident.span(),
                    format!(
                        "`{component}` has no value `{wire}`: it documents `{}`",
                        values.join("`, `")
                    ),
                );
            }
        }
        if !catch_all {
            for value in values.iter().filter(|v| !held.contains(v)) {
                self.errors.push(
                    input.ident.span(),
                    format!(
                        "`{component}` documents the value `{value}`, which no variant of `{}` \
                         reads: add one, or a catch-all `#[serde(other)]` unit variant",
                        input.ident
                    ),
                );
            }
        }
    }
}

fn enum_values(document: &Document, schema: &serde_json::Value) -> Vec<String> {
    let Some(schema) = document.resolve(schema) else {
        return Vec::new();
    };
    let direct = schema.get("enum").and_then(|e| e.as_array());
    let mut values: Vec<String> = direct
        .into_iter()
        .flatten()
        .filter_map(|v| v.as_str().map(str::to_owned))
        .collect();
    for key in ["anyOf", "oneOf"] {
        for alternative in schema
            .get(key)
            .and_then(|a| a.as_array())
            .into_iter()
            .flatten()
        {
            values.extend(enum_values(document, alternative));
        }
    }
    values
}

fn option_inner(ty: &Type) -> Option<&Type> {
    let Type::Path(path) = ty else { return None };
    let last = path.path.segments.last()?;
    if last.ident != "Option" {
        return None;
    }
    element(ty)
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
