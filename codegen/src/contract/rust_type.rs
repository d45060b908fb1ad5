//! What a Rust type is, as far as its spelling shows: the macro sees tokens, not types, so a
//! type it does not know (`KmsInfo`, an alias) is `Named` and judged by a trait bound instead.

use syn::Type;

use crate::syntax::first_type_argument;

/// A Rust type's JSON-relevant shape.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum RustKind {
    /// `i8` … `i128`, `isize`, `u8` … `u128`, `usize`.
    Integer {
        signed: bool,
        bits: u32,
    },
    /// `f32`, `f64`.
    Float,
    Bool,
    /// `str`, `String`, `Cow<str>`, `char`.
    Str,
    /// `Vec<T>`, `[T]`, `[T; N]`, `VecDeque<T>`, `BTreeSet<T>`, `HashSet<T>`.
    Sequence(Box<RustKind>),
    /// `Option<T>`.
    Option(Box<RustKind>),
    /// `serde_json::Value`: any JSON.
    AnyJson,
    /// `HashMap<String, T>`, `BTreeMap<String, T>`: a JSON object of `T`.
    Map,
    /// Anything else, judged by its traits.
    Named,
}

impl RustKind {
    /// The kind of `ty`, through references, parentheses and `Box`.
    pub(crate) fn of(ty: &Type) -> RustKind {
        match ty {
            Type::Reference(reference) => RustKind::of(&reference.elem),
            Type::Paren(paren) => RustKind::of(&paren.elem),
            Type::Group(group) => RustKind::of(&group.elem),
            Type::Slice(slice) => RustKind::Sequence(Box::new(RustKind::of(&slice.elem))),
            Type::Array(array) => RustKind::Sequence(Box::new(RustKind::of(&array.elem))),
            Type::Path(path) if path.qself.is_none() => {
                let Some(last) = path.path.segments.last() else {
                    return RustKind::Named;
                };
                let name = last.ident.to_string();
                let argument = first_type_argument(&last.arguments);
                match (name.as_str(), argument) {
                    ("Option", Some(inner)) => RustKind::Option(Box::new(RustKind::of(inner))),
                    ("Box" | "Arc" | "Rc", Some(inner)) => RustKind::of(inner),
                    ("Vec" | "VecDeque" | "BTreeSet" | "HashSet", Some(inner)) => {
                        RustKind::Sequence(Box::new(RustKind::of(inner)))
                    }
                    ("HashMap" | "BTreeMap" | "IndexMap", _) => RustKind::Map,
                    ("Cow", _) | ("String" | "str" | "char", None) => RustKind::Str,
                    ("bool", None) => RustKind::Bool,
                    ("f32" | "f64", None) => RustKind::Float,
                    ("Value", None) if path.path.segments.len() == 1 || is_serde_json(path) => {
                        RustKind::AnyJson
                    }
                    (integer, None) => integer_kind(integer).unwrap_or(RustKind::Named),
                    _ => RustKind::Named,
                }
            }
            _ => RustKind::Named,
        }
    }

    /// How the kind reads in a message.
    pub(crate) fn describe(&self) -> String {
        match self {
            RustKind::Integer { signed: true, .. } => "a signed integer".into(),
            RustKind::Integer { signed: false, .. } => "an unsigned integer".into(),
            RustKind::Float => "a float".into(),
            RustKind::Bool => "a `bool`".into(),
            RustKind::Str => "a string".into(),
            RustKind::Sequence(_) => "a sequence".into(),
            RustKind::Option(inner) => format!("an `Option` of {}", inner.describe()),
            RustKind::AnyJson => "any JSON".into(),
            RustKind::Map => "a map".into(),
            RustKind::Named => "a named type".into(),
        }
    }
}

fn is_serde_json(path: &syn::TypePath) -> bool {
    path.path
        .segments
        .iter()
        .any(|segment| segment.ident == "serde_json")
}

fn integer_kind(name: &str) -> Option<RustKind> {
    let signed = name.starts_with('i');
    let bits = match name.get(1..)? {
        "size" => 64,
        bits => bits.parse().ok()?,
    };
    matches!(name.as_bytes().first(), Some(b'i' | b'u'))
        .then_some(RustKind::Integer { signed, bits })
        .filter(|_| matches!(bits, 8 | 16 | 32 | 64 | 128))
}

#[cfg(test)]
mod tests {
    use super::*;
    use syn::parse_quote;

    #[test]
    fn kinds_of_spellings() {
        let kind = |ty: Type| RustKind::of(&ty);
        assert_eq!(kind(parse_quote!(&str)), RustKind::Str);
        assert_eq!(
            kind(parse_quote!(u32)),
            RustKind::Integer {
                signed: false,
                bits: 32
            }
        );
        assert_eq!(
            kind(parse_quote!(isize)),
            RustKind::Integer {
                signed: true,
                bits: 64
            }
        );
        assert_eq!(
            kind(parse_quote!(Option<bool>)),
            RustKind::Option(Box::new(RustKind::Bool))
        );
        assert_eq!(
            kind(parse_quote!(&[&str])),
            RustKind::Sequence(Box::new(RustKind::Str))
        );
        assert_eq!(kind(parse_quote!(serde_json::Value)), RustKind::AnyJson);
        assert_eq!(kind(parse_quote!(KmsInfo)), RustKind::Named);
        assert_eq!(kind(parse_quote!(u7)), RustKind::Named);
        assert_eq!(
            kind(parse_quote!(usize)),
            RustKind::Integer {
                signed: false,
                bits: 64
            }
        );
    }
}
