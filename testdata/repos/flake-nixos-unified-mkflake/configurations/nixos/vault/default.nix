{ flake, ... }:
let
  inherit (flake.inputs) self;
in
{
  imports = [
    self.nixosModules.default
    self.nixosModules.secrets
  ];
  nixpkgs.hostPlatform = "x86_64-linux";
  networking.hostName = "vault";
  containers.vault_ui = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.233.3.1";
    localAddress = "10.233.3.2";
    config = { ... }: {
      services.nginx.enable = true;
      system.stateVersion = "25.11";
    };
  };
  system.stateVersion = "25.11";
}
