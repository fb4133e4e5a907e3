# A module pins the cluster it joins to the versions its packages may have: an
# option made by `lib.mkPackageOption` whose version is checked with `lib.hasPrefix`,
# and a package's version sliced and measured. In nixpkgs `pkgs.k3s.version` is a
# version string ("1.33.4"), not the fake store path ncc's stand-in coerces to, so
# what these read of its text is unknown, never a failed assertion. A slice of no
# characters (lib's `addContextFrom`) reads none of it.
{ config, lib, pkgs, ... }:
let
  cfg = config.lab.cluster;
  allowed = [ "1.32" "1.33" ];
in
{
  options.lab.cluster = {
    enable = lib.mkEnableOption "the cluster";
    package = lib.mkPackageOption pkgs "k3s" { };
  };

  config = {
    system.stateVersion = "25.11";
    lab.cluster.enable = true;

    assertions = lib.mkIf cfg.enable [
      {
        assertion = builtins.any (prefix: lib.hasPrefix prefix cfg.package.version) allowed;
        message = "the cluster's package is pinned to an unsupported version";
      }
      {
        assertion = builtins.stringLength pkgs.etcd.version > 0;
        message = "etcd has no version";
      }
      {
        assertion = builtins.substring 0 2 pkgs.containerd.version != "0.";
        message = "containerd is too old";
      }
      {
        assertion = builtins.match "[0-9.]+" pkgs.cni-plugins.version != null;
        message = "cni-plugins has no release version";
      }
      {
        assertion = lib.addContextFrom pkgs.k3s "x" == "x";
        message = "never shown";
      }
    ];

    containers.agent = {
      autoStart = true;
      config = { ... }: {
        system.stateVersion = "25.11";
        environment.systemPackages = [ cfg.package ];
      };
    };
  };
}
