# The one declaration of the options ncc checks: `containers.<name>` as current NixOS
# declares it, and the host options it reads. Written for ncc from the option table of
# the NixOS containers module (see shared/spec/nixos-containers.md §3).
{ lib, config, ... }:
let
  inherit (lib) mkOption types;

  networkOptions = {
    hostBridge = mkOption {
      type = types.nullOr types.str;
      default = null;
      example = "br0";
      description = "Put the host-side of the veth-pair into the named bridge. Only one of hostAddress* or hostBridge can be given.";
    };
    forwardPorts = mkOption {
      type = types.listOf (types.submodule {
        options = {
          protocol = mkOption { type = types.str; default = "tcp"; description = "The protocol specifier for port forwarding between host and container"; };
          hostPort = mkOption { type = types.port; description = "Source port of the external interface on host"; };
          containerPort = mkOption { type = types.nullOr types.port; default = null; description = "Target port of container"; };
        };
      });
      default = [ ];
      description = "List of forwarded ports from host to container. Each forwarded port is specified by protocol, hostPort and containerPort.";
    };
    hostAddress = mkOption { type = types.nullOr types.str; default = null; example = "10.231.136.1"; description = "The IPv4 address assigned to the host interface. (Not used when hostBridge is set.)"; };
    hostAddress6 = mkOption { type = types.nullOr types.str; default = null; example = "fc00::1"; description = "The IPv6 address assigned to the host interface. (Not used when hostBridge is set.)"; };
    localAddress = mkOption { type = types.nullOr types.str; default = null; example = "10.231.136.2"; description = "The IPv4 address assigned to the interface in the container. If a hostBridge is used, this should be given with netmask to access the whole network."; };
    localAddress6 = mkOption { type = types.nullOr types.str; default = null; example = "fc00::2"; description = "The IPv6 address assigned to the interface in the container. If a hostBridge is used, this should be given with netmask to access the whole network."; };
    localMacAddress = mkOption { type = types.nullOr (types.strMatching "([0-9a-fA-F]{2}:){5}[0-9a-fA-F]{2}"); default = null; example = "aa:bb:cc:dd:ee:ff"; description = "MAC address of the container's main interface."; };
  };

  containerOptions = { name, config, options, ... }: {
    options = {
      config = mkOption {
        description = "A specification of the desired configuration of this container, as a NixOS module.";
        type = types.deferredModule;
      };
      path = mkOption {
        type = types.path;
        example = "/nix/var/nix/profiles/per-container/webserver";
        description = "As an alternative to specifying config, you can specify the path to the evaluated NixOS system configuration, typically a symlink to a system profile.";
      };
      additionalCapabilities = mkOption { type = types.listOf types.str; default = [ ]; example = [ "CAP_NET_ADMIN" "CAP_MKNOD" ]; description = "Grant additional capabilities to the container. See the capabilities(7) and systemd-nspawn(1) man pages for more information."; };
      nixpkgs = mkOption { type = types.path; default = "/nix/var/nix/profiles/per-user/root/channels/nixos"; description = "A path to the nixpkgs that provide the modules, pkgs and lib for evaluating the container."; };
      specialArgs = mkOption { type = types.attrsOf types.unspecified; default = { }; description = "A set of special arguments to be passed to NixOS modules."; };
      ephemeral = mkOption { type = types.bool; default = false; description = "Runs container in ephemeral mode with the empty root filesystem at boot."; };
      enableTun = mkOption { type = types.bool; default = false; description = "Allows the container to create and setup tunnel interfaces by granting the NET_ADMIN capability and enabling access to /dev/net/tun."; };
      copyResolvConf = mkOption { type = types.bool; default = true; description = "Copy the host's resolv.conf into the container's /etc."; };
      privateNetwork = mkOption { type = types.bool; default = false; description = "Whether to give the container its own private virtual Ethernet interface."; };
      networkNamespace = mkOption { type = types.nullOr types.path; default = null; description = "Takes the path to a file representing a kernel network namespace that the container shall run in."; };
      privateUsers = mkOption { type = types.either types.ints.u32 (types.enum [ "no" "identity" "pick" ]); default = "no"; description = "Whether to give the container its own private UIDs/GIDs space (user namespacing)."; };
      interfaces = mkOption { type = types.listOf types.str; default = [ ]; example = [ "eth1" "eth2" ]; description = "The list of interfaces to be moved into the container."; };
      macvlans = mkOption { type = types.listOf types.str; default = [ ]; example = [ "eth1" "eth2" ]; description = "The list of host interfaces from which macvlans will be created."; };
      extraVeths = mkOption { type = types.attrsOf (types.submodule { options = networkOptions; }); default = { }; description = "Extra veth-pairs to be created for the container."; };
      autoStart = mkOption { type = types.bool; default = false; description = "Whether the container is automatically started at boot-time."; };
      restartIfChanged = mkOption { type = types.bool; default = true; description = "Whether the container should be restarted during a NixOS configuration switch if its definition has changed."; };
      timeoutStartSec = mkOption { type = types.str; default = "1min"; description = "Time for the container to start."; };
      bindMounts = mkOption {
        type = types.attrsOf (types.submodule ({ name, ... }: {
          options = {
            mountPoint = mkOption { type = types.str; example = "/mnt/usb"; description = "Mount point on the container file system."; };
            hostPath = mkOption { type = types.nullOr types.str; default = null; example = "/home/alice"; description = "Location of the host path to be mounted."; };
            isReadOnly = mkOption { type = types.bool; default = true; description = "Determine whether the mounted path will be accessed in read-only mode."; };
          };
          config.mountPoint = lib.mkDefault name;
        }));
        default = { };
        description = "An extra list of directories that is bound to the container.";
      };
      allowedDevices = mkOption {
        type = types.listOf (types.submodule {
          options = {
            node = mkOption { type = types.str; example = "/dev/net/tun"; description = "Path to device node"; };
            modifier = mkOption { type = types.str; example = "rw"; description = "Device node access modifier. Takes a combination r (read), w (write), and m (mknod)."; };
          };
        });
        default = [ ];
        description = "A list of device nodes to which the containers has access to.";
      };
      tmpfs = mkOption { type = types.listOf types.str; default = [ ]; example = [ "/var" ]; description = "Mounts a set of tmpfs file systems into the container."; };
      extraFlags = mkOption { type = types.listOf types.str; default = [ ]; example = [ "--drop-capability=CAP_SYS_CHROOT" ]; description = "Extra flags passed to the systemd-nspawn command."; };
      pkgs = mkOption {
        visible = false;
        description = "Removed: this option no longer has any effect.";
      };
      flake = mkOption { type = types.nullOr types.str; default = null; example = "github:NixOS/nixpkgs/master"; description = "The Flake URI of the NixOS configuration to use for the container."; };
    } // networkOptions;
  };
in
{
  options = {
    system.stateVersion = mkOption { type = types.str; default = "25.11"; description = "The NixOS release with whose defaults the host's stateful data was first created."; };
    boot.enableContainers = mkOption { type = types.bool; default = config.containers != { }; description = "Whether to enable support for NixOS containers."; };
    assertions = mkOption {
      type = types.listOf types.unspecified;
      internal = true;
      default = [ ];
      example = [ { assertion = false; message = "you can't enable this for that reason"; } ];
      description = "Conditions that must hold, each with the message to show when it does not.";
    };
    warnings = mkOption {
      type = types.listOf types.str;
      internal = true;
      default = [ ];
      example = [ "The `foo' service is deprecated and will go away soon!" ];
      description = "Messages to show as warnings.";
    };
    boot.isContainer = mkOption { type = types.bool; default = false; description = "Whether this NixOS machine is a lightweight container running in another NixOS system."; };
    containers = mkOption {
      type = types.attrsOf (types.submodule containerOptions);
      default = { };
      description = "A set of NixOS system configurations to be run as lightweight containers.";
    };
  };
}
