# A site's settings in a file outside the repository, on the search path of the
# machines that deploy it (`import <site/vars.nix>`), which ncc stands in for: a type
# test on one of its values (`isString`, `isInt`, `typeOf`, `isAttrs`, `isNull`,
# `== null`) is unknown, never a known answer that fails the assertion. Where the left
# side of `||` or `&&` decides, the test on the right is never read; the assertion that
# fails on what ncc knows still fails.
{ lib, ... }:
let
  vars = import <site/vars.nix>;
in
{
  system.stateVersion = "25.11";
  assertions = [
    {
      assertion = builtins.isString vars.domain || vars.domain == null;
      message = "vars.domain must be a string or null";
    }
    {
      assertion = builtins.isInt vars.proxyPort && vars.proxyPort > 1024;
      message = "vars.proxyPort must be an unprivileged port";
    }
    {
      assertion = builtins.typeOf vars.upstreams == "list";
      message = "vars.upstreams must be a list";
    }
    {
      assertion = !(lib.isBool vars.debug);
      message = "vars.debug is set elsewhere";
    }
    {
      # Whether it is null is unknown as well: the file may hold null where ncc has a set.
      assertion = vars.mailRelay == null || builtins.isString vars.mailRelay;
      message = "vars.mailRelay must be a host name or null";
    }
    {
      assertion = vars.backupTarget != null && !(builtins.isAttrs vars.backupTarget);
      message = "vars.backupTarget must be a path";
    }
    {
      assertion = lib.isAttrs vars.quotas || builtins.isNull vars.quotas;
      message = "vars.quotas must be a set or null";
    }
    {
      # Decided on the left: the type test is not read.
      assertion = true || builtins.isString vars.domain;
      message = "never shown";
    }
    {
      # Decided on the left too, and false: NixOS stops here.
      assertion = false && builtins.isString vars.domain;
      message = "proxy is retired";
    }
  ];
  containers.proxy = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.231.9.1";
    localAddress = "10.231.9.2";
    config.system.stateVersion = "25.11";
  };
}
