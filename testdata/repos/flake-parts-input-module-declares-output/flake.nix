{
  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    toolbox.url = "github:example/toolbox";
  };

  # Two parts define `flake.lib`: one its helpers, the other its constants. flake-parts
  # alone would say the output is defined twice, but the input's flake module, which ncc
  # does not evaluate, declares `flake.lib` as a submodule (with `constants` in it), so
  # the two merge. What that module declares is unknown to ncc: the output is the open
  # world's, merged as such, never "defined multiple times".
  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      systems = [ "x86_64-linux" ];
      imports = [
        inputs.toolbox.flakeModules.lib
        ./parts/lib.nix
        ./parts/constants.nix
        ./parts/host.nix
      ];
    };
}
