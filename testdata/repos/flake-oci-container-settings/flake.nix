{
  description = "A NixOS module of self-hosted apps, run as OCI containers from settings files";

  inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-25.05";

  outputs = { self, nixpkgs }: {
    nixosModules.default = import ./module.nix;
  };
}
