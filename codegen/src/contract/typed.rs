//! Which schema a body's or an answer's Rust type is checked against: a component (or one of
//! its equivalents), an inline object or union named by its JSON pointer, or an item's schema
//! for a sequence.

use syn::Type;

use super::document::{Document, escape};
use super::rust_type::RustKind;
use super::schema::{Kinds, named_component, only_alternative};
use crate::syntax::{element, mentions_self, option_inner};

/// Which schema a body or answer type `ty` must derive `Schema` of, when the documented
/// `schema` (at `pointer`) has one: a component (or an alias or copy of it), an inline object
/// or union (named by its pointer), an item's of either for a sequence type; with the type
/// (the element, for a sequence) and what it is, for messages. `None` when the type is not
/// judged by its `Schema`: `serde_json::Value`, scalars, an untyped schema.
pub(super) fn typed<'a>(
    document: &Document,
    ty: &'a Type,
    schema: &serde_json::Value,
    pointer: String,
    what: String,
) -> Option<(&'a Type, Vec<String>, String)> {
    if mentions_self(ty) {
        return None;
    }
    let resolved = document.resolve(schema)?;
    let named = named_component(schema);
    let array =
        resolved.get("items").is_some() && Kinds::of(document, resolved).names() == ["array"];
    match RustKind::of(ty) {
        RustKind::Sequence(_) if array => {
            let element = element(ty)?;
            let element = option_inner(element).unwrap_or(element);
            let at = match named {
                Some(component) => format!("#/components/schemas/{}/items", escape(component)),
                None => format!("{pointer}/items"),
            };
            let items = resolved.get("items")?;
            typed(document, element, items, at, format!("an item of {what}"))
        }
        RustKind::Named => {
            if let Some(component) = named {
                let accepted = document.equivalents(component);
                return Some((ty, accepted.into_iter().map(str::to_owned).collect(), what));
            }
            // A union of one alternative (and `null`) is that alternative: a type of either.
            if let Some((key, i, alternative)) = only_alternative(document, resolved) {
                let at = format!("{pointer}/{key}/{i}");
                let (ty, mut accepted, what) = typed(document, ty, alternative, at, what)?;
                if document.component(&pointer).is_some() {
                    accepted.push(pointer);
                }
                return Some((ty, accepted, what));
            }
            // An inline object (or composition of objects) or union has no name but where it is.
            let object = resolved.get("properties").is_some() || resolved.get("allOf").is_some();
            let union = ["oneOf", "anyOf"]
                .iter()
                .any(|key| resolved.get(*key).is_some());
            let inline = document.component(&pointer).is_some();
            ((object || union) && inline).then(|| (ty, vec![pointer], what))
        }
        _ => None,
    }
}
