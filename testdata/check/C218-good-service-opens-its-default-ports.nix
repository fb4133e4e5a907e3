# The forwarded ports are opened by services ncc does not model, through settings not
# named `openFirewall`: syncthing's `openDefaultPorts` opens TCP and UDP 22000 and UDP
# 21027, transmission's `openPeerPorts` its peer port (both off by default). ncc cannot
# tell which ports those are, so C218 does not claim the firewall blocks them; before,
# it warned for each forwarded port.
{
  containers.sync = {
    privateNetwork = true;
    hostAddress = "192.168.110.1";
    localAddress = "192.168.110.2";
    forwardPorts = [
      { hostPort = 22000; }
      { hostPort = 22000; protocol = "udp"; }
      { hostPort = 21027; protocol = "udp"; }
    ];
    config = { lib, ... }: {
      services.syncthing = {
        enable = true;
        guiAddress = "0.0.0.0:8384";
        openDefaultPorts = true;
      };
      networking.firewall.allowedTCPPorts = [ 8384 ];
      system.stateVersion = "25.05";
    };
  };

  containers.torrent = {
    privateNetwork = true;
    hostAddress = "192.168.111.1";
    localAddress = "192.168.111.2";
    forwardPorts = [ { hostPort = 51413; } { hostPort = 51413; protocol = "udp"; } ];
    config = {
      services.transmission = {
        enable = true;
        openPeerPorts = true;
        settings.peer-port = 51413;
      };
      system.stateVersion = "25.05";
    };
  };
}
