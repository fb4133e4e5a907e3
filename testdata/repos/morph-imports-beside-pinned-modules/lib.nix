let
  sources = import ./nix/sources.nix;
  pinned = (import sources.modules).all;
in
{
  mkMachine = { name, config }: {
    imports = [ config ./firewall.nix ] ++ pinned;
    deployment.targetHost = "${name}.example.org";
  };
}
