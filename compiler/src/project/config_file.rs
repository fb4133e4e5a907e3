//! `ncc.toml`, the project file: which hosts to check, how severe each rule is, and the
//! root nothing is read outside of. Found by the command line from the working
//! directory upward; parsed here from its text.
//!
//! ```toml
//! root = "."                                  # default: the directory of ncc.toml
//! hosts = ["flake.nix", ".#web", "hosts/lab.nix", "hive.nix"]
//!
//! [rules]
//! C218 = "off"        # or "warning", "error"
//! ```

use std::collections::BTreeMap;

use lib_nix::{Diagnostic, DiagnosticKind, Severity};
use serde::Deserialize;

/// The file's name.
pub const FILE_NAME: &str = "ncc.toml";

/// What ncc.toml says, with paths still as written (relative to its directory).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Config {
    pub root: Option<String>,
    pub hosts: Vec<HostSpec>,
    pub rules: BTreeMap<String, Level>,
}

/// One entry of `hosts`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HostSpec {
    /// A file: a host module, a flake.nix, a hive or a NixOps network.
    File(String),
    /// `path#name`: one host of a flake (`nixosConfigurations.name`, or `colmena.name`).
    Attribute { flake: String, name: String },
}

impl HostSpec {
    /// Reads `.#web`, `flake.nix#nixosConfigurations.web`, `hosts/lab.nix`.
    pub fn parse(text: &str) -> HostSpec {
        match text.split_once('#') {
            Some((flake, name)) => {
                let flake = if flake.is_empty() { "." } else { flake };
                HostSpec::Attribute {
                    flake: flake.to_owned(),
                    name: name.to_owned(),
                }
            }
            None => HostSpec::File(text.to_owned()),
        }
    }
}

/// A rule's severity as ncc.toml sets it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Off,
    Warning,
    Error,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    root: Option<String>,
    #[serde(default)]
    hosts: Vec<String>,
    #[serde(default)]
    rules: BTreeMap<String, Level>,
}

/// Parses ncc.toml; the message says what is wrong and where.
pub fn parse(text: &str) -> Result<Config, String> {
    let raw: Raw = toml::from_str(text).map_err(|error| error.to_string())?;
    for code in raw.rules.keys() {
        if !is_rule_code(code) {
            return Err(format!(
                "[rules] {code}: not a rule's code (rules are C followed by digits, such as C218; `ncc explain` lists them)"
            ));
        }
    }
    Ok(Config {
        root: raw.root,
        hosts: raw.hosts.iter().map(|h| HostSpec::parse(h)).collect(),
        rules: raw.rules,
    })
}

fn is_rule_code(code: &str) -> bool {
    code.len() > 1 && code.starts_with('C') && code[1..].chars().all(|c| c.is_ascii_digit())
}

/// Applies the `[rules]` severities: a rule set to `off` is dropped, the others take
/// the severity given. Diagnostics that are not rules' are left as they are.
pub fn apply_rules(rules: &BTreeMap<String, Level>, diagnostics: &mut Vec<Diagnostic>) {
    if rules.is_empty() {
        return;
    }
    diagnostics.retain_mut(|diagnostic| {
        let DiagnosticKind::Rule { code, severity, .. } = &mut diagnostic.kind else {
            return true;
        };
        match rules.get(*code) {
            Some(Level::Off) => false,
            Some(Level::Warning) => {
                *severity = Severity::Warning;
                true
            }
            Some(Level::Error) => {
                *severity = Severity::Error;
                true
            }
            None => true,
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_hosts_rules_and_root() {
        let config = parse(
            "root = \"..\"\nhosts = [\"flake.nix\", \".#web\", \"x/flake.nix#db\"]\n[rules]\nC218 = \"off\"\nC101 = \"error\"\n",
        )
        .unwrap();
        assert_eq!(config.root.as_deref(), Some(".."));
        assert_eq!(
            config.hosts,
            vec![
                HostSpec::File("flake.nix".to_owned()),
                HostSpec::Attribute {
                    flake: ".".to_owned(),
                    name: "web".to_owned()
                },
                HostSpec::Attribute {
                    flake: "x/flake.nix".to_owned(),
                    name: "db".to_owned()
                },
            ]
        );
        assert_eq!(config.rules.get("C218"), Some(&Level::Off));
        assert_eq!(config.rules.get("C101"), Some(&Level::Error));
    }

    #[test]
    fn refuses_unknown_keys_levels_and_codes() {
        assert!(parse("host = []").unwrap_err().contains("host"));
        assert!(parse("[rules]\nC218 = \"loud\"").is_err());
        assert!(parse("[rules]\nM001 = \"off\"")
            .unwrap_err()
            .contains("not a rule's code"));
    }
}
