//! Whole-pipeline snapshots: each host in `testdata/examples/` and `testdata/check/`
//! compiled; the snapshot shows the input, the rendered diagnostics and every emitted
//! artifact together.

mod common;

use compiler::plan::{ArtifactKind, Plan};

fn render_plan(plan: &Plan) -> String {
    let mut out = String::new();
    for artifact in &plan.artifacts {
        match &artifact.kind {
            ArtifactKind::File { contents, mode } => {
                out.push_str(&format!(
                    "=== {} (file {:o})\n{}",
                    artifact.path, mode, contents
                ));
                if !contents.ends_with('\n') {
                    out.push_str("⏎ (no final newline)\n");
                }
            }
            ArtifactKind::Symlink { target } => {
                out.push_str(&format!("=== {} -> {}\n", artifact.path, target));
            }
            ArtifactKind::Directory { mode } => {
                out.push_str(&format!("=== {}/ (directory {:o})\n", artifact.path, mode));
            }
        }
    }
    out
}

fn compile_case(path: &std::path::Path) -> String {
    let io = common::testdata_io();
    let (virtual_path, name) = common::virtual_path(path);
    let text = std::fs::read_to_string(path).expect("case is readable");
    let input = text.clone();
    let (diagnostics, plan) = lib_nix::run_with_stack(move || {
        let compilation = compiler::compile(&name, &virtual_path, &text, &io);
        (
            common::render_all(&compilation.diagnostics, &compilation.sources),
            compilation.plan.as_ref().map(render_plan),
        )
    });
    format!(
        "--- input\n{input}\n--- diagnostics\n{}\n--- output\n{}",
        if diagnostics.is_empty() {
            "(none)"
        } else {
            &diagnostics
        },
        plan.unwrap_or_else(|| "(nothing: errors above)\n".to_owned())
    )
}

#[test]
fn examples_and_checks() {
    insta::glob!("../../testdata", "{examples,check}/*.nix", |path| {
        let snapshot = compile_case(path);
        insta::with_settings!({
            snapshot_path => "../../snapshots",
            prepend_module_to_snapshot => false,
            omit_expression => true,
        }, {
            insta::assert_snapshot!("pipeline", snapshot);
        });
    });
}

#[test]
fn examples_compile_cleanly() {
    let dir = common::testdata_dir().join("examples");
    let mut count = 0;
    for entry in std::fs::read_dir(dir).expect("examples exist").flatten() {
        let snapshot = compile_case(&entry.path());
        assert!(
            snapshot.contains("--- diagnostics\n(none)"),
            "{} has diagnostics:\n{snapshot}",
            entry.path().display()
        );
        count += 1;
    }
    assert!(count >= 3, "at least three shipped examples");
}
