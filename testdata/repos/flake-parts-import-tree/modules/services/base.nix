{
  flake.modules.nixos.base =
    { lib, ... }:
    {
      system.stateVersion = "25.11";
      # The pipe operators of current Nix, which this flake enables.
      networking.hostName = "media" |> lib.mkDefault;
      boot.enableContainers = true;
    };
}
