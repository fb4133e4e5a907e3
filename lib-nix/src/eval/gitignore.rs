//! Which paths a repository's `.gitignore` files leave out: files each machine provides
//! itself and the repository never holds, such as the `hardware-configuration.nix` that
//! `nixos-generate-config` writes beside a host's `configuration.nix`. Read through
//! [`EvalIo`](super::EvalIo) like any other file, so it works the same on disk and in
//! memory.
//!
//! Git's rules, as `gitignore(5)` gives them: blank lines and `#` comments are skipped; a
//! leading `!` re-includes; a trailing `/` matches directories only; a pattern with a `/`
//! elsewhere is anchored to the directory of its `.gitignore`, one without matches a name
//! at any depth below it; `*`, `?` and `[...]` do not match `/`, `**` does. A deeper
//! `.gitignore` comes after a shallower one, and within a file the last matching line
//! decides. A path inside an ignored directory is ignored, whatever a later `!` says.

use regex::Regex;

/// Whether git ignores `path` (absolute, `/`-separated): `read` gives the text of a file
/// (a `.gitignore`), `exists` tells whether a path exists (a `.git`, which marks the top
/// of the repository; without one the `.gitignore` files up to `/` count).
pub fn ignored(
    read: &dyn Fn(&str) -> Option<String>,
    exists: &dyn Fn(&str) -> bool,
    path: &str,
) -> bool {
    let path = path.trim_end_matches('/');
    let Some((parent, _)) = path.rsplit_once('/') else {
        return false;
    };
    // The directories from the path's own up to the top of the repository.
    let mut directories = Vec::new();
    let mut directory = parent;
    loop {
        directories.push(directory);
        if exists(&format!("{directory}/.git")) {
            break;
        }
        match directory.rsplit_once('/') {
            Some((up, _)) => directory = up,
            None => break,
        }
    }
    directories.reverse();
    let rules: Vec<Rule> = directories
        .iter()
        .filter_map(|directory| Some((*directory, read(&format!("{directory}/.gitignore"))?)))
        .flat_map(|(directory, text)| {
            text.lines()
                .filter_map(|line| Rule::parse(directory, line))
                .collect::<Vec<_>>()
        })
        .collect();
    if rules.is_empty() {
        return false;
    }
    // Each directory on the way down, then the path itself.
    let top = directories[0];
    let mut candidate = top.to_owned();
    let below = &path[top.len()..];
    let parts: Vec<&str> = below.split('/').filter(|part| !part.is_empty()).collect();
    for part in &parts {
        candidate.push('/');
        candidate.push_str(part);
        let mut verdict = false;
        for rule in &rules {
            if rule.matches(&candidate) {
                verdict = !rule.negated;
            }
        }
        if verdict {
            return true;
        }
    }
    false
}

/// One line of a `.gitignore`.
struct Rule {
    /// The directory of the `.gitignore` it is in.
    base: String,
    negated: bool,
    /// It is matched against the path below `base`, not against the last name.
    anchored: bool,
    pattern: Regex,
}

impl Rule {
    fn parse(base: &str, line: &str) -> Option<Rule> {
        let line = line.trim_end_matches([' ', '\t', '\r']);
        if line.is_empty() || line.starts_with('#') {
            return None;
        }
        let (negated, line) = match line.strip_prefix('!') {
            Some(rest) => (true, rest),
            None => (false, line.strip_prefix('\\').unwrap_or(line)),
        };
        // A trailing `/` matches directories only: every name before the last is one,
        // and the path ncc asks about does not exist, so it may be one too (`./hardware`
        // for its `default.nix`).
        let line = line.strip_suffix('/').unwrap_or(line);
        let anchored = line.contains('/');
        let line = line.strip_prefix('/').unwrap_or(line);
        if line.is_empty() {
            return None;
        }
        let pattern = Regex::new(&format!("^{}$", glob_to_regex(line))).ok()?;
        Some(Rule {
            base: base.to_owned(),
            negated,
            anchored,
            pattern,
        })
    }

    /// Whether the rule matches `candidate`, a directory above the path or the path.
    fn matches(&self, candidate: &str) -> bool {
        let Some(relative) = candidate
            .strip_prefix(self.base.as_str())
            .and_then(|rest| rest.strip_prefix('/'))
        else {
            return false;
        };
        if self.anchored {
            self.pattern.is_match(relative)
        } else {
            let name = relative.rsplit('/').next().unwrap_or(relative);
            self.pattern.is_match(name)
        }
    }
}

/// A `.gitignore` glob as a regular expression of the path below its directory.
fn glob_to_regex(glob: &str) -> String {
    let chars: Vec<char> = glob.chars().collect();
    let mut out = String::new();
    let mut index = 0;
    while index < chars.len() {
        let c = chars[index];
        match c {
            '*' if chars.get(index + 1) == Some(&'*') => {
                let at_start = index == 0 || chars[index - 1] == '/';
                let slash_after = chars.get(index + 2) == Some(&'/');
                if at_start && slash_after {
                    // `**/`: any directories, none included.
                    out.push_str("(?:.*/)?");
                    index += 3;
                } else {
                    // `/**` at the end, or `**` inside a name: anything.
                    out.push_str(".*");
                    index += 2;
                }
                continue;
            }
            '*' => out.push_str("[^/]*"),
            '?' => out.push_str("[^/]"),
            '[' => match chars[index + 1..].iter().position(|c| *c == ']') {
                Some(length) if length > 0 => {
                    let class: String = chars[index + 1..index + 1 + length].iter().collect();
                    let class = match class.strip_prefix('!') {
                        Some(rest) => format!("^{rest}"),
                        None => class,
                    };
                    out.push('[');
                    out.push_str(&class.replace('\\', "\\\\"));
                    out.push(']');
                    index += length + 2;
                    continue;
                }
                _ => out.push_str("\\["),
            },
            '\\' if index + 1 < chars.len() => {
                out.push_str(&regex::escape(&chars[index + 1].to_string()));
                index += 2;
                continue;
            }
            c => out.push_str(&regex::escape(&c.to_string())),
        }
        index += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;

    fn check(files: &[(&str, &str)], path: &str) -> bool {
        let files: BTreeMap<String, String> = files
            .iter()
            .map(|(name, text)| ((*name).to_owned(), (*text).to_owned()))
            .collect();
        ignored(
            &|name| files.get(name).cloned(),
            &|name| files.contains_key(name) || name == "/repo/.git",
            path,
        )
    }

    #[test]
    fn an_anchored_file_is_ignored_where_it_is_only() {
        let files = [(
            "/repo/.gitignore",
            "# generated\n/hardware-configuration.nix\n",
        )];
        assert!(check(&files, "/repo/hardware-configuration.nix"));
        assert!(!check(&files, "/repo/hosts/hardware-configuration.nix"));
        assert!(!check(&files, "/repo/configuration.nix"));
    }

    #[test]
    fn a_name_is_ignored_at_any_depth() {
        let files = [("/repo/.gitignore", "hardware-configuration.nix\nsecrets/\n")];
        assert!(check(&files, "/repo/hosts/web/hardware-configuration.nix"));
        assert!(check(&files, "/repo/hosts/web/secrets/wifi.nix"));
        assert!(check(&files, "/repo/secrets"));
        assert!(!check(&files, "/repo/hosts/web/default.nix"));
    }

    #[test]
    fn globs_negations_and_deeper_files() {
        let files = [
            (
                "/repo/.gitignore",
                "*.local.nix\nhosts/**/private.nix\n!keep.local.nix\n",
            ),
            ("/repo/hosts/.gitignore", "machine-*.nix\n"),
        ];
        assert!(check(&files, "/repo/site.local.nix"));
        assert!(!check(&files, "/repo/keep.local.nix"));
        assert!(check(&files, "/repo/hosts/a/b/private.nix"));
        assert!(check(&files, "/repo/hosts/private.nix"));
        assert!(check(&files, "/repo/hosts/web/machine-1.nix"));
        assert!(!check(&files, "/repo/machine-1.nix"));
    }

    #[test]
    fn a_file_in_an_ignored_directory_stays_ignored() {
        let files = [("/repo/.gitignore", "/local/\n!/local/keep.nix\n")];
        assert!(check(&files, "/repo/local/keep.nix"));
    }

    #[test]
    fn nothing_is_ignored_without_a_gitignore() {
        assert!(!check(&[], "/repo/hardware-configuration.nix"));
        assert!(!check(
            &[("/repo/.gitignore", "\n# only a comment\n")],
            "/repo/a.nix"
        ));
    }

    #[test]
    fn files_above_the_repository_do_not_count() {
        let files = [("/.gitignore", "*.nix\n")];
        assert!(!check(&files, "/repo/hardware-configuration.nix"));
    }
}
