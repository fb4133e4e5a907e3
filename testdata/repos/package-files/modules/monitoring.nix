{ lib, ... }:
lib.mkMerge [
  {
    containers.monitoring = {
      privateNetwork = true;
      hostAddress = "10.231.61.1";
      localAddress = "10.231.61.2";
      config = { };
    };
  }
  { containers.monitoring.autoStart = true; }
]
