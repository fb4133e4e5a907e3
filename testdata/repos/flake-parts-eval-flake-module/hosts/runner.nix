{ ... }:
{
  networking.hostName = "runner";
  containers.ci = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.233.2.1";
    localAddress = "10.233.2.1";
    config.services.gitea-actions-runner.instances = { };
  };
  system.stateVersion = "25.11";
}
