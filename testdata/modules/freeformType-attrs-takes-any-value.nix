# `freeformType = types.attrs` checks the undeclared definitions as one set: a function,
# a boolean and a set are all accepted under their names, beside a declared option.
{ lib, config, ... }: {
  options.web = lib.mkOption {
    type = lib.types.submodule {
      freeformType = lib.types.attrs;
      options.owner = lib.mkOption { type = lib.types.str; default = "root"; };
    };
    default = { };
  };
  config.web = {
    owner = "alice";
    autoStart = true;
    config = { ... }: { };
    bindMounts."/srv".hostPath = "/srv/web";
  };
  config.result = {
    names = builtins.attrNames config.web;
    configIsFunction = builtins.isFunction config.web.config;
    inherit (config.web) autoStart owner bindMounts;
  };
  options.result = lib.mkOption { type = lib.types.anything; };
}
