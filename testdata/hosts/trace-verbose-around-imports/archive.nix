{
  containers.vault = {
    autoStart = true;
    bindMounts."/var/lib/vault".hostPath = "data/vault";
    config = { ... }: {
      services.postgresql.enable = true;
      system.stateVersion = "25.11";
    };
  };
}
