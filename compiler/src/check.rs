//! ⑤ Checks on the typed configuration: NixOS's own assertions and the rules ncc adds
//! (DESIGN.md §4.7). One file per rule in `check/`, each named for what it flags, with a
//! stable code, a doc comment and fixtures in `testdata/check/`.

use std::collections::{BTreeMap, HashMap};

use lib_nix::{Diagnostic, Span};

use crate::model::HostConfig;

/// Where the user wrote each option, for pointing diagnostics at it.
#[derive(Debug, Default, Clone)]
pub struct DefinitionSpans {
    /// `["containers", "web", "hostAddress"]` to the winning definition's span.
    options: HashMap<Vec<String>, Span>,
    /// Each container's key (`containers.web = ...`).
    containers: BTreeMap<String, Span>,
    /// The start of the host file, for what has no better place.
    file: Option<Span>,
}

impl DefinitionSpans {
    pub fn new(
        options: HashMap<Vec<String>, Span>,
        containers: BTreeMap<String, Span>,
        file: Span,
    ) -> DefinitionSpans {
        DefinitionSpans {
            options,
            containers,
            file: Some(file),
        }
    }

    /// The span of `containers.<container>.<path>` as written, else of the container,
    /// else of the file.
    pub fn option(&self, container: &str, path: &[&str]) -> Span {
        let mut key = vec!["containers".to_owned(), container.to_owned()];
        key.extend(path.iter().map(|p| (*p).to_owned()));
        self.options
            .get(&key)
            .copied()
            .unwrap_or_else(|| self.container(container))
    }

    /// The span of `containers.<container>.<path>` only if the user wrote it.
    pub fn written(&self, container: &str, path: &[&str]) -> Option<Span> {
        let mut key = vec!["containers".to_owned(), container.to_owned()];
        key.extend(path.iter().map(|p| (*p).to_owned()));
        self.options.get(&key).copied()
    }

    /// The span of a host-level option such as `["system", "stateVersion"]`.
    pub fn host_option(&self, path: &[&str]) -> Option<Span> {
        let key: Vec<String> = path.iter().map(|p| (*p).to_owned()).collect();
        self.options.get(&key).copied()
    }

    /// The span of `containers.<container>` as written, else of the file.
    pub fn container(&self, container: &str) -> Span {
        self.containers
            .get(container)
            .copied()
            .or(self.file)
            .unwrap_or(Span::new(lib_nix::FileId(0), 0, 0))
    }
}

/// What every rule sees.
pub struct Context<'a> {
    pub host: &'a HostConfig,
    pub spans: &'a DefinitionSpans,
}

/// Runs every rule; the findings in rule order.
pub fn run(context: &Context) -> Vec<Diagnostic> {
    let diagnostics = Vec::new();
    let _ = context;
    diagnostics
}
