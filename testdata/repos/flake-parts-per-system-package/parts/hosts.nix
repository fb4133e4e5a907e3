{ inputs, self, ... }:
{
  flake.nixosConfigurations.web = inputs.nixpkgs.lib.nixosSystem {
    system = "x86_64-linux";
    specialArgs = {
      # The flake's own package, read back from its outputs.
      siteSrc = self.packages.x86_64-linux.site-src;
      tool = self.packages.aarch64-linux.default;
    };
    modules = [ ../hosts/web.nix ];
  };

  # A system `systems` does not list has no packages: flake-parts makes none for it.
  flake.nixosConfigurations.board = inputs.nixpkgs.lib.nixosSystem {
    system = "riscv64-linux";
    specialArgs = {
      siteSrc = self.packages.riscv64-linux.site-src;
      tool = self.packages.x86_64-linux.default;
    };
    modules = [ ../hosts/web.nix ];
  };
}
