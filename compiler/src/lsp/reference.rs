//! The option reference as the editor asks it: the documentation of one written option
//! path, and the options that may be written inside an option set. Read once from the
//! one schema and the container-side subset ([`crate::options`]).

use crate::options::OptionDoc;

/// Every documented option, host side and container side.
#[derive(Debug, Default)]
pub struct OptionIndex {
    docs: Vec<OptionDoc>,
}

/// One name that may be written inside an option set.
#[derive(Debug, Clone, PartialEq)]
pub struct Child<'a> {
    pub name: String,
    /// The option it names, or `None` for a group of options (`networking`).
    pub doc: Option<&'a OptionDoc>,
}

impl OptionIndex {
    /// Reads both schemas. A schema that does not evaluate is ncc's own bug; the index is
    /// then what could be read, and the message says what went wrong.
    pub fn load() -> (OptionIndex, Vec<String>) {
        let mut docs = Vec::new();
        let mut errors = Vec::new();
        for collected in [crate::options::collect(), crate::options::collect_inner()] {
            match collected {
                Ok(found) => docs.extend(found),
                Err(error) => errors.push(error),
            }
        }
        (OptionIndex { docs }, errors)
    }

    #[cfg(test)]
    pub fn from_docs(docs: Vec<OptionDoc>) -> OptionIndex {
        OptionIndex { docs }
    }

    /// The option a written path names: `containers.web.bindMounts."/srv".hostPath` is
    /// `containers.<name>.bindMounts.<name>.hostPath`.
    pub fn find(&self, path: &[String]) -> Option<&OptionDoc> {
        self.docs.iter().find(|doc| matches(&doc.loc, path))
    }

    /// Whether options lie below `path` (`containers.web.config.networking`).
    pub fn is_group(&self, path: &[String]) -> bool {
        self.docs
            .iter()
            .any(|doc| doc.loc.len() > path.len() && matches(&doc.loc[..path.len()], path))
    }

    /// The names that may be written in an option set at `path`, in the reference's order.
    pub fn children(&self, path: &[String]) -> Vec<Child<'_>> {
        let mut children: Vec<Child<'_>> = Vec::new();
        for doc in &self.docs {
            if doc.loc.len() <= path.len() || !matches(&doc.loc[..path.len()], path) {
                continue;
            }
            let name = &doc.loc[path.len()];
            if name == "<name>" || name == "*" {
                continue;
            }
            let is_option = doc.loc.len() == path.len() + 1;
            match children.iter_mut().find(|child| &child.name == name) {
                Some(child) if is_option => child.doc = Some(doc),
                Some(_) => {}
                None => children.push(Child {
                    name: name.clone(),
                    doc: is_option.then_some(doc),
                }),
            }
        }
        children
    }
}

/// Whether a reference path (with `<name>` for any attribute name and `*` for a list
/// element) names the written `path`.
fn matches(pattern: &[String], path: &[String]) -> bool {
    pattern.len() == path.len()
        && pattern
            .iter()
            .zip(path)
            .all(|(want, have)| match want.as_str() {
                "<name>" => have != "*",
                _ => want == have,
            })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(loc: &str) -> OptionDoc {
        OptionDoc {
            loc: loc.split('.').map(str::to_owned).collect(),
            type_description: "boolean".to_owned(),
            description: String::new(),
            default: None,
            example: None,
            read_only: false,
        }
    }

    fn path(text: &str) -> Vec<String> {
        text.split('.').map(str::to_owned).collect()
    }

    #[test]
    fn written_names_match_placeholders() {
        let index = OptionIndex::from_docs(vec![
            doc("containers"),
            doc("containers.<name>.autoStart"),
            doc("containers.<name>.bindMounts"),
            doc("containers.<name>.bindMounts.<name>.hostPath"),
            doc("containers.<name>.forwardPorts.*.hostPort"),
            doc("containers.<name>.config.networking.hostName"),
        ]);
        assert!(index.find(&path("containers.web.autoStart")).is_some());
        assert!(index
            .find(&path("containers.web.bindMounts./srv.hostPath"))
            .is_some());
        assert!(index
            .find(&path("containers.web.forwardPorts.*.hostPort"))
            .is_some());
        assert!(index
            .find(&path("containers.web.forwardPorts.0.hostPort"))
            .is_none());
        let names = |p: &str| -> Vec<(String, bool)> {
            index
                .children(&path(p))
                .into_iter()
                .map(|c| (c.name, c.doc.is_some()))
                .collect()
        };
        assert_eq!(
            names("containers.web"),
            [
                ("autoStart".to_owned(), true),
                ("bindMounts".to_owned(), true),
                ("forwardPorts".to_owned(), false),
                ("config".to_owned(), false),
            ]
        );
        assert_eq!(
            names("containers.web.config"),
            [("networking".to_owned(), false)]
        );
        assert!(index.is_group(&path("containers.web.config.networking")));
    }
}
