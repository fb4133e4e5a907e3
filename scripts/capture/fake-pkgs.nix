# A stand-in for `pkgs`, written for the .conf capture (scripts/capture-nixos-conf.sh).
# The upstream containers module names a handful of packages and builders; none of them
# reaches a container's .conf, so each is a placeholder with a recognisable fake store
# path. Nothing here builds or fetches anything.
{ lib }:
let
  fakeHash = "00000000000000000000000000000000";
  storePath = name: "/nix/store/${fakeHash}-${name}";

  # A derivation-shaped placeholder: interpolates to a fake store path, answers
  # `override` with another placeholder, and names its main program for `lib.getExe`.
  package =
    name:
    {
      type = "derivation";
      inherit name;
      pname = name;
      version = "0";
      outPath = storePath name;
      outputs = [ "out" ];
      outputName = "out";
      meta.mainProgram = name;
      override = _: package name;
      overrideAttrs = _: package name;
    };

  self = {
    # The module evaluates a container's `config` with
    # "${toString config.nixpkgs}/nixos/lib/eval-config.nix"; `nixpkgs` defaults to
    # `pkgs.path`, so that is where the stub evaluator lives.
    path = ./fake-nixpkgs;

    stdenv = {
      hostPlatform = {
        system = "x86_64-linux";
        isLinux = true;
      };
      buildPlatform = self.stdenv.hostPlatform;
    };

    runtimeShell = "${storePath "bash"}/bin/bash";

    writeScript = name: _text: storePath name;
    writeShellScript = name: _text: storePath name;
    writeText = name: _text: storePath name;

    bash = package "bash";
    iproute2 = package "iproute2";
    nix = package "nix";
    nixos-container = package "nixos-container";
    systemd = package "systemd";
  };
in
self
