# A snowfall-lib flake whose library is made first (`mkLib`) and whose nixpkgs and
# snowfall-lib are another flake's (`follows = "base/..."`: flake.lock says what they
# are). The flake's `lib/network/default.nix` is `lib.internal` (no namespace is given),
# which the host's containers read with the `site` its `specialArgs` give; every host
# imports `systems.modules`, a list as older snowfall-lib took it. The second
# container is named after the host (`host`, the directory's name) with an underscore,
# which NixOS rejects.
{
  inputs = {
    base.url = "github:example/base-flake";
    nixpkgs.follows = "base/nixpkgs";
    snowfall-lib.follows = "base/snowfall-lib";
  };
  outputs = inputs:
    let
      lib = inputs.snowfall-lib.mkLib {
        inherit inputs;
        src = ./.;
      };
    in
    lib.mkFlake {
      systems.modules = [ ./site.nix ];
      systems.hosts.pi.specialArgs.site = "garden";
    };
}
