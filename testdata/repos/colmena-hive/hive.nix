{
  meta = {
    nixpkgs = import ./nixpkgs.nix;
    description = "Two machines deployed with colmena";
    specialArgs = { site = "ams1"; };
    nodeSpecialArgs.mail = { mailDomain = "example.org"; };
  };

  defaults = { name, site, ... }: {
    system.stateVersion = "24.05";
    deployment.targetHost = "${name}.${site}.example.org";
    deployment.tags = [ site ];
  };

  web = { name, nodes, ... }: {
    deployment.targetUser = "deploy";
    containers.site = {
      autoStart = true;
      config = { ... }: { services.nginx.enable = true; };
    };
  };

  mail = { mailDomain, ... }: {
    containers.mail = {
      autoStart = true;
      privateNetwork = true;
      hostAddress = "10.1.0.1";
      localAddress = "10.1.0.2";
      config = { ... }: {
        networking.domain = mailDomain;
      };
    };
  };
}
