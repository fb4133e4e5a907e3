# a file whose function gives a function (an overlay), imported as a module, does not look like one
{ lib, ... }:
{
  imports = [ ./lib/overlay.nix ];
}
