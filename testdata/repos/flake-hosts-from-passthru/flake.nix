# A flake whose hosts come from the passthru of a derivation (what a deployment tool's
# package exposes): ncc does not evaluate packages, so it cannot know the names of these
# hosts and says so, rather than reading the stand-in derivation's own attributes
# (`name`, `outPath`) as hosts.
{
  inputs.nixpkgs.url = "github:nixos/nixpkgs/nixos-25.11";
  outputs = { self, nixpkgs }: {
    packages.x86_64-linux.default = nixpkgs.legacyPackages.x86_64-linux.runCommandLocal "deployment" {
      passthru.nodes.box.configuration = nixpkgs.lib.nixosSystem {
        system = "x86_64-linux";
        modules = [ ./configuration.nix ];
      };
    } "touch $out";
    nixosConfigurations = builtins.mapAttrs (host: node: node.configuration)
      self.packages.x86_64-linux.default.nodes;
  };
}
