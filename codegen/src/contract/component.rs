//! One Rust type against one component schema (`#[derive(Schema)]`'s judgement): a struct
//! field by field through serde's attributes, a newtype as its value, a unit enum against the
//! string values. What only the compiler knows (the component of a field's own type, what a
//! flattened field holds) becomes a check from `checks`.

use proc_macro2::TokenStream;
use syn::spanned::Spanned;
use syn::{Data, DeriveInput, Fields, LitStr, Type};

use super::checks;
use super::document::Document;
use super::document::escape;
use super::fit::{describe, holds_every_value};
use super::rust_type::RustKind;
use super::schema::{Kinds, Object, enum_values, items, named_component};
use crate::check::suggest;
use crate::errors::Errors;
use crate::serde_attrs::{Container, Member, Side};
use crate::syntax::{element, mentions_self, option_inner};

/// What the derive says of the type besides its component: properties left out on purpose.
pub(crate) struct Declared<'a> {
    /// `ignore("a", …)`: documented properties the type has no field for, on purpose.
    pub(crate) ignore: &'a [LitStr],
    /// `partial`: the type reads some of the properties (an answer's type); the rest need no
    /// `ignore`, and it is no request body.
    pub(crate) partial: bool,
}

/// What the check found: the component's properties and the ones the type holds.
#[derive(Default)]
pub(crate) struct Found {
    /// The component's documented properties (`Schema::PROPERTIES`).
    pub(crate) properties: Vec<String>,
    /// The properties the type has fields for (`Schema::HELD`); `None` when that is all of them.
    pub(crate) held: Option<Vec<String>>,
    /// The checks that go beside the type.
    pub(crate) checks: Vec<TokenStream>,
}

/// The component's property names (for `Schema::PROPERTIES`) and the `const` checks.
pub(crate) fn check(
    input: &DeriveInput,
    name: &LitStr,
    declared: &Declared<'_>,
    document: &Document,
    errors: &mut Errors,
) -> Found {
    let span = name.span();
    let name = name.value();
    let Some(component) = document.component(&name) else {
        let hint = suggest::closest(&name, document.component_names())
            .map_or_else(String::new, |n| format!(": did you mean `{n}`?"));
        errors.push(
            span,
            format!("the document has no component schema `{name}`{hint}"),
        );
        return Found::default();
    };
    let object = Object::of(document, component);
    let mut checks = Vec::new();
    let mut held = None;
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
                held = context.object(input, &container, fields, &object, declared);
            }
            Fields::Named(fields) if fields.named.len() == 1 => {
                context.newtype(input, &fields.named[0].ty, component);
            }
            Fields::Unnamed(fields) if fields.unnamed.len() == 1 => {
                context.newtype(input, &fields.unnamed[0].ty, component);
            }
            _ => context.errors.push(
                input.ident.span(),
                "`#[derive(Schema)]` checks a struct with named fields, a newtype, or an enum of \
                 unit variants",
            ),
        },
        Data::Enum(data) if unit_variants(data) => {
            context.string_enum(input, &container, data, component)
        }
        Data::Enum(data) => context.union(input, &container, data, component, &name),
        Data::Union(_) => context
            .errors
            .push(input.ident.span(), "a union has no JSON schema"),
    }
    Found {
        properties: object.properties.keys().cloned().collect(),
        held,
        checks,
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
        declared: &Declared<'_>,
    ) -> Option<Vec<String>> {
        let ignore = declared.ignore;
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
                let hint = suggest::closest(&wire, names.iter().map(String::as_str))
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
                // `serde_json::Value` holds `null` itself.
                (false, _, true) if !kinds.any && RustKind::of(&field.ty) != RustKind::AnyJson => {
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
        let held_all = (!declared.partial && ignored.is_empty()).then_some(());
        let held_list: Vec<String> = names
            .iter()
            .filter(|name| held.contains(name) || (!declared.partial && !ignored.contains(name)))
            .cloned()
            .collect();
        if declared.partial && flattened.is_empty() {
            // A partial type reads what it names; nothing else is owed.
        } else if flattened.is_empty() {
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
            let own: Vec<&String> = names.iter().filter(|n| !held.contains(n)).collect();
            let rest = if declared.partial { Vec::new() } else { rest };
            self.checks.push(checks::flattened(
                input.ident.span(),
                &flattened,
                &rest,
                &own,
                &component,
            ));
        }
        match held_all {
            Some(()) => None,
            None => Some(held_list),
        }
    }

    /// A newtype's one field against the whole component: a named type is that component's own
    /// `Schema` type (a newtype under `simple-user` over a `Label` is not checked as it), any
    /// other is held against the schema as a value.
    fn newtype(&mut self, input: &DeriveInput, ty: &Type, schema: &serde_json::Value) {
        let component = self.component.to_owned();
        let what = format!("the field of newtype `{}`", input.ident);
        if RustKind::of(ty) == RustKind::Named {
            // An alias component (`$ref` only) is bound by its target's type too.
            if !mentions_self(ty) {
                let accepted = self.document.equivalents(&component);
                self.checks.push(checks::schema(ty, &accepted, &what, &[]));
            }
            return;
        }
        self.value(ty, schema, &format!("the schema `{component}`"));
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
                let accepted = self.document.equivalents(component);
                self.checks.push(checks::schema(ty, &accepted, what, &[]));
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

    /// An untagged enum of newtype variants against a `oneOf`/`anyOf` schema: each variant
    /// holds one alternative, and each alternative (but `null`) has a variant.
    fn union(
        self,
        input: &DeriveInput,
        container: &Container,
        data: &syn::DataEnum,
        schema: &serde_json::Value,
        name: &str,
    ) {
        let component = self.component.to_owned();
        let Some((key, listed)) = self.document.resolve(schema).and_then(|schema| {
            ["oneOf", "anyOf"]
                .iter()
                .find_map(|key| Some((*key, schema.get(*key)?.as_array()?)))
        }) else {
            self.errors.push(
                input.ident.span(),
                format!(
                    "`{component}` is not a union (`oneOf`/`anyOf`): an enum with data is checked \
                     against one, a string enum has unit variants only"
                ),
            );
            return;
        };
        if !container.untagged {
            self.errors.push(
                input.ident.span(),
                format!(
                    "`{component}` is a `{key}` without a tag: read it with `#[serde(untagged)]`"
                ),
            );
        }
        // Where the union is: its alternatives are named by their pointers when inline.
        let at = if name.starts_with("#/") {
            name.to_owned()
        } else {
            format!("#/components/schemas/{}", escape(name))
        };
        let alternatives: Vec<(Vec<String>, Kinds)> = listed
            .iter()
            .enumerate()
            .map(|(i, alternative)| {
                let names = match named_component(alternative) {
                    Some(target) => self
                        .document
                        .equivalents(target)
                        .into_iter()
                        .map(str::to_owned)
                        .collect(),
                    None => vec![format!("{at}/{key}/{i}")],
                };
                (names, Kinds::of(self.document, alternative))
            })
            .filter(|(_, kinds)| kinds.names() != Vec::<&str>::new() || kinds.any)
            .collect();
        let mut named_variants: Vec<Type> = Vec::new();
        let mut scalar_kinds: Vec<RustKind> = Vec::new();
        for variant in &data.variants {
            let Fields::Unnamed(fields) = &variant.fields else {
                self.errors.push(
                    variant.span(),
                    format!(
                        "a variant of a union holds one alternative of `{component}`: `{}(T)`",
                        variant.ident
                    ),
                );
                continue;
            };
            let Some(field) = fields.unnamed.first().filter(|_| fields.unnamed.len() == 1) else {
                continue;
            };
            let rust = RustKind::of(&field.ty);
            match rust {
                RustKind::AnyJson => return, // holds every alternative
                RustKind::Named if !mentions_self(&field.ty) => {
                    // One of the alternatives that a type of its own stands for.
                    let accepted: Vec<&str> = alternatives
                        .iter()
                        .flat_map(|(names, _)| names.iter().map(String::as_str))
                        .collect();
                    let what = format!("variant `{}` of `{}`", variant.ident, input.ident);
                    self.checks
                        .push(checks::schema(&field.ty, &accepted, &what, &[]));
                    named_variants.push(field.ty.clone());
                }
                RustKind::Named => {}
                rust => {
                    if !alternatives.iter().any(|(_, kinds)| {
                        holds_every_value(kinds, &rust).is_none() && !kinds.object
                    }) {
                        self.errors.push(
                            field.ty.span(),
                            format!("no alternative of `{component}` is {}", rust.describe()),
                        );
                    }
                    scalar_kinds.push(rust);
                }
            }
        }
        // Every alternative has a variant: a scalar one that holds its values, or a type of
        // its own (compared by name, where the compiler knows the variants' `Schema`).
        let mut by_name = Vec::new();
        for (names, kinds) in &alternatives {
            let scalar = !kinds.object
                && scalar_kinds
                    .iter()
                    .any(|rust| holds_every_value(kinds, rust).is_none());
            if scalar {
                continue;
            }
            if named_variants.is_empty() {
                self.errors.push(
                    input.ident.span(),
                    format!(
                        "`{}` has no variant for the alternative `{}` of `{component}`, which is {}",
                        input.ident,
                        names[0],
                        describe(kinds)
                    ),
                );
            } else {
                by_name.push((names.clone(), describe(kinds)));
            }
        }
        if !by_name.is_empty() {
            self.checks.push(checks::covered(
                input.ident.span(),
                &input.ident.to_string(),
                &named_variants,
                &by_name,
                &component,
            ));
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

/// Whether every variant is a unit (a string enum), or there are none.
fn unit_variants(data: &syn::DataEnum) -> bool {
    data.variants
        .iter()
        .all(|variant| matches!(variant.fields, Fields::Unit))
}
