# A container given both its own `config` and a `flake`: NixOS's `path` throws that
# they cannot both be set, before it merges what each defines for it; that one error
# is the only one.
{ pkgs, ... }:
{
  containers.git = {
    autoStart = true;
    flake = "git+https://git.example.org/infra?dir=containers#git";
    config = { pkgs, ... }: {
      services.gitea.enable = true;
      environment.systemPackages = [ pkgs.git ];
      system.stateVersion = "24.11";
    };
  };
}
