# The site's secrets, decrypted while evaluating by the builtin the user's nix.conf
# loads (extra-builtins-file), and imported as a module.
{ lib, ... }:
let
  importSealed =
    assert lib.assertMsg (builtins ? extraBuiltins.importSealed)
      "nix-plugins' importSealed is needed to read the site's secrets";
    builtins.extraBuiltins.importSealed;
in
{
  imports = [ (importSealed [ "/home/ops/.ssh/id_ed25519" ] ../secrets/site.nix.age) ];
}
