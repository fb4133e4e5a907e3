# A host and its container that call the repository's own library and packages as
# nixpkgs calls them: `pkgs.callPackage ./lib.nix { }` gives the library `pkgs` itself
# (nixpkgs' `pkgs.pkgs`), whose `lib.mkMerge` builds the container's users, and
# `lib.callPackageWith pkgs` finds `fetchurl` in the package set, as in nixpkgs.
{ config, lib, pkgs, ... }:
let
  callPackage = lib.callPackageWith pkgs;
  tool = callPackage ./tool.nix { };
in
{
  environment.systemPackages = [ tool ];

  containers.desk = {
    autoStart = true;
    bindMounts."/opt/tool" = { hostPath = "${tool}"; };
    config = { pkgs, ... }:
      let
        site = pkgs.callPackage ./lib.nix { };
      in
      {
        users.users = site.mkUsers [ "alice" "bob" ] // {
          root.openssh.authorizedKeys.keys = [ ];
        };
        system.stateVersion = "24.05";
      };
  };

  system.stateVersion = "24.05";
}
