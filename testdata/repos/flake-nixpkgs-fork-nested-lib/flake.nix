# A flake following nixos-unstable that also takes the lib of a nixpkgs fork (a branch
# of a pull request adding `lib.network.ipv6.nextAddress` and friends) and computes its
# container's IPv6 addresses with it. lib 25.11's `lib.network.ipv6` has `fromString`
# alone; the fork's may have the rest, so those addresses are unknown (an N301 where
# they are checked), not "attribute 'nextAddress' missing".
{
  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    nixpkgs-network-lib.url = "github:example/nixpkgs/lib-network-ipv6-next-address";
  };
  outputs = inputs@{ nixpkgs, ... }: {
    nixosConfigurations.relay = nixpkgs.lib.nixosSystem {
      system = "x86_64-linux";
      specialArgs = { inherit inputs; };
      modules = [ ./hosts/relay.nix ];
    };
  };
}
