{ domain, ... }:
{
  networking.hostName = "edge";
  networking.domain = domain;
  system.stateVersion = "24.11";
  site.containers.wiki = {
    address = "10.233.1.2";
    port = 8080;
  };
}
