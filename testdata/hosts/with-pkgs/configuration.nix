# Package lists written `with pkgs;`, a package of the project's own built with
# `callPackage`, an overlay, and `with lib;` above it all.
{ config, lib, pkgs, ... }:
with lib;
let
  unstable = import (fetchTarball "https://github.com/NixOS/nixpkgs/archive/nixos-unstable.tar.gz") {
    config.allowUnfree = true;
  };
  tool = pkgs.callPackage ./pkgs/tool.nix { greeting = "hello from the host"; };
in
{
  nixpkgs.overlays = [
    (final: prev: {
      htop = prev.htop.overrideAttrs (old: { patches = (old.patches or [ ]) ++ [ ]; });
    })
  ];

  environment.systemPackages = with pkgs; [
    htop
    git
    tool
    unstable.helix
    (writeShellScriptBin "hello" "echo ${tool.greeting}")
  ] ++ optionals (pkgs.stdenv.hostPlatform.isx86_64) [ pkgs.intel-gpu-tools ];

  containers.builder = {
    autoStart = mkDefault true;
    extraFlags = [ "--setenv=TOOL=${tool}" ];
    config = { pkgs, ... }: {
      environment.systemPackages = with pkgs; [ gcc gnumake tool ];
      nix.settings.sandbox = false;
      system.stateVersion = "25.05";
    };
  };

  system.stateVersion = "25.05";
}
