# The host options the upstream NixOS containers module reads or sets, declared just
# far enough for it to evaluate on its own against nixpkgs lib; written for the .conf
# capture (scripts/capture-nixos-conf.sh). Types follow the NixOS declarations where a
# value could reach a container's .conf (`system.stateVersion`, `environment.etc`);
# everything else only has to accept what the module writes.
{ lib, config, ... }:
let
  inherit (lib) mkOption types;
  fakePkgs = import ./fake-pkgs.nix { inherit lib; };
  # Options the module only writes: any value, never inspected.
  sink = mkOption { type = types.raw; };
  listSink = mkOption {
    type = types.listOf types.raw;
    default = [ ];
  };
in
{
  options = {
    # nixos/modules/misc/version.nix: defaults to the release of the lib in use.
    system.stateVersion = mkOption {
      type = types.str;
      default = lib.trivial.release;
    };

    # nixos/modules/system/etc/etc.nix, reduced to `text` and `source`.
    environment.etc = mkOption {
      type = types.attrsOf (
        types.submodule (
          { name, config, ... }:
          {
            options = {
              text = mkOption {
                type = types.nullOr types.lines;
                default = null;
              };
              source = mkOption { type = types.str; };
            };
            config.source = lib.mkIf (config.text != null) (
              fakePkgs.writeText (baseNameOf name) config.text
            );
          }
        )
      );
      default = { };
    };
    environment.systemPackages = listSink;

    # nixos/modules/misc/assertions.nix
    assertions = mkOption {
      type = types.listOf types.unspecified;
      default = [ ];
    };
    warnings = mkOption {
      type = types.listOf types.str;
      default = [ ];
    };

    boot.kernelModules = listSink;
    boot.kernelPackages = mkOption {
      type = types.raw;
      default.kernel.version = "6.12.0";
    };

    systemd.package = mkOption {
      type = types.raw;
      default = fakePkgs.systemd;
    };
    systemd.services = mkOption {
      type = types.lazyAttrsOf types.raw;
      default = { };
    };
    systemd.targets = mkOption {
      type = types.lazyAttrsOf types.raw;
      default = { };
    };

    nix.package = mkOption {
      type = types.raw;
      default = fakePkgs.nix;
    };

    networking.extraHosts = mkOption {
      type = types.lines;
      default = "";
    };
    networking.dhcpcd.denyInterfaces = listSink;
    networking.networkmanager.enable = mkOption {
      type = types.bool;
      default = false;
    };

    services.udev.extraRules = mkOption {
      type = types.lines;
      default = "";
    };

    virtualisation.containers.enable = mkOption {
      type = types.bool;
      default = false;
    };

    meta = sink;
  };

  config._module.args = {
    pkgs = fakePkgs;
    # nixos/lib/utils.nix offers escapeSystemdPath; the module uses it only for the
    # device units of an autoStart container's interfaces, which never reach the .conf.
    utils.escapeSystemdPath = s: lib.replaceStrings [ "/" ] [ "-" ] (lib.removePrefix "/" s);
  };
}
