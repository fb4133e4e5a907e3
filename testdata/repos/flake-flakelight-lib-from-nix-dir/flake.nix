# A flakelight flake whose `nixDir` is the flake's own directory, as a flake of 2025 keeps
# it: `lib.nix` there is the flake's `lib` (flakelight loads every one of its options from
# `nixDir` since 2024-01-15), called with flakelight's module arguments, and `nixos.nix`
# (the alias of `nixosConfigurations`) makes the hosts with a helper of that library, read
# as `config.lib`. ncc read `nixDir` for the options that make hosts alone, so the flake's
# `lib` was empty and the helper "missing" (N201), and no host was checked.
{
  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-25.11";
    flakelight.url = "github:nix-community/flakelight";
    flakelight.inputs.nixpkgs.follows = "nixpkgs";
  };

  outputs = { flakelight, ... }@inputs:
    flakelight.lib.mkFlake ./. {
      inherit inputs;
      nixDir = ./.;
      systems = [ "x86_64-linux" ];
    };
}
