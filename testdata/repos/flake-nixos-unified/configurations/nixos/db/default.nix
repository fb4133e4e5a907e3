{ flake, config, ... }:
{
  imports = [ flake.inputs.self.nixosModules.base ];
  networking.hostName = "db";
  # nixos-unified's `nix` settings are defaults, which these override.
  nix.settings.max-jobs = 4;
  nix.settings.experimental-features = [ "nix-command" "flakes" ];
  nixos-unified.sshTarget = 22;
  containers.replica = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.233.2.1";
    localAddress = "10.233.2.2";
    specialArgs.primary = config.nixos-unified.sshTarget;
    config = { primary, ... }: {
      services.postgresql.enable = true;
      networking.hosts."10.233.2.1" = [ primary ];
      system.stateVersion = "25.11";
    };
  };
}
