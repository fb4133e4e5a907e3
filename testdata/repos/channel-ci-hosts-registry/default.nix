# The machines, as the deploy script builds them (`nix-build -A gateway`).
{
  gateway = import <nixpkgs/nixos> { configuration = ./machines/gateway.nix; };
}
