# The `config` a module is given has the internal `_module` group: `config._module.args`
# reads the module arguments, and the group is among `config`'s names. The `config` the
# evaluation returns leaves it out.
{ lib, config, ... }: {
  config._module.args.siteName = "blog";
  options.fromArgs = lib.mkOption { default = config._module.args.siteName; };
  options.hasGroup = lib.mkOption { default = config ? _module; };
  options.names = lib.mkOption { default = builtins.attrNames config; };
}
