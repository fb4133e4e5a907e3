{ lib, ... }:
{
  containers.web = {
    autoStart = enable;
    config = { };
  };
}
