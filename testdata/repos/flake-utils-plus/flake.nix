# A flake made by flake-utils-plus' `mkFlake`: each `hosts.<name>` is a host, in
# `nixosConfigurations` unless its `output` says otherwise (the laptop is nix-darwin's:
# not a NixOS host, not checked). Every host has `hostDefaults`' modules before its own,
# flake-utils-plus' module, which names it (`com.example.db` is the host `db` of the
# domain `example.com`), and its `nix` options; it is given `hostDefaults.specialArgs`
# with the host's own over them, `channel`, and, as module arguments, `inputs` and
# `extraArgs`. The other arguments are outputs (`nixosModules`, `deploy`). The web host's
# container binds a relative path; the db host asks for `NIX_PATH` from the inputs
# without linking them, which flake-utils-plus' assertion rejects.
{
  inputs = {
    nixpkgs.url = "github:nixos/nixpkgs/nixos-25.11";
    flake-utils-plus.url = "github:gytis-ivaskevicius/flake-utils-plus";
    sops-nix.url = "github:Mic92/sops-nix";
  };
  outputs = { self, nixpkgs, flake-utils-plus, ... }@inputs:
    let
      modules = flake-utils-plus.lib.exportModules [ ./modules/wiki.nix ];
    in
    flake-utils-plus.lib.mkFlake {
      inherit self inputs;
      supportedSystems = [ "x86_64-linux" "aarch64-darwin" ];
      channelsConfig.allowUnfree = true;
      sharedOverlays = [ (final: prev: { }) ];

      hostDefaults = {
        modules = [ ./modules/common.nix inputs.sops-nix.nixosModules.sops ];
        specialArgs = { site = "lab"; role = "generic"; };
        extraArgs = { wikiPort = 3000; };
      };

      hosts = {
        web.modules = [ ./hosts/web.nix self.nixosModules.wiki ];
        "com.example.db" = {
          modules = [ ./hosts/db.nix ];
          specialArgs.role = "database";
        };
        laptop = {
          system = "aarch64-darwin";
          output = "darwinConfigurations";
          modules = [ ./hosts/laptop.nix ];
        };
      };

      nixosModules = modules;
      deploy.nodes.web = {
        hostname = "web.example.com";
        profiles.system.path = self.nixosConfigurations.web.config.system.build.toplevel;
      };

      outputsBuilder = channels: {
        devShells.default = channels.nixpkgs.mkShell { };
      };
    };
}
