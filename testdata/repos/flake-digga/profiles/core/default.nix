{ lib, ... }:
{
  time.timeZone = lib.mkDefault "UTC";
  services.openssh.enable = true;
  # The host's `lib` is its channel's, with what the shared overlays add.
  environment.etc."site-domain".text = lib.our.siteDomain;
}
