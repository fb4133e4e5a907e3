# A colmena hive that pins nixpkgs and home-manager as git submodules (.gitmodules). A
# clone made without --recurse-submodules, as CI and pre-commit often make it, has
# empty directories there: what a machine imports from a submodule is an external
# source ncc does not evaluate, as a flake input is, and the rest is checked.
{
  meta.nixpkgs = import ./vendor/nixpkgs { system = "x86_64-linux"; };

  lantern = { name, ... }: {
    deployment.targetHost = "lantern.lan";
    imports = [ ./machines/lantern.nix ];
  };
}
