# A flake whose checks are NixOS tests run by nixpkgs' `runNixOSTest`: each test file is
# the module the test framework evaluates (`name`, `nodes`, `containers`, `testScript`),
# whose `containers.<name>` are the test's machines as systemd-nspawn containers, each a
# NixOS configuration, not NixOS's `containers` option. No host imports them: they are
# NixOS tests, only parsed, and the module a test gives a machine (`tests/client.nix`)
# is reached by no host either. The host itself is checked.
{
  inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-25.11";

  outputs =
    { nixpkgs, ... }:
    let
      pkgs = nixpkgs.legacyPackages.x86_64-linux;
    in
    {
      nixosConfigurations.gateway = nixpkgs.lib.nixosSystem {
        system = "x86_64-linux";
        modules = [ ./hosts/gateway.nix ];
      };
      checks.x86_64-linux = {
        resolver = pkgs.testers.runNixOSTest ./tests/resolver.nix;
        proxy = pkgs.testers.runNixOSTest (import ./tests/proxy.nix { inherit pkgs; });
      };
    };
}
