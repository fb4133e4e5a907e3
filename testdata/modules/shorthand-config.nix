# a module without `options`/`config` is all config (shorthand)
{
  imports = [ ./lib/int-option.nix ];
  n = 3;
}
