//! Safe output: `compiler::emit::write_tree` on real directories.
//!
//! - A write that fails midway, and a build killed midway, leave the previous tree as
//!   it was. The failure is real: a child process (this test binary, run again) writes
//!   under a file size limit, so the kernel refuses a write halfway through the plan (or,
//!   with `SIGXFSZ` left at its default, kills the process there).
//! - A rebuild replaces what the previous `manifest.json` lists and keeps every other
//!   entry as it was; a kept entry in the way of the new tree is refused.
//! - A path that would leave the output directory is refused before anything is written,
//!   whatever the container's name.
//! - An output directory that cannot be written is a clean error.

use std::collections::BTreeMap;
use std::fs;
use std::io;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::Command;

use compiler::emit::{write_tree, MANIFEST_FILE_NAME};
use compiler::plan::{Artifact, ArtifactKind, Plan};

fn file(path: &str, contents: &str, mode: u32) -> Artifact {
    Artifact {
        path: path.to_owned(),
        kind: ArtifactKind::File {
            contents: contents.to_owned(),
            mode,
        },
    }
}

fn symlink(path: &str, target: &str) -> Artifact {
    Artifact {
        path: path.to_owned(),
        kind: ArtifactKind::Symlink {
            target: target.to_owned(),
        },
    }
}

fn directory(path: &str, mode: u32) -> Artifact {
    Artifact {
        path: path.to_owned(),
        kind: ArtifactKind::Directory { mode },
    }
}

/// A tree like the ones ncc writes: a `.conf`, a unit, a link, state directories.
fn first_plan() -> Plan {
    Plan {
        artifacts: vec![
            file(
                "etc/nixos-containers/web.conf",
                "HOST_ADDRESS=10.0.0.1\n",
                0o644,
            ),
            file(
                "etc/nixos-containers/db.conf",
                "HOST_ADDRESS=10.0.0.2\n",
                0o644,
            ),
            file(
                "etc/systemd/system/container@.service",
                "[Unit]\nDescription=Container '%i'\n",
                0o644,
            ),
            symlink(
                "etc/systemd/system/machines.target.wants/container@web.service",
                "../container@.service",
            ),
            directory("var/lib/nixos-containers/web", 0o700),
        ],
    }
}

/// The next build: `db` is gone, `web` changed.
fn second_plan() -> Plan {
    Plan {
        artifacts: vec![
            file(
                "etc/nixos-containers/web.conf",
                "HOST_ADDRESS=10.0.0.9\n",
                0o644,
            ),
            file(
                "etc/systemd/system/container@.service",
                "[Unit]\nDescription=Container '%i'\n",
                0o644,
            ),
            directory("var/lib/nixos-containers/web", 0o700),
        ],
    }
}

/// Everything observable about a tree: per relative path, its kind, mode, inode and
/// contents or link target.
fn snapshot(root: &Path) -> BTreeMap<PathBuf, String> {
    fn walk(root: &Path, directory: &Path, entries: &mut BTreeMap<PathBuf, String>) {
        let mut children: Vec<PathBuf> = fs::read_dir(directory)
            .unwrap()
            .map(|entry| entry.unwrap().path())
            .collect();
        children.sort();
        for path in children {
            let relative = path.strip_prefix(root).unwrap().to_path_buf();
            let metadata = fs::symlink_metadata(&path).unwrap();
            let mode = metadata.mode() & 0o7777;
            let description = if metadata.file_type().is_symlink() {
                format!("symlink -> {}", fs::read_link(&path).unwrap().display())
            } else if metadata.is_dir() {
                walk(root, &path, entries);
                format!("directory {mode:o}")
            } else if metadata.is_file() {
                format!(
                    "file {mode:o} inode {} {:?}",
                    metadata.ino(),
                    fs::read_to_string(&path).unwrap()
                )
            } else {
                format!("special {mode:o} inode {}", metadata.ino())
            };
            entries.insert(relative, description);
        }
    }
    let mut entries = BTreeMap::new();
    walk(root, root, &mut entries);
    entries
}

fn names_in(directory: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(directory)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn manifest_paths(out: &Path) -> Vec<String> {
    let text = fs::read_to_string(out.join(MANIFEST_FILE_NAME)).unwrap();
    let manifest: serde_json::Value = serde_json::from_str(&text).unwrap();
    manifest["artifacts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|artifact| artifact["path"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn a_rebuild_replaces_what_ncc_wrote_and_keeps_the_rest() {
    let scratch = tempfile::tempdir().unwrap();
    let out = scratch.path().join("out");
    write_tree(&first_plan(), &out).unwrap();

    // The user's own entries: beside ncc's files, in a directory ncc made, in a directory
    // of their own, a symlink, and inside a directory the manifest lists.
    fs::write(out.join("README.md"), "generated by ncc; do not edit\n").unwrap();
    fs::write(out.join("etc/nixos-containers/local.conf"), "MINE=1\n").unwrap();
    fs::create_dir_all(out.join("notes/2025")).unwrap();
    fs::set_permissions(out.join("notes"), fs::Permissions::from_mode(0o750)).unwrap();
    fs::write(out.join("notes/2025/todo.txt"), "rotate keys\n").unwrap();
    std::os::unix::fs::symlink("/srv/data", out.join("data")).unwrap();
    fs::write(out.join("var/lib/nixos-containers/web/state"), "42\n").unwrap();
    let before = snapshot(&out);

    write_tree(&second_plan(), &out).unwrap();
    let after = snapshot(&out);

    // What the previous manifest listed and the new plan does not is gone...
    assert!(!after.contains_key(Path::new("etc/nixos-containers/db.conf")));
    assert!(!after.contains_key(Path::new(
        "etc/systemd/system/machines.target.wants/container@web.service"
    )));
    // ...what both have is the new version...
    assert!(after[Path::new("etc/nixos-containers/web.conf")].contains("10.0.0.9"));
    // ...and every entry the user added is exactly as it was: same file (inode), mode
    // and contents; same link target; same directory mode.
    for kept in [
        "README.md",
        "etc/nixos-containers/local.conf",
        "notes",
        "notes/2025",
        "notes/2025/todo.txt",
        "data",
        "var/lib/nixos-containers/web/state",
    ] {
        assert_eq!(
            after.get(Path::new(kept)),
            before.get(Path::new(kept)),
            "{kept}"
        );
    }
    // The manifest lists ncc's artifacts only, so the user's stay the user's next time.
    assert_eq!(
        manifest_paths(&out),
        [
            "etc/nixos-containers/web.conf",
            "etc/systemd/system/container@.service",
            "var/lib/nixos-containers/web",
        ]
    );
    write_tree(&first_plan(), &out).unwrap();
    assert_eq!(
        snapshot(&out).get(Path::new("notes/2025/todo.txt")),
        before.get(Path::new("notes/2025/todo.txt"))
    );
    assert_eq!(names_in(scratch.path()), ["out"]);
}

#[test]
fn a_kept_entry_in_the_way_of_the_new_tree_is_refused_before_anything_is_written() {
    let scratch = tempfile::tempdir().unwrap();
    let out = scratch.path().join("out");
    write_tree(&second_plan(), &out).unwrap();
    // The user put a file where the next build writes one, and one where it needs a
    // directory.
    fs::write(out.join("etc/nixos-containers/db.conf"), "MINE\n").unwrap();
    let before = snapshot(&out);
    let error = write_tree(&first_plan(), &out).unwrap_err();
    assert!(
        error.to_string().contains("was not written by ncc"),
        "{error}"
    );
    assert_eq!(snapshot(&out), before);
    assert_eq!(names_in(scratch.path()), ["out"]);

    fs::remove_file(out.join("etc/nixos-containers/db.conf")).unwrap();
    fs::write(
        out.join("etc/systemd/system/machines.target.wants"),
        "MINE\n",
    )
    .unwrap();
    let before = snapshot(&out);
    assert!(write_tree(&first_plan(), &out).is_err());
    assert_eq!(snapshot(&out), before);
    assert_eq!(names_in(scratch.path()), ["out"]);
}

#[test]
fn special_files_in_the_output_are_refused() {
    let scratch = tempfile::tempdir().unwrap();
    let out = scratch.path().join("out");
    write_tree(&first_plan(), &out).unwrap();
    let fifo = out.join("pipe");
    assert!(Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap()
        .success());
    let before = snapshot(&out);
    let error = write_tree(&second_plan(), &out).unwrap_err();
    assert!(error
        .to_string()
        .contains("not a file, a directory or a symlink"));
    assert_eq!(snapshot(&out), before);
}

#[test]
fn a_manifest_naming_paths_outside_the_output_touches_nothing_there() {
    let scratch = tempfile::tempdir().unwrap();
    let out = scratch.path().join("out");
    let victim = scratch.path().join("victim");
    fs::write(&victim, "precious\n").unwrap();
    write_tree(&first_plan(), &out).unwrap();
    let manifest = serde_json::json!({
        "generator": "ncc",
        "format": 1,
        "artifacts": [{ "path": "../victim", "kind": "file" }, { "path": "/etc/passwd", "kind": "file" }],
    });
    fs::write(out.join(MANIFEST_FILE_NAME), manifest.to_string()).unwrap();
    // Nothing in the old tree is listed now, so all of it is the user's: a plan writing
    // over it is refused...
    let before = snapshot(&out);
    assert!(write_tree(&second_plan(), &out).is_err());
    assert_eq!(snapshot(&out), before);
    // ...and one writing elsewhere keeps all of it.
    let elsewhere = Plan {
        artifacts: vec![file("srv/new.conf", "NEW=1\n", 0o644)],
    };
    write_tree(&elsewhere, &out).unwrap();
    let after = snapshot(&out);
    for (path, description) in &before {
        if path != Path::new(MANIFEST_FILE_NAME) {
            assert_eq!(after.get(path), Some(description), "{}", path.display());
        }
    }
    assert_eq!(fs::read_to_string(&victim).unwrap(), "precious\n");
    assert_eq!(names_in(scratch.path()), ["out", "victim"]);
}

/// The child side of the failure tests: when run by them, writes a plan whose second
/// file is bigger than the file size limit they set.
#[test]
fn child_writes_a_plan_over_the_file_size_limit() {
    let Ok(out) = std::env::var(CHILD_OUT) else {
        return;
    };
    let plan = Plan {
        artifacts: vec![
            file("etc/a.conf", "A=2\n", 0o644),
            file("etc/b.conf", &"B".repeat(1 << 20), 0o644),
            file("etc/c.conf", "C=2\n", 0o644),
        ],
    };
    let result = write_tree(&plan, Path::new(&out));
    println!("result: {result:?}");
    std::process::exit(if result.is_ok() { 0 } else { 3 });
}

const CHILD_OUT: &str = "NCC_SAFE_OUTPUT_CHILD_OUT";

/// Runs [`child_writes_a_plan_over_the_file_size_limit`] in a new process limited to
/// files of 32 KiB, with `SIGXFSZ` ignored (the write fails) or not (the kernel kills the
/// process at that write).
fn run_child(out: &Path, kill: bool) -> std::process::ExitStatus {
    let trap = if kill { "" } else { "trap '' XFSZ;" };
    Command::new("sh")
        .arg("-c")
        .arg(format!(
            "{trap} ulimit -f 64 && exec \"$0\" --exact child_writes_a_plan_over_the_file_size_limit --nocapture --test-threads=1 >/dev/null"
        ))
        .arg(std::env::current_exe().unwrap())
        .env(CHILD_OUT, out)
        .status()
        .unwrap()
}

#[test]
fn a_write_that_fails_midway_leaves_the_previous_tree_intact() {
    let scratch = tempfile::tempdir().unwrap();
    let out = scratch.path().join("out");
    write_tree(&first_plan(), &out).unwrap();
    let before = snapshot(&out);
    let status = run_child(&out, false);
    assert_eq!(status.code(), Some(3), "the write must fail: {status:?}");
    assert_eq!(snapshot(&out), before);
    // The unfinished tree was removed.
    assert_eq!(names_in(scratch.path()), ["out"]);
}

#[test]
fn a_build_killed_midway_leaves_the_previous_tree_intact() {
    let scratch = tempfile::tempdir().unwrap();
    let out = scratch.path().join("out");
    write_tree(&first_plan(), &out).unwrap();
    let before = snapshot(&out);
    let status = run_child(&out, true);
    assert_eq!(status.signal(), Some(25), "killed by SIGXFSZ: {status:?}");
    assert_eq!(snapshot(&out), before);
    // The unfinished tree is left beside it, under a name no build uses for `out`...
    let names = names_in(scratch.path());
    assert_eq!(names.len(), 2, "{names:?}");
    assert!(names[0].starts_with(".out.ncc-new-"), "{names:?}");
    // ...and the next build is not disturbed by it.
    write_tree(&second_plan(), &out).unwrap();
    assert!(
        fs::read_to_string(out.join("etc/nixos-containers/web.conf"))
            .unwrap()
            .contains("10.0.0.9")
    );
}

#[test]
fn a_path_leaving_the_output_is_refused_before_anything_is_written() {
    let scratch = tempfile::tempdir().unwrap();
    let out = scratch.path().join("out");
    for bad in [
        "etc/nixos-containers/../../x.conf",
        "../x",
        "/etc/passwd",
        "etc/./x",
        "etc//x",
    ] {
        let plan = Plan {
            artifacts: vec![file("etc/fine.conf", "", 0o644), file(bad, "", 0o644)],
        };
        let error = write_tree(&plan, &out).unwrap_err();
        assert_eq!(error.kind(), io::ErrorKind::InvalidInput, "{bad}");
    }
    // A link whose target points outside is a link, but nothing may be written through
    // it: a plan path below a link is refused.
    let through_link = Plan {
        artifacts: vec![symlink("etc", "/etc"), file("etc/passwd", "", 0o644)],
    };
    assert!(write_tree(&through_link, &out).is_err());
    let long_name = format!("etc/{}", "x".repeat(300));
    let too_long = Plan {
        artifacts: vec![file(&long_name, "", 0o644)],
    };
    assert!(write_tree(&too_long, &out).is_err());
    assert!(names_in(scratch.path()).is_empty());
}

/// A host declaring one container named `name`.
fn host_with_container(name: &str) -> String {
    let mut quoted = String::from("\"");
    for c in name.chars() {
        match c {
            '"' | '\\' | '$' => {
                quoted.push('\\');
                quoted.push(c);
            }
            '\n' => quoted.push_str("\\n"),
            c => quoted.push(c),
        }
    }
    quoted.push('"');
    format!("{{ containers.{quoted} = {{ config = {{ }}; autoStart = true; }}; }}\n")
}

#[test]
fn no_container_name_puts_a_file_outside_the_output() {
    let names = [
        "../x",
        "../../etc",
        "..",
        ".",
        "a/b",
        "/etc/passwd",
        "web/../../x",
        "a\nb",
        "manifest.json",
        "container@x",
        "-",
        "a b",
        "wëb",
        &"x".repeat(300),
    ];
    let scratch = tempfile::tempdir().unwrap();
    for (index, name) in names.iter().enumerate() {
        let text = host_with_container(name);
        let io = lib_nix::eval::MemoryIo::new().with_file("/host.nix", &text);
        let compilation = lib_nix::run_with_stack(move || {
            let compilation = compiler::compile("host.nix", "/host.nix", &text, &io);
            (compilation.has_errors(), compilation.plan)
        });
        let (errors, plan) = compilation;
        let Some(plan) = plan else {
            assert!(errors, "{name:?}: no plan and no error");
            continue;
        };
        // Whatever compiles writes only below the output directory.
        let parent = scratch.path().join(format!("case-{index}"));
        let out = parent.join("out");
        match write_tree(&plan, &out) {
            Ok(()) => assert_eq!(names_in(&parent), ["out"], "{name:?}"),
            Err(error) => {
                assert_eq!(
                    error.kind(),
                    io::ErrorKind::InvalidInput,
                    "{name:?}: {error}"
                );
                assert!(!parent.exists() || names_in(&parent).is_empty(), "{name:?}");
            }
        }
    }
}

#[test]
fn an_output_that_cannot_be_written_is_a_clean_error() {
    let scratch = tempfile::tempdir().unwrap();
    // Below a file.
    let file_in_the_way = scratch.path().join("file");
    fs::write(&file_in_the_way, "a file\n").unwrap();
    let error = write_tree(&first_plan(), &file_in_the_way.join("out")).unwrap_err();
    assert!(!error.to_string().is_empty());
    assert_eq!(fs::read_to_string(&file_in_the_way).unwrap(), "a file\n");
    // On a file system that takes no new directories.
    assert!(write_tree(&first_plan(), Path::new("/proc/ncc-out")).is_err());
    assert!(!Path::new("/proc/ncc-out").exists());
    // A symlink to a directory is not a directory ncc replaces.
    let target = scratch.path().join("target");
    fs::create_dir(&target).unwrap();
    fs::write(target.join("keep"), "keep\n").unwrap();
    let link = scratch.path().join("link");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    assert!(write_tree(&first_plan(), &link).is_err());
    assert_eq!(names_in(&target), ["keep"]);
    assert!(fs::symlink_metadata(&link)
        .unwrap()
        .file_type()
        .is_symlink());
    // A directory without write permission (meaningless for root, who may write anyway).
    let is_root = Command::new("id")
        .arg("-u")
        .output()
        .map(|output| output.stdout == b"0\n")
        .unwrap_or(true);
    if !is_root {
        let locked = scratch.path().join("locked");
        fs::create_dir(&locked).unwrap();
        fs::set_permissions(&locked, fs::Permissions::from_mode(0o555)).unwrap();
        let error = write_tree(&first_plan(), &locked.join("out")).unwrap_err();
        assert_eq!(error.kind(), io::ErrorKind::PermissionDenied);
        assert!(names_in(&locked).is_empty());
        fs::set_permissions(&locked, fs::Permissions::from_mode(0o755)).unwrap();
    }
}
