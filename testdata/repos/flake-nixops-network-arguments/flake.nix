{
  inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-22.11";

  outputs = { self, nixpkgs }: {
    # NixOps calls a network that is a function with the deployment's arguments, which
    # `nixops set-args --argstr domain example.org` keeps in its state, not here.
    nixopsConfigurations.default = { domain, region ? "eu-west", ... }: {
      inherit nixpkgs;
      network.description = "mail for ${domain}";
      mx = { ... }: {
        deployment.targetHost = "mx.${domain}";
        containers.spam = {
          autoStart = true;
          config = { ... }: { services.rspamd.enable = true; };
        };
      };
    };
  };
}
