{ inputs, lib, ... }:
{
  flake =
    { config, ... }:
    let
      pkgs = config.pkgs.x86_64-linux;
    in
    {
      nixosConfigurations.relay = inputs.nixpkgs.lib.nixosSystem {
        specialArgs = { inherit (pkgs) lib; };
        modules = [ ../hosts/relay.nix ];
      };
      nixosConfigurations.vault = inputs.nixpkgs.lib.nixosSystem {
        specialArgs = { inherit (config.pkgsEdge.x86_64-linux) lib; };
        modules = [ ../hosts/relay.nix { networking.hostName = lib.mkForce "vault"; } ];
      };
    };
}
