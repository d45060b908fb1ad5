//! "Did you mean": the nearest name to a misspelt one.

/// The argument name nearest to `wanted`, if it is near enough to be a typo. Only the first
/// few candidates are compared, so a pathological signature stays linear.
pub(crate) fn closest<'a>(wanted: &str, names: &'a [String]) -> Option<&'a str> {
    names
        .iter()
        .take(16)
        .map(|name| (edit_distance(wanted, name), name))
        .filter(|(distance, name)| *distance <= (wanted.len().max(name.len()) / 3).max(1))
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, name)| name.as_str())
}

/// The (at most three) documented paths nearest to `wanted`, nearest first, if any is near
/// enough to be what was meant.
pub(crate) fn nearest_paths<'a>(
    wanted: &str,
    paths: impl Iterator<Item = &'a str>,
) -> Vec<&'a str> {
    let mut near: Vec<(usize, &str)> = paths
        .map(|path| (edit_distance(wanted, path), path))
        .filter(|(distance, path)| *distance <= (wanted.len().max(path.len()) / 4).max(2))
        .collect();
    near.sort();
    near.into_iter().take(3).map(|(_, path)| path).collect()
}

/// Levenshtein distance; texts longer than 256 bytes are never "near" (keeps it bounded).
fn edit_distance(a: &str, b: &str) -> usize {
    if a.len() > 256 || b.len() > 256 {
        return usize::MAX;
    }
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (above + 1)
                .min(row[j] + 1)
                .min(diagonal + usize::from(ca != *cb));
            diagonal = above;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_distance_basics() {
        assert_eq!(edit_distance("kms_id", "kms_id"), 0);
        assert_eq!(edit_distance("kmsid", "kms_id"), 1);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(closest("app", &["kms_id".to_owned()]), None);
        assert_eq!(closest("kms_i", &["kms_id".to_owned()]), Some("kms_id"));
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
