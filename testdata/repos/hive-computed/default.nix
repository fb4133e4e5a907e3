let
  lib = (import <nixpkgs/lib>).extend (import ./lib);
  machines = builtins.attrNames (builtins.readDir ./machines);
in
{
  inherit lib;
  colmena = {
    meta = {
      nixpkgs = import <nixpkgs> { };
      specialArgs = { inherit lib; };
    };
  } // lib.genAttrs machines (name: import (./machines + "/${name}"));
}
