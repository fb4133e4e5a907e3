{
  system.stateVersion = "25.11";
  boot.loader.grub.device = "/dev/sda";
  fileSystems."/".device = "/dev/sda1";
  containers.mailrelay = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.60.0.1";
    localAddress = "10.60.0.2";
    forwardPorts = [ { hostPort = 25; containerPort = 25; } ];
    config = {
      services.postfix.enable = true;
      networking.firewall.allowedTCPPorts = [ 25 ];
      system.stateVersion = "25.11";
    };
  };
}
