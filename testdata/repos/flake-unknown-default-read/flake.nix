# A fleet's shared modules: the database module adds its setup, and starts the runner
# container after PostgreSQL, only where PostgreSQL is enabled, and the only module that
# enables it does so for the backend, which this host does not run. No module defines
# `services.postgresql.enable` here, and its default is NixOS's own, unknown to ncc: the
# warning says so where the module reads it, for the container's unit it decides (the
# setup unit, no container's, decides nothing ncc checks).
{
  inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-25.05";
  outputs = { nixpkgs, ... }: {
    nixosConfigurations.sandbox = nixpkgs.lib.nixosSystem {
      system = "x86_64-linux";
      modules = [ ./modules/database.nix ./modules/backend.nix ./host.nix ];
    };
  };
}
