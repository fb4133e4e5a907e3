# an inline module in imports is located in the importing file
{
  imports = [ ./lib/int-option.nix { n = "inline"; } ];
}
