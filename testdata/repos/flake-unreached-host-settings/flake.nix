# A flake whose one host sets up its NAT and bridge in its own modules; a container
# module beside it, left out of the host's modules for now, turns NAT on and names a
# bridge without the settings the host would give it. Checked on its own, what it lacks
# of the host (NAT's interfaces, the bridge) is no finding: only a note.
{
  inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-25.11";

  outputs = { nixpkgs, ... }: {
    nixosConfigurations.gate = nixpkgs.lib.nixosSystem {
      system = "x86_64-linux";
      modules = [
        ./hosts/gate
        # ./containers/lab.nix
      ];
    };
  };
}
