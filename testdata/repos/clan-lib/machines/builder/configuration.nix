{ inputs, ... }:
{
  networking.hostName = "builder";
  system.stateVersion = "25.05";
  containers.ci = {
    autoStart = true;
    ephemeral = true;
    bindMounts."/var/lib/ci" = { hostPath = "/srv/ci"; isReadOnly = false; };
    config = { services.gitea-actions-runner.instances = { }; system.stateVersion = "25.05"; };
  };
}
