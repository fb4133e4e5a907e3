{ pkgs ? import ./nix { } }:
pkgs.mkShell { packages = [ pkgs.pinned.tool ]; }
