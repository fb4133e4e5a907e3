{
  networking.hostName = "web"
  services.nginx.enable = true
  services.openssh.enable = true;
}
