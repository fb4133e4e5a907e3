{ config, lib, ... }:
{
  # Only the old hall machines need the patched browser.
  config = lib.mkIf (config.networking.hostName == "hall-old") {
    nixpkgs.overlays = [
      (final: prev: {
        chromium = prev.chromium.override { enableWideVine = false; };
      })
    ];
  };
}
