# A flake that names each host by the host's own `networking.hostName`, which it reads
# from the system `lib.nixosSystem` makes of every file in `hosts/`
# (`nameValuePair system.config.networking.hostName system`), as Nix evaluates it: the
# hosts are `nixosConfigurations.gateway` (hosts/first.nix) and `.archive`, each
# checked, and the container that forwards a port without privateNetwork is found.
{
  inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-25.11";

  outputs = { self, nixpkgs }:
    let
      inherit (nixpkgs) lib;
      makeSystem = file: lib.makeOverridable self.inputs.nixpkgs.lib.nixosSystem {
        specialArgs = { inherit self; };
        modules = [ (./hosts + "/${file}") ];
      };
    in {
      nixosConfigurations = lib.mapAttrs'
        (file: _:
          let system = makeSystem file;
          in lib.nameValuePair system.config.networking.hostName system)
        (lib.filterAttrs (file: kind: kind == "regular" && lib.hasSuffix ".nix" file)
          (builtins.readDir ./hosts));
    };
}
