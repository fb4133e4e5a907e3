{ lib, ... }:
{
  imports = [ ./shared/common-container.nix ];
  containers.web.config = { };
  containers.web.localAddress = "10.231.136.2";
}
