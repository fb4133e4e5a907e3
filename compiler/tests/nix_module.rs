//! `ncc build --format nix` must parse and evaluate with real Nix (`nix-instantiate`) to
//! the very file contents the tree form writes. Needs nix-bin, which CI installs; without
//! it the test says so and checks nothing.

mod common;

use std::process::Command;

use compiler::plan::ArtifactKind;

fn nix_available() -> bool {
    Command::new("nix-instantiate")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

#[test]
fn nix_module_evaluates_to_the_same_files() {
    if !nix_available() {
        eprintln!("nix-instantiate is not installed: skipping the real-Nix check of --format nix");
        return;
    }
    let dir = common::testdata_dir().join("examples");
    let mut checked = 0;
    for entry in std::fs::read_dir(dir).expect("examples exist").flatten() {
        let path = entry.path();
        let io = common::testdata_io();
        let (virtual_path, name) = common::virtual_path(&path);
        let text = std::fs::read_to_string(&path).expect("readable");
        let plan = lib_nix::run_with_stack(move || {
            compiler::compile(&name, &virtual_path, &text, &io).plan
        })
        .expect("examples compile");
        let module = compiler::emit::nix::to_nix(&plan, "example");
        let scratch = tempfile::tempdir().expect("temp dir");
        let file = scratch.path().join("containers.nix");
        std::fs::write(&file, &module).expect("written");
        let expression = format!(
            "let m = import {} {{ }}; in {{ etc = builtins.mapAttrs (n: v: v.text) m.environment.etc; units = builtins.mapAttrs (n: v: v.text or null) m.systemd.units; }}",
            file.display()
        );
        let output = Command::new("nix-instantiate")
            .args([
                "--store",
                "dummy://",
                "--eval",
                "--strict",
                "--json",
                "--expr",
                &expression,
            ])
            .env("NIX_PATH", "")
            .env("HOME", scratch.path())
            .output()
            .expect("nix-instantiate runs");
        assert!(
            output.status.success(),
            "{}: nix-instantiate failed: {}",
            path.display(),
            String::from_utf8_lossy(&output.stderr)
        );
        let evaluated: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
        for artifact in &plan.artifacts {
            let ArtifactKind::File { contents, .. } = &artifact.kind else {
                continue;
            };
            let got = if let Some(unit) = artifact.path.strip_prefix("etc/systemd/system/") {
                let unit = unit.strip_suffix(".d/overrides.conf").unwrap_or(unit);
                evaluated["units"][unit].as_str().map(str::to_owned)
            } else if artifact.path == compiler::codegen::hosts::HOSTS_FRAGMENT {
                continue;
            } else {
                let etc = artifact.path.strip_prefix("etc/").expect("under etc");
                evaluated["etc"][etc].as_str().map(str::to_owned)
            };
            assert_eq!(
                got.as_deref(),
                Some(contents.as_str()),
                "{}: {}",
                path.display(),
                artifact.path
            );
            checked += 1;
        }
    }
    assert!(checked > 10, "checked {checked} files");
}
