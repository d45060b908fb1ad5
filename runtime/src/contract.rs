//! What the contract check (`spec = "…"`, `#[derive(Schema)]`) needs at compile time: the
//! traits that carry a type's schema name, a query struct's fields and an error enum's
//! statuses, and the `const fn` comparisons the expansion evaluates.

/// A type checked against a component schema of an OpenAPI document, by
/// `#[derive(phala_api::Schema)]` with `#[schema("Name", spec = "openapi.json")]`.
///
/// A trait with `#[phala_api::api(spec = "…")]` requires it of every success type whose
/// documented schema is a component, and compares the names.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not checked against a schema of the document",
    label = "derive `phala_api::Schema` with `#[schema(\"Component\", spec = \"openapi.json\")]`"
)]
pub trait Schema {
    /// The component's name (`components.schemas.<NAME>`).
    const NAME: &'static str;
    /// The component's documented properties, by their JSON names.
    const PROPERTIES: &'static [&'static str];
    /// The properties the type has a field for: all of them, unless the type is declared
    /// `partial` (an answer's type may read only what it needs; a request body's may not).
    const HELD: &'static [&'static str] = Self::PROPERTIES;
}

// A boxed or shared type is the schema of what it holds: a recursive component's field is
// `Box<Self>`-like, and the check reads through `Box`, `Arc` and `Rc` as serde does.
macro_rules! through {
    ($($pointer:ident)::+) => {
        impl<T: Schema + ?Sized> Schema for $($pointer)::+<T> {
            const NAME: &'static str = T::NAME;
            const PROPERTIES: &'static [&'static str] = T::PROPERTIES;
            const HELD: &'static [&'static str] = T::HELD;
        }
    };
}
through!(std::boxed::Box);
through!(std::sync::Arc);
through!(std::rc::Rc);

/// What the check reads of a body's or answer's type: a [`Schema`]'s name and the properties
/// it holds, or, for a type whose shape only run time knows, that it is untyped. Not part of
/// the API: the check asks it of the type it judges, so that `multipart::Form` (its parts added
/// as the program runs) passes by what it is, not by what it is called.
#[doc(hidden)]
pub trait Described {
    /// The component's name; empty for an untyped type.
    const NAME: &'static str;
    /// The properties the type has a field for.
    const HELD: &'static [&'static str];
    /// Whether nothing is known of its shape before it is sent.
    const UNTYPED: bool;
}

impl<T: Schema + ?Sized> Described for T {
    const NAME: &'static str = T::NAME;
    const HELD: &'static [&'static str] = T::HELD;
    const UNTYPED: bool = false;
}

#[cfg(feature = "multipart")]
impl Described for reqwest::multipart::Form {
    const NAME: &'static str = "";
    const HELD: &'static [&'static str] = &[];
    const UNTYPED: bool = true;
}

/// A struct used as a `#[query]` argument in a trait with `spec = "…"`: its field names, as
/// serde sends them, so the check can hold them against the documented query parameters.
/// Derive it with `#[derive(phala_api::QueryParams)]`.
#[diagnostic::on_unimplemented(
    message = "the fields of `{Self}` cannot be checked against the document's query parameters",
    label = "derive `phala_api::QueryParams` for this `#[query]` struct",
    note = "in a trait with `spec = \"…\"`, a struct-typed `#[query]` argument derives \
            `phala_api::QueryParams` (beside `serde::Serialize`)"
)]
pub trait QueryParams {
    /// The query parameter names the struct sends, after serde's renames.
    const NAMES: &'static [&'static str];
    /// The derive's own type that carries one bound per field for the contract check
    /// (`QueryFields`); not part of the API.
    #[doc(hidden)]
    type Fields: ?Sized;
}

/// The statuses an error enum maps, for the contract check: `#[derive(ApiError)]` implements
/// it with a bound `O: Answers<N>` per variant, written at the variant's `#[status(N)]`, so a
/// status the operation `O` does not document is reported there.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not list its statuses for the contract check",
    label = "an error enum of a trait with `spec = \"…\"` derives `phala_api::ApiError`"
)]
pub trait Statuses<O: ?Sized> {
    /// Names the check: `<E as Statuses<O>>::OK` holds when every status is documented.
    const OK: () = ();
}

/// Maps nothing, so every operation documents all it maps.
impl<O: ?Sized> Statuses<O> for core::convert::Infallible {}

/// The operation `Self` documents the answer `STATUS` (implemented beside each checked
/// method, for the statuses its operation documents).
pub trait Answers<const STATUS: u16> {}

/// The query parameters a `#[query]` struct sends, for the contract check:
/// `#[derive(QueryParams)]` implements it for the struct's `QueryParams::Fields` with a bound
/// `O: Parameter<H, C>` per field (`H` the hash of its name, [`name_hash`], `C` the class of
/// its type), written at the field, so a field the operation `O` does not document, or of a
/// type its parameter does not take, is reported there.
#[diagnostic::on_unimplemented(
    message = "the fields of `{Self}` cannot be checked against the document's query parameters",
    label = "derive `phala_api::QueryParams` for this `#[query]` struct"
)]
pub trait QueryFields<O: ?Sized> {
    /// Names the check: `<S as QueryFields<O>>::OK` holds when every field is documented.
    const OK: () = ();
}

/// The operation `Self` documents the query parameter whose name hashes to `NAME`, and it
/// takes values of the class `CLASS` (the derive's reading of the field's type: `0` any,
/// `1` integer, `2` float, `3` bool, `4` string, `5` sequence).
pub trait Parameter<const NAME: u128, const CLASS: u8> {}

/// The 128-bit FNV-1a hash of `name`: how a name is a const generic argument.
pub const fn name_hash(name: &str) -> u128 {
    const PRIME: u128 = 0x0000_0000_0100_0000_0000_0000_0000_013B;
    let mut hash: u128 = 0x6c62_272e_07bb_0142_62b8_2175_6295_c58d;
    let bytes = name.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        hash ^= bytes[i] as u128;
        hash = hash.wrapping_mul(PRIME);
        i += 1;
    }
    hash
}

/// Whether `a` and `b` are the same text.
const fn equal(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// Whether `list` holds `item`.
pub const fn contains(list: &[&str], item: &str) -> bool {
    let mut i = 0;
    while i < list.len() {
        if equal(list[i], item) {
            return true;
        }
        i += 1;
    }
    false
}

/// Whether one of `lists` holds `item`: a property held by some flattened field, a query
/// parameter bound by some `#[query]` struct.
pub const fn any_contains(lists: &[&[&str]], item: &str) -> bool {
    let mut i = 0;
    while i < lists.len() {
        if contains(lists[i], item) {
            return true;
        }
        i += 1;
    }
    false
}

/// Whether every item of every one of `lists` is one of `allowed`.
pub const fn all_within(lists: &[&[&str]], allowed: &[&str]) -> bool {
    let mut i = 0;
    while i < lists.len() {
        let mut j = 0;
        while j < lists[i].len() {
            if !contains(allowed, lists[i][j]) {
                return false;
            }
            j += 1;
        }
        i += 1;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    // Evaluated at compile time, as the expansions evaluate them.
    const _: () = assert!(equal("KMSInfo", "KMSInfo") && !equal("KMSInfo", "KMSInf"));
    const _: () = assert!(any_contains(&[&["a"], &["b", "c"]], "c"));
    const _: () = assert!(!any_contains(&[&["a"], &[]], "c"));
    const _: () = assert!(all_within(&[&["page"], &["size"]], &["page", "size", "q"]));
    const _: () = assert!(!all_within(&[&["page", "pge"]], &["page", "size"]));

    #[test]
    fn names_hash_apart() {
        let names = ["", "a", "b", "page", "page_size", "pageSize", "per_page"];
        for (i, a) in names.iter().enumerate() {
            for b in &names[i + 1..] {
                assert_ne!(name_hash(a), name_hash(b), "{a} and {b}");
            }
        }
        // The FNV-1a 128 test vector of the empty input is the offset basis.
        assert_eq!(name_hash(""), 0x6c62_272e_07bb_0142_62b8_2175_6295_c58d);
    }
}
