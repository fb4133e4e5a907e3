//! Path strings as Nix handles them: canonical absolute paths, `dirOf`, `baseNameOf`.

/// Canonicalises an absolute path as Nix's `canonPath`: no `.`, no `..`, no doubled or
/// trailing slashes. `..` at the root stays at the root.
pub fn canonicalize(path: &str) -> String {
    if is_canonical(path) {
        return path.to_owned();
    }
    resolve_components(path)
}

fn resolve_components(path: &str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            other => parts.push(other),
        }
    }
    let mut out = String::with_capacity(path.len());
    for part in &parts {
        out.push('/');
        out.push_str(part);
    }
    if out.is_empty() {
        out.push('/');
    }
    out
}

/// Whether `path` is already as [`canonicalize`] writes it, as almost every path a
/// run resolves is: absolute, and no component empty, `.` or `..`.
fn is_canonical(path: &str) -> bool {
    if path == "/" {
        return true;
    }
    let Some(rest) = path.strip_prefix('/') else {
        return false;
    };
    rest.split('/').all(|part| !matches!(part, "" | "." | ".."))
}

/// `builtins.dirOf` on a string: everything before the last `/`.
pub fn dir_of(path: &str) -> String {
    match path.rfind('/') {
        None => ".".to_owned(),
        Some(0) => "/".to_owned(),
        Some(index) => path[..index].to_owned(),
    }
}

/// `builtins.baseNameOf`: the part after the last `/`, ignoring one trailing slash.
pub fn base_name_of(path: &str) -> String {
    let trimmed = path.strip_suffix('/').unwrap_or(path);
    match trimmed.rfind('/') {
        None => trimmed.to_owned(),
        Some(index) => trimmed[index + 1..].to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonicalizes_like_nix() {
        assert_eq!(canonicalize("/a/./b//c/../d/"), "/a/b/d");
        assert_eq!(canonicalize("/.."), "/");
        assert_eq!(dir_of("/a/b"), "/a");
        assert_eq!(dir_of("/a"), "/");
        assert_eq!(base_name_of("/a/b/"), "b");
    }

    #[test]
    fn a_path_taken_as_canonical_is_what_resolving_it_gives() {
        let paths = [
            "/",
            "//",
            "/a",
            "/a/",
            "/a//b",
            "/a/b",
            "/a/.",
            "/a/..",
            "/a/.b",
            "/a/..b",
            "/a/b.",
            "/.",
            "/..",
            "a",
            "a/b",
            "",
            "/a/./b",
            "/a/../b",
            "/nix/store/x-y.nix",
        ];
        for path in paths {
            assert_eq!(canonicalize(path), resolve_components(path), "{path:?}");
            assert!(is_canonical(&canonicalize(path)), "{path:?}");
        }
    }
}
