# Each host with the mode soxin builds it in.
{ self, ... }:
{
  vault = {
    mode = "NixOS";
    system = "x86_64-linux";
    modules = [ ./vault ];
    deploy.hostname = "vault.example.test";
  };

  studio = {
    mode = "nix-darwin";
    system = "aarch64-darwin";
    modules = [ ./studio ];
  };
}
