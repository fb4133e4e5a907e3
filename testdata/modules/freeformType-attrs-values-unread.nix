# `freeformType = types.attrs` merges the undeclared definitions with `//`, as written:
# a value may read the configuration it is part of (`email` from `username`, where
# merging it first would be infinite recursion), a name defined twice is one of its
# definitions whole (in nixpkgs' order, the one of the module that imports the other),
# and an `mkIf` or `mkDefault` in a value is left there.
{ lib, config, ... }: {
  imports = [ { profile.shell = "zsh"; } ];
  freeformType = lib.types.attrs;
  username = "ada";
  domain = "example.org";
  email = "${config.username}@${config.domain}";
  profile.editor = "vi";
  gated = lib.mkIf false "never";
  fallback = lib.mkDefault "sh";
}
