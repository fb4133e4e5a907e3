{ pkgs }:
with pkgs // pkgs.xorg; [
  zlib
  openssl
  libX11
]
