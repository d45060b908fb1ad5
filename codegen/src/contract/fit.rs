//! How a Rust type fits a schema, in the two directions the checks need: a parameter's
//! argument sends values, which the schema must allow (`fits_the_parameter`); a response
//! field receives values, and must hold every one the schema allows (`holds_every_value`).

use super::rust_type::RustKind;
use super::schema::Kinds;

/// What a parameter's schema allows, for a message.
pub(crate) fn describe(kinds: &Kinds) -> String {
    match kinds.names().as_slice() {
        [] => "untyped".to_owned(),
        [one] => format!("`{one}`"),
        many => format!("one of `{}`", many.join("`, `")),
    }
}

/// How a scalar argument's Rust type contradicts a parameter's schema, if it does: every
/// value of the argument must be one the parameter allows.
pub(crate) fn fits_the_parameter(kinds: &Kinds, rust: &RustKind) -> Option<String> {
    if kinds.any {
        return None;
    }
    let fits = match rust {
        RustKind::Integer { .. } => kinds.integer || kinds.number,
        RustKind::Float => kinds.number,
        RustKind::Bool => kinds.boolean,
        RustKind::Str => kinds.string,
        RustKind::Sequence(_) => kinds.array,
        RustKind::Option(inner) => return fits_the_parameter(kinds, inner),
        RustKind::AnyJson | RustKind::Map | RustKind::Named => true,
    };
    (!fits).then(|| rust.describe())
}

/// What a `#[query]` struct field sends, as a number a const generic can carry (the derive
/// writes it, the check compares it): the classes `fits_the_parameter` tells apart, `0` for a
/// type it cannot judge, which fits every parameter.
pub(crate) fn parameter_class(rust: &RustKind) -> u8 {
    match rust {
        RustKind::Option(inner) => parameter_class(inner),
        RustKind::Integer { .. } => 1,
        RustKind::Float => 2,
        RustKind::Bool => 3,
        RustKind::Str => 4,
        RustKind::Sequence(_) => 5,
        RustKind::AnyJson | RustKind::Map | RustKind::Named => 0,
    }
}

/// The classes (`parameter_class`) whose values a parameter of `kinds` takes.
pub(crate) fn classes_taken(kinds: &Kinds) -> Vec<u8> {
    let representatives = [
        RustKind::Integer {
            signed: true,
            bits: 64,
        },
        RustKind::Float,
        RustKind::Bool,
        RustKind::Str,
        RustKind::Sequence(Box::new(RustKind::Named)),
    ];
    std::iter::once(0)
        .chain(
            representatives
                .iter()
                .filter(|rust| fits_the_parameter(kinds, rust).is_none())
                .map(parameter_class),
        )
        .collect()
}

/// How a field's Rust type fails to hold every value `kinds` allows (minus `null`), if it
/// does: a response can carry any of them.
pub(crate) fn holds_every_value(kinds: &Kinds, rust: &RustKind) -> Option<String> {
    let names = kinds.names();
    let is = |kind: &str| names == [kind];
    let allowed = match names.as_slice() {
        [] => return None,
        [one] => format!("is `{one}`"),
        many => format!("may be `{}`", many.join("` or `")),
    };
    match rust {
        RustKind::Integer { signed, bits } if is("integer") => {
            let bits = i32::try_from(*bits).unwrap_or(128);
            let (lowest, highest) = if *signed {
                (-(2f64.powi(bits - 1)), 2f64.powi(bits - 1) - 1.0)
            } else {
                (0.0, 2f64.powi(bits) - 1.0)
            };
            let (minimum, maximum) = (kinds.minimum, kinds.maximum);
            if !*signed && !minimum.is_some_and(|m| m >= 0.0) {
                return Some(
                    "is an `integer` with no `minimum` ≥ 0: use a signed type (`i64`)".to_owned(),
                );
            }
            let low_ok = minimum.map_or(*signed && bits >= 64, |m| m >= lowest);
            let high_ok = maximum.map_or(bits >= 64, |m| m <= highest);
            (!(low_ok && high_ok)).then(|| {
                let range = match (minimum, maximum) {
                    (None, None) => "with no `minimum` or `maximum`".to_owned(),
                    (Some(low), None) => format!("from {low} up"),
                    (None, Some(high)) => format!("up to {high}"),
                    (Some(low), Some(high)) => format!("from {low} to {high}"),
                };
                format!(
                    "is an `integer` {range}: use a type that holds every value (`i64`, unless \
                     `minimum` and `maximum` allow a narrower one)"
                )
            })
        }
        RustKind::Integer { .. } if is("number") => {
            Some("is a `number`, fractions included: use `f64`".to_owned())
        }
        RustKind::Float if is("number") => None,
        RustKind::Bool if is("boolean") => None,
        RustKind::Str if is("string") => None,
        RustKind::Sequence(_) if is("array") => None,
        RustKind::Map if is("object") => None,
        RustKind::Named => None,
        RustKind::AnyJson => None,
        RustKind::Option(inner) => holds_every_value(kinds, inner),
        other => Some(format!(
            "{allowed}, which {} does not hold",
            other.describe()
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(build: impl FnOnce(&mut Kinds)) -> Kinds {
        let mut kinds = Kinds::default();
        build(&mut kinds);
        kinds
    }

    const I64: RustKind = RustKind::Integer {
        signed: true,
        bits: 64,
    };
    const U32: RustKind = RustKind::Integer {
        signed: false,
        bits: 32,
    };

    #[test]
    fn an_argument_sends_only_what_the_parameter_allows() {
        let string = kinds(|k| k.string = true);
        let integer = kinds(|k| k.integer = true);
        assert_eq!(fits_the_parameter(&string, &RustKind::Str), None);
        assert!(fits_the_parameter(&string, &U32).is_some());
        assert!(fits_the_parameter(&integer, &RustKind::Bool).is_some());
        // A narrower integer only sends values the parameter allows.
        assert_eq!(fits_the_parameter(&integer, &U32), None);
        assert_eq!(
            fits_the_parameter(&kinds(|k| k.any = true), &RustKind::Bool),
            None
        );
    }

    #[test]
    fn a_field_holds_every_value_the_schema_allows() {
        let unbounded = kinds(|k| k.integer = true);
        assert_eq!(holds_every_value(&unbounded, &I64), None);
        assert!(holds_every_value(&unbounded, &U32).is_some());
        let port = kinds(|k| {
            k.integer = true;
            k.minimum = Some(1.0);
            k.maximum = Some(65535.0);
        });
        let u16_kind = RustKind::Integer {
            signed: false,
            bits: 16,
        };
        assert_eq!(holds_every_value(&port, &u16_kind), None);
        assert!(holds_every_value(&kinds(|k| k.number = true), &I64).is_some());
        assert!(
            holds_every_value(
                &kinds(|k| {
                    k.string = true;
                    k.integer = true
                }),
                &RustKind::Str
            )
            .is_some()
        );
        assert_eq!(
            holds_every_value(&kinds(|k| k.string = true), &RustKind::Named),
            None
        );
    }
}
