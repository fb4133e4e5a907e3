//! The documentation of every diagnostic code, as data: `ncc explain CODE` prints one
//! entry, and the SARIF output takes its rule metadata from the same table.
//!
//! A new code gets its entry here, in code order; `tests/cli.rs` fails while a
//! code that ncc's sources can emit has none, and checks that every entry's `example`
//! really produces its code.

use lib_nix::Severity;

/// The documentation of one diagnostic code.
#[derive(Debug)]
pub struct CodeDoc {
    /// The stable code, as printed in `error[M001]`.
    pub code: &'static str,
    /// A short kebab-case name, for tools that show rule names (SARIF's `name`).
    pub name: &'static str,
    /// One line: what the code flags.
    pub title: &'static str,
    /// The severity findings of this code have.
    pub severity: Severity,
    /// What the diagnostic means, in a few sentences.
    pub meaning: &'static str,
    /// Why it matters: what would happen if the file were used as it is.
    pub why: &'static str,
    /// A whole host file that produces the diagnostic.
    pub example: &'static str,
    /// How to fix it.
    pub fix: &'static str,
    /// The example, fixed.
    pub fixed: &'static str,
}

/// Every code, in order.
pub const CODES: &[CodeDoc] = &[
    CodeDoc {
        code: "N001",
        name: "syntax-error",
        title: "The file is not valid Nix syntax",
        severity: Severity::Error,
        meaning: "The parser could not read the text as Nix: a missing `;`, an unclosed brace or \
                  string, an operator without an operand. The message says what the parser \
                  expected at that place.",
        why: "Nix refuses the whole file, so nothing in it is evaluated. ncc reports every \
              syntax error it can find, not only the first, and drops the follow-on errors a \
              broken line causes.",
        example: "{\n  containers.web = {\n    autoStart = true\n    config = { };\n  };\n}\n",
        fix: "Add what the message says is expected; most often a `;` at the end of the line \
              before the one marked.",
        fixed: "{\n  containers.web = {\n    autoStart = true;\n    config = { };\n  };\n}\n",
    },
    CodeDoc {
        code: "N002",
        name: "invalid-source",
        title: "The file is not text Nix can read",
        severity: Severity::Error,
        meaning: "The file is not UTF-8 text, or it contains a NUL byte.",
        why: "Nix source is UTF-8 and its strings cannot hold NUL; such a file was usually \
              saved in another encoding or is not a Nix file at all.",
        example: "{ containers.web.config = { }; }\n\0",
        fix: "Save the file as UTF-8 and remove the NUL byte; check that the right file was \
              given.",
        fixed: "{ containers.web.config = { }; }\n",
    },
    CodeDoc {
        code: "N101",
        name: "duplicate-attribute",
        title: "An attribute is defined twice in one attribute set",
        severity: Severity::Error,
        meaning: "The same attribute is written twice in one `{ ... }`, directly or through \
                  nested keys such as `a.b = 1;` next to `a = { ... };`.",
        why: "Nix rejects this while parsing (\"attribute 'autoStart' already defined\"), so \
              NixOS would not evaluate the file. Definitions only merge when they come from \
              different modules.",
        example: "{\n  containers.web = {\n    autoStart = true;\n    autoStart = false;\n    config = { };\n  };\n}\n",
        fix: "Keep one of the definitions. To combine values on purpose, put them in separate \
              modules (`imports`) or use `lib.mkMerge`.",
        fixed: "{\n  containers.web = {\n    autoStart = true;\n    config = { };\n  };\n}\n",
    },
    CodeDoc {
        code: "N102",
        name: "undefined-variable",
        title: "A variable is used that is not defined",
        severity: Severity::Error,
        meaning: "A name is used that no `let`, function argument, `rec` set or `with` \
                  provides.",
        why: "Nix stops with \"undefined variable\". The usual cause is a module that uses \
              `lib` or `pkgs` without naming it in its argument set.",
        example: "{ config, ... }:\n{\n  containers.web = {\n    autoStart = lib.mkDefault true;\n    config = { };\n  };\n}\n",
        fix: "Add the name to the module's arguments (`{ config, lib, ... }:`), bind it with \
              `let`, or correct its spelling.",
        fixed: "{ config, lib, ... }:\n{\n  containers.web = {\n    autoStart = lib.mkDefault true;\n    config = { };\n  };\n}\n",
    },
    CodeDoc {
        code: "N103",
        name: "dynamic-attribute-in-let",
        title: "A `let` binding has a computed name",
        severity: Severity::Error,
        meaning: "A `let` binds a name written as `${...}`.",
        why: "Names bound by `let` must be known before evaluation; Nix rejects the file.",
        example: "let\n  name = \"port\";\n  ${name} = 8080;\nin\n{ containers.web.config = { }; }\n",
        fix: "Write the name literally, or build an attribute set with computed names \
              (`{ ${name} = value; }`) and take values from it.",
        fixed: "let\n  name = \"port\";\n  port = 8080;\nin\n{ containers.web.config = { }; }\n",
    },
    CodeDoc {
        code: "N104",
        name: "duplicate-formal",
        title: "A function names the same argument twice",
        severity: Severity::Error,
        meaning: "A function's argument set, such as a module's `{ config, lib, ... }:`, lists \
                  one name twice.",
        why: "Nix rejects the file (\"duplicate formal function argument\").",
        example: "{ config, lib, lib, ... }:\n{ containers.web.config = { }; }\n",
        fix: "Remove the repeated name.",
        fixed: "{ config, lib, ... }:\n{ containers.web.config = { }; }\n",
    },
    CodeDoc {
        code: "N105",
        name: "unsupported",
        title: "A construct ncc deliberately does not support",
        severity: Severity::Error,
        meaning: "The file uses something whose value depends on the machine it is evaluated \
                  on: a search path such as `<nixpkgs>`, a home path `~/...`, `__curPos`, or \
                  the pipe operators `|>` and `<|` that Nix 2.8 does not have.",
        why: "ncc evaluates without a Nix installation or `NIX_PATH`, so that a file gives the \
              same result everywhere; these constructs cannot.",
        example: "{ pkgs ? import <nixpkgs> { }, ... }:\n{ containers.web.config = { }; }\n",
        fix: "Use the arguments modules receive (`pkgs`, `lib`) instead of importing nixpkgs, \
              and relative paths (`./file.nix`) instead of `<...>` or `~/...`.",
        fixed: "{ pkgs, ... }:\n{ containers.web.config = { }; }\n",
    },
    CodeDoc {
        code: "N201",
        name: "evaluation-error",
        title: "Evaluating the Nix code failed",
        severity: Severity::Error,
        meaning: "An expression could not be evaluated: an operator applied to the wrong type, \
                  a missing attribute, a `throw` or failed `assert`, infinite recursion, or an \
                  `import` outside the project root. The message is worded as Nix words it.",
        why: "NixOS would stop at the same place with the same message, only without the \
              line and column.",
        example: "{\n  containers.web = {\n    hostAddress = \"10.231.136.\" + 1;\n    config = { };\n  };\n}\n",
        fix: "Read the message and the marked expression. For type errors convert explicitly \
              (`toString 1`); for missing attributes check the spelling or use `or`.",
        fixed: "{\n  containers.web = {\n    hostAddress = \"10.231.136.\" + toString 1;\n    config = { };\n  };\n}\n",
    },
    CodeDoc {
        code: "M001",
        name: "unknown-option",
        title: "A definition names an option that does not exist",
        severity: Severity::Error,
        meaning: "A value is set for an option that no module declares, usually a misspelled \
                  option name. ncc suggests the nearest declared names.",
        why: "NixOS refuses the configuration (\"The option `...' does not exist.\"); the \
              intended option is not set.",
        example: "{\n  containers.web = {\n    privateNetwrk = true;\n    config = { };\n  };\n}\n",
        fix: "Use the suggested name; `ncc options` lists every option ncc knows.",
        fixed: "{\n  containers.web = {\n    privateNetwork = true;\n    config = { };\n  };\n}\n",
    },
    CodeDoc {
        code: "M002",
        name: "wrong-type",
        title: "A definition is not of the option's type",
        severity: Severity::Error,
        meaning: "A value does not match the type the option declares: a string where a \
                  boolean is expected, a port above 65535, an attribute set where a list is \
                  expected.",
        why: "NixOS refuses the configuration (\"A definition for option `...' is not of type \
              `boolean'.\").",
        example: "{\n  containers.web = {\n    autoStart = \"yes\";\n    config = { };\n  };\n}\n",
        fix: "Give a value of the declared type; `ncc options` shows each option's type.",
        fixed: "{\n  containers.web = {\n    autoStart = true;\n    config = { };\n  };\n}\n",
    },
    CodeDoc {
        code: "M003",
        name: "conflicting-definitions",
        title: "An option has conflicting definitions",
        severity: Severity::Error,
        meaning: "Two modules define the same option with different values at the same \
                  priority, and the option's type cannot merge them (a string, a boolean, a \
                  number). Every definition is shown.",
        why: "NixOS cannot choose between them and refuses the configuration (\"has \
              conflicting definition values\").",
        example: "{\n  imports = [\n    { containers.web.hostAddress = \"10.0.0.1\"; }\n    { containers.web.hostAddress = \"10.0.0.9\"; }\n  ];\n  containers.web.config = { };\n}\n",
        fix: "Remove one definition, or say which wins: `lib.mkForce value` raises a \
              definition's priority, `lib.mkDefault value` lowers it.",
        fixed: "{ lib, ... }:\n{\n  imports = [\n    { containers.web.hostAddress = \"10.0.0.1\"; }\n    { containers.web.hostAddress = lib.mkForce \"10.0.0.9\"; }\n  ];\n  containers.web.config = { };\n}\n",
    },
    CodeDoc {
        code: "M004",
        name: "no-value",
        title: "An option is used but has no value",
        severity: Severity::Error,
        meaning: "An option without a default is read but no module defines it. For a \
                  container this is most often its system: one of `config`, `path` or \
                  `flake` must be set.",
        why: "NixOS stops with \"was accessed but has no value defined\".",
        example: "{\n  containers.web = {\n    autoStart = true;\n  };\n}\n",
        fix: "Define the option. A container needs `config = { ... };` (its NixOS \
              configuration), a `path` to a built system, or a `flake`.",
        fixed: "{\n  containers.web = {\n    autoStart = true;\n    config = { };\n  };\n}\n",
    },
    CodeDoc {
        code: "M005",
        name: "null-and-not-null",
        title: "An option is defined both null and not null",
        severity: Severity::Error,
        meaning: "An option of type `nullOr ...` has one definition that is `null` and another \
                  that is not, at the same priority.",
        why: "NixOS cannot tell whether the option is meant to be unset and refuses the \
              configuration.",
        example: "{\n  imports = [\n    { containers.web.hostBridge = null; }\n    { containers.web.hostBridge = \"br0\"; }\n  ];\n  containers.web.config = { };\n}\n",
        fix: "Remove the `null` definition, or give one of them `lib.mkDefault` or \
              `lib.mkForce`.",
        fixed: "{ lib, ... }:\n{\n  imports = [\n    { containers.web.hostBridge = lib.mkDefault null; }\n    { containers.web.hostBridge = \"br0\"; }\n  ];\n  containers.web.config = { };\n}\n",
    },
    CodeDoc {
        code: "M006",
        name: "not-unique",
        title: "An option that takes one definition has several",
        severity: Severity::Error,
        meaning: "An option declared with `types.uniq` (or `types.unique`) is defined more \
                  than once.",
        why: "The declaring module relies on exactly one definition; NixOS refuses the \
              configuration.",
        example: "{ config, lib, ... }:\n{\n  imports = [\n    { options.site.timeout = lib.mkOption { type = lib.types.uniq lib.types.str; }; }\n    { site.timeout = \"1min\"; }\n    { site.timeout = \"2min\"; }\n  ];\n  containers.web = {\n    timeoutStartSec = config.site.timeout;\n    config = { };\n  };\n}\n",
        fix: "Keep a single definition of the option. The option is checked where it is \
              used, as in NixOS.",
        fixed: "{ config, lib, ... }:\n{\n  imports = [\n    { options.site.timeout = lib.mkOption { type = lib.types.uniq lib.types.str; }; }\n    { site.timeout = \"2min\"; }\n  ];\n  containers.web = {\n    timeoutStartSec = config.site.timeout;\n    config = { };\n  };\n}\n",
    },
    CodeDoc {
        code: "M007",
        name: "invalid-module",
        title: "A module is not shaped as the module system expects",
        severity: Severity::Error,
        meaning: "A module is not an attribute set, a function returning one, or a path to \
                  such a file; or it mixes an explicit `config`/`options` with other \
                  top-level attributes.",
        why: "The module system cannot read such a module, so none of its definitions \
              apply; NixOS refuses the configuration.",
        example: "{\n  options = { };\n  containers.web.config = { };\n}\n",
        fix: "Either put every definition on the top level, or move all of them into an \
              explicit `config = { ... };` next to `options` and `imports`.",
        fixed: "{\n  options = { };\n  config.containers.web.config = { };\n}\n",
    },
    CodeDoc {
        code: "M008",
        name: "failed-assertion",
        title: "A module's assertion failed",
        severity: Severity::Error,
        meaning: "An entry of `assertions` has `assertion = false`; the message is the \
                  entry's `message`.",
        why: "NixOS refuses to build a system whose assertions fail (\"Failed \
              assertions:\").",
        example: "{ config, ... }:\n{\n  containers.web.config = { };\n  assertions = [\n    { assertion = config.containers.web.autoStart; message = \"web must start at boot\"; }\n  ];\n}\n",
        fix: "Change the configuration so that the assertion holds; the message says what it \
              requires.",
        fixed: "{ config, ... }:\n{\n  containers.web.config = { };\n  containers.web.autoStart = true;\n  assertions = [\n    { assertion = config.containers.web.autoStart; message = \"web must start at boot\"; }\n  ];\n}\n",
    },
    CodeDoc {
        code: "M009",
        name: "module-warning",
        title: "A module emitted a warning",
        severity: Severity::Warning,
        meaning: "An entry of `warnings` is set; the message is the entry.",
        why: "NixOS prints these while building (\"evaluation warning:\") and carries on; \
              they point at settings that work but are probably not what was meant. \
              `ncc check --deny warnings` makes them fail the check.",
        example: "{\n  containers.web.config = { };\n  warnings = [ \"containers.web has no network of its own\" ];\n}\n",
        fix: "Change the configuration the warning is about, or remove the module's warning \
              if it no longer applies.",
        fixed: "{\n  containers.web.config = { };\n  containers.web.privateNetwork = true;\n}\n",
    },
    CodeDoc {
        code: "C001",
        name: "config-and-flake",
        title: "A container sets both `config` and `flake`",
        severity: Severity::Error,
        meaning: "A container's system is given twice: as a NixOS module in `config` and as a \
                  flake in `flake`.",
        why: "NixOS derives the container's `path` from one of the two; with both its module \
              reports conflicting definitions of `path`, and it is unclear which system the \
              container should run.",
        example: "{\n  containers.web = {\n    config = { };\n    flake = \"github:example/hosts#web\";\n  };\n}\n",
        fix: "Keep either `config` or `flake`.",
        fixed: "{\n  containers.web = {\n    flake = \"github:example/hosts#web\";\n  };\n}\n",
    },
    CodeDoc {
        code: "C002",
        name: "removed-pkgs-option",
        title: "A container sets the removed `pkgs` option",
        severity: Severity::Error,
        meaning: "`containers.<name>.pkgs` was removed from NixOS; defining it has no effect, and \
                  NixOS refuses the configuration.",
        why: "NixOS evaluation fails with \"no longer has any effect; please remove it\": the host \
              would not build.",
        example: "{ pkgs, ... }:\n{\n  containers.web = {\n    pkgs = pkgs;\n    config = { };\n  };\n}\n",
        fix: "Remove it; set `containers.<name>.nixpkgs` to choose the nixpkgs the container is \
              evaluated with, or `nixpkgs.pkgs` inside its `config`.",
        fixed: "{ pkgs, ... }:\n{\n  containers.web = {\n    config = { };\n  };\n}\n",
    },
];

/// The documentation of `code`, matched case-insensitively.
pub fn lookup(code: &str) -> Option<&'static CodeDoc> {
    CODES
        .iter()
        .find(|doc| doc.code.eq_ignore_ascii_case(code.trim()))
}

/// The whole documentation of one code as text for a terminal.
pub fn to_text(doc: &CodeDoc) -> String {
    format!(
        "{code} ({name}, {severity}): {title}\n\n{meaning}\n\nWhy it matters\n\n{why}\n\n\
         Example\n\n{example}\nFix\n\n{fix}\n\n{fixed}",
        code = doc.code,
        name = doc.name,
        severity = doc.severity,
        title = doc.title,
        meaning = wrap(doc.meaning),
        why = wrap(doc.why),
        example = indent(doc.example),
        fix = wrap(doc.fix),
        fixed = indent(doc.fixed),
    )
}

/// The documentation as Markdown, for SARIF's `help.markdown`.
pub fn to_markdown(doc: &CodeDoc) -> String {
    format!(
        "## {code}: {title}\n\n{meaning}\n\n### Why it matters\n\n{why}\n\n### Example\n\n\
         ```nix\n{example}```\n\n### Fix\n\n{fix}\n\n```nix\n{fixed}```\n",
        code = doc.code,
        title = doc.title,
        meaning = doc.meaning,
        why = doc.why,
        example = printable(doc.example),
        fix = doc.fix,
        fixed = doc.fixed,
    )
}

/// The documentation as JSON (`ncc explain CODE --format json`).
pub fn to_json(doc: &CodeDoc) -> serde_json::Value {
    serde_json::json!({
        "code": doc.code,
        "name": doc.name,
        "title": doc.title,
        "severity": doc.severity.to_string(),
        "meaning": doc.meaning,
        "why": doc.why,
        "example": doc.example,
        "fix": doc.fix,
        "fixed": doc.fixed,
    })
}

/// One line per code, for `ncc explain` without a code.
pub fn index() -> String {
    let mut out = String::new();
    for doc in CODES {
        out.push_str(&format!(
            "{}  {:<8} {:<26} {}\n",
            doc.code,
            doc.severity.to_string(),
            doc.name,
            doc.title
        ));
    }
    out
}

/// The text with control characters (the NUL of N002's example) made visible.
fn printable(text: &str) -> String {
    text.replace('\0', "\\0")
}

fn indent(code: &str) -> String {
    printable(code)
        .lines()
        .map(|line| {
            if line.is_empty() {
                String::from("\n")
            } else {
                format!("    {line}\n")
            }
        })
        .collect()
}

/// Wraps prose at 80 columns.
fn wrap(text: &str) -> String {
    let mut out = String::new();
    let mut width = 0;
    for word in text.split_whitespace() {
        let length = word.chars().count();
        if width > 0 && width + 1 + length > 80 {
            out.push('\n');
            width = 0;
        } else if width > 0 {
            out.push(' ');
            width += 1;
        }
        out.push_str(word);
        width += length;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_sorted_within_their_stage_and_complete() {
        let mut seen = std::collections::HashSet::new();
        for doc in CODES {
            assert!(seen.insert(doc.code), "{} is documented twice", doc.code);
            assert!(
                doc.code.len() == 4 && doc.code[1..].chars().all(|c| c.is_ascii_digit()),
                "{} is not a code like M001",
                doc.code
            );
            for (field, text) in [
                ("title", doc.title),
                ("meaning", doc.meaning),
                ("why", doc.why),
                ("example", doc.example),
                ("fix", doc.fix),
            ] {
                assert!(!text.trim().is_empty(), "{} has no {field}", doc.code);
            }
        }
        for pair in CODES.windows(2) {
            if pair[0].code[..1] == pair[1].code[..1] {
                assert!(pair[0].code < pair[1].code, "{} out of order", pair[1].code);
            }
        }
    }

    #[test]
    fn lookup_ignores_case() {
        assert_eq!(lookup("m001").map(|d| d.code), Some("M001"));
        assert!(lookup("X999").is_none());
    }
}
