# Ports of services ncc does not model, put in strings. NixOS declares some such
# options with `apply = toString` (acme-dns's `settings.api.port`, incus's
# `startTimeout`): NixOS gives the string, where the definitions ncc merges are an
# integer. Interpolating one, or joining it to a string with `+`, is unknown, never
# "cannot coerce an integer to a string"; so is a list (`apply = escapeShellArgs`). An
# integer or a list of an option the host declares itself, or of one ncc models, is
# still refused, as Nix refuses it.
{ config, lib, pkgs, ... }:
let
  cfg = config.services.dnsrelay;
  # A list knows whose value it is, through a `let` too.
  dnsArgs = cfg.extraArgs;
in
{
  options.site.dashboardPort = lib.mkOption {
    type = lib.types.port;
    default = 3000;
  };

  options.site.peers = lib.mkOption {
    type = lib.types.listOf lib.types.str;
    default = [ "10.70.0.2" ];
  };

  config = {
    system.stateVersion = "25.11";
    networking.hostName = "relay";

    services.dnsrelay.enable = true;
    services.dnsrelay.settings.api.port = 8053;
    # NixOS may declare such a list with `apply = escapeShellArgs`.
    services.dnsrelay.extraArgs = [ "--verbose" ];
    services.metricsd.listen.port = 9273;

    containers.front = {
      autoStart = true;
      privateNetwork = true;
      hostAddress = "10.70.0.1";
      localAddress = "10.70.0.2";
      forwardPorts = [ { hostPort = 8443; containerPort = 443; } ];
      extraFlags = [
        # acme-dns's shape, through the service's own group.
        "--setenv=DNS_API=127.0.0.1:${cfg.settings.api.port}"
        # Another service, through `config`.
        "--setenv=METRICS=10.70.0.1:${config.services.metricsd.listen.port}"
        # Joined with `+`, on either side.
        ("--setenv=DNS_PORT=" + cfg.settings.api.port)
        (config.services.metricsd.listen.port + "")
        "--setenv=DNS_ARGS=${dnsArgs}"
      ];
      config.networking.firewall.allowedTCPPorts = [ 443 ];
    };

    containers.board = {
      autoStart = true;
      privateNetwork = true;
      hostAddress = "10.70.1.1";
      localAddress = "10.70.1.2";
      extraFlags = [
        # The host's own option: an integer, as Nix says.
        "--setenv=DASHBOARD=${config.site.dashboardPort}"
      ];
      config = { };
    };

    containers.desk = {
      autoStart = true;
      privateNetwork = true;
      hostAddress = "10.70.3.1";
      localAddress = "10.70.3.2";
      # The same, joined with `+`.
      extraFlags = [ ("--setenv=BOARD=" + config.site.dashboardPort) ];
      config = { };
    };

    containers.yard = {
      autoStart = true;
      privateNetwork = true;
      hostAddress = "10.70.4.1";
      localAddress = "10.70.4.2";
      # The host's own list: "cannot coerce a list to a string", as Nix says.
      extraFlags = [ "--setenv=PEERS=${config.site.peers}" ];
      config = { };
    };

    containers.gate = {
      autoStart = true;
      privateNetwork = true;
      hostAddress = "10.70.2.1";
      localAddress = "10.70.2.2";
      # An option ncc models: an integer too.
      extraFlags = [ "--setenv=FRONT=${(builtins.head config.containers.front.forwardPorts).hostPort}" ];
      config = { };
    };
  };
}
