//! "Did you mean": the nearest name to a misspelt one, over every candidate.
//!
//! Names are compared folded (lower case, with `-`, `_` and `.` alike), so `simple_user`
//! finds `simple-user` and `userViewType` finds `user_view_type`; a cheap prefilter (the
//! length difference) and a distance that stops past its limit keep a document's thousands of
//! names affordable.

/// The candidate nearest to `wanted`, if one is near enough to be a typo.
pub(crate) fn closest<'a>(
    wanted: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let folded = fold(wanted);
    candidates
        .into_iter()
        .filter_map(|candidate| {
            let other = fold(candidate);
            let limit = (folded.len().max(other.len()) / 3).max(1);
            distance(&folded, &other, limit).map(|d| (d, candidate))
        })
        .min_by_key(|(distance, candidate)| (*distance, *candidate))
        .map(|(_, candidate)| candidate)
}

/// The (at most three) documented paths nearest to `wanted`, nearest first, if any is near
/// enough to be what was meant.
pub(crate) fn nearest_paths<'a>(
    wanted: &str,
    paths: impl Iterator<Item = &'a str>,
) -> Vec<&'a str> {
    let folded = fold(wanted);
    let mut near: Vec<(usize, &str)> = paths
        .filter_map(|path| {
            let other = fold(path);
            let limit = (folded.len().max(other.len()) / 4).max(2);
            distance(&folded, &other, limit).map(|d| (d, path))
        })
        .collect();
    near.sort();
    near.into_iter().take(3).map(|(_, path)| path).collect()
}

/// `name` in lower case, with the separators documents and Rust disagree on made one, and
/// camel case split as snake case spells it.
fn fold(name: &str) -> Vec<char> {
    let mut folded = Vec::with_capacity(name.len());
    let mut previous_lower = false;
    for c in name.chars() {
        if c.is_uppercase() && previous_lower {
            folded.push('_');
        }
        previous_lower = c.is_lowercase() || c.is_ascii_digit();
        match c {
            '-' | '.' | ' ' => folded.push('_'),
            c => folded.extend(c.to_lowercase()),
        }
    }
    folded
}

/// The Levenshtein distance of `a` and `b` if it is at most `limit`; texts longer than 256
/// characters are never near (keeps it bounded).
fn distance(a: &[char], b: &[char], limit: usize) -> Option<usize> {
    if a.len() > 256 || b.len() > 256 || a.len().abs_diff(b.len()) > limit {
        return None;
    }
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        let mut smallest = row[0];
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (above + 1)
                .min(row[j] + 1)
                .min(diagonal + usize::from(ca != cb));
            diagonal = above;
            smallest = smallest.min(row[j + 1]);
        }
        if smallest > limit {
            return None;
        }
    }
    Some(row[b.len()]).filter(|d| *d <= limit)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(a: &str, b: &str) -> Option<usize> {
        distance(&fold(a), &fold(b), 100)
    }

    #[test]
    fn distances() {
        assert_eq!(d("kms_id", "kms_id"), Some(0));
        assert_eq!(d("kmsid", "kms_id"), Some(1));
        assert_eq!(d("", "abc"), Some(3));
        assert_eq!(d("simple_user", "simple-user"), Some(0));
        assert_eq!(d("userViewType", "user_view_type"), Some(0));
        assert_eq!(distance(&fold("abcdef"), &fold("uvwxyz"), 2), None);
    }

    #[test]
    fn closest_names() {
        assert_eq!(closest("app", ["kms_id"]), None);
        assert_eq!(closest("kms_i", ["kms_id"]), Some("kms_id"));
        assert_eq!(
            closest("simple_user", ["simple-user", "simple-users"]),
            Some("simple-user")
        );
        // Every candidate is looked at, not the first few in alphabetical order.
        let mut names: Vec<String> = (0..1000).map(|i| format!("a{i:04}_name")).collect();
        names.push("user_view_type".to_owned());
        assert_eq!(
            closest("user_veiw_type", names.iter().map(String::as_str)),
            Some("user_view_type")
        );
    }

    #[test]
    fn nearest_documented_paths() {
        let paths = [
            "/api/v1/kms/{kms_id}",
            "/api/v1/kms/{kms_id}/info",
            "/api/v1/apps",
        ];
        assert_eq!(
            nearest_paths("/api/v1/kms/{kms_id}/inf", paths.into_iter()),
            ["/api/v1/kms/{kms_id}/info", "/api/v1/kms/{kms_id}"]
        );
        assert!(nearest_paths("/completely/else", paths.into_iter()).is_empty());
    }
}
