//! Hosts reached through a link each machine makes and git ignores.
//!
//! A channel-era checkout kept as `/etc/nixos` often holds every machine: its
//! `configuration.nix` imports `./host/configuration.nix`, and each machine links `host`
//! to its own directory (`ln -s hosts/web host`), a link the repository's `.gitignore`
//! leaves out. Nix follows the link but keeps the path as written, so a host's
//! `../services/nginx.nix` is the checkout's `services/nginx.nix`, never
//! `hosts/services/nginx.nix`. Checked on its own, `hosts/web/configuration.nix` fails
//! where the machine does not; checked here, the entry module is evaluated with the link
//! leading to each host's directory, as on that machine.

use lib_nix::eval::{EvalIo, FileKind};

use super::discover::{classify, display_name, static_paths, Role};
use super::{EntryFile, Host, HostKind};

/// One host made through an ignored link: the host, its entry module's text, and the
/// link and the directory it leads to, as absolute paths.
pub struct LinkedHost {
    pub host: Host,
    pub text: String,
    pub link: String,
    pub target: String,
}

/// An entry module's text and the paths it writes (absolute).
type ReadEntry = (String, Vec<String>);

/// The hosts the modules above `files` make through a link git ignores: for each file
/// given (or found as a host) in a directory `D`, or below it, each `configuration.nix` in
/// a directory `A` above `D` that imports `A/L/f`, where `A/L` does not exist, git
/// ignores it, and `D/f` exists, checked with `A/L` leading to `D`. One host per entry
/// module, link and directory, in the order found.
pub fn hosts_through_ignored_links(
    io: &dyn EvalIo,
    root: &str,
    files: &[&(EntryFile, String)],
) -> Vec<LinkedHost> {
    let root = root.trim_end_matches('/');
    let inside = |dir: &str| dir == root || dir.starts_with(&format!("{root}/"));
    let mut found: Vec<LinkedHost> = Vec::new();
    // Each entry module is read and its paths listed once.
    let mut entries: Vec<(String, Option<ReadEntry>)> = Vec::new();
    for (file, _) in files {
        // The directories the link may lead to: the file's, and each above it.
        let mut target = lib_nix::path::dir_of(&file.path);
        while inside(&target) && target != root && target != "/" {
            let mut above = lib_nix::path::dir_of(&target);
            while inside(&above) {
                let entry = format!("{above}/configuration.nix");
                if !entries.iter().any(|(path, _)| *path == entry) {
                    let read = io.read_file(&entry).ok().map(|text| {
                        let paths = static_paths(&entry, &text);
                        (text, paths)
                    });
                    entries.push((entry.clone(), read));
                }
                let read = entries
                    .iter()
                    .find(|(path, _)| *path == entry)
                    .and_then(|(_, read)| read.as_ref());
                if let Some((text, paths)) = read {
                    for link in links_into(io, &above, paths, &target) {
                        let known = found.iter().any(|linked| {
                            linked.host.entry.path == entry
                                && linked.link == link
                                && linked.target == target
                        });
                        if known {
                            continue;
                        }
                        let host = Host {
                            entry: EntryFile {
                                name: display_name(root, &entry),
                                path: entry.clone(),
                            },
                            kind: HostKind::Linked {
                                link: display_name(root, &link),
                                target: display_name(root, &target),
                            },
                        };
                        found.push(LinkedHost {
                            host,
                            text: text.clone(),
                            link,
                            target: target.clone(),
                        });
                    }
                }
                if above == root || above == "/" {
                    break;
                }
                above = lib_nix::path::dir_of(&above);
            }
            target = lib_nix::path::dir_of(&target);
        }
    }
    found
}

/// Names each file `checked` read through its host's link by the file it is
/// (`hosts/web/configuration.nix`, not `host/configuration.nix`), so that findings point
/// at a file of the checkout.
pub fn name_files_as_they_are(checked: &mut super::Checked) {
    let HostKind::Linked { link, target } = &checked.host.kind else {
        return;
    };
    let link = format!("{link}/");
    let sources = &mut checked.compilation.sources;
    let renamed: Vec<_> = sources
        .files()
        .filter_map(|(id, file)| {
            let rest = file.name.strip_prefix(&link)?;
            Some((id, format!("{target}/{rest}")))
        })
        .collect();
    for (id, name) in renamed {
        sources.rename(id, name);
    }
}

/// The links in `directory` through which `paths` (an entry module's, absolute) name a
/// file of `target`: `directory/L/f` where `directory/L` does not exist, git ignores it,
/// and `target/f` is a host module (a machine's settings, by [`classify`]): not an
/// ignored directory of secrets that a host's directory happens to hold a file named like.
fn links_into(io: &dyn EvalIo, directory: &str, paths: &[String], target: &str) -> Vec<String> {
    let prefix = format!("{directory}/");
    let mut links: Vec<String> = Vec::new();
    for path in paths {
        let Some(rest) = path.strip_prefix(&prefix) else {
            continue;
        };
        let Some((link, file)) = rest.split_once('/') else {
            continue;
        };
        let link = format!("{prefix}{link}");
        if links.contains(&link) || link == target || io.path_exists(&link) {
            continue;
        }
        let machine = format!("{target}/{file}");
        let is_host = |text: String| classify(&machine, &text) == Role::Host;
        if io.read_file(&machine).is_ok_and(is_host) && io.ignored_by_git(&link) {
            links.push(link);
        }
    }
    links
}

/// The files of a checkout as one machine sees them: `link`, which does not exist in
/// the checkout, is a symbolic link to `target`. Every path under the link is read under
/// the target; the paths the evaluation holds stay as written, as Nix keeps them.
pub struct LinkedIo<'a> {
    pub inner: &'a dyn EvalIo,
    pub link: String,
    pub target: String,
}

impl LinkedIo<'_> {
    /// `path` with the link followed.
    fn follow(&self, path: &str) -> String {
        match path.strip_prefix(&self.link) {
            Some("") => self.target.clone(),
            Some(rest) if rest.starts_with('/') => format!("{}{rest}", self.target),
            _ => path.to_owned(),
        }
    }
}

impl EvalIo for LinkedIo<'_> {
    fn read_file(&self, path: &str) -> Result<String, String> {
        self.inner.read_file(&self.follow(path))
    }

    fn path_exists(&self, path: &str) -> bool {
        self.inner.path_exists(&self.follow(path))
    }

    fn is_directory(&self, path: &str) -> bool {
        self.inner.is_directory(&self.follow(path))
    }

    fn check_access(&self, path: &str) -> Result<(), String> {
        self.inner.check_access(&self.follow(path))
    }

    fn file_kind(&self, path: &str) -> Result<FileKind, String> {
        // The link itself is one, as `builtins.readFileType` says of a symbolic link.
        if path == self.link {
            return Ok(FileKind::Symlink);
        }
        self.inner.file_kind(&self.follow(path))
    }

    fn read_dir(&self, path: &str) -> Result<Vec<(String, FileKind)>, String> {
        self.inner.read_dir(&self.follow(path))
    }

    fn read_bytes(&self, path: &str) -> Result<Vec<u8>, String> {
        self.inner.read_bytes(&self.follow(path))
    }

    fn is_executable(&self, path: &str) -> bool {
        self.inner.is_executable(&self.follow(path))
    }

    fn real_path(&self, path: &str) -> Option<String> {
        let followed = self.follow(path);
        self.inner.real_path(&followed).or(Some(followed))
    }

    fn read_link(&self, path: &str) -> Result<String, String> {
        if path == self.link {
            return Ok(self.target.clone());
        }
        self.inner.read_link(&self.follow(path))
    }

    fn encrypted(&self, path: &str) -> bool {
        self.inner.encrypted(&self.follow(path))
    }

    fn ignored_by_git(&self, path: &str) -> bool {
        self.inner.ignored_by_git(&self.follow(path))
    }

    fn unfetched_submodule(&self, path: &str) -> Option<String> {
        self.inner.unfetched_submodule(&self.follow(path))
    }

    fn search_path_entry(&self, name: &str) -> Option<String> {
        self.inner.search_path_entry(name)
    }

    fn interrupted(&self) -> bool {
        self.inner.interrupted()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use lib_nix::eval::MemoryIo;

    #[test]
    fn a_path_under_the_link_is_read_under_its_target() {
        let io = MemoryIo::new().with_file("/r/hosts/web/a.nix", "{ }");
        let linked = LinkedIo {
            inner: &io,
            link: "/r/host".to_owned(),
            target: "/r/hosts/web".to_owned(),
        };
        assert_eq!(linked.read_file("/r/host/a.nix").as_deref(), Ok("{ }"));
        assert!(linked.path_exists("/r/host"));
        assert!(!linked.path_exists("/r/hostess/a.nix"));
        assert_eq!(
            linked.real_path("/r/host/a.nix").as_deref(),
            Some("/r/hosts/web/a.nix")
        );
    }

    #[test]
    fn a_host_module_is_reached_through_the_ignored_link_of_the_module_above() {
        // A checkout whose top module imports `./host/configuration.nix`, and the
        // machine `web`'s settings under `hosts/`.
        let checkout = |io: MemoryIo| {
            io.with_file(
                "/r/configuration.nix",
                "{ imports = [ ./host/configuration.nix ]; }",
            )
            .with_file(
                "/r/hosts/web/configuration.nix",
                "{ networking.hostName = \"web\"; }",
            )
        };
        let io = checkout(MemoryIo::new().with_file("/r/.gitignore", "host\n"));
        let given = (
            EntryFile {
                name: "hosts/web/configuration.nix".to_owned(),
                path: "/r/hosts/web/configuration.nix".to_owned(),
            },
            String::new(),
        );
        let found = hosts_through_ignored_links(&io, "/r", &[&given]);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].link, "/r/host");
        assert_eq!(found[0].target, "/r/hosts/web");
        assert_eq!(
            found[0].host.label(),
            "configuration.nix with host -> hosts/web"
        );
        // Not a directory of secrets git ignores, which a host's directory holds a file
        // named like: that file is no machine's settings.
        let secrets = MemoryIo::new()
            .with_file("/r/.gitignore", "private\n")
            .with_file(
                "/r/configuration.nix",
                "{ imports = [ ./private/keys.nix ]; networking.hostName = \"web\"; }",
            )
            .with_file(
                "/r/hosts/web/keys.nix",
                "{ users.users.root.password = \"x\"; }",
            );
        let keys = (
            EntryFile {
                name: "hosts/web/keys.nix".to_owned(),
                path: "/r/hosts/web/keys.nix".to_owned(),
            },
            String::new(),
        );
        assert!(hosts_through_ignored_links(&secrets, "/r", &[&keys]).is_empty());
        // Not where git keeps the link's name: a directory of the checkout.
        let kept = checkout(MemoryIo::new());
        assert!(hosts_through_ignored_links(&kept, "/r", &[&given]).is_empty());
    }
}
