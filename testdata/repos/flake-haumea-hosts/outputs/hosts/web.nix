# Its arguments are those haumea gives it by name: `site` is one of the load's inputs.
{ inputs, lib, site, ... }:
{
  nixosConfigurations.web = inputs.nixpkgs.lib.nixosSystem {
    system = "x86_64-linux";
    modules = [
      ../../modules/base.nix
      {
        networking.hostName = "web";
        networking.domain = "${site}.example.org";
        containers.wiki = {
          autoStart = true;
          privateNetwork = true;
          hostAddress = "10.20.0.1";
          localAddress = "10.20.0.2";
          config = { services.nginx.enable = true; };
        };
      }
    ];
  };
}
