# a module that is a set with `__functor` (`lib.setFunctionArgs`, as ez-configs wraps a
# module to give it `earlyModuleArgs`) is called as a function, with the arguments its
# `__functionArgs` names
{ lib, ... }:
let
  module = { lib, config, site, specialValue, ... }: {
    options.site = lib.mkOption { type = lib.types.str; default = site; };
    options.greeting = lib.mkOption { type = lib.types.str; default = "${config.site} ${specialValue}"; };
  };
  wrapped = lib.setFunctionArgs (args: module (args // { site = "north"; }))
    (builtins.removeAttrs (lib.functionArgs module) [ "site" ]);
in
{
  imports = [ wrapped ];
}
