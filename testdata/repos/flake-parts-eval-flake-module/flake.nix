{
  # The lab's own nixpkgs branch, fetched with git.
  inputs.nixpkgs.url = "git+https://git.example.org/lab/nixpkgs.git?ref=nixos-25.11-lab&shallow=1";
  inputs.flake-parts.url = "github:hercules-ci/flake-parts";
  inputs.flake-parts.inputs.nixpkgs-lib.follows = "nixpkgs";

  outputs = { flake-parts, ... }@inputs:
    (flake-parts.lib.evalFlakeModule { inherit inputs; } {
      systems = [ "x86_64-linux" ];
      imports = [ ./machines.nix ];
    }).config.flake;
}
