# Host settings made with a function of an input ncc does not evaluate (the site's own
# library): the text holds the function's stand-in where Nix has what it returns, so
# whether it is a valid host name is unknown, never a type error. The container's
# mistake is still reported.
{
  inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-25.05";
  inputs.site.url = "git+ssh://git@example.org/site.git";
  outputs = { nixpkgs, site, ... }: {
    nixosConfigurations.edge = nixpkgs.lib.nixosSystem {
      system = "x86_64-linux";
      specialArgs = { inherit site; };
      modules = [ ./host.nix ];
    };
  };
}
