# A stand-in for the module extra-container (erikarvstedt/extra-container) evaluates the
# `config` of `lib.buildContainers` with: the options it adds to every container,
# `containers.<name>.extra`, and what each defines, on the host and in the container.
# Written for ncc from extra-container's documentation of these options and its
# eval-config.nix. The flake wiring (project/flake.nix) puts it first among the modules
# of such a configuration; NixOS's containers module is ncc's schema, as on any host.
{ config, lib, pkgs, ... }:
let
  inherit (lib) mkDefault mkIf mkMerge mkOption types;
  host = config;

  # What an option of `extra` needs of the container's own options. extra-container
  # stops the evaluation (`throw`) where the value that needs it is built, inside the
  # container's system; ncc checks the same as the host's assertions, which it reads,
  # each shown at the container's definition (`_nccAbout`, which only ncc reads).
  needs = name: container: [
    {
      assertion = !(container.extra.exposeLocalhost && container.privateNetwork) || container.localAddress != null;
      message = "container '${name}': option extra.exposeLocalhost requires localAddress to be set";
      _nccAbout = [ "containers" name ];
    }
    {
      assertion = !(container.extra.firewallAllowHost && container.privateNetwork) || container.hostAddress != null;
      message = "container '${name}': option extra.firewallAllowHost requires hostAddress to be set";
      _nccAbout = [ "containers" name ];
    }
    {
      assertion = !(container.extra.enableWAN && container.privateNetwork) || container.localAddress != null;
      message = "container '${name}': option extra.enableWAN requires localAddress to be set";
      _nccAbout = [ "containers" name ];
    }
    {
      assertion = !container.extra.enableSSH || container.privateNetwork;
      message = "container '${name}': option extra.enableSSH requires privateNetwork to be enabled";
      _nccAbout = [ "containers" name ];
    }
  ];

  containerModule = { config, name, ... }: let container = config; in {
    options.extra = {
      addressPrefix = mkOption {
        type = types.nullOr types.str;
        default = null;
        example = "10.250.0";
        description = "Puts the container on a private network whose host side is `<addressPrefix>.1` and whose container side is `<addressPrefix>.2`.";
      };
      enableWAN = mkOption {
        type = types.bool;
        default = false;
        description = "Whether the container reaches the outside through the host's address (NAT). Only with `privateNetwork`.";
      };
      exposeLocalhost = mkOption {
        type = types.bool;
        default = false;
        description = "Whether requests to the container's address are forwarded to its localhost. Only with `privateNetwork`.";
      };
      firewallAllowHost = mkOption {
        type = types.bool;
        default = false;
        description = "Whether the container's firewall always accepts the host. Only with `privateNetwork`.";
      };
      # extra-container's default is whether `extra-container create --ssh` set the
      # environment variable `extraContainerSSH`; ncc checks the configuration as it is
      # built without `--ssh`.
      enableSSH = mkOption {
        type = types.bool;
        default = false;
        description = "Whether the container runs sshd with a key extra-container generates. Needs `privateNetwork`.";
      };
    };

    config = mkMerge [
      (mkIf (container.extra.addressPrefix != null) {
        privateNetwork = true;
        hostAddress = "${container.extra.addressPrefix}.1";
        localAddress = "${container.extra.addressPrefix}.2";
      })
      {
        config = { config, pkgs, ... }: mkMerge [
          {
            systemd.services.forward-to-localhost = mkIf (container.extra.exposeLocalhost && container.privateNetwork) {
              wantedBy = [ "network.target" ];
              script = ''
                ${pkgs.procps}/bin/sysctl -w net.ipv4.conf.all.route_localnet=1
                ${pkgs.iptables}/bin/iptables -w -t nat -I PREROUTING -p tcp -d ${toString container.localAddress} ! --dport 80 -j DNAT --to-destination 127.0.0.1
              '';
            };
            networking.firewall.extraCommands = mkIf (container.extra.firewallAllowHost && container.privateNetwork) ''
              iptables -w -A nixos-fw -s ${toString container.hostAddress} -j ACCEPT
            '';
            system.stateVersion = mkDefault config.system.nixos.release;
          }
          (mkIf container.extra.enableSSH {
            services.openssh.enable = true;
            users.users.root.openssh.authorizedKeys.keyFiles = [ "/tmp/extra-container-ssh/key.pub" ];
          })
        ];
      }
    ];
  };

  # The containers whose traffic the host masquerades.
  wan = lib.filterAttrs (_: container: container.privateNetwork && container.extra.enableWAN) host.containers;
in
{
  _file = "<ncc stand-in for extra-container>";

  options.containers = mkOption {
    type = types.attrsOf (types.submodule containerModule);
  };

  config.assertions = lib.concatLists (lib.mapAttrsToList needs host.containers);

  config.systemd.services = lib.mapAttrs' (name: container:
    lib.nameValuePair "container@${name}" {
      preStart = "${pkgs.iptables}/bin/iptables -w -t nat -A POSTROUTING -s ${toString container.localAddress} -j MASQUERADE";
      postStop = "${pkgs.iptables}/bin/iptables -w -t nat -D POSTROUTING -s ${toString container.localAddress} -j MASQUERADE || true";
    }) wan;
}
