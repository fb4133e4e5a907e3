# A module asks with `builtins.hasAttr` (here `lib.hasAttr` under `with lib;`) whether the
# host mounts a root file system, which a partitioning module of a flake input defines
# (`disko.nixosModules.default`, not evaluated): NixOS finds `fileSystems."/"` there and
# the assertion holds. ncc cannot see that module, so the answer is unknown, as for
# `config.fileSystems ? "/"`: a warning, never a failed assertion. `hasAttr` on a set ncc
# knows whole, and on `pkgs`, answers as Nix does.
{ config, lib, pkgs, ... }:
with lib;
let
  ports = { http = 80; };
in
{
  imports = [
    (builtins.fetchTarball "https://example.org/disko.tar.gz" + "/module.nix")
    ./persistence.nix
  ];
  system.stateVersion = "24.11";
  networking.hostName = "archive";

  containers.archive = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.60.0.1";
    localAddress = "10.60.0.2";
    bindMounts."/persistent" = { hostPath = "/persistent/archive"; isReadOnly = false; };
    config = {
      networking.firewall.allowedTCPPorts =
        optional (hasAttr "http" ports) ports.http
        ++ optional (hasAttr "https" ports) 443;
      environment.systemPackages = optional (hasAttr "rsync" pkgs) pkgs.rsync;
    };
  };
}
