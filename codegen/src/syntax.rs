//! Reading type spellings: the macros see tokens, not types, so "is it `Option<T>`", "its type
//! argument" and "can it be named beside the trait" are answered here, once, for the
//! declaration parser, the contract check and the derives alike.

use syn::visit_mut::VisitMut;
use syn::{GenericArgument, Ident, PathArguments, Type};

/// `name` without a raw-identifier `r#`: how requests and messages spell it.
pub(crate) fn unraw(name: &Ident) -> String {
    let name = name.to_string();
    name.strip_prefix("r#").map(str::to_owned).unwrap_or(name)
}

/// The type arguments of a path type whose last segment is `name`, if there are exactly `N`
/// and nothing else (no lifetimes, no constants).
pub(crate) fn generic_types<const N: usize>(ty: &Type, name: &str) -> Option<[Type; N]> {
    let Type::Path(path) = ty else { return None };
    if path.qself.is_some() {
        return None;
    }
    let last = path.path.segments.last()?;
    if last.ident != name {
        return None;
    }
    let PathArguments::AngleBracketed(arguments) = &last.arguments else {
        return None;
    };
    let types: Vec<Type> = arguments
        .args
        .iter()
        .filter_map(|arg| match arg {
            GenericArgument::Type(ty) => Some(ty.clone()),
            _ => None,
        })
        .collect();
    if types.len() != arguments.args.len() {
        return None;
    }
    types.try_into().ok()
}

/// What `ty` holds: a slice's or array's element, a path type's first type argument
/// (`Vec<T>`, `Option<T>`), through references.
pub(crate) fn element(ty: &Type) -> Option<&Type> {
    match ty {
        Type::Slice(slice) => Some(&slice.elem),
        Type::Array(array) => Some(&array.elem),
        Type::Reference(reference) => element(&reference.elem),
        Type::Path(path) => first_type_argument(&path.path.segments.last()?.arguments),
        _ => None,
    }
}

/// The `T` of `Option<T>` (through references), or `None` for any other type.
pub(crate) fn option_inner(ty: &Type) -> Option<&Type> {
    match ty {
        Type::Reference(reference) => option_inner(&reference.elem),
        Type::Path(path) if path.path.segments.last()?.ident == "Option" => element(ty),
        _ => None,
    }
}

/// The first type argument of a path segment's arguments.
pub(crate) fn first_type_argument(arguments: &PathArguments) -> Option<&Type> {
    let PathArguments::AngleBracketed(arguments) = arguments else {
        return None;
    };
    arguments.args.iter().find_map(|argument| match argument {
        GenericArgument::Type(ty) => Some(ty),
        _ => None,
    })
}

/// `ty` without its outer references, and every lifetime in it `'static`, so it can be named
/// in an item beside the trait (where the method's lifetimes do not exist).
pub(crate) fn nameable(ty: &Type) -> Type {
    let mut ty = match ty {
        Type::Reference(reference) => return nameable(&reference.elem),
        other => other.clone(),
    };
    StaticLifetimes.visit_type_mut(&mut ty);
    ty
}

struct StaticLifetimes;

impl VisitMut for StaticLifetimes {
    fn visit_lifetime_mut(&mut self, lifetime: &mut syn::Lifetime) {
        *lifetime = syn::Lifetime::new("'static", lifetime.span());
    }
}

/// Whether `ty` names `Self` or `impl …` anywhere: such a type cannot be named beside the trait.
pub(crate) fn mentions_self(ty: &Type) -> bool {
    let text = quote::quote!(#ty).to_string();
    text.split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .any(|word| word == "Self" || word == "impl" || word == "dyn")
}

#[cfg(test)]
mod tests {
    use super::*;
    use syn::parse_quote;

    #[test]
    fn spellings() {
        let ty: Type = parse_quote!(&'a Paging<'a>);
        let named = nameable(&ty);
        assert_eq!(quote::quote!(#named).to_string(), "Paging < 'static >");
        assert!(mentions_self(&parse_quote!(Vec<Self::Item>)));
        assert!(!mentions_self(&parse_quote!(Selfish)));
        let option: Type = parse_quote!(&Option<State>);
        assert!(matches!(option_inner(&option), Some(Type::Path(p)) if p.path.is_ident("State")));
        assert!(option_inner(&parse_quote!(Vec<State>)).is_none());
        assert!(generic_types::<2>(&parse_quote!(Result<A, B>), "Result").is_some());
        assert!(generic_types::<1>(&parse_quote!(Option<'a, A>), "Option").is_none());
        let raw: Ident = parse_quote!(r#type);
        assert_eq!(unraw(&raw), "type");
    }
}
