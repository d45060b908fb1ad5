//! What serde's own attributes make of a type's JSON: the names fields and variants have on
//! the wire (`rename`, `rename_all`), and which fields are skipped, defaulted or flattened.
//! The schema derive reads the deserializing side, the query derive the serializing side.
//! Attributes it does not know are left to serde, which reports the malformed ones itself.

use syn::{Attribute, Ident, LitStr};

use crate::syntax::unraw;

/// The side of serde a name is read for.
#[derive(Clone, Copy, PartialEq)]
pub(crate) enum Side {
    Deserialize,
    Serialize,
}

/// `#[serde(...)]` on the container.
#[derive(Default)]
pub(crate) struct Container {
    rename_all: Option<(String, Option<String>)>,
    /// `#[serde(default)]`: every missing field takes the container's default.
    pub(crate) default: bool,
    pub(crate) transparent: bool,
    /// `#[serde(untagged)]`: an enum reads the first variant that fits.
    pub(crate) untagged: bool,
}

/// `#[serde(...)]` on a field or variant.
#[derive(Default)]
pub(crate) struct Member {
    rename: Option<(String, Option<String>)>,
    skip_serializing: bool,
    skip_deserializing: bool,
    pub(crate) default: bool,
    pub(crate) flatten: bool,
    /// `#[serde(other)]`: the catch-all variant.
    pub(crate) other: bool,
}

impl Container {
    pub(crate) fn of(attrs: &[Attribute]) -> Container {
        let mut container = Container::default();
        for attr in serde(attrs) {
            let _ = attr.parse_nested_meta(|meta| {
                if meta.path.is_ident("rename_all") {
                    container.rename_all = Some(sides(&meta)?);
                } else if meta.path.is_ident("default") {
                    container.default = true;
                    skip_value(&meta)?;
                } else if meta.path.is_ident("transparent") {
                    container.transparent = true;
                } else if meta.path.is_ident("untagged") {
                    container.untagged = true;
                } else {
                    skip_value(&meta)?;
                }
                Ok(())
            });
        }
        container
    }

    fn rule(&self, side: Side) -> Option<&str> {
        let (deserialize, serialize) = self.rename_all.as_ref()?;
        match side {
            Side::Deserialize => Some(deserialize),
            Side::Serialize => Some(serialize.as_deref().unwrap_or(deserialize)),
        }
    }

    /// A field's name on the wire.
    pub(crate) fn field_name(&self, ident: &Ident, member: &Member, side: Side) -> String {
        self.wire_name(ident, member, side, rename_field)
    }

    /// A variant's name on the wire.
    pub(crate) fn variant_name(&self, ident: &Ident, member: &Member, side: Side) -> String {
        self.wire_name(ident, member, side, rename_variant)
    }

    fn wire_name(
        &self,
        ident: &Ident,
        member: &Member,
        side: Side,
        rename: fn(&str, &str) -> String,
    ) -> String {
        if let Some(name) = member.renamed(side) {
            return name;
        }
        let name = unraw(ident);
        match self.rule(side) {
            Some(rule) => rename(&name, rule),
            None => name,
        }
    }
}

impl Member {
    pub(crate) fn of(attrs: &[Attribute]) -> Member {
        let mut member = Member::default();
        for attr in serde(attrs) {
            let _ = attr.parse_nested_meta(|meta| {
                let path = &meta.path;
                if path.is_ident("rename") {
                    member.rename = Some(sides(&meta)?);
                } else if path.is_ident("skip") {
                    member.skip_serializing = true;
                    member.skip_deserializing = true;
                } else if path.is_ident("skip_deserializing") {
                    member.skip_deserializing = true;
                } else if path.is_ident("skip_serializing") {
                    member.skip_serializing = true;
                } else if path.is_ident("default") {
                    member.default = true;
                    skip_value(&meta)?;
                } else if path.is_ident("flatten") {
                    member.flatten = true;
                } else if path.is_ident("other") {
                    member.other = true;
                } else {
                    skip_value(&meta)?;
                }
                Ok(())
            });
        }
        member
    }

    /// Whether serde leaves the member out on `side`.
    pub(crate) fn skipped(&self, side: Side) -> bool {
        match side {
            Side::Deserialize => self.skip_deserializing,
            Side::Serialize => self.skip_serializing,
        }
    }

    fn renamed(&self, side: Side) -> Option<String> {
        let (deserialize, serialize) = self.rename.as_ref()?;
        Some(match side {
            Side::Deserialize => deserialize.clone(),
            Side::Serialize => serialize.clone().unwrap_or_else(|| deserialize.clone()),
        })
    }
}

fn serde(attrs: &[Attribute]) -> impl Iterator<Item = &Attribute> {
    attrs.iter().filter(|attr| attr.path().is_ident("serde"))
}

/// `= "x"` (both sides), or `(deserialize = "x", serialize = "y")`: `(deserialize, serialize)`,
/// where a side not given is the other's for `serialize` only when it is the sole one.
fn sides(meta: &syn::meta::ParseNestedMeta<'_>) -> syn::Result<(String, Option<String>)> {
    if meta.input.peek(syn::Token![=]) {
        let name: LitStr = meta.value()?.parse()?;
        return Ok((name.value(), None));
    }
    let (mut deserialize, mut serialize) = (None, None);
    meta.parse_nested_meta(|side| {
        let name: LitStr = side.value()?.parse()?;
        if side.path.is_ident("deserialize") {
            deserialize = Some(name.value());
        } else if side.path.is_ident("serialize") {
            serialize = Some(name.value());
        }
        Ok(())
    })?;
    match (deserialize, serialize) {
        (Some(d), s) => Ok((d, s)),
        // Only `serialize = …`: deserializing keeps the original name, which `None` cannot say,
        // so the serialize name stands for both (a rare spelling; the check may then be strict).
        (None, Some(s)) => Ok((s, None)),
        (None, None) => Err(meta.error("expected `deserialize = \"…\"` or `serialize = \"…\"`")),
    }
}

/// Skips `= value` of an option the check does not read.
fn skip_value(meta: &syn::meta::ParseNestedMeta<'_>) -> syn::Result<()> {
    if meta.input.peek(syn::Token![=]) {
        meta.value()?.parse::<syn::Expr>()?;
    } else if meta.input.peek(syn::token::Paren) {
        let _ = meta.parse_nested_meta(|nested| skip_value(&nested));
    }
    Ok(())
}

/// serde's `rename_all` rule applied to a field (written in snake_case).
fn rename_field(name: &str, rule: &str) -> String {
    match rule {
        "lowercase" | "snake_case" => name.to_owned(),
        "UPPERCASE" | "SCREAMING_SNAKE_CASE" => name.to_ascii_uppercase(),
        "PascalCase" => pascal(name),
        "camelCase" => {
            let pascal = pascal(name);
            let mut chars = pascal.chars();
            chars
                .next()
                .map(|first| first.to_ascii_lowercase().to_string() + chars.as_str())
                .unwrap_or_default()
        }
        "kebab-case" => name.replace('_', "-"),
        "SCREAMING-KEBAB-CASE" => name.replace('_', "-").to_ascii_uppercase(),
        _ => name.to_owned(),
    }
}

/// serde's `rename_all` rule applied to a variant (written in PascalCase).
fn rename_variant(name: &str, rule: &str) -> String {
    let snake = || {
        let mut out = String::new();
        for (i, c) in name.char_indices() {
            if c.is_uppercase() && i > 0 {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
        }
        out
    };
    match rule {
        "lowercase" => name.to_ascii_lowercase(),
        "UPPERCASE" => name.to_ascii_uppercase(),
        "PascalCase" => name.to_owned(),
        "camelCase" => {
            let mut chars = name.chars();
            chars
                .next()
                .map(|first| first.to_ascii_lowercase().to_string() + chars.as_str())
                .unwrap_or_default()
        }
        "snake_case" => snake(),
        "SCREAMING_SNAKE_CASE" => snake().to_ascii_uppercase(),
        "kebab-case" => snake().replace('_', "-"),
        "SCREAMING-KEBAB-CASE" => snake().replace('_', "-").to_ascii_uppercase(),
        _ => name.to_owned(),
    }
}

fn pascal(snake: &str) -> String {
    snake
        .split('_')
        .map(|word| {
            let mut chars = word.chars();
            chars
                .next()
                .map(|first| first.to_ascii_uppercase().to_string() + chars.as_str())
                .unwrap_or_default()
        })
        .collect()
}

/// The fields of a struct that a derive writes one of something per (a query parameter, a
/// multipart part): the named fields serde serializes, each with the name it sends. A
/// flattened field (whose names only serde knows) and anything but a struct with named fields
/// are errors, in the derive's words: `usage` says what it is derived for, `flattened` what a
/// flattened field cannot be.
pub(crate) fn serialized_fields<'a>(
    input: &'a syn::DeriveInput,
    usage: &str,
    flattened: &str,
    errors: &mut crate::errors::Errors,
) -> Vec<(&'a syn::Field, String)> {
    let syn::Data::Struct(syn::DataStruct {
        fields: syn::Fields::Named(fields),
        ..
    }) = &input.data
    else {
        errors.push(input.ident.span(), usage);
        return Vec::new();
    };
    let container = Container::of(&input.attrs);
    let mut out = Vec::new();
    for field in &fields.named {
        let member = Member::of(&field.attrs);
        let Some(ident) = &field.ident else { continue };
        if member.flatten {
            errors.push(ident.span(), flattened);
        } else if !member.skipped(Side::Serialize) {
            out.push((field, container.field_name(ident, &member, Side::Serialize)));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use syn::parse_quote;

    #[test]
    fn names_on_the_wire() {
        let item: syn::DeriveInput = parse_quote! {
            #[serde(rename_all = "camelCase", default)]
            struct S {
                chain_id: i64,
                #[serde(rename = "URL")]
                url: String,
                #[serde(rename(serialize = "out", deserialize = "in"))]
                both: u8,
                #[serde(skip_deserializing, default = "x")]
                r#type: u8,
            }
        };
        let container = Container::of(&item.attrs);
        assert!(container.default);
        let syn::Data::Struct(data) = &item.data else {
            unreachable!()
        };
        let names: Vec<(String, String, bool)> = data
            .fields
            .iter()
            .map(|field| {
                let member = Member::of(&field.attrs);
                let ident = field.ident.as_ref().unwrap();
                (
                    container.field_name(ident, &member, Side::Deserialize),
                    container.field_name(ident, &member, Side::Serialize),
                    member.skipped(Side::Deserialize),
                )
            })
            .collect();
        assert_eq!(
            names,
            [
                ("chainId".into(), "chainId".into(), false),
                ("URL".into(), "URL".into(), false),
                ("in".into(), "out".into(), false),
                ("type".into(), "type".into(), true),
            ]
        );
    }

    #[test]
    fn rename_rules() {
        assert_eq!(
            rename_field("kms_contract_address", "PascalCase"),
            "KmsContractAddress"
        );
        assert_eq!(rename_field("a_b", "SCREAMING-KEBAB-CASE"), "A-B");
        assert_eq!(rename_variant("OnChain", "snake_case"), "on_chain");
        assert_eq!(rename_variant("OnChain", "kebab-case"), "on-chain");
        assert_eq!(rename_variant("OnChain", "lowercase"), "onchain");
        assert_eq!(rename_variant("OnChain", "camelCase"), "onChain");
    }
}
