{ flake, ... }:
{
  imports = [ flake.inputs.self.darwinModules_.missing ];
  nixpkgs.hostPlatform = "aarch64-darwin";
  system.stateVersion = 6;
}
