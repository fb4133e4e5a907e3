//! Realistic hosts (`testdata/hosts/<case>/configuration.nix`), written here in the
//! shapes real configurations take: generated hardware files, hundreds of options ncc
//! does not model, `with pkgs;`, third-party modules, hosts and containers reading each
//! other. The snapshot shows the entry file, the diagnostics, what ncc accepted without
//! checking, and the container files it would write.

mod common;

use compiler::plan::ArtifactKind;

fn compile_host(path: &std::path::Path) -> String {
    let io = common::testdata_io();
    let (virtual_path, name) = common::virtual_path(path);
    let text = std::fs::read_to_string(path).expect("case is readable");
    let input = text.clone();
    let (diagnostics, unchecked, files) = lib_nix::run_with_stack(move || {
        let compilation = compiler::compile(&name, &virtual_path, &text, &io);
        let files: Vec<String> = compilation
            .plan
            .iter()
            .flat_map(|plan| plan.artifacts.iter())
            .filter(|artifact| {
                artifact.path.ends_with(".conf") && artifact.path.contains("container")
            })
            .filter_map(|artifact| match &artifact.kind {
                ArtifactKind::File { contents, .. } => {
                    Some(format!("=== {}\n{contents}", artifact.path))
                }
                _ => None,
            })
            .collect();
        (
            common::render_all(&compilation.diagnostics, &compilation.sources),
            compilation.unchecked.join("\n"),
            files,
        )
    });
    format!(
        "--- input\n{input}\n--- diagnostics\n{}\n--- accepted without checking\n{}\n--- container files\n{}",
        if diagnostics.is_empty() { "(none)" } else { &diagnostics },
        if unchecked.is_empty() { "(none)" } else { &unchecked },
        if files.is_empty() && diagnostics.is_empty() {
            "(none)\n".to_owned()
        } else if files.is_empty() {
            "(nothing: errors above)\n".to_owned()
        } else {
            files.join("")
        }
    )
}

#[test]
fn realistic_hosts() {
    insta::glob!("../../testdata", "hosts/*/configuration.nix", |path| {
        let snapshot = compile_host(path);
        insta::with_settings!({
            snapshot_path => "../../snapshots",
            prepend_module_to_snapshot => false,
            omit_expression => true,
        }, {
            insta::assert_snapshot!("hosts", snapshot);
        });
    });
}
