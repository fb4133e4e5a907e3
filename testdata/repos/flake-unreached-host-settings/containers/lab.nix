{ pkgs, ... }:
{
  networking.nat.enable = true;
  networking.nat.forwardPorts = [
    { sourcePort = 8631; destination = "192.168.50.2:631"; }
  ];

  containers.scanner = {
    privateNetwork = true;
    hostAddress = "192.168.50.1";
    localAddress = "192.168.50.2";
    config = {
      environment.systemPackages = [ pkgs.nmap ];
      system.stateVersion = "25.11";
    };
  };

  containers.printer = {
    privateNetwork = true;
    hostBridge = "br-lab";
    localAddress = "10.60.0.5/24";
    config.system.stateVersion = "25.11";
  };

  systemd.services."container@scanner".serviceConfig.MemoryMax = "1G";
  systemd.services."container@plotter".serviceConfig.MemoryMax = "1G";
}
