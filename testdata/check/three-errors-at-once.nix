{ lib, ... }:
{
  containers.web = {
    privateNetwrk = true;
    autoStart = "yes";
    hostAddress = "10.0.0.1"
    localAddress = "10.0.0.2";
    config = { };
  };
}
