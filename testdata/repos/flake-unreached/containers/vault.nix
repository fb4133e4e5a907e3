# Not imported by any host yet: it needs `inputs` from the specialArgs of the host that
# will import it, and a file that host provides; checked on its own it cannot get them,
# which is no mistake of its own (a note, not an error).
{ lib, ... }@args:
{
  imports = with args; [ inputs.sops-nix.nixosModules.sops ../secrets/vault.nix ];
  containers.vault = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.20.0.1";
    localAddress = "10.20.0.3";
  };
}
