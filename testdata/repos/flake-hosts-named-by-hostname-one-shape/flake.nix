# A flake whose hosts are one function called with other arguments, each named by the
# host name it sets (`"${site}-gw"`): the hosts differ only in a special argument, so
# which one is which is known only by evaluating each. ncc finds each host's name once,
# when listing the flake, and each host is checked as the one it is named by: only
# `nixosConfigurations.south-gw` forwards a port from a container without privateNetwork.
{
  inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-25.11";

  outputs = { self, nixpkgs }:
    let
      inherit (nixpkgs) lib;
      mkGateway = site: lib.nixosSystem {
        system = "x86_64-linux";
        specialArgs = { inherit site; };
        modules = [
          ./gateway.nix
          ({ site, ... }: { networking.hostName = "${site}-gw"; })
        ];
      };
    in {
      nixosConfigurations = lib.listToAttrs (map
        (system: lib.nameValuePair system.config.networking.hostName system)
        (map mkGateway [ "north" "south" "east" ]));
    };
}
