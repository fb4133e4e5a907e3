{
  network.description = "A web server and its database";
  network.enableRollback = true;

  defaults = { ... }: {
    system.stateVersion = "23.11";
    deployment.targetEnv = "none";
  };

  webserver = { config, pkgs, nodes, ... }: {
    deployment.targetHost = "203.0.113.10";
    containers.app = {
      autoStart = true;
      privateNetwork = true;
      hostAddress = "10.2.0.1";
      localAddress = "10.2.0.2";
      config = { ... }: { services.nginx.enable = true; };
    };
  };

  database = { resources, ... }: {
    deployment.targetHost = "203.0.113.11";
    containers.pg = {
      autoStart = true;
      config = { ... }: { services.postgresql.enable = true; };
      allowedDevices = [ { node = "/dev/dri"; modifier = "drm"; } ];
    };
  };
}
