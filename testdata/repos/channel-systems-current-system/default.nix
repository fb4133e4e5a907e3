# A channel-era table of systems, built with `nix-build -A builder` on the machine that
# deploys them: nixpkgs' eval-config.nix and nixos/default.nix given no `system` take
# `builtins.currentSystem`, the default of each host's `nixpkgs.system`.
{
  builder = import <nixpkgs/nixos/lib/eval-config.nix> {
    modules = [ ./hosts/builder.nix ./hosts/common.nix ];
  };
  mirror = (import <nixpkgs/nixos> {
    configuration = { imports = [ ./hosts/mirror.nix ./hosts/common.nix ]; };
  }).system;
}
