# A flake built on flake-parts whose modules (./parts) call `lib.nixosSystem`: flake-parts
# hands its modules the lib of its nixpkgs-lib input, which follows nixpkgs here, so it
# has nixosSystem. `flake.domain` is an output flake-parts does not declare: a value of
# its own, defined once.
{
  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts = {
      url = "github:hercules-ci/flake-parts";
      inputs.nixpkgs-lib.follows = "nixpkgs";
    };
  };

  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; specialArgs.site = "example.org"; } {
      imports = [ ./parts ];
      systems = [ "x86_64-linux" ];
    };
}
