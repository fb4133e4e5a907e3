{
  inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-21.11";

  outputs = { self, nixpkgs }: {
    # NixOps 2.0 reads only `nixopsConfigurations.default` of a flake: a network by any
    # other name is not one it deploys.
    nixopsConfigurations.staging = {
      inherit nixpkgs;
      network.description = "staging";
      relay = { ... }: {
        deployment.targetHost = "10.8.0.2";
        containers.queue = {
          autoStart = true;
          config = { ... }: { services.redis.servers.queue.enable = true; };
        };
      };
    };
  };
}
