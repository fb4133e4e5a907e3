{ inputs, ... }:
{
  containers.bell = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.77.0.1";
    localAddress = "10.77.0.2";
    config = {
      imports = [ inputs.self.nixosModules."services/chime" ];
      camp.services.chime = {
        enable = true;
        port = 8093;
      };
      system.stateVersion = "25.11";
    };
  };
  # The same module where the port is beyond 65535, which the module's option rejects.
  containers.gong = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.77.0.3";
    localAddress = "10.77.0.4";
    config = {
      imports = [ inputs.self.nixosModules."services/chime" ];
      camp.services.chime = {
        enable = true;
        port = 80930;
      };
      system.stateVersion = "25.11";
    };
  };
  boot.loader.grub.devices = [ "/dev/sda" ];
  fileSystems."/".device = "/dev/sda1";
  system.stateVersion = "25.11";
}
