# microvm.nix's host module declares `microvm.vms.<name>.config` as a NixOS
# configuration made of the module given, here the file of one (a directory's
# default.nix): the host reads that configuration back, which ncc, not evaluating
# microvm.nix, does not know. A path that is no module's (a directory of files, a
# template a module copies as text, which Nix never parses: `%HOST%` is no Nix) is a
# value of its own, read as it is.
{ config, lib, ... }:
let
  microvmSrc = builtins.fetchTarball "https://github.com/astro/microvm.nix/archive/main.tar.gz";
in
{
  imports = [ "${microvmSrc}/nixos-modules/host" ];
  system.stateVersion = "25.11";

  microvm.vms.web.config = ./vms/web;
  networking.bridges.br0.interfaces = lib.mapAttrsToList
    (name: vm: (lib.head vm.config.config.microvm.interfaces).id) config.microvm.vms;

  services.static-site.root = ./www;
  assertions = [
    { assertion = lib.hasSuffix "/www" (toString config.services.static-site.root); message = "a directory is a value"; }
  ];

  services.motd.template = ./motd.nix;

  containers.proxy = {
    autoStart = true;
    bindMounts."/etc/motd.nix".hostPath = "${config.services.motd.template}";
    config.system.stateVersion = "25.11";
  };
}
