# the undeclared option is located in the imported file
{
  imports = [ ./lib/containers-options.nix ./lib/host/typo.nix ];
}
