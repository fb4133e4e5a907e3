{ stdenv }:
stdenv.mkDerivation { pname = "tool"; version = "0.1"; src = ./.; }
