{
  deployment.keys."tailscale-authkey" = {
    keyCommand = [ "pass" "show" "tailscale/authkey" ];
    destDir = "/run/keys";
  };
  services.tailscale.enable = true;
}
