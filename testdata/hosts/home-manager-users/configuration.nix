# home-manager's NixOS module gives each user a submodule; users here are defined as modules
# (functions of { pkgs, ... }) and as plain sets, and the host reads their configurations
# back. ncc does not evaluate home-manager: what those configurations hold is unknown to it.
{ config, lib, pkgs, ... }:
let
  hmSrc = builtins.fetchTarball "https://github.com/nix-community/home-manager/archive/release-25.11.tar.gz";
in
{
  imports = [ "${hmSrc}/nixos" ];
  system.stateVersion = "25.11";

  users.users.alice.isNormalUser = true;
  users.users.bob.isNormalUser = true;
  home-manager.users.alice = { pkgs, ... }: {
    home.stateVersion = "25.11";
    home.packages = [ pkgs.htop ];
  };
  home-manager.users.bob = {
    home.stateVersion = "25.11";
  };

  assertions = lib.mapAttrsToList (name: user: {
    assertion = user.home.stateVersion == config.system.stateVersion;
    message = "home-manager user ${name} is on another release";
  }) config.home-manager.users;

  containers.mail = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.231.50.1";
    localAddress = "10.231.50.2";
    config = { };
  };
}
