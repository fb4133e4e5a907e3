{ stdenv, lib }:
stdenv.mkDerivation {
  pname = "motd";
  version = "1.0";
  src = ./.;
  installPhase = ''
    mkdir -p $out/share
    echo "welcome" > $out/share/motd
  '';
  meta.license = lib.licenses.mit;
}
