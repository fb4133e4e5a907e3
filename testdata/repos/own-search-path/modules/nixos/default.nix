{ ... }:
{
  imports = [ ./containers.nix ./profiles ];
}
