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
}

/// A message built at compile time (a `const fn` cannot `format!`): at most 1 KiB, cut at a
/// character boundary.
struct Message {
    bytes: [u8; 1024],
    len: usize,
}

impl Message {
    const fn new() -> Self {
        Message {
            bytes: [0; 1024],
            len: 0,
        }
    }

    const fn push(mut self, text: &str) -> Self {
        let text = text.as_bytes();
        let mut i = 0;
        while i < text.len() && self.len < self.bytes.len() {
            self.bytes[self.len] = text[i];
            self.len += 1;
            i += 1;
        }
        // Cut by the cap inside a character: drop its leading bytes too.
        while i < text.len() && i > 0 && text[i] & 0xC0 == 0x80 {
            i -= 1;
            self.len -= 1;
        }
        self
    }

    const fn list(mut self, items: &[&str]) -> Self {
        let mut i = 0;
        while i < items.len() {
            if i > 0 {
                self = self.push("`, `");
            }
            self = self.push(items[i]);
            i += 1;
        }
        self
    }

    // A panic in `const` evaluation is a compile error, which is the point: these functions only
    // run at compile time, in the unnamed constants expansions emit.
    #[allow(clippy::panic)]
    const fn fail(&self) -> ! {
        match core::str::from_utf8(self.bytes.split_at(self.len).0) {
            Ok(text) => panic!("{}", text),
            Err(_) => panic!("the contract check failed"),
        }
    }
}

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

const fn contains(list: &[&str], item: &str) -> bool {
    let mut i = 0;
    while i < list.len() {
        if equal(list[i], item) {
            return true;
        }
        i += 1;
    }
    false
}

/// The schema `found` of a type is the `expected` one of `what` (the success answer of an
/// operation, a property of a component).
pub const fn schema(found: &str, expected: &str, what: &str) {
    if !equal(found, expected) {
        Message::new()
            .push(what)
            .push(" is the schema `")
            .push(expected)
            .push("`, but its type is checked against `")
            .push(found)
            .push("`")
            .fail();
    }
}

/// Every status the error enum maps (`mapped`) is documented by `operation`, exactly or by
/// its range (`4` for `4XX`).
pub const fn statuses(mapped: &[u16], exact: &[u16], ranges: &[u16], operation: &str) {
    let mut i = 0;
    while i < mapped.len() {
        let status = mapped[i];
        let mut documented = false;
        let mut j = 0;
        while j < exact.len() {
            documented |= exact[j] == status;
            j += 1;
        }
        j = 0;
        while j < ranges.len() {
            documented |= ranges[j] == status / 100;
            j += 1;
        }
        if !documented {
            let digits = [
                b'0' + (status / 100 % 10) as u8,
                b'0' + (status / 10 % 10) as u8,
                b'0' + (status % 10) as u8,
            ];
            let digits = match core::str::from_utf8(&digits) {
                Ok(digits) => digits,
                Err(_) => "?",
            };
            Message::new()
                .push("the error enum maps status ")
                .push(digits)
                .push(", which `")
                .push(operation)
                .push("` does not document: drop the variant, or use an enum of the statuses it answers with")
                .fail();
        }
        i += 1;
    }
}

/// The `#[query]` structs' fields (`fields[i]` of argument `arguments[i]`) are `documented`
/// query parameters of `operation`, and together bind every `required` one that no scalar
/// argument binds.
pub const fn query_fields(
    fields: &[&[&str]],
    arguments: &[&str],
    documented: &[&str],
    required: &[&str],
    operation: &str,
) {
    let mut i = 0;
    while i < fields.len() {
        let mut j = 0;
        while j < fields[i].len() {
            if !contains(documented, fields[i][j]) {
                Message::new()
                    .push("field `")
                    .push(fields[i][j])
                    .push("` of `#[query]` argument `")
                    .push(if i < arguments.len() {
                        arguments[i]
                    } else {
                        "?"
                    })
                    .push("` is not a query parameter of `")
                    .push(operation)
                    .push("`, which documents `")
                    .list(documented)
                    .push("`")
                    .fail();
            }
            j += 1;
        }
        i += 1;
    }
    let mut r = 0;
    while r < required.len() {
        let mut bound = false;
        let mut i = 0;
        while i < fields.len() {
            bound |= contains(fields[i], required[r]);
            i += 1;
        }
        if !bound {
            Message::new()
                .push("`")
                .push(operation)
                .push("` requires the query parameter `")
                .push(required[r])
                .push("`, which no argument or `#[query]` struct field binds")
                .fail();
        }
        r += 1;
    }
}

/// The properties a `#[serde(flatten)]` field's type documents (`flattened`) cover the
/// component's properties that no other field holds (`rest`), and are the component's own.
pub const fn flattened(flattened: &[&[&str]], rest: &[&str], own: &[&str], component: &str) {
    let mut r = 0;
    while r < rest.len() {
        let mut covered = false;
        let mut i = 0;
        while i < flattened.len() {
            covered |= contains(flattened[i], rest[r]);
            i += 1;
        }
        if !covered {
            Message::new()
                .push("`")
                .push(component)
                .push("` documents the property `")
                .push(rest[r])
                .push("`, which no field (flattened ones included) holds")
                .fail();
        }
        r += 1;
    }
    let mut i = 0;
    while i < flattened.len() {
        let mut j = 0;
        while j < flattened[i].len() {
            if !contains(own, flattened[i][j]) {
                Message::new()
                    .push("a flattened field holds the property `")
                    .push(flattened[i][j])
                    .push("`, which `")
                    .push(component)
                    .push("` does not document")
                    .fail();
            }
            j += 1;
        }
        i += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // The passing cases are evaluated at compile time, as expansions evaluate them.
    const _: () = schema(
        "KMSInfo",
        "KMSInfo",
        "the answer of `GET /api/v1/kms/{kms_id}`",
    );
    const _: () = statuses(&[404, 422], &[200, 404, 422], &[], "GET /a");
    const _: () = statuses(&[503], &[200], &[5], "GET /a");
    const _: () = query_fields(
        &[&["page", "page_size"]],
        &["p"],
        &["page", "page_size", "q"],
        &["page"],
        "GET /a",
    );
    const _: () = flattened(&[&["b"]], &["b"], &["a", "b"], "C");

    fn message(check: impl FnOnce() + std::panic::UnwindSafe) -> String {
        let panic = std::panic::catch_unwind(check).expect_err("the check fails");
        panic
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| panic.downcast_ref::<&str>().map(|s| (*s).to_owned()))
            .unwrap_or_default()
    }

    #[test]
    fn failures_name_what_differs() {
        assert_eq!(
            message(|| schema("AppInfo", "KMSInfo", "the answer of `GET /kms/{id}`")),
            "the answer of `GET /kms/{id}` is the schema `KMSInfo`, but its type is checked against `AppInfo`"
        );
        assert!(
            message(|| statuses(&[404, 409], &[200, 404], &[5], "GET /a"))
                .starts_with("the error enum maps status 409, which `GET /a` does not document")
        );
        assert_eq!(
            message(|| query_fields(&[&["pge"]], &["paging"], &["page", "size"], &[], "GET /a")),
            "field `pge` of `#[query]` argument `paging` is not a query parameter of `GET /a`, which documents `page`, `size`"
        );
        assert!(
            message(|| query_fields(&[&["a"]], &["p"], &["a", "q"], &["q"], "GET /a"))
                .contains("requires the query parameter `q`")
        );
        assert!(
            message(|| flattened(&[&["a"]], &["b"], &["a", "b"], "C")).contains("property `b`")
        );
        assert!(message(|| flattened(&[&["z"]], &[], &["a"], "C")).contains("`z`, which `C`"));
    }

    #[test]
    fn long_messages_are_cut_at_a_character_boundary() {
        let long = "é".repeat(600);
        let text = message(|| schema(&long, "KMSInfo", "the answer of `GET /a`"));
        // Valid UTF-8 all the same (not the fallback text), within the cap.
        assert!(text.len() <= 1024, "{}", text.len());
        assert!(
            text.starts_with("the answer of `GET /a` is the schema `KMSInfo`"),
            "{text}"
        );
        assert!(text.contains("éé"), "{text}");
    }
}
