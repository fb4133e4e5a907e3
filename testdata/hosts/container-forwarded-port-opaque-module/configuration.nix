# A mail container built from a mail-server module fetched from elsewhere, which opens
# the mail ports in the container's firewall itself (its `openFirewall` is on unless
# turned off): ncc does not evaluate that module, so it cannot say the forwarded ports
# are blocked. The relay beside it imports nothing ncc cannot see, and its forwarded
# port is blocked: the one finding.
{ config, lib, pkgs, ... }:
let
  mailModule = builtins.fetchTarball "https://example.org/mail-server/archive/v2.tar.gz";
in
{
  system.stateVersion = "25.05";
  boot.loader.systemd-boot.enable = true;
  fileSystems."/".device = "/dev/sda2";

  containers.mail = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.90.0.1";
    localAddress = "10.90.0.2";
    forwardPorts = [ { hostPort = 25; } { hostPort = 993; } ];
    config = { ... }: {
      imports = [ "${mailModule}/default.nix" ];
      mailserver = {
        enable = true;
        fqdn = "mail.example.org";
        domains = [ "example.org" ];
      };
      system.stateVersion = "25.05";
    };
  };

  containers.relay = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.90.1.1";
    localAddress = "10.90.1.2";
    forwardPorts = [ { hostPort = 2525; containerPort = 25; } ];
    config = { ... }: {
      systemd.services.relay = {
        wantedBy = [ "multi-user.target" ];
        script = "exec ${pkgs.socat}/bin/socat TCP-LISTEN:25,fork TCP:10.90.0.2:25";
      };
      system.stateVersion = "25.05";
    };
  };
}
