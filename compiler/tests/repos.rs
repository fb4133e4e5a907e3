//! Whole repositories: each directory of `testdata/repos/` is checked as `ncc check`
//! would check it, from memory under the virtual root `/repo`: with nothing given (the
//! project's hosts: its flake.nix, hive.nix or network.nix, else its host modules), with every `.nix` file
//! given (pre-commit's `--all-files`), and with the files a `staged.txt` lists, one run
//! per line (a commit). The snapshot shows which hosts were checked, every diagnostic
//! rendered, and the one-line notes.

mod common;

use compiler::project::discover::{check_files, Outcome, Project};
use compiler::project::EntryFile;
use lib_nix::eval::MemoryIo;

const ROOT: &str = "/repo";

struct Repository {
    io: MemoryIo,
    /// Every `.nix` file, by path relative to the root, sorted.
    nix_files: Vec<String>,
    /// The commits of staged.txt: each line's files.
    commits: Vec<Vec<String>>,
}

fn load(dir: &std::path::Path) -> Repository {
    let mut io = MemoryIo::new();
    let mut nix_files = Vec::new();
    let mut commits = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(current) = stack.pop() {
        for entry in std::fs::read_dir(&current).expect("readable").flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let relative = path
                .strip_prefix(dir)
                .expect("inside")
                .display()
                .to_string();
            // Read as `ncc check` reads a file: a byte that is not UTF-8 as Nix reads it.
            let text = compiler::io::source_text(std::fs::read(&path).expect("readable"));
            if relative == "staged.txt" {
                commits = text
                    .lines()
                    .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
                    .map(|l| l.split_whitespace().map(str::to_owned).collect())
                    .collect();
                continue;
            }
            if relative.ends_with(".nix") {
                nix_files.push(relative.clone());
            }
            io.files.insert(format!("{ROOT}/{relative}"), text);
        }
    }
    nix_files.sort();
    // As `ncc check` runs it: the names the repository gives its own checkout on the
    // search path are its root (what `ConfinedIo` answers).
    for name in compiler::project::checkout::own_names(&io, ROOT) {
        io.search_path.insert(name, ROOT.to_owned());
    }
    Repository {
        io,
        nix_files,
        commits,
    }
}

fn entry(relative: &str) -> EntryFile {
    EntryFile {
        name: relative.to_owned(),
        path: format!("{ROOT}/{relative}"),
    }
}

fn project(repository: &Repository) -> Project {
    // As `ncc check` finds them: by name, and by a shape that declares hosts (a host's
    // network.nix of network settings is no NixOps network).
    let entries = ["flake.nix", "hive.nix", "network.nix", "default.nix"]
        .iter()
        .find(|name| {
            let path = format!("{ROOT}/{name}");
            repository.io.files.get(&path).is_some_and(|text| {
                compiler::project::locate::declares_hosts(&repository.io, &path, text)
            })
        })
        .map(|name| {
            let text = repository.io.files[&format!("{ROOT}/{name}")].clone();
            vec![(entry(name), text)]
        })
        .unwrap_or_default();
    Project {
        root: ROOT.to_owned(),
        entries,
        only: None,
    }
}

fn run(repository: &Repository, files: &[String]) -> Outcome {
    let given: Vec<(EntryFile, String)> = files
        .iter()
        .map(|file| {
            let text = repository.io.files[&format!("{ROOT}/{file}")].clone();
            (entry(file), text)
        })
        .collect();
    check_files(
        &project(repository),
        &given,
        &repository.io,
        false,
        compiler::Teardown::Free,
    )
}

fn render(outcome: &Outcome) -> String {
    let mut out = String::new();
    for listing in &outcome.listings {
        out.push_str(&format!(
            "listing failed:\n{}\n",
            common::render_all(&listing.diagnostics, &listing.sources)
        ));
    }
    for checked in &outcome.checked {
        let diagnostics = &checked.compilation.diagnostics;
        // Findings an earlier host reported too are shown there, and counted here.
        let repeated = match checked.repeated {
            0 => String::new(),
            count => format!(" (and {count} reported with another host's)"),
        };
        out.push_str(&format!(
            "host {}: {} diagnostics{repeated}\n",
            checked.host.reference(),
            diagnostics.len()
        ));
        if !diagnostics.is_empty() {
            out.push_str(&common::render_all(
                diagnostics,
                &checked.compilation.sources,
            ));
            out.push_str("\n\n");
        }
    }
    for (file, diagnostics, sources) in &outcome.unparsed {
        out.push_str(&format!(
            "{} does not parse:\n{}\n\n",
            file.name,
            common::render_all(diagnostics, sources)
        ));
    }
    for note in &outcome.notes {
        out.push_str(&format!("note: {note}\n"));
    }
    out
}

fn snapshot(dir: &std::path::Path) -> String {
    let repository = load(dir);
    let mut out = String::new();
    if !project(&repository).entries.is_empty() {
        out.push_str("--- nothing given: the project's hosts\n");
        out.push_str(&lib_nix::run_with_stack({
            let repository = load(dir);
            move || render(&run(&repository, &[]))
        }));
    } else if ["flake.nix", "hive.nix", "ncc.toml"]
        .iter()
        .all(|name| !repository.io.files.contains_key(&format!("{ROOT}/{name}")))
    {
        // As `ncc check` finds them in a directory of bare hosts: its host modules and
        // fleets (not where ncc.toml names the hosts, nor where a hive.nix ncc does not
        // read says the machines are its nodes).
        let hosts: Vec<String> = compiler::project::discover::hosts_below(&repository.io, ROOT)
            .iter()
            .map(|path| path[ROOT.len() + 1..].to_owned())
            .collect();
        if !hosts.is_empty() {
            out.push_str(&format!(
                "--- nothing given: the hosts below the root, {}\n",
                hosts.join(" ")
            ));
            out.push_str(&lib_nix::run_with_stack({
                let repository = load(dir);
                move || render(&run(&repository, &hosts))
            }));
        }
    }
    out.push_str(&format!(
        "--- every .nix file given: {}\n",
        repository.nix_files.join(" ")
    ));
    out.push_str(&lib_nix::run_with_stack({
        let repository = load(dir);
        move || {
            let files = repository.nix_files.clone();
            render(&run(&repository, &files))
        }
    }));
    for commit in &repository.commits {
        out.push_str(&format!("--- given: {}\n", commit.join(" ")));
        let commit = commit.clone();
        out.push_str(&lib_nix::run_with_stack({
            let repository = load(dir);
            move || render(&run(&repository, &commit))
        }));
    }
    out
}

#[test]
fn repositories() {
    let root = common::testdata_dir().join("repos");
    let mut cases: Vec<_> = std::fs::read_dir(&root)
        .expect("testdata/repos exists")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    cases.sort();
    assert!(!cases.is_empty());
    for case in cases {
        let name = case.file_name().unwrap().to_string_lossy().into_owned();
        let text = snapshot(&case);
        insta::with_settings!({
            snapshot_path => "../../snapshots",
            prepend_module_to_snapshot => false,
            omit_expression => true,
        }, {
            insta::assert_snapshot!(format!("repos@{name}"), text);
        });
    }
}
