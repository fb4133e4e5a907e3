//! Version strings compared as Nix's `builtins.compareVersions` and `splitVersion` do.

use std::cmp::Ordering;

/// Splits a version into components: runs of digits, or runs of other characters,
/// with `.` and `-` as separators (Nix's `nextComponent`).
pub fn split_version(version: &str) -> Vec<&str> {
    let mut components = Vec::new();
    let mut rest = version;
    loop {
        let (component, after) = next_component(rest);
        if component.is_empty() && after.is_empty() {
            break;
        }
        components.push(component);
        rest = after;
    }
    components
}

/// Compares two versions component by component, as `builtins.compareVersions`.
pub fn compare_versions(left: &str, right: &str) -> Ordering {
    let (mut left, mut right) = (left, right);
    while !left.is_empty() || !right.is_empty() {
        let (a, left_rest) = next_component(left);
        let (b, right_rest) = next_component(right);
        left = left_rest;
        right = right_rest;
        if component_less(a, b) {
            return Ordering::Less;
        }
        if component_less(b, a) {
            return Ordering::Greater;
        }
    }
    Ordering::Equal
}

fn is_separator(c: u8) -> bool {
    c == b'.' || c == b'-'
}

fn next_component(text: &str) -> (&str, &str) {
    let bytes = text.as_bytes();
    let mut start = 0;
    while start < bytes.len() && is_separator(bytes[start]) {
        start += 1;
    }
    if start == bytes.len() {
        return ("", "");
    }
    let mut end = start;
    if bytes[start].is_ascii_digit() {
        while end < bytes.len() && bytes[end].is_ascii_digit() {
            end += 1;
        }
    } else {
        while end < bytes.len() && !bytes[end].is_ascii_digit() && !is_separator(bytes[end]) {
            end += 1;
        }
    }
    (&text[start..end], &text[end..])
}

fn component_less(a: &str, b: &str) -> bool {
    // Nix parses components as a C `int`; longer digit runs are not numbers.
    let number_a = a
        .parse::<i32>()
        .ok()
        .filter(|_| a.bytes().all(|c| c.is_ascii_digit()));
    let number_b = b
        .parse::<i32>()
        .ok()
        .filter(|_| b.bytes().all(|c| c.is_ascii_digit()));
    match (number_a, number_b) {
        (Some(x), Some(y)) => x < y,
        _ if a.is_empty() && number_b.is_some() => true,
        _ if a == "pre" && b != "pre" => true,
        _ if b == "pre" => false,
        (_, Some(_)) => true,
        (Some(_), _) => false,
        _ => a < b,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn orders_versions_as_nix() {
        assert_eq!(compare_versions("22.05", "22.05"), Ordering::Equal);
        assert_eq!(compare_versions("21.11", "22.05"), Ordering::Less);
        assert_eq!(compare_versions("23.11", "22.05"), Ordering::Greater);
        assert_eq!(compare_versions("2.3a", "2.3.1"), Ordering::Less);
        assert_eq!(compare_versions("1.0pre1", "1.0"), Ordering::Less);
        assert_eq!(split_version("1.2.3pre-4"), vec!["1", "2", "3", "pre", "4"]);
    }
}
