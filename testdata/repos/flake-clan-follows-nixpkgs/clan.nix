{
  machines.kiosk =
    { ... }:
    {
      networking.hostName = "kiosk";
      system.stateVersion = "25.11";
      containers.signage = {
        autoStart = true;
        hostAddress = "10.60.0.1";
        localAddress = "10.60.0.2";
        config = {
          services.cage.enable = true;
          system.stateVersion = "25.11";
        };
      };
    };
}
