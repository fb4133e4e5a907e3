//! Module-system errors as users see them: every `testdata/modules/fail-*.nix` (whose
//! statement `lib-nix/tests/modules.rs` proves equal to nixpkgs lib's) rendered with the
//! spans of the definitions involved, one snapshot per case.

mod common;

use lib_nix::eval::{Evaluator, Thunk, Value};
use lib_nix::modules::{eval_modules, ModuleInput};
use lib_nix::name::Name;

fn render_case(path: &std::path::Path) -> String {
    let io = common::testdata_io();
    let (virtual_path, _) = common::virtual_path(path);
    lib_nix::run_with_stack(move || {
        let mut ev = Evaluator::new(&io);
        let module = ModuleInput {
            value: Thunk::ready(Value::Path(virtual_path.as_str().into())),
            file: virtual_path.as_str().into(),
        };
        let args = vec![(
            Name::new("specialValue"),
            Thunk::ready(Value::string("from specialArgs")),
        )];
        let result = eval_modules(&mut ev, vec![module], args, Vec::new()).and_then(|evaluated| {
            let config = evaluated.config.clone();
            ev.deep_force(&config, lib_nix::Span::new(lib_nix::FileId::new(0), 0, 0))
        });
        let mut diagnostics = std::mem::take(&mut ev.diagnostics);
        if let Err(error) = result {
            let fallback = lib_nix::Span::new(lib_nix::FileId::new(0), 0, 0);
            diagnostics.extend(error.to_diagnostic(fallback));
        }
        diagnostics.truncate(1);
        common::render_all(&diagnostics, &ev.sources)
    })
}

#[test]
fn module_errors_show_every_definition() {
    insta::glob!("../../testdata", "modules/fail-*.nix", |path| {
        let input = std::fs::read_to_string(path).unwrap_or_default();
        let nixpkgs = std::fs::read_to_string(path.with_extension("err")).unwrap_or_default();
        let rendered = render_case(path);
        assert!(!rendered.is_empty(), "{} must fail", path.display());
        let snapshot = format!(
            "--- input\n{input}\n--- nixpkgs lib 25.11 says\n{}\n--- ncc says\n{rendered}\n",
            nixpkgs.trim_end()
        );
        insta::with_settings!({
            snapshot_path => "../../snapshots",
            prepend_module_to_snapshot => false,
            omit_expression => true,
        }, {
            insta::assert_snapshot!("modules", snapshot);
        });
    });
}
