# A flake made by snowfall-lib: each systems/<target>/<name>/default.nix is a host
# (`nixosConfigurations.<name>` for a linux target; the installer's target names a
# virtual format, which snowfall builds with nixos-generators: no NixOS host). Every
# host imports each modules/nixos/**/default.nix and `systems.modules.nixos`, and is
# given `lib` with the flake's own lib/ under `lib.lab` (the namespace), `namespace`,
# `host` and `inputs`. The web host gives the wiki's port as a string, which the wiki
# module's option (a port) rejects.
{
  inputs = {
    nixpkgs.url = "github:nixos/nixpkgs/nixos-25.11";
    snowfall-lib = {
      url = "github:snowfallorg/lib";
      inputs.nixpkgs.follows = "nixpkgs";
    };
    sops-nix.url = "github:Mic92/sops-nix";
  };
  outputs = inputs:
    inputs.snowfall-lib.mkFlake {
      inherit inputs;
      src = ./.;
      snowfall.namespace = "lab";
      channels-config.allowUnfree = true;
      systems.modules.nixos = [ inputs.sops-nix.nixosModules.sops ];
      systems.hosts.db.specialArgs.role = "database";
    };
}
