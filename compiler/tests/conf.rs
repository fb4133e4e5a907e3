//! ncc's `.conf` proved against NixOS's own: for every `testdata/conf/<case>.nix` (a host
//! declaring one container), ncc compiles the file and the artifact at the path named in
//! `<case>.dir` must equal `<case>.conf` byte for byte. Both were captured from the upstream
//! NixOS containers module evaluated with real Nix and nixpkgs lib by
//! `scripts/capture-nixos-conf.sh` (see `testdata/conf/README.md`). Cases listed in
//! `testdata/conf/notyetpassing.txt` are known gaps: the test asserts they still fail, so
//! fixing one means moving it out.

mod common;

use std::path::{Path, PathBuf};

use compiler::plan::ArtifactKind;

/// One case: the host file, and what NixOS writes for its container.
struct Case {
    name: String,
    host: PathBuf,
    /// Where NixOS puts the file, relative to `/`, e.g. `etc/nixos-containers/web.conf`.
    dir: String,
    expected: String,
}

fn cases() -> Vec<Case> {
    let dir = common::testdata_dir().join("conf");
    let mut hosts: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("testdata/conf exists")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|ext| ext == "nix"))
        .collect();
    hosts.sort();
    hosts
        .into_iter()
        .map(|host| {
            let name = host.file_name().unwrap().to_string_lossy().into_owned();
            let read = |extension: &str| {
                let path = host.with_extension(extension);
                std::fs::read_to_string(&path).unwrap_or_else(|_| {
                    panic!(
                        "{} is missing: run scripts/capture-nixos-conf.sh LIBDIR MODULE_FILE",
                        path.display()
                    )
                })
            };
            Case {
                dir: read("dir").trim().to_owned(),
                expected: read("conf"),
                name,
                host,
            }
        })
        .collect()
}

/// Known gaps, one case file name (`<case>.nix`) a line; `#` starts a comment.
fn not_yet_passing() -> Vec<String> {
    std::fs::read_to_string(common::testdata_dir().join("conf/notyetpassing.txt"))
        .unwrap_or_default()
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_owned)
        .collect()
}

/// The contents ncc generates at `dir` for the host at `path`, or why there are none.
fn ncc_conf(path: &Path, dir: &str) -> Result<String, String> {
    let io = common::testdata_io();
    let (virtual_path, name) = common::virtual_path(path);
    let text = std::fs::read_to_string(path).expect("case is readable");
    let dir = dir.to_owned();
    lib_nix::run_with_stack(move || {
        let compilation = compiler::compile(&name, &virtual_path, &text, &io);
        let Some(plan) = &compilation.plan else {
            return Err(format!(
                "ncc compiles no plan:\n{}",
                common::render_all(&compilation.diagnostics, &compilation.sources)
            ));
        };
        match plan.artifacts.iter().find(|a| a.path == dir) {
            Some(artifact) => match &artifact.kind {
                ArtifactKind::File { contents, .. } => Ok(contents.clone()),
                other => Err(format!("ncc emits {dir} as {other:?}, not as a file")),
            },
            None => {
                let confs: Vec<&str> = plan
                    .artifacts
                    .iter()
                    .map(|a| a.path.as_str())
                    .filter(|p| p.ends_with(".conf") && !p.starts_with("etc/systemd"))
                    .collect();
                Err(format!(
                    "ncc emits nothing at {dir}; its .conf files: {confs:?}"
                ))
            }
        }
    })
}

/// Expected and actual side by side, line by line, every line escaped so blank lines,
/// trailing spaces and a missing final newline show.
fn line_diff(expected: &str, got: &str) -> String {
    let expected_lines: Vec<&str> = expected.split_inclusive('\n').collect();
    let got_lines: Vec<&str> = got.split_inclusive('\n').collect();
    let mut out = String::from("    (\"-\" NixOS, \"+\" ncc, \" \" both)\n");
    for i in 0..expected_lines.len().max(got_lines.len()) {
        match (expected_lines.get(i), got_lines.get(i)) {
            (Some(e), Some(g)) if e == g => out.push_str(&format!("    {:>3}  {e:?}\n", i + 1)),
            (e, g) => {
                if let Some(e) = e {
                    out.push_str(&format!("    {:>3} -{e:?}\n", i + 1));
                }
                if let Some(g) = g {
                    out.push_str(&format!("    {:>3} +{g:?}\n", i + 1));
                }
            }
        }
    }
    out
}

#[test]
fn conf_equals_what_nixos_writes() {
    let cases = cases();
    let known_gaps = not_yet_passing();
    let (mut passed, mut failures, mut fixed) = (0, Vec::new(), Vec::new());
    for case in &cases {
        let got = ncc_conf(&case.host, &case.dir);
        let ok = got.as_deref() == Ok(case.expected.as_str());
        match (ok, known_gaps.contains(&case.name)) {
            (true, false) => passed += 1,
            (true, true) => fixed.push(case.name.clone()),
            (false, true) => {}
            (false, false) => failures.push(match got {
                Ok(text) => format!(
                    "{} ({}): ncc's text differs from NixOS's\n{}",
                    case.name,
                    case.dir,
                    line_diff(&case.expected, &text)
                ),
                Err(why) => format!("{} ({}): {why}", case.name, case.dir),
            }),
        }
    }
    println!(
        "conf: {passed} of {} cases equal NixOS's text, {} known gaps",
        cases.len(),
        known_gaps.len()
    );
    assert!(
        cases.len() >= 25,
        "at least 25 captured configurations, found {}",
        cases.len()
    );
    let unknown: Vec<_> = known_gaps
        .iter()
        .filter(|gap| !cases.iter().any(|c| &c.name == *gap))
        .collect();
    assert!(
        unknown.is_empty(),
        "notyetpassing.txt names cases that do not exist: {unknown:?}"
    );
    assert!(
        fixed.is_empty(),
        "now passing, remove from testdata/conf/notyetpassing.txt: {fixed:?}"
    );
    assert!(
        failures.is_empty(),
        "{} of {} cases differ from NixOS:\n\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n\n")
    );
}

/// Both layouts are covered: `etc/nixos-containers` from system.stateVersion 22.05 on,
/// `etc/containers` before.
#[test]
fn cases_cover_both_layouts() {
    let cases = cases();
    for layout in ["etc/nixos-containers/", "etc/containers/"] {
        assert!(
            cases.iter().any(|c| c.dir.starts_with(layout)),
            "no case whose .conf goes to {layout}"
        );
    }
    for case in &cases {
        assert!(
            case.dir.ends_with(".conf") && !case.dir.starts_with('/') && !case.dir.contains(".."),
            "{}: {:?} is not a relative .conf path",
            case.name,
            case.dir
        );
    }
}
