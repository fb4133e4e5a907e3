# imports must be a flat list
{
  imports = [ [ ./lib/once.nix ] ];
}
