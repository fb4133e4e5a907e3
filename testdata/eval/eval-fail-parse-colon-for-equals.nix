{
  networking.hostName: "web";
  services.nginx.enable = true;
}
