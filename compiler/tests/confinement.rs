//! Confinement: a configuration reads files inside its project root and nowhere else.
//!
//! Each test builds a real directory: a secret file and a Nix file beside the root, and a
//! root holding the host file. The host tries to reach outside — `..`, an absolute path,
//! a symlink to a file or to a directory, `import`, `imports`, `readFile`, `pathExists`,
//! a path copied into a string — and every attempt must be read as what it is in a host's
//! check, a file of the machine that evaluates the configuration: unknown, never read
//! (for `pathExists`, whether it exists is unknown), with the secret's text nowhere in
//! anything ncc produced.

use std::fs;
use std::path::{Path, PathBuf};

use compiler::io::ConfinedIo;

/// The text of the secret file, and of the Nix file beside the root that evaluates to it.
const SECRET: &str = "TOP-SECRET-7f3a9c";

/// A scratch directory: `secret.txt` and `outside.nix` beside `root/`.
struct Project {
    _scratch: tempfile::TempDir,
    outside: PathBuf,
    root: PathBuf,
}

impl Project {
    fn new() -> Project {
        let scratch = tempfile::tempdir().expect("a temporary directory");
        let outside = scratch.path().canonicalize().expect("canonical");
        fs::write(outside.join("secret.txt"), SECRET).unwrap();
        fs::write(outside.join("outside.nix"), format!("\"{SECRET}\"\n")).unwrap();
        fs::write(
            outside.join("outside-module.nix"),
            format!(
                "{{ containers.web = {{ config = {{ }}; extraFlags = [ \"{SECRET}\" ]; }}; }}\n"
            ),
        )
        .unwrap();
        let root = outside.join("root");
        fs::create_dir(&root).unwrap();
        fs::write(root.join("inside.txt"), "inside").unwrap();
        fs::write(root.join("inside.nix"), "\"inside\"\n").unwrap();
        Project {
            _scratch: scratch,
            outside,
            root,
        }
    }

    fn symlink(&self, link: &str, target: &Path) {
        std::os::unix::fs::symlink(target, self.root.join(link)).unwrap();
    }

    /// Compiles `root/host.nix` with `text`, as the CLI does: through [`ConfinedIo`], on
    /// the evaluation thread.
    fn compile(&self, text: &str) -> Outcome {
        let host = self.root.join("host.nix");
        fs::write(&host, text).unwrap();
        let io = ConfinedIo::new(self.root.clone());
        let path = host.display().to_string();
        let text = text.to_owned();
        lib_nix::run_with_stack(move || {
            let compilation = compiler::compile("host.nix", &path, &text, &io);
            let rendered: Vec<String> = compilation
                .diagnostics
                .iter()
                .map(|d| compiler::render::render(d, &compilation.sources, false))
                .collect();
            let plan = compilation
                .plan
                .as_ref()
                .map(|plan| compiler::emit::to_json(plan).to_string());
            let host = compilation
                .host
                .as_ref()
                .map(|host| format!("{host:?}"))
                .unwrap_or_default();
            Outcome {
                rendered,
                errors: compilation.has_errors(),
                everything: format!("{plan:?}{host}"),
            }
        })
    }
}

struct Outcome {
    rendered: Vec<String>,
    errors: bool,
    /// The plan as JSON and the typed host configuration, for searching.
    everything: String,
}

impl Outcome {
    /// What lies outside is a file of the machine that evaluates the configuration: never
    /// read, unknown (a warning that names the path and no contents; `ncc build` then
    /// refuses the container that depends on it, the one error), and the secret is in no
    /// diagnostic, no plan and no configuration.
    fn assert_unknown_file(&self) {
        let all = self.rendered.join("\n");
        assert!(
            !all.contains("is not allowed"),
            "a confinement error:\n{all}"
        );
        assert!(
            all.contains(
                "of the machine that evaluates the configuration, outside the project, which ncc cannot know"
            ),
            "no unknown-file warning:\n{all}"
        );
        assert!(
            self.rendered
                .iter()
                .filter(|d| d.starts_with("error"))
                .all(|d| d.starts_with("error[N302]")),
            "an error other than N302:\n{all}"
        );
        self.assert_secret_kept();
    }

    /// The answer is unknown (a warning that names no answer; `ncc build` then refuses
    /// the container that depends on it), so that nothing outside the root can be
    /// probed, and the secret is in no output.
    fn assert_unknown_outside(&self) {
        let all = self.rendered.join("\n");
        assert!(
            !all.contains("is not allowed"),
            "a confinement error:\n{all}"
        );
        assert!(
            all.contains("exists, outside the project, which ncc cannot know"),
            "no unknown-outside warning:\n{all}"
        );
        self.assert_secret_kept();
    }

    fn assert_secret_kept(&self) {
        let all = self.rendered.join("\n");
        assert!(!all.contains(SECRET), "the secret leaked:\n{all}");
        assert!(!self.everything.contains(SECRET), "the secret leaked");
    }

    fn text(&self) -> String {
        self.rendered.join("\n")
    }
}

/// A host whose `extraFlags` carry the string `expression` evaluates to.
fn host_with_flag(expression: &str) -> String {
    format!("{{\n  containers.web = {{\n    config = {{ }};\n    extraFlags = [ (\"--setenv=READ=\" + ({expression})) ];\n  }};\n}}\n")
}

#[test]
fn import_of_a_parent_directory_is_unknown() {
    let project = Project::new();
    project
        .compile(&host_with_flag("import ../outside.nix"))
        .assert_unknown_file();
}

#[test]
fn a_module_imported_from_outside_is_unknown() {
    let project = Project::new();
    project
        .compile("{ imports = [ ../outside-module.nix ]; }\n")
        .assert_unknown_file();
}

#[test]
fn an_absolute_path_outside_is_unknown() {
    let project = Project::new();
    let absolute = project.outside.join("outside.nix");
    project
        .compile(&host_with_flag(&format!("import {}", absolute.display())))
        .assert_unknown_file();
    let secret = project.outside.join("secret.txt");
    project
        .compile(&host_with_flag(&format!(
            "builtins.readFile {}",
            secret.display()
        )))
        .assert_unknown_file();
}

#[test]
fn dot_dot_that_climbs_out_and_back_in_is_unknown_only_when_it_ends_outside() {
    let project = Project::new();
    // `root/../root/inside.nix` ends inside the root: allowed.
    let fine = project.compile(&host_with_flag("import ../root/inside.nix"));
    assert!(!fine.errors, "{}", fine.text());
    // A sibling whose name starts like the root's is still outside.
    fs::create_dir(project.outside.join("root-evil")).unwrap();
    fs::write(
        project.outside.join("root-evil/x.nix"),
        format!("\"{SECRET}\""),
    )
    .unwrap();
    project
        .compile(&host_with_flag("import ../root-evil/x.nix"))
        .assert_unknown_file();
}

#[test]
fn a_symlink_to_a_file_outside_is_unknown() {
    let project = Project::new();
    project.symlink("link.nix", &project.outside.join("outside.nix"));
    project.symlink("secret-link.txt", &project.outside.join("secret.txt"));
    project
        .compile(&host_with_flag("import ./link.nix"))
        .assert_unknown_file();
    project
        .compile(&host_with_flag("builtins.readFile ./secret-link.txt"))
        .assert_unknown_file();
}

#[test]
fn a_symlink_to_a_directory_outside_is_unknown() {
    let project = Project::new();
    project.symlink("escape", &project.outside);
    project
        .compile(&host_with_flag("import ./escape/outside.nix"))
        .assert_unknown_file();
    project
        .compile(&host_with_flag("builtins.readFile ./escape/secret.txt"))
        .assert_unknown_file();
    // Through the link even a missing file's existence is unknown, so nothing outside
    // can be probed.
    let probe = project.compile(&host_with_flag(
        "if builtins.pathExists ./escape/no-such-file then \"yes\" else \"no\"",
    ));
    probe.assert_unknown_outside();
}

#[test]
fn read_file_of_a_file_beside_the_root_is_unknown() {
    let project = Project::new();
    project
        .compile(&host_with_flag("builtins.readFile ../secret.txt"))
        .assert_unknown_file();
}

#[test]
fn path_exists_outside_is_unknown_not_false() {
    let project = Project::new();
    // Whether a file outside exists is a fact of the machine that evaluates the
    // configuration (`pathExists /etc/secrets/key`): unknown, and the same for existing
    // and missing files, so that it is no oracle.
    let existing = project.compile(&host_with_flag(
        "if builtins.pathExists ../secret.txt then \"yes\" else \"no\"",
    ));
    existing.assert_unknown_outside();
    let missing = project.compile(&host_with_flag(
        "if builtins.pathExists ../missing.txt then \"yes\" else \"no\"",
    ));
    missing.assert_unknown_outside();
    let message = |outcome: &Outcome| {
        let first_line = outcome.rendered[0].lines().next().unwrap_or("").to_owned();
        first_line.replace("secret.txt", "missing.txt")
    };
    assert_eq!(message(&existing), message(&missing));
}

#[test]
fn a_path_outside_copied_into_a_string_is_unknown() {
    let project = Project::new();
    project
        .compile(&host_with_flag("\"${../secret.txt}\""))
        .assert_unknown_file();
}

#[test]
fn search_paths_are_external_sources_and_home_paths_are_unknown() {
    let project = Project::new();
    // No search path is read from the disk or the environment: `<nixpkgs>` is an
    // external source ncc does not fetch, a recognisable fake store path.
    let nixpkgs = project.compile(&host_with_flag("\"${<nixpkgs>}/x\""));
    assert!(!nixpkgs.errors, "{}", nixpkgs.text());
    assert!(
        nixpkgs.everything.contains(
            "--setenv=READ=/nix/store/00000000000000000000000000000000-ncc-source-nixpkgs/x"
        ),
        "{}",
        nixpkgs.everything
    );
    nixpkgs.assert_secret_kept();
    // A home path is the evaluating user's home, as `getEnv "HOME"` is: unknown (never
    // read from this machine's $HOME), a warning where it decides something.
    let home = project.compile(&host_with_flag("import ~/secret.nix"));
    // The one error is N302: the container's files, which depend on it, are not written.
    assert!(
        home.rendered
            .iter()
            .filter(|d| d.starts_with("error"))
            .all(|d| d.starts_with("error[N302]")),
        "{}",
        home.text()
    );
    assert!(
        home.text().contains(
            "the home directory of the machine that evaluates the configuration (`~/secret.nix')"
        ),
        "{}",
        home.text()
    );
    home.assert_secret_kept();
}

#[test]
fn the_projects_own_search_path_reads_inside_the_root_only() {
    let project = Project::new();
    // The root directory is `root`: `<root/...>` is the project's own checkout, as for a
    // repository that puts itself on NIX_PATH under its name.
    let own = project.compile(&host_with_flag(
        "import <root/inside.nix> + import \"${<root>}/inside.nix\"",
    ));
    assert!(!own.errors, "{}", own.text());
    assert!(own.everything.contains("--setenv=READ=insideinside"));
    // Through the checkout and up out of it: unknown, as any path outside.
    project
        .compile(&host_with_flag(
            "import <root/inside.nix> + import \"${<root>}/../outside.nix\"",
        ))
        .assert_unknown_file();
    // A lookup that climbs out does not make `<root>` the checkout: unknown too.
    project
        .compile(&host_with_flag(
            "import <root/inside.nix> + import <root/../outside.nix>",
        ))
        .assert_unknown_file();
}

#[test]
fn files_inside_the_root_are_read() {
    let project = Project::new();
    fs::create_dir(project.root.join("sub")).unwrap();
    let outcome = project.compile(&host_with_flag(
        "import ./sub/../inside.nix + builtins.readFile ./inside.txt + (if builtins.pathExists ./missing.txt then \"x\" else \"\")",
    ));
    assert!(!outcome.errors, "{}", outcome.text());
    assert!(outcome.everything.contains("--setenv=READ=insideinside"));
    // A symlink that stays inside is followed.
    project.symlink("alias.nix", &project.root.join("inside.nix"));
    let linked = project.compile(&host_with_flag("import ./alias.nix"));
    assert!(!linked.errors, "{}", linked.text());
}

#[test]
fn special_files_inside_the_root_are_not_read() {
    let project = Project::new();
    let fifo = project.root.join("fifo.nix");
    let status = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo runs");
    assert!(status.success());
    // Reading a FIFO would block forever; it is refused instead.
    let outcome = project.compile(&host_with_flag("import ./fifo.nix"));
    assert!(outcome.errors);
    assert!(
        outcome.text().contains("not a regular file"),
        "{}",
        outcome.text()
    );
    let directory = project.compile(&host_with_flag("builtins.readFile ./."));
    assert!(directory.errors);
}
