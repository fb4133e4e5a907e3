# `_file` names the definition in the error
{
  imports = [ ./lib/int-option.nix ./lib/custom-file.nix ];
}
