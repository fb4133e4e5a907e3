# A port read from an input ncc does not evaluate (the site's private settings), kept as
# text by a module and turned back into a number with `lib.toInt`: the text holds the
# input's stand-in where Nix has the digits, so the number is unknown, never toInt's
# "Could not convert". The container's mistake is still reported.
{
  inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-25.11";
  inputs.site.url = "git+ssh://git@example.org/site.git";
  outputs = { nixpkgs, site, ... }: {
    nixosConfigurations.tracker = nixpkgs.lib.nixosSystem {
      system = "x86_64-linux";
      specialArgs = { inherit site; };
      modules = [ ./finder.nix ./host.nix ];
    };
  };
}
