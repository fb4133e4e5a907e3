{ stdenv, fetchurl }:
stdenv.mkDerivation {
  pname = "tool";
  version = "1.0";
  src = fetchurl { url = "https://example.org/tool-1.0.tar.gz"; sha256 = "0000000000000000000000000000000000000000000000000000"; };
}
