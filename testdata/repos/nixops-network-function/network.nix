# A NixOps network written as a function of deployment arguments, each with a default
# (`nixops set-args --arg stage '"staging"'` may change them), its machines built in a
# `let`. NixOps calls the network with the arguments set, none by default, so its
# machines are those of `{ }`. Before, ncc took the file for a module no host imports
# and checked nothing. The application container forwards a port without a private
# network, which NixOS ignores.
{ stage ? "production", domain ? "shop.example", ... }:
let
  site = { config, ... }: {
    system.stateVersion = "25.05";
    networking.domain = "${stage}.${domain}";
    services.openssh.enable = true;
  };
in
{
  network.description = "shop (${stage})";
  network.enableRollback = true;

  defaults = site;

  front = import ./machines/front.nix;

  store = { pkgs, ... }: {
    deployment.targetHost = "store.${stage}.${domain}";
    boot.loader.grub.device = "/dev/vda";
    fileSystems."/".device = "/dev/vda1";
    services.postgresql.enable = true;
  };
}
