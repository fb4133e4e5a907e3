# A package with a missing comma in its arguments: Nix cannot even parse it.
{ stdenv lib }:
stdenv.mkDerivation { pname = "report"; version = "1"; src = ./.; }
