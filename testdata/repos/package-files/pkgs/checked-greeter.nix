# A package and its tests: the file gives the tested one, a name its `let` binds.
{ pkgs }:
let
  untested = pkgs.callPackage ./greeter { };
  tested = pkgs.callPackage ./greeter/tests.nix { greeter = untested; };
in
tested
