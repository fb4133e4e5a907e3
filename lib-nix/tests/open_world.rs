//! The open world (DESIGN.md §8.2): options no module declares are merged as NixOS merges
//! data whose type it cannot see, readable by every module, and unknown where ncc cannot
//! know their value. Each case is a module evaluated with `eval_modules_open`; the
//! expression after it is read from the merged `config`.

use lib_nix::eval::{print, ErrorKind, Evaluator, MemoryIo, Thunk, Value};
use lib_nix::modules::{eval_modules_open, ModuleInput};

/// The value of `read` (an expression over `config`) after evaluating `module` in the
/// open world, printed as Nix prints it; `Err` with the message of an unknown or error.
fn read(module: &str, read: &str) -> Result<String, String> {
    let text = format!("{{ module = {module}; read = config: {read}; }}");
    lib_nix::run_with_stack(move || {
        let io = MemoryIo::new();
        let mut ev = Evaluator::new(&io);
        let (body, diagnostics) = ev.load_source("case.nix", "/case.nix", &text);
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        let span = ev.ir.span(body.root);
        let Value::Attrs(case) = ev.eval_body(body).expect("the case evaluates") else {
            panic!("a case is a set");
        };
        let field = |name: &str| case.get(name).expect("the case has it").value.clone();
        let modules = vec![ModuleInput {
            value: field("module"),
            file: "case.nix".into(),
        }];
        let outcome = eval_modules_open(&mut ev, modules, Vec::new(), Vec::new()).and_then(
            |(evaluated, _)| {
                let reader = ev.force(&field("read"), None)?;
                let value = ev.apply(reader, Thunk::ready(evaluated.config), span)?;
                ev.deep_force(&value, span)?;
                print::print_value(&mut ev, &value, span)
            },
        );
        outcome.map_err(|error| match error.kind {
            ErrorKind::Unknown(what) => format!("unknown: {what}"),
            _ => format!("error: {}", error.text()),
        })
    })
}

#[test]
fn undeclared_options_are_read_as_defined() {
    assert_eq!(
        read(
            "{ services.nginx.virtualHosts.a.root = \"/srv\"; networking.hostName = \"box\"; }",
            "[ config.networking.hostName config.services.nginx.virtualHosts.a.root ]"
        ),
        Ok("[ \"box\" \"/srv\" ]".to_owned())
    );
}

#[test]
fn sets_merge_per_attribute_with_properties_pushed_down() {
    let module = "{ lib, ... }: { imports = [ { services.x = { a = 1; b = lib.mkIf false 2; }; } { services.x = lib.mkForce { c = 3; }; } { services.x.c = 4; } ]; }";
    assert_eq!(
        read(module, "with config.services.x; [ a c ]"),
        Ok("[ 1 3 ]".to_owned())
    );
    // Only under `mkIf false`: as an option it would have its default, in an
    // `attrsOf` it would be left out; ncc cannot tell which.
    assert!(read(module, "config.services.x.b")
        .unwrap_err()
        .starts_with("unknown: the option `services.x.b'"));
}

#[test]
fn lists_concatenate_in_order_of_mk_order() {
    let module = "{ lib, ... }: { imports = [ { environment.paths = [ \"b\" ]; } { environment.paths = lib.mkBefore [ \"a\" ]; } { environment.paths = lib.mkAfter [ \"c\" ]; } ]; }";
    assert_eq!(
        read(module, "config.environment.paths"),
        Ok("[ \"a\" \"b\" \"c\" ]".to_owned())
    );
}

#[test]
fn a_list_holds_the_items_ncc_sees_and_maybe_more() {
    // NixOS's own modules add to such a list (`root=fstab` to `boot.kernelParams`): an
    // item found is there, one not found may still be, and so for `any` and `all`.
    let module = "{ boot.kernelParams = [ \"quiet\" ]; }";
    let found = "[ (builtins.elem \"quiet\" config.boot.kernelParams) (builtins.any (p: p == \"quiet\") config.boot.kernelParams) (builtins.all (p: p == \"loud\") config.boot.kernelParams) ]";
    assert_eq!(read(module, found), Ok("[ true true false ]".to_owned()));
    let rest = "unknown: what else the modules ncc does not evaluate (NixOS's own) add to the option `boot.kernelParams'";
    for missing in [
        "builtins.elem \"root=fstab\" config.boot.kernelParams",
        "builtins.any (p: p == \"root=fstab\") config.boot.kernelParams",
        "builtins.all (p: p == \"quiet\") config.boot.kernelParams",
    ] {
        assert_eq!(read(module, missing), Err(rest.to_owned()), "{missing}");
    }
    // A list the definition also uses elsewhere is that list, known whole.
    let shared = "let params = [ \"quiet\" ]; in { boot.kernelParams = params; services.x.hasSplash = builtins.elem \"splash\" params; }";
    assert_eq!(
        read(shared, "config.services.x.hasSplash"),
        Ok("false".to_owned())
    );
}

#[test]
fn equal_scalars_are_that_scalar_and_disagreeing_ones_unknown() {
    let same = "{ imports = [ { x.port = 80; } { x.port = 80; } ]; }";
    assert_eq!(read(same, "config.x.port"), Ok("80".to_owned()));
    let differ = "{ imports = [ { x.port = 80; } { x.port = 81; } ]; }";
    assert!(read(differ, "config.x.port")
        .unwrap_err()
        .starts_with("unknown: the option `x.port'"));
    let priority = "{ lib, ... }: { imports = [ { x.port = 80; } { x.port = lib.mkForce 81; } ]; }";
    assert_eq!(read(priority, "config.x.port"), Ok("81".to_owned()));
}

#[test]
fn a_default_that_loses_by_priority_is_never_forced() {
    // A template's default that fails, which the host overrides: NixOS merges the option by
    // priority and never forces the default, and neither does the open world.
    let overridden = r#"{ lib, ... }: { imports = [ { disk.main.device = lib.mkDefault (throw "set the device"); } { disk.main.device = "/dev/vda"; } ]; }"#;
    assert_eq!(
        read(overridden, "config.disk.main.device"),
        Ok("\"/dev/vda\"".to_owned())
    );
    // Left alone, the default is the value, and fails when read, as in NixOS.
    let alone = r#"{ lib, ... }: { disk.main.device = lib.mkDefault (throw "set the device"); }"#;
    let error = read(alone, "config.disk.main.device").unwrap_err();
    assert!(
        error.starts_with("error") && error.contains("set the device"),
        "{error}"
    );
}

#[test]
fn what_no_module_defines_is_unknown_not_missing() {
    assert_eq!(
        read("{ services.a.enable = true; }", "config.services.b.enable"),
        Err("unknown: the option `services.b.enable'".to_owned())
    );
    assert!(read("{ }", "config ? services")
        .unwrap_err()
        .starts_with("unknown"));
    // A plain `or` does not guess the default NixOS would give.
    assert!(read("{ }", "config.services.c.port or 80")
        .unwrap_err()
        .starts_with("unknown"));
}

#[test]
fn packages_are_opaque_decisions_on_them_unknown() {
    assert_eq!(
        read(
            "{ pkgs, ... }: { x.p = with pkgs; [ htop ]; }",
            "map (p: p.name) config.x.p"
        ),
        Ok("[ \"htop\" ]".to_owned())
    );
    assert!(read(
        "{ pkgs, ... }: { x.linux = pkgs.stdenv.isLinux; }",
        "if config.x.linux then 1 else 2"
    )
    .unwrap_err()
    .starts_with("unknown: `pkgs.stdenv.isLinux'"));
    assert_eq!(
        read("{ pkgs, ... }: { x.p = pkgs.hello; }", "config.x.p == null"),
        Ok("false".to_owned())
    );
}

#[test]
fn a_file_written_to_the_store_is_a_fake_store_path_not_an_error() {
    assert_eq!(
        read(
            "{ x.script = builtins.toFile \"motd\" \"hello\"; }",
            "config.x.script"
        ),
        Ok("\"/nix/store/00000000000000000000000000000000-ncc-source-motd\"".to_owned())
    );
    // Its contents are evaluated all the same.
    assert!(read(
        "{ x.script = builtins.toFile \"motd\" (throw \"bad\"); }",
        "config.x.script"
    )
    .unwrap_err()
    .contains("bad"));
}

#[test]
fn external_sources_import_as_opaque_modules_and_nixpkgs_as_pkgs() {
    assert_eq!(
        read(
            "{ modulesPath, ... }: { imports = [ (modulesPath + \"/installer/scan/not-detected.nix\") <home-manager/nixos> ]; x = (import <nixpkgs> { }).lib.optional true 1; }",
            "config.x"
        ),
        Ok("[ 1 ]".to_owned())
    );
}

#[test]
fn a_group_of_the_open_world_updated_with_known_attributes_is_still_open() {
    // `config.services // { ... }` may have any service some module ncc does not
    // evaluate defines: one neither side is known to have is unknown, not missing.
    let module = "{ services.a.enable = true; }";
    assert_eq!(
        read(module, "(config.services // { b = 1; }).b"),
        Ok("1".to_owned())
    );
    assert!(matches!(
        read(module, "(config.services // { b = 1; }).c.enable"),
        Err(message) if message.starts_with("unknown: ")
    ));
    assert!(matches!(
        read(module, "(builtins.mapAttrs (n: v: v) config.services).c.enable"),
        Err(message) if message.starts_with("unknown: ")
    ));
}

#[test]
fn a_group_read_by_its_own_definition_is_named_by_its_declarations() {
    // `my.system` is a tree of declared options; its definition asks whether the group
    // has `impermanence`, which the declarations answer (as in nixpkgs), not the
    // definitions, whose names would need the definition itself.
    let module = "{ lib, config, ... }: { options.my.system.impermanence.extraItems = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; }; config.my.system = lib.optionalAttrs (config.my.system ? impermanence) { impermanence.extraItems = [ \"/home/me\" ]; }; }";
    assert_eq!(
        read(module, "config.my.system.impermanence.extraItems"),
        Ok("[ \"/home/me\" ]".to_owned())
    );
}

#[test]
fn a_set_made_from_a_stand_in_s_entries_keeps_what_is_known() {
    // `mapAttrs'` over a set ncc stands in for (another host's `config.guests`, read
    // through a flake's outputs): its entries are unknown, not an error, and entries
    // written beside them stay readable.
    let module = "{ pkgs, lib, ... }: { x.made = lib.mapAttrs' (n: v: lib.nameValuePair \"g-${n}\" n) pkgs.guests; x.joined = builtins.listToAttrs ([ { name = \"known\"; value = 1; } ] ++ lib.mapAttrsToList lib.nameValuePair pkgs.guests); }";
    assert_eq!(read(module, "config.x.joined.known"), Ok("1".to_owned()));
    let made = read(module, "config.x.made.g-db.name").unwrap_or_else(|e| e);
    assert!(!made.starts_with("error"), "{made}");
    let joined = read(module, "builtins.isAttrs config.x.joined").unwrap_or_else(|e| e);
    assert_eq!(joined, "true");
}

#[test]
fn an_evaluation_importing_a_module_ncc_does_not_evaluate_is_open() {
    // `pkgs.someModule` may declare `a.b` and define `c`: neither is an error.
    let module = "{ pkgs, lib, ... }: { x.r = (lib.evalModules { modules = [ pkgs.someModule { a.b = 1; } ]; }).config; }";
    assert_eq!(read(module, "config.x.r.a.b"), Ok("1".to_owned()));
    assert!(read(module, "config.x.r.c")
        .unwrap_err()
        .starts_with("unknown"));
    // Without it, the same definition names an option that does not exist.
    let closed =
        "{ lib, ... }: { x.r = (lib.evalModules { modules = [ { a.b = 1; } ]; }).config; }";
    assert!(read(closed, "config.x.r.a.b")
        .unwrap_err()
        .contains("does not exist"));
}

#[test]
fn a_group_the_project_alone_declares_lacks_what_it_does_not_declare() {
    // Read with `or`, an option the project's group does not declare is the fallback,
    // as in NixOS; without, it is missing.
    let module = "{ lib, ... }: { options.lab.features.metrics.enable = lib.mkEnableOption \"metrics\"; config.lab.features.metrics.enable = true; }";
    assert_eq!(
        read(
            module,
            "[ (config.lab.features.metrics.openFirewall or false) (config.lab.features.metrics ? port) ]"
        ),
        Ok("[ false false ]".to_owned())
    );
    assert_eq!(
        read(module, "config.lab.features.metrics.openFirewall"),
        Err("error: attribute 'openFirewall' missing".to_owned())
    );
    // In an evaluation that imports a module ncc cannot know, which may declare more.
    let unknown_import = "{ lib, ... }: { imports = [ <private/modules/lab.nix> ]; options.lab.features.metrics.enable = lib.mkEnableOption \"metrics\"; }";
    assert!(read(
        unknown_import,
        "config.lab.features.metrics.openFirewall or false"
    )
    .is_err_and(|message| message.starts_with("unknown: ")),);
}
