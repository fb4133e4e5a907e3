# Every directory of ./hosts is a host: its default.nix, the flake's modules, and the
# domain as a module argument.
{ self, ... }:
let
  inherit (self) lib;
in
{
  fromDirectory = inputs: dir:
    lib.mapAttrs (name: _: lib.nixosSystem {
      system = "x86_64-linux";
      modules = [ (dir + "/${name}") ] ++ lib.attrValues self.nixosModules;
      specialArgs = inputs // { inherit (self) domain; };
    }) (lib.filterAttrs (_: kind: kind == "directory") (builtins.readDir dir));
}
