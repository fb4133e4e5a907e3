# A flake made by digga's `mkFlake`: its `nixos.hosts` are the hosts `importHosts` finds
# under `hosts/` (a file, `gateway.nix`, or a directory with a `default.nix`, `archive`),
# each with `hostDefaults`' modules: the exportable modules of `modules/` first, then
# digga's own, then `hostDefaults.modules`, then the host's. digga passes
# `importables` (the profiles `rakeLeaves` finds and the suites made of them, each a
# flattened list), `self` and `inputs` as special arguments, and flake-utils-plus names
# each host by its key (`lab.printer`, from `hosts/lab/printer.nix`, is the host `printer`
# of the domain `lab`) and evaluates it with its channel's `lib` and `pkgs`, made with the
# shared overlays (`lib.our`). The gateway's container binds a relative path.
{
  inputs = {
    nixos.url = "github:nixos/nixpkgs/nixos-25.11";
    digga.url = "github:divnix/digga";
    digga.inputs.nixpkgs.follows = "nixos";
    home.url = "github:nix-community/home-manager/release-25.11";
  };

  outputs = { self, digga, nixos, home, ... }@inputs:
    digga.lib.mkFlake {
      inherit self inputs;

      channelsConfig.allowUnfree = true;
      channels.nixos = {
        imports = [ (digga.lib.importOverlays ./overlays) ];
        overlays = [ ];
      };

      lib = import ./lib { lib = digga.lib // nixos.lib; };

      sharedOverlays = [
        (final: prev: { lib = prev.lib.extend (lfinal: lprev: { our = self.lib; }); })
      ];

      nixos = {
        hostDefaults = {
          system = "x86_64-linux";
          channelName = "nixos";
          imports = [ (digga.lib.importExportableModules ./modules) ];
          modules = [
            { lib.our = self.lib; }
            digga.nixosModules.nixConfig
            home.nixosModules.home-manager
          ];
        };

        imports = [ (digga.lib.importHosts ./hosts) ];
        hosts.archive.channelName = "nixos";

        importables = rec {
          profiles = digga.lib.rakeLeaves ./profiles;
          suites = with profiles; rec {
            base = [ core ];
            server = [ base network.resolver ];
          };
        };
      };

      home.users.operator = { suites, ... }: { home.stateVersion = "25.11"; };

      homeConfigurations = digga.lib.mkHomeConfigurations self.nixosConfigurations;
      deploy.nodes = digga.lib.mkDeployNodes self.nixosConfigurations { };
    };
}
