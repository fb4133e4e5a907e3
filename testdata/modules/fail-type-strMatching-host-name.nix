# NixOS's host-name pattern rejects a name that ends in a dash
{ lib, ... }:
{
  options.hostName = lib.mkOption {
    type = lib.types.strMatching "^$|^[[:alnum:]]([[:alnum:]_-]{0,61}[[:alnum:]])?$";
  };
  config.hostName = "web-";
}
