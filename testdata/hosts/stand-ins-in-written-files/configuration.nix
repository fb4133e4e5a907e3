# An edge host whose containers take packages and the site's addresses into the values
# NixOS writes to their files: `ncc check` accepts it, as NixOS does; `ncc build` warns
# where a file would hold its placeholder for a package (N303), and writes nothing since
# `relay`'s address comes from a file it does not read (N302).
{ config, pkgs, lib, ... }:
let
  site = import <site/network.nix>;
  exporter = pkgs.prometheus-node-exporter;
in
{
  system.stateVersion = "25.11";
  networking.hostName = "edge";
  networking.nat = {
    enable = true;
    internalInterfaces = [ "ve-+" ];
    externalInterface = "enp1s0";
  };

  containers.metrics = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.250.0.1";
    localAddress = "10.250.0.2";
    bindMounts."/etc/ssl/certs" = {
      hostPath = "${pkgs.cacert}/etc/ssl/certs";
    };
    extraFlags = [ "--setenv=EXPORTER=${exporter}/bin/node_exporter" ];
    config = { ... }: {
      system.stateVersion = "25.11";
      networking.firewall.allowedTCPPorts = [ 9100 ];
    };
  };

  systemd.services."container@metrics".environment.SSL_CERT_FILE =
    "${pkgs.cacert}/etc/ssl/certs/ca-bundle.crt";

  containers.relay = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.250.1.1";
    localAddress = "${site.relayPrefix}.2";
    config = { ... }: {
      system.stateVersion = "25.11";
    };
  };
}
