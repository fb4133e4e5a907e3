//! Stand-ins for part of the NixOS modules of the secret managers hosts import, which
//! ncc does not evaluate: sops-nix and agenix (with ragenix, its rewrite); and for the
//! module extra-container evaluates its configurations with (see the end). A host reads
//! back where a secret is decrypted to (`hostPath = config.sops.secrets."app/env".path`
//! in a container's bind mount); with the module not evaluated that path was unknown, a
//! warning (N301) on every such mount and no files written by `ncc build` (N302). Each
//! stand-in declares the secret's `name` and `path` as the module declares them, loaded
//! beside the module, which stays one ncc does not evaluate: its other options, and the
//! other sub-options of a secret, stay the open world's (lib-nix's `Hooks::stand_in_module`).

use std::rc::Rc;

use lib_nix::eval::{EvalResult, Evaluator, Thunk, Value};
use lib_nix::modules::ModuleInput;
use lib_nix::syntax::EmbeddedSource;

const SOPS_NIX_SOURCE: EmbeddedSource = lib_nix::embedded_nix!("stand-ins/sops-nix.nix");
const AGENIX_SOURCE: EmbeddedSource = lib_nix::embedded_nix!("stand-ins/agenix.nix");
const EXTRA_CONTAINER_SOURCE: EmbeddedSource =
    lib_nix::embedded_nix!("stand-ins/extra-container.nix");

/// The module ncc knows a stand-in for, by how a host imports it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Known {
    SopsNix,
    Agenix,
}

/// What a module ncc does not evaluate is, as the module shows (see
/// [`lib_nix::eval::hooks::Hooks::stand_in_module`]): a flake input's NixOS module
/// (`inputs.sops-nix.nixosModules.sops`, `inputs.agenix.nixosModules.default`; a `default`
/// module by the names flakes give these inputs) or a file of a source (`<sops-nix/modules/sops>`, a
/// `fetchTarball` or niv source's `<source/modules/age.nix>`).
fn known(module: &str) -> Option<Known> {
    if let Some(rest) = module.strip_prefix("inputs.") {
        let (input, module) = rest.split_once(".nixosModules.")?;
        return match module {
            "sops" => Some(Known::SopsNix),
            "age" => Some(Known::Agenix),
            // Another input's default module is its own (agenix-rekey's is no agenix).
            "default" if matches!(input, "sops-nix" | "sops" | "sopsnix") => Some(Known::SopsNix),
            "default" if matches!(input, "agenix" | "ragenix") => Some(Known::Agenix),
            _ => None,
        };
    }
    let path = module.strip_prefix('<')?.strip_suffix('>')?;
    let path = path.strip_suffix('/').unwrap_or(path);
    let path = path.strip_suffix("/default.nix").unwrap_or(path);
    if path.ends_with("/modules/sops") {
        Some(Known::SopsNix)
    } else if path.ends_with("/modules/age.nix") || path.ends_with("/modules/age") {
        Some(Known::Agenix)
    } else {
        None
    }
}

/// The stand-in module for `module`, if ncc has one (install as
/// `ev.hooks.stand_in_module`).
pub fn stand_in_module(ev: &mut Evaluator, module: &str) -> Option<EvalResult<Value>> {
    let (name, source) = match known(module)? {
        Known::SopsNix => ("<ncc stand-in for sops-nix>", &SOPS_NIX_SOURCE),
        Known::Agenix => ("<ncc stand-in for agenix>", &AGENIX_SOURCE),
    };
    // The module is the same function for every evaluation that imports it.
    Some(ev.embedded_value(name, &format!("/<ncc>/{name}"), source))
}

/// Whether a module ncc does not evaluate, named as a host imports it, may define options
/// the project declares itself (`my.services.vpn.gateway`, set by the module of the
/// author's private input): not one of a project published for everyone, which cannot
/// know the options of a repository that imports it. Such a module's input is known by
/// name, as flakes name it (`inputs.sops-nix.nixosModules.sops`); a read of a project's
/// option that nothing defines is then NixOS's M004 all the same, as in a host whose
/// only unread modules are these (rafaelcga/nixos-config's copy of a NixOS module, read
/// with none of its values set).
pub fn may_define_project_options(module: &str) -> bool {
    // The inputs, as flakes commonly name them, of module collections published for
    // everyone that the repositories ncc was tried on import (nixpkgs' own among them).
    const PUBLISHED: &[&str] = &[
        "agenix",
        "agenix-rekey",
        "arion",
        "authentik-nix",
        "catppuccin",
        "chaotic",
        "copyparty",
        "determinate",
        "disko",
        "hardware",
        "home-manager",
        "hyprland",
        "impermanence",
        "jovian",
        "lanzaboote",
        "lix-module",
        "microvm",
        "musnix",
        "nh",
        "niri",
        "nix-flatpak",
        "nix-gaming",
        "nix-index-database",
        "nix-minecraft",
        "nixarr",
        "nixos-apple-silicon",
        "nixos-facter-modules",
        "nixos-hardware",
        "nixos-raspberrypi",
        "nixos-unstable",
        "nixos-wsl",
        "nixpkgs",
        "nixpkgs-stable",
        "nixpkgs-unstable",
        "nixvim",
        "nur",
        "preservation",
        "proxmox-nixos",
        "quadlet-nix",
        "ragenix",
        "sops-nix",
        "srvos",
        "stylix",
        "vpn-confinement",
        "vscode-server",
    ];
    let input = module
        .strip_prefix("inputs.")
        .and_then(|rest| rest.split('.').next());
    !input.is_some_and(|input| PUBLISHED.contains(&input))
}

/// How the stand-in for extra-container's module is named (as the flake wiring's
/// module of the state version names itself).
const EXTRA_CONTAINER_FILE: &str = "<ncc stand-in for extra-container>";

/// The module extra-container evaluates a `buildContainers` configuration with, which
/// adds `containers.<name>.extra` (the flake wiring's `extraContainerModule`).
pub fn extra_container_module(ev: &mut Evaluator) -> EvalResult<Value> {
    let name = EXTRA_CONTAINER_FILE;
    ev.embedded_value(name, &format!("/<ncc>/{name}"), &EXTRA_CONTAINER_SOURCE)
}

/// [`extra_container_module`] as a module of a host's: what extra-container's CLI
/// evaluates a file of containers with (`extra-container create containers.nix`).
pub fn extra_container_input() -> ModuleInput {
    ModuleInput {
        value: Thunk::native(extra_container_module),
        file: Rc::from(EXTRA_CONTAINER_FILE),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_modules_not_published_for_everyone_may_set_a_project_s_options() {
        for module in [
            "inputs.private.nixosModules.default",
            "inputs.self.nixosModules.tunnel",
            "<source/modules/tunnel.nix>",
            "pkgs.tunnel-module",
        ] {
            assert!(may_define_project_options(module), "{module}");
        }
        for module in [
            "inputs.sops-nix.nixosModules.sops",
            "inputs.home-manager.nixosModules.home-manager",
            "inputs.disko.nixosModules.disko",
        ] {
            assert!(!may_define_project_options(module), "{module}");
        }
    }

    #[test]
    fn knows_the_modules_by_how_hosts_import_them() {
        let cases = [
            ("inputs.sops-nix.nixosModules.sops", Some(Known::SopsNix)),
            ("inputs.sops-nix.nixosModules.default", Some(Known::SopsNix)),
            ("inputs.sops.nixosModules.default", Some(Known::SopsNix)),
            ("inputs.agenix.nixosModules.age", Some(Known::Agenix)),
            ("inputs.agenix.nixosModules.default", Some(Known::Agenix)),
            ("inputs.ragenix.nixosModules.default", Some(Known::Agenix)),
            ("<sops-nix/modules/sops>", Some(Known::SopsNix)),
            ("<source/modules/sops/default.nix>", Some(Known::SopsNix)),
            ("<agenix/modules/age.nix>", Some(Known::Agenix)),
            ("<source/modules/age.nix>", Some(Known::Agenix)),
            // Another input's default module, home-manager's sops module, NixOS's own.
            ("inputs.home-manager.nixosModules.default", None),
            ("inputs.agenix-rekey.nixosModules.default", None),
            ("inputs.sops-extras.nixosModules.default", None),
            ("inputs.sops-nix.homeManagerModules.sops", None),
            ("<nixpkgs/nixos/modules/virtualisation/docker.nix>", None),
            ("<source/modules/sops-extra.nix>", None),
        ];
        for (module, expected) in cases {
            assert_eq!(known(module), expected, "{module}");
        }
    }
}
