# A host whose build container has accounts of its own. NixOS asserts that each user
# is exactly one of a normal and a system user (a `uid` below 1000 makes it a system
# one): `deploy`, given only groups and keys, and `runner`, given both, stop the build
# with "Exactly one of users.users.<name>.isSystemUser and users.users.<name>.isNormalUser
# must be set." `ci` (a system uid), `root` (NixOS's own) and `builder` pass. In `web`,
# `nginx` is given a group only: NixOS's nginx module, which ncc does not evaluate,
# defines that user, so ncc says nothing there.
{ config, lib, pkgs, ... }:

let
  keys = [ "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFt6bXbp0m5rUuJcV0uQ0mY1v4WcJt0dI2tW8l7q1x9c deploy@laptop" ];
in
{
  boot.isContainer = false;
  networking.hostName = "forge";

  containers.build = {
    autoStart = true;
    config = {
      nixpkgs.pkgs = pkgs;
      users.users.deploy = {
        extraGroups = [ "wheel" ];
        openssh.authorizedKeys.keys = keys;
      };
      users.users.runner = {
        isNormalUser = true;
        isSystemUser = true;
        group = "runner";
      };
      users.users.ci = {
        uid = 950;
        group = "ci";
      };
      users.users.builder = {
        isNormalUser = true;
        home = "/srv/builder";
      };
      users.users.root.openssh.authorizedKeys.keys = keys;
      users.groups.runner = { };
      users.groups.ci = { };
      services.openssh.enable = true;
      system.stateVersion = "25.05";
    };
  };

  containers.web = {
    autoStart = true;
    config = {
      services.nginx.enable = true;
      users.users.nginx.extraGroups = [ "acme" ];
      system.stateVersion = "25.05";
    };
  };

  system.stateVersion = "25.05";
}
