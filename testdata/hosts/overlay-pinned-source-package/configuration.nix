# A server whose overlay packages a bot from a source pinned with niv, run in a container.
{ pkgs, ... }:
{
  nixpkgs.overlays = [ (import ./packages.nix) ];

  boot.loader.grub.device = "/dev/sda";
  fileSystems."/".device = "/dev/sda1";
  networking.hostName = "chat";

  # The bot's relay runs on the host and talks to the container.
  systemd.services.chat-relay = {
    wantedBy = [ "multi-user.target" ];
    script = "exec ${pkgs.chat-bot}/bin/chat-relay --to 10.233.1.2";
  };

  containers.bot = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.233.1.1";
    localAddress = "10.233.1.2";
    forwardPorts = [ { hostPort = 8080; containerPort = 80; protocol = "tpc"; } ];
    config = { ... }: {
      systemd.services.chat-bot = {
        wantedBy = [ "multi-user.target" ];
        serviceConfig.ExecStart = "${pkgs.chat-bot}/bin/chat-bot";
      };
      system.stateVersion = "24.11";
    };
  };

  system.stateVersion = "24.11";
}
