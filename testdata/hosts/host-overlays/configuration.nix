# A host that extends its package set with `nixpkgs.overlays`, as NixOS gives modules
# `pkgs`: the site's addresses and ports come from an overlay in a file of their own
# (`mkBefore`, so that it comes first), which the overlay here builds on
# (`prev.site // { ... }`); the repository's own tool is called from the final set
# (`final.callPackage`, which finds `site` there), nginx is overridden, the domain is
# read from the host's `config`, and an overlay from a source ncc does not fetch adds
# what it adds, unknown. The containers read the host's set: the addresses and ports
# are checked and written, as known values.
{ config, lib, pkgs, ... }:
{
  imports = [ ./site-overlay.nix ];

  nixpkgs.overlays = [
    (import "${builtins.fetchTarball "https://example.org/tools/archive/main.tar.gz"}/overlay.nix")
    (final: prev: {
      site = prev.site // {
        domain = "${config.networking.hostName}.example.org";
        ports = prev.site.ports // { admin = 8443; };
      };
      deploy-tool = final.callPackage ./deploy-tool.nix { };
      nginx = prev.nginx.override { withStream = true; };
    })
  ];

  networking.hostName = "edge";
  networking.nat = {
    enable = true;
    internalInterfaces = [ "ve-+" ];
    externalInterface = "eth0";
  };
  environment.systemPackages = with pkgs; [ deploy-tool htop ];

  containers.web = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = pkgs.site.addresses.host;
    localAddress = pkgs.site.addresses.web;
    config = { ... }: {
      environment.systemPackages = [ pkgs.deploy-tool pkgs.nginx ];
      networking.firewall.allowedTCPPorts = [ pkgs.site.ports.http pkgs.site.ports.admin ];
      networking.domain = pkgs.site.domain;
      system.stateVersion = "24.05";
    };
  };

  containers.db = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = pkgs.site.addresses.host;
    localAddress = pkgs.site.addresses.db;
    config = {
      services.postgresql.enable = true;
      system.stateVersion = "24.05";
    };
  };

  system.stateVersion = "24.05";
}
