# A file server whose hosts tune the scripts NixOS runs around their containers. NixOS's
# systemd module makes a unit's `preStart` and `postStart` the one entry of
# `serviceConfig.ExecStartPre` and `ExecStartPost`, so a host's own entries follow it,
# `mkBefore` puts them first, and `mkForce` replaces it: `files` swaps NixOS's post-start
# script for its own (the host's networkd already gives the veth its address, so NixOS's
# `ip addr add` fails on a restart), `wiki` logs after its own post-start script (it has
# an extra veth), `cache` makes its directory before NixOS's pre-start script runs, and
# `mail` adds one command each way, as a plain string: NixOS's `unitOption` takes a
# definition that is no list as a list of one beside NixOS's own. `archive` is started by
# a wrapper of the host's, which replaces NixOS's start script (`mkForce`: NixOS's is the
# one value of `ExecStart`).
{ config, lib, pkgs, ... }:
{
  system.stateVersion = "25.05";
  networking.hostName = "shelf";
  networking.bridges."br-db".interfaces = [ ];

  containers.files = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.88.0.1";
    localAddress = "10.88.0.2";
    config = { services.nginx.enable = true; system.stateVersion = "25.05"; };
  };

  systemd.services."container@files".serviceConfig.ExecStartPost = lib.mkForce [
    (pkgs.writeScript "files-post-start" ''
      #!${pkgs.bash}/bin/bash
      ${pkgs.iproute2}/bin/ip addr replace 10.88.0.1/32 dev ve-files
    '')
  ];

  containers.wiki = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.88.1.1";
    localAddress = "10.88.1.2";
    extraVeths.wikidb.hostBridge = "br-db";
    config = { system.stateVersion = "25.05"; };
  };

  systemd.services."container@wiki".serviceConfig.ExecStartPost = [
    "/run/current-system/sw/bin/logger -t wiki started"
  ];

  containers.cache = {
    autoStart = true;
    config = { services.redis.servers."".enable = true; system.stateVersion = "25.05"; };
  };

  systemd.services."container@cache".serviceConfig.ExecStartPre = lib.mkBefore [
    "/run/current-system/sw/bin/mkdir -p /srv/cache"
  ];

  containers.mail = {
    autoStart = true;
    config = { system.stateVersion = "25.05"; };
  };

  systemd.services."container@mail".serviceConfig = {
    ExecStartPre = "/run/current-system/sw/bin/mkdir -p /srv/mail";
    ExecStartPost = "/run/current-system/sw/bin/logger -t mail started";
  };

  containers.archive = {
    config = { system.stateVersion = "25.05"; };
  };

  systemd.services."container@archive".serviceConfig.ExecStart =
    lib.mkForce "/run/current-system/sw/bin/nspawn-wrapper archive";
}
