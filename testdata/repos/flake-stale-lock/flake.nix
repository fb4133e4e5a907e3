# A flake whose lock file still lists an input flake.nix no longer declares (`agenix`,
# removed; the lock is rewritten at the next `nix flake lock`). Nix gives `outputs` the
# inputs flake.nix declares, so an `outputs` function without `...` that does not name
# `agenix` is called as it is. The proxy's container has an address that is none.
{
  inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-24.11";

  outputs = { self, nixpkgs }: {
    nixosConfigurations.proxy = nixpkgs.lib.nixosSystem {
      system = "x86_64-linux";
      modules = [ ./hosts/proxy.nix ];
    };
  };
}
