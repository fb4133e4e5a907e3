# Containers run with extra-container (`extra-container create .#default --start`)
# rather than declared on a host: `lib.buildContainers` evaluates `config` as a NixOS
# system of its own, with the options extra-container adds to every container
# (`extra.addressPrefix`, `extra.enableWAN`...). Each build is checked as a host.
{
  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-25.11";
    extra-container.url = "github:erikarvstedt/extra-container";
    extra-container.inputs.nixpkgs.follows = "nixpkgs";
  };

  outputs = { self, nixpkgs, extra-container }:
    let
      # One /24 per service, its host side .1 and the container .2.
      services = {
        wiki = { prefix = "10.250.1"; module = ./containers/wiki.nix; };
        cache = { prefix = "10.250.2"; module = ./containers/cache.nix; };
      };
    in
    # As extra-container's example shapes its outputs: with extra-container's own
    # flake-utils, for the systems it supports.
    extra-container.inputs.flake-utils.lib.eachSystem extra-container.lib.supportedSystems (system: {
      packages.default = extra-container.lib.buildContainers {
        inherit system nixpkgs;
        config.containers = nixpkgs.lib.mapAttrs (name: service: {
          extra.addressPrefix = service.prefix;
          extra.enableWAN = name == "cache";
          extra.firewallAllowHost = true;
          config = service.module;
        }) services;
      };

      # A scratch container to try things in, with the host's /srv/scratch.
      packages.scratch = extra-container.lib.buildContainers {
        inherit system;
        legacyInstallDirs = true;
        config = {
          containers.scratch = {
            extra.adressPrefix = "10.250.9";
            ephemeral = true;
            bindMounts."/srv" = { hostPath = "/srv/scratch"; isReadOnly = false; };
            config = { pkgs, ... }: {
              environment.systemPackages = [ pkgs.htop ];
            };
          };
        };
      };
    })
    # A shell with extra-container on the PATH, for each system it supports.
    // extra-container.lib.eachSupportedSystem (system: {
      devShells.default = nixpkgs.legacyPackages.${system}.mkShell {
        packages = [ nixpkgs.legacyPackages.${system}.extra-container ];
      };
    })
    // {
      # Built by its output name: `extra-container create .#relay`.
      relay = extra-container.lib.buildContainers {
        system = "x86_64-linux";
        config.containers.relay = {
          privateNetwork = true;
          extra.enableSSH = true;
          extra.exposeLocalhost = true;
          config.services.nginx.enable = true;
        };
      };
    };
}
