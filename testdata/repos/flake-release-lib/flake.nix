# A flake on nixos-25.11, whose lib is ncc's: a name its lib lacks is the same mistake
# for ncc as for Nix (`lib.cli.toCommandLine` came after 25.11; `toGNUCommandLineShell`
# is the function of that release).
{
  inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-25.11";

  outputs = { self, nixpkgs }: {
    nixosConfigurations.inference = nixpkgs.lib.nixosSystem {
      system = "x86_64-linux";
      modules = [ ./hosts/inference.nix ];
    };
  };
}
