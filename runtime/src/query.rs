//! `#[query]` arguments: any `Serialize` value becomes `name=value` pairs, encoded by
//! `form_urlencoded` (the `url` crate's encoder), so `& = # +`, spaces and non-ASCII round-trip.
//!
//! - a scalar (string, integer, float, `bool`, `char`, unit enum variant) is one pair;
//! - `None` and `()` add nothing; `Some(v)` is `v`;
//! - a sequence repeats the name: `status=a&status=b`;
//! - a struct or string-keyed map (the argument itself, not a field) is flattened: each field is
//!   a parameter of its own name, with the rules above;
//! - a float that is not finite (`NaN`, infinities) is refused, as `serde_json` refuses it;
//! - a name set by two arguments (a flattened field and another argument, say) is refused: one
//!   argument that is a sequence is how a parameter repeats.

use std::fmt;

use serde::ser::{self, Impossible, Serialize};

/// A query string being built, argument by argument.
#[derive(Debug, Default)]
pub(crate) struct Query {
    /// The form-encoded pairs so far.
    text: String,
    /// The names earlier arguments set.
    earlier: Vec<String>,
    /// The names the argument being appended has set.
    current: Vec<String>,
}

impl Query {
    /// The form-encoded query, without the `?`.
    pub(crate) fn as_str(&self) -> &str {
        &self.text
    }

    /// The form-encoded pairs, taken (a form body).
    pub(crate) fn into_text(self) -> String {
        self.text
    }

    /// Appends `value` under `name` (argument by argument).
    pub(crate) fn append<V: Serialize + ?Sized>(
        &mut self,
        name: &str,
        value: &V,
    ) -> Result<(), QueryError> {
        let result = value.serialize(Value {
            query: &mut *self,
            name,
            level: Level::Argument,
        });
        let current = std::mem::take(&mut self.current);
        self.earlier.extend(current);
        result
    }

    fn pair(&mut self, name: &str, value: &str) -> Result<(), QueryError> {
        if self.earlier.iter().any(|earlier| earlier == name) {
            return Err(QueryError(format!(
                "query parameter `{name}` is also set by another argument; to repeat a \
                 parameter, pass one sequence"
            )));
        }
        if !self.current.iter().any(|current| current == name) {
            self.current.push(name.to_owned());
        }
        form_urlencoded::Serializer::new(&mut self.text).append_pair(name, value);
        Ok(())
    }
}

/// Why a value cannot be a query parameter.
#[derive(Debug)]
pub(crate) struct QueryError(pub(crate) String);

impl fmt::Display for QueryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for QueryError {}

impl ser::Error for QueryError {
    fn custom<T: fmt::Display>(message: T) -> Self {
        QueryError(message.to_string())
    }
}

fn unsupported(what: &str) -> QueryError {
    QueryError(format!("{what} cannot be a query parameter value"))
}

/// How deep in the argument the serializer is: only the argument itself may be a struct, and
/// only an argument or a field may be a sequence.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Level {
    Argument,
    Field,
    Element,
}

struct Value<'a> {
    query: &'a mut Query,
    name: &'a str,
    level: Level,
}

impl Value<'_> {
    fn pair(self, value: &str) -> Result<(), QueryError> {
        self.query.pair(self.name, value)
    }

    fn float(self, value: f64) -> Result<(), QueryError> {
        if !value.is_finite() {
            return Err(unsupported(
                "a number that is not finite (NaN or an infinity)",
            ));
        }
        self.pair(&value.to_string())
    }
}

macro_rules! display_scalars {
    ($($method:ident: $t:ty),*) => {$(
        fn $method(self, value: $t) -> Result<(), QueryError> {
            self.pair(&value.to_string())
        }
    )*};
}

impl<'a> ser::Serializer for Value<'a> {
    type Ok = ();
    type Error = QueryError;
    type SerializeSeq = Elements<'a>;
    type SerializeTuple = Elements<'a>;
    type SerializeTupleStruct = Elements<'a>;
    type SerializeTupleVariant = Impossible<(), QueryError>;
    type SerializeMap = Fields<'a>;
    type SerializeStruct = Fields<'a>;
    type SerializeStructVariant = Impossible<(), QueryError>;

    display_scalars!(
        serialize_bool: bool, serialize_i8: i8, serialize_i16: i16, serialize_i32: i32,
        serialize_i64: i64, serialize_i128: i128, serialize_u8: u8, serialize_u16: u16,
        serialize_u32: u32, serialize_u64: u64, serialize_u128: u128, serialize_char: char
    );

    fn serialize_f32(self, value: f32) -> Result<(), QueryError> {
        // Through `f32`'s own formatting: `0.1f32` is sent as `0.1`, not as its `f64` widening.
        if !value.is_finite() {
            return self.float(f64::from(value));
        }
        self.pair(&value.to_string())
    }

    fn serialize_f64(self, value: f64) -> Result<(), QueryError> {
        self.float(value)
    }

    fn serialize_str(self, value: &str) -> Result<(), QueryError> {
        self.pair(value)
    }

    fn serialize_bytes(self, _: &[u8]) -> Result<(), QueryError> {
        Err(unsupported("a byte array"))
    }

    fn serialize_none(self) -> Result<(), QueryError> {
        Ok(())
    }

    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), QueryError> {
        value.serialize(self)
    }

    fn serialize_unit(self) -> Result<(), QueryError> {
        Ok(())
    }

    fn serialize_unit_struct(self, _: &'static str) -> Result<(), QueryError> {
        Ok(())
    }

    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<(), QueryError> {
        self.pair(variant)
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<(), QueryError> {
        value.serialize(self)
    }

    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<(), QueryError> {
        Err(unsupported("an enum variant with data"))
    }

    fn serialize_seq(self, _: Option<usize>) -> Result<Elements<'a>, QueryError> {
        if self.level == Level::Element {
            return Err(unsupported("a nested sequence"));
        }
        Ok(Elements {
            query: self.query,
            name: self.name,
        })
    }

    fn serialize_tuple(self, len: usize) -> Result<Elements<'a>, QueryError> {
        self.serialize_seq(Some(len))
    }

    fn serialize_tuple_struct(
        self,
        _: &'static str,
        len: usize,
    ) -> Result<Elements<'a>, QueryError> {
        self.serialize_seq(Some(len))
    }

    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, QueryError> {
        Err(unsupported("an enum variant with data"))
    }

    fn serialize_map(self, _: Option<usize>) -> Result<Fields<'a>, QueryError> {
        if self.level != Level::Argument {
            return Err(unsupported("a nested struct or map"));
        }
        Ok(Fields {
            query: self.query,
            key: None,
        })
    }

    fn serialize_struct(self, _: &'static str, len: usize) -> Result<Fields<'a>, QueryError> {
        self.serialize_map(Some(len))
    }

    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, QueryError> {
        Err(unsupported("an enum variant with data"))
    }
}

/// The elements of a sequence, each under the same name.
struct Elements<'a> {
    query: &'a mut Query,
    name: &'a str,
}

impl Elements<'_> {
    fn element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), QueryError> {
        value.serialize(Value {
            query: self.query,
            name: self.name,
            level: Level::Element,
        })
    }
}

impl ser::SerializeSeq for Elements<'_> {
    type Ok = ();
    type Error = QueryError;

    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), QueryError> {
        self.element(value)
    }

    fn end(self) -> Result<(), QueryError> {
        Ok(())
    }
}

impl ser::SerializeTuple for Elements<'_> {
    type Ok = ();
    type Error = QueryError;

    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), QueryError> {
        self.element(value)
    }

    fn end(self) -> Result<(), QueryError> {
        Ok(())
    }
}

impl ser::SerializeTupleStruct for Elements<'_> {
    type Ok = ();
    type Error = QueryError;

    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), QueryError> {
        self.element(value)
    }

    fn end(self) -> Result<(), QueryError> {
        Ok(())
    }
}

/// The fields of a flattened struct or map, each under its own name.
struct Fields<'a> {
    query: &'a mut Query,
    /// A map's key, between `serialize_key` and `serialize_value`.
    key: Option<String>,
}

impl Fields<'_> {
    fn field<T: Serialize + ?Sized>(&mut self, name: &str, value: &T) -> Result<(), QueryError> {
        value.serialize(Value {
            query: self.query,
            name,
            level: Level::Field,
        })
    }
}

impl ser::SerializeStruct for Fields<'_> {
    type Ok = ();
    type Error = QueryError;

    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        name: &'static str,
        value: &T,
    ) -> Result<(), QueryError> {
        self.field(name, value)
    }

    fn end(self) -> Result<(), QueryError> {
        Ok(())
    }
}

impl ser::SerializeMap for Fields<'_> {
    type Ok = ();
    type Error = QueryError;

    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), QueryError> {
        match serde_json::to_value(key) {
            Ok(serde_json::Value::String(key)) => {
                self.key = Some(key);
                Ok(())
            }
            _ => Err(unsupported("a map whose keys are not strings")),
        }
    }

    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), QueryError> {
        let key = self
            .key
            .take()
            .ok_or_else(|| unsupported("a map value without a key"))?;
        self.field(&key, value)
    }

    fn end(self) -> Result<(), QueryError> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use serde::Serialize;

    use super::*;

    fn query<V: Serialize + ?Sized>(name: &str, value: &V) -> Result<String, String> {
        let mut out = Query::default();
        out.append(name, value).map_err(|e| e.0)?;
        Ok(out.as_str().to_owned())
    }

    #[test]
    fn non_finite_floats_are_refused() {
        for value in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
            let error = query("x", &value).unwrap_err();
            assert!(error.contains("not finite"), "{error}");
        }
        assert!(query("x", &f32::NAN).unwrap_err().contains("not finite"));
        assert_eq!(query("x", &0.1f32).unwrap(), "x=0.1");
        assert!(query("x", &[1.0, f64::NAN]).is_err());
    }

    #[test]
    fn a_name_set_by_two_arguments_is_refused() {
        #[derive(Serialize)]
        struct Paging {
            page: u32,
            size: u32,
        }
        let mut out = Query::default();
        out.append("paging", &Paging { page: 1, size: 5 }).unwrap();
        let error = out.append("page", &2u32).unwrap_err().0;
        assert!(
            error.contains("`page` is also set by another argument"),
            "{error}"
        );
        // One sequence argument repeats its name; that is how a parameter repeats.
        let mut out = Query::default();
        out.append("status", &["a", "b"]).unwrap();
        assert_eq!(out.as_str(), "status=a&status=b");
        assert!(out.append("status", "c").is_err());
    }

    #[derive(Serialize)]
    struct Paging {
        page: u32,
        page_size: Option<u32>,
        is_onchain: Option<bool>,
        #[serde(rename = "status")]
        statuses: Vec<&'static str>,
    }

    #[test]
    fn scalars_options_and_sequences() {
        assert_eq!(query("page", &2u32).unwrap(), "page=2");
        assert_eq!(query("on", &true).unwrap(), "on=true");
        assert_eq!(query("x", &-1.5f64).unwrap(), "x=-1.5");
        assert_eq!(query("q", &None::<u8>).unwrap(), "");
        assert_eq!(query("q", &Some("a b")).unwrap(), "q=a+b");
        assert_eq!(query("s", &["a", "b"]).unwrap(), "s=a&s=b");
        assert_eq!(
            query("s", &vec![Some(1), None, Some(3)]).unwrap(),
            "s=1&s=3"
        );
        assert_eq!(query("s", &Vec::<u8>::new()).unwrap(), "");
    }

    #[test]
    fn reserved_and_non_ascii_characters_are_encoded() {
        let encoded = query("q", "a&b=c#d+e f/é?").unwrap();
        assert_eq!(encoded, "q=a%26b%3Dc%23d%2Be+f%2F%C3%A9%3F");
        let decoded: Vec<(String, String)> = form_urlencoded::parse(encoded.as_bytes())
            .into_owned()
            .collect();
        assert_eq!(decoded, [("q".to_owned(), "a&b=c#d+e f/é?".to_owned())]);
    }

    #[test]
    fn structs_and_maps_are_flattened() {
        let paging = Paging {
            page: 1,
            page_size: None,
            is_onchain: Some(false),
            statuses: vec!["a", "b"],
        };
        assert_eq!(
            query("params", &paging).unwrap(),
            "page=1&is_onchain=false&status=a&status=b"
        );
        let map = BTreeMap::from([("k", "v"), ("a", "1")]);
        assert_eq!(query("m", &map).unwrap(), "a=1&k=v");
    }

    #[test]
    fn nesting_is_refused() {
        #[derive(Serialize)]
        struct Outer {
            inner: Paging,
        }
        #[derive(Serialize)]
        enum Shape {
            Circle(u8),
        }
        let inner = Paging {
            page: 1,
            page_size: None,
            is_onchain: None,
            statuses: vec![],
        };
        assert!(
            query("o", &Outer { inner })
                .unwrap_err()
                .contains("nested struct")
        );
        assert!(
            query("s", &[[1, 2]])
                .unwrap_err()
                .contains("nested sequence")
        );
        assert!(
            query("s", &Shape::Circle(1))
                .unwrap_err()
                .contains("enum variant")
        );
        assert!(
            query("b", &serde_bytes_like())
                .unwrap_err()
                .contains("byte array")
        );
        let keyed = BTreeMap::from([(1, 2)]);
        assert!(
            query("m", &keyed)
                .unwrap_err()
                .contains("keys are not strings")
        );
    }

    /// A value that serializes as bytes.
    fn serde_bytes_like() -> impl Serialize {
        struct Bytes;
        impl Serialize for Bytes {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_bytes(b"x")
            }
        }
        Bytes
    }
}
