# The one declaration of the options ncc checks: `containers.<name>` as current NixOS
# declares it, and the host options containers meet (`networking.nat`, bridges,
# interfaces, the firewall, `systemd.services."container@<name>"`...). Written for ncc from
# the option tables of the NixOS modules that declare them (virtualisation/nixos-containers.nix,
# services/networking/nat.nix, tasks/network-interfaces.nix, services/networking/firewall.nix,
# lib/systemd-unit-options.nix). These are only part of what NixOS declares under
# `networking`, `boot`, `systemd`...: their undeclared siblings belong to the host's open
# world, and the submodules NixOS keeps open (a unit, an interface) take a `freeformType`.
{ lib, config, options, ... }:
let
  inherit (lib) mkOption types;
  host = config;

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

  # The type of one `serviceConfig` or `unitConfig` setting, as NixOS's systemd module
  # declares it (`unitOption`): if any definition is a list, the definitions are
  # concatenated, each a list or one entry (`ExecStartPre = "/bin/setup"` beside NixOS's
  # own list); otherwise they must agree. NixOS checks no value (ncc takes a value not in
  # a list to be a plain one: a set there is no setting); `null` (`StateDirectory =
  # lib.mkForce null;`, to drop what a module sets) is written as an empty assignment,
  # `StateDirectory=`, which resets the setting.
  unitScalar = types.oneOf [ types.bool types.int types.float types.str types.path types.package ];
  # (Merged natively, as `_nccKind` says: a conflict points at the definitions.)
  unitOption = types.nullOr unitScalar // {
    _nccKind = "unitOption";
    name = "systemd option";
    description = "systemd option";
    elemType = types.nullOr unitScalar;
  };

  # The settings of a unit, which NixOS's own modules fill too (`services.forgejo` sets
  # `systemd.services.forgejo.environment.FORGEJO_CUSTOM`): one no module ncc evaluates
  # defines is unknown when read, not missing.
  openEntries = elemType: types.attrsOf elemType // { _nccOpenEntries = true; };

  # An older name of an option, as lib's `mkAliasOptionModule` declares it: its value is
  # the option's, and its definitions are moved there (`config.users` below).
  alias = target: value: mkOption { visible = false; description = "Alias of `${target}`."; apply = _: value; };

  unitList = description: mkOption { type = types.listOf types.str; default = [ ]; inherit description; };

  # `systemd.services.<name>`: the unit options containers meet; with `openWorldModule`,
  # an open-world rest (the scripts, `path`, `startAt`, `confinement`... that NixOS also
  # declares, with defaults ncc does not know), and units only NixOS's modules define
  # (`config.systemd.services.postgresql.name`) are unknown, not missing.
  serviceModule = { name, ... }: {
    options = {
      name = mkOption { type = types.str; description = "The name of this systemd unit, including its extension. This can be used to refer to this unit from other systemd units."; };
      enable = mkOption { type = types.bool; default = true; description = "If set to false, this unit will be a symlink to /dev/null. This is primarily useful to prevent specific template instances (e.g. serial-getty@ttyS0) from being started."; };
      overrideStrategy = mkOption { type = types.enum [ "asDropinIfExists" "asDropin" ]; default = "asDropinIfExists"; description = "Defines how unit configuration is provided for systemd: `asDropinIfExists` creates a unit file when no unit file is provided by the package, otherwise a drop-in file; `asDropin` always creates a drop-in file."; };
      description = mkOption { type = types.singleLineStr; default = ""; description = "Description of this unit used in systemd messages and progress indicators."; };
      documentation = unitList "A list of URIs referencing documentation for this unit or its configuration.";
      requires = unitList "Start the specified units when this unit is started, and stop this unit when the specified units are stopped or fail.";
      wants = unitList "Start the specified units when this unit is started.";
      upholds = unitList "Keeps the specified running while this unit is running. A continuous version of `wants`.";
      after = unitList "If the specified units are started at the same time as this unit, delay this unit until they have started.";
      before = unitList "If the specified units are started at the same time as this unit, delay them until this unit has started.";
      bindsTo = unitList "Like ‘requires’, but in addition, if the specified units unexpectedly disappear, this unit will be stopped as well.";
      partOf = unitList "If the specified units are stopped or restarted, then this unit is stopped or restarted as well.";
      conflicts = unitList "If the specified units are started, then this unit is stopped and vice versa.";
      requisite = unitList "Similar to requires. However if the specified units are not started, they will not be started and the transaction will fail.";
      onFailure = unitList "A list of one or more units that are activated when this unit enters the \"failed\" state.";
      onSuccess = unitList "A list of one or more units that are activated when this unit enters the \"inactive\" state.";
      wantedBy = unitList "Units that want (i.e. depend on) this unit.";
      requiredBy = unitList "Units that require (i.e. depend on and need to go down with) this unit.";
      upheldBy = unitList "Keep this unit running as long as the listed units are running.";
      unitConfig = mkOption { type = openEntries unitOption; default = { }; example = { RequiresMountsFor = "/data"; }; description = "Each attribute in this set specifies an option in the `[Unit]` section of the unit file."; };
      serviceConfig = mkOption { type = openEntries unitOption; default = { }; example = { RestartSec = 5; MemoryMax = "2G"; }; description = "Each attribute in this set specifies an option in the `[Service]` section of the unit file."; };
      environment = mkOption { type = openEntries (types.nullOr (types.oneOf [ types.str types.path types.package ])); default = { }; example = { PATH = "/foo/bar/bin"; LANG = "nl_NL.UTF-8"; }; description = "Environment variables passed to the service's processes."; };
      restartIfChanged = mkOption { type = types.bool; default = true; description = "Whether the service should be restarted during a NixOS configuration switch if its definition has changed."; };
    };
    config = lib.mkMerge [
      # As NixOS's systemd module names every service unit.
      { name = "${name}.service"; }
      (containerUnitSettings name)
    ];
  };

  # What NixOS's containers module itself defines for a declared container's unit, so
  # that a definition of the same setting merges with it (or conflicts) as in NixOS.
  # Lists (`after`, `wants`, `DeviceAllow`...) are left to code generation, which puts
  # NixOS's entries first as `evalModules` does; but the scripts' two, which a host may
  # replace (`mkForce`), are here. The values are ncc's (its reload
  # script, its unit `PATH`): they must agree with codegen/unit.rs, which tests check.
  containerUnitSettings = name:
    let
      containerName = lib.removePrefix "container@" name;
      container = host.containers.${containerName};
      legacy = !(lib.versionAtLeast host.system.stateVersion "22.05");
      directoryName = if legacy then "containers" else "nixos-containers";
    in
    lib.mkIf (lib.hasPrefix "container@" name && containerName != "" && host.containers ? ${containerName} && host.boot.enableContainers) {
      description = "Container '%i'";
      environment = {
        INSTANCE = "%i";
        PATH = "/run/current-system/sw/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
        root = if container.ephemeral then "/run/nixos-containers/%i" else "/var/lib/${directoryName}/%i";
      };
      restartIfChanged = container.autoStart && container.restartIfChanged;
      serviceConfig = {
        Delegate = true;
        DevicePolicy = "closed";
        EnvironmentFile = "-/etc/${directoryName}/%i.conf";
        ExecReload = "/etc/ncc/scripts/reload-container";
        # NixOS's systemd module makes the unit's `preStart` and `postStart` these one-entry
        # lists, so a host's entries follow them, and a stronger definition (`mkForce`)
        # replaces them: the template's scripts, which codegen puts back where they stand.
        # And `script` the one value of `ExecStart` (a string: a host's own conflicts with
        # it, as in NixOS, unless stronger; a list of the host's joins it).
        ExecStart = "/etc/ncc/scripts/container_-start";
        ExecStartPost = [ "/etc/ncc/scripts/container_-post-start" ];
        ExecStartPre = [ "/etc/ncc/scripts/container_-pre-start" ];
        KillMode = "mixed";
        KillSignal = "TERM";
        Restart = "on-failure";
        RestartForceExitStatus = "133";
        Slice = "machine.slice";
        SuccessExitStatus = "133";
        SyslogIdentifier = "container %i";
        TimeoutStartSec = container.timeoutStartSec;
        Type = "notify";
      };
    };

  addressModule = bits: {
    options = {
      address = mkOption { type = types.str; description = "IPv${toString bits} address of the interface. Leave empty to configure the interface using DHCP."; };
      prefixLength = mkOption { type = types.ints.between 0 bits; description = "Subnet mask of the interface, specified as the number of bits in the prefix."; };
    };
  };

  # `networking.interfaces.<name>`: the addresses, and a freeform rest (`useDHCP`, `mtu`,
  # routes, `wakeOnLan`...) that NixOS also declares.
  interfaceModule = {
    freeformType = types.attrsOf types.unspecified;
    options = {
      ipv4.addresses = mkOption { type = types.listOf (types.submodule (addressModule 32)); default = [ ]; example = [ { address = "10.0.0.1"; prefixLength = 16; } ]; description = "List of IPv4 addresses that will be statically assigned to the interface."; };
      ipv6.addresses = mkOption { type = types.listOf (types.submodule (addressModule 128)); default = [ ]; example = [ { address = "fdfd:b3f0:482::1"; prefixLength = 48; } ]; description = "List of IPv6 addresses that will be statically assigned to the interface."; };
      useDHCP = mkOption { type = types.nullOr types.bool; default = null; description = "Whether this interface should be configured with DHCP. Overrides the default set by networking.useDHCP."; };
    };
  };

  natForwardPort = {
    options = {
      sourcePort = mkOption { type = types.either types.int (types.strMatching "[[:digit:]]+:[[:digit:]]+"); example = 8080; description = "Source port of the external interface; to specify a port range, use a string with a colon (e.g. \"60000:61000\")"; };
      destination = mkOption { type = types.str; example = "10.0.0.1:80"; description = "Forward connection to destination ip:port (or [ipv6]:port); to specify a port range, use ip:start-end"; };
      proto = mkOption { type = types.str; default = "tcp"; example = "udp"; description = "Protocol of forwarded connection"; };
      loopbackIPs = mkOption { type = types.listOf types.str; default = [ ]; example = [ "55.1.2.3" ]; description = "Public IPs for NAT reflection; for connections to `loopbackip:sourcePort` from the host itself and from other hosts behind NAT"; };
    };
  };

  # A submodule of which NixOS declares options ncc does not model: they belong to the open
  # world (lib-nix's OPEN_WORLD_TYPE), read as defined, unknown where nothing defines them.
  openWorldModule = { freeformType = lib.mkOptionType { name = "ncc-open-world"; }; };

  # `services.n8n.environment`: where n8n keeps its data.
  n8nEnvironmentModule = {
    options.N8N_USER_FOLDER = mkOption { type = types.path; default = "/var/lib/n8n"; description = "Provide the path where n8n will create the .n8n folder. This directory stores user-specific data, such as database file and encryption key."; };
  };

  # `security.acme.certs.<name>`: where NixOS keeps the certificate (`certOpts`).
  acmeCertModule = { name, ... }: {
    options.directory = mkOption { type = types.str; readOnly = true; default = "/var/lib/acme/${name}"; description = "Directory where certificate and other state is stored."; };
  };

  containerOptions = { name, config, options, ... }: {
    options = {
      config = mkOption {
        description = "A specification of the desired configuration of this container, as a NixOS module.";
        # Read back, the option is the container's whole NixOS configuration
        # (`config.containers.web.config.services.nginx.enable`), which ncc evaluates
        # apart: what its modules do not define is unknown there, not missing.
        type = types.deferredModule // { nccConfiguration = true; };
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

    # As NixOS: `config` defines `path` (its system's toplevel, which ncc cannot build: a
    # placeholder store path stands for it), and so does `flake`; both with `path` given
    # too is a conflict.
    config = lib.mkMerge [
      (lib.mkIf options.config.isDefined {
        path = "/nix/store/00000000000000000000000000000000-ncc-placeholder-nixos-system-${name}";
      })
      (lib.mkIf (config.flake != null) {
        path = "/nix/var/nix/profiles/per-container/${name}";
      })
    ];
  };
in
{
  # What virtualisation/nixos-containers.nix declares, as a module of its own with the key
  # `disabledModules` names it by (lib-nix's collect.rs reads "virtualisation/nixos-
  # containers.nix", `modulesPath + "/virtualisation/nixos-containers.nix"` and
  # `<nixpkgs/nixos/modules/virtualisation/nixos-containers.nix>` as this key): a host that
  # disables it and imports a copy of its own declares these options itself.
  imports = [
    # NixOS's own options that hosts' modules read where no module defines them, each as
    # its NixOS module declares it and keyed by that module's file, so that a host that
    # disables the module (`disabledModules`) and imports a copy of its own declares them
    # itself: the switches modules take their own defaults from (`default =
    # config.virtualisation.docker.enable || config.virtualisation.podman.enable;`, `mkIf
    # config.services.caddy.enable`; a service is off unless a module turns it on), and
    # settings hosts read for their containers and proxies (a bind mount at nextcloud's
    # home, bazarr's and glances' ports). The services' other options stay in the open
    # world. Only those the hosts of the corpora read.
    { key = "nixos:virtualisation/docker.nix"; options.virtualisation.docker.enable = mkOption { type = types.bool; default = false; description = "This option enables docker, a daemon that manages linux containers."; }; }
    { key = "nixos:virtualisation/podman/default.nix"; options.virtualisation.podman.enable = mkOption { type = types.bool; default = false; description = "This option enables Podman, a daemonless container engine for developing, managing, and running OCI Containers on your Linux System."; }; }
    { key = "nixos:virtualisation/libvirtd.nix"; options.virtualisation.libvirtd.enable = mkOption { type = types.bool; default = false; description = "This option enables libvirtd, a daemon that manages virtual machines."; }; }
    { key = "nixos:services/web-servers/caddy/default.nix"; options.services.caddy.enable = mkOption { type = types.bool; default = false; example = true; description = "Whether to enable Caddy web server."; }; }
    { key = "nixos:services/networking/pdns-recursor.nix"; options.services.pdns-recursor.enable = mkOption { type = types.bool; default = false; example = true; description = "Whether to enable PowerDNS Recursor, a recursive DNS server."; }; }
    { key = "nixos:services/monitoring/telegraf.nix"; options.services.telegraf.enable = mkOption { type = types.bool; default = false; example = true; description = "Whether to enable telegraf server."; }; }
    { key = "nixos:virtualisation/containers.nix"; options.virtualisation.containers.enable = mkOption { type = types.bool; default = false; description = "This option enables the common /etc/containers configuration module (for Podman and other OCI tools; NixOS containers are `containers.<name>`)."; }; }
    { key = "nixos:services/web-apps/nextcloud.nix"; options.services.nextcloud.home = mkOption { type = types.str; default = "/var/lib/nextcloud"; description = "Storage path of nextcloud."; }; }
    { key = "nixos:services/misc/bazarr.nix"; options.services.bazarr.listenPort = mkOption { type = types.port; default = 6767; description = "Port on which the bazarr web interface should listen"; }; }
    { key = "nixos:config/zram.nix"; options.zramSwap.enable = mkOption { type = types.bool; default = false; description = "Enable in-memory compressed devices and swap space provided by the zram kernel module."; }; }
    { key = "nixos:services/monitoring/glances.nix"; options.services.glances.port = mkOption { type = types.port; default = 61208; description = "Port the server will isten on."; }; }
    {
      key = "nixos:virtualisation/nixos-containers.nix";
      options = {
        # As NixOS: a machine evaluated on its own that runs in an nspawn container says
        # so with `boot.isNspawnContainer`, and `boot.isContainer` follows it.
        boot.isContainer = mkOption { type = types.bool; default = config.boot.isNspawnContainer; description = "Whether this NixOS machine is a lightweight container running in another NixOS system."; };
        boot.isNspawnContainer = mkOption { type = types.bool; default = false; description = "Whether the machine is running in an nspawn container."; };
        boot.enableContainers = mkOption { type = types.bool; default = config.containers != { }; description = "Whether to enable support for NixOS containers."; };
        containers = mkOption {
          type = types.attrsOf (types.submodule containerOptions);
          default = { };
          description = "A set of NixOS system configurations to be run as lightweight containers.";
        };
      };
      # As NixOS, the unit of the template and of each declared container, so that the
      # host may read them (`config.systemd.services."container@web".name`) whether or not
      # it defines anything for them. What NixOS puts in them comes from `serviceModule`
      # (and from code generation, for its lists); ncc reads as the host's own only the
      # units a module of the host defines (config/host.rs).
      config = lib.mkIf config.boot.enableContainers {
        systemd.services = { "container@" = { }; }
          // lib.mapAttrs' (name: _: lib.nameValuePair "container@${name}" { }) config.containers;
      };
    }
  ];

  options = {
    system.stateVersion = mkOption { type = types.str; default = "25.11"; description = "The NixOS release with whose defaults the host's stateful data was first created."; };
    # NixOS's misc/version.nix takes the release from nixpkgs lib, which ncc's lib is
    # (DESIGN.md §8.4): hosts gate settings on it (`versionAtLeast config.system.nixos.release`).
    system.nixos.release = mkOption { readOnly = true; type = types.str; default = lib.trivial.release; description = "The NixOS release of the nixpkgs the system is built from, as `25.11`."; };
    system.nixos.codeName = mkOption { readOnly = true; type = types.str; default = lib.trivial.codeName; description = "The code name of that release, as `Xantusia`."; };
    # NixOS's system/activation/top-level.nix: hosts name things after it (`hostName =
    # config.system.name`), which without it was unknown.
    system.name = mkOption { type = types.str; default = if config.networking.hostName == "" then "unnamed" else config.networking.hostName; description = "The name of the system used in the `system.build.toplevel` derivation's name."; };
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
    # As NixOS's virtualisation/oci-containers.nix: hosts name units after the backend
    # (`"${backend}-${name}"`, as NixOS names each OCI container's), which without its
    # default was unknown.
    virtualisation.oci-containers.backend = mkOption { type = types.enum [ "podman" "docker" ]; default = if lib.versionAtLeast config.system.stateVersion "22.05" then "podman" else "docker"; description = "The underlying Docker implementation to use."; };
    # As NixOS's virtualisation/oci-containers.nix: each OCI container's unit is named by
    # its `serviceName`, `<backend>-<name>` unless set, which modules read to add to the unit
    # (`systemd.services.${config.virtualisation.oci-containers.containers.db.serviceName}`).
    # The container's other options stay in the open world.
    virtualisation.oci-containers.containers = mkOption {
      type = types.attrsOf (types.submodule [
        openWorldModule
        ({ name, ... }: {
          options.serviceName = mkOption { type = types.str; default = "${config.virtualisation.oci-containers.backend}-${name}"; description = "Systemd service name that manages the container."; };
        })
      ]);
      default = { };
      description = "OCI (Docker) containers to run as systemd services. ncc checks none of a container's options but `serviceName`.";
    };
    # Nix itself is on unless a module turns it off, as NixOS declares it (hosts' modules
    # read it to decide what to add to its settings).
    nix.enable = mkOption { type = types.bool; default = true; description = "Whether to enable Nix. Disabling Nix makes the system hard to modify and the Nix programs and configuration will not be made available by NixOS itself."; };

    networking = {
      # NixOS's default is `config.system.nixos.distroId`, "nixos" on NixOS itself.
      hostName = mkOption { type = types.strMatching "^$|^[[:alnum:]]([[:alnum:]_-]{0,61}[[:alnum:]])?$"; default = "nixos"; description = "The name of the machine. Leave it empty if you want to obtain it from a DHCP server (if using DHCP). The hostname must be a valid DNS label and as such must not contain the domain part."; };
      extraHosts = mkOption { type = types.lines; default = ""; example = "192.168.0.1 lanlocalhost"; description = "Additional verbatim entries to be appended to /etc/hosts."; };
      # As NixOS's network-interfaces.nix: the domain is unset unless a module sets it (the
      # FQDN is defined from it below).
      domain = mkOption { type = types.nullOr types.str; default = null; example = "home.arpa"; description = "The system domain name, joined to the host name to make the FQDN."; };
      networkmanager.enable = mkOption { type = types.bool; default = false; description = "Whether to use NetworkManager to obtain an IP address and other configuration for all network interfaces that are not manually configured."; };
      nftables.enable = mkOption { type = types.bool; default = false; description = "Whether to enable nftables and use the nftables based firewall and NAT. nftables matches interface name wildcards written with `*`, iptables with `+`."; };
      nftables.ruleset = mkOption { type = types.lines; default = ""; example = "table inet filter { }"; description = "The ruleset to be used with nftables, in nft's own syntax. ncc reads it only for address translation written by hand (`masquerade`, `snat`)."; };
      interfaces = mkOption { type = types.attrsOf (types.submodule interfaceModule); default = { }; example = { eth0.ipv4.addresses = [ { address = "131.211.84.78"; prefixLength = 25; } ]; }; description = "The configuration for each network interface."; };
      bridges = mkOption {
        type = types.attrsOf (types.submodule {
          options = {
            interfaces = mkOption { type = types.listOf types.str; example = [ "eth0" "eth1" ]; description = "The physical network interfaces connected by the bridge."; };
            rstp = mkOption { type = types.bool; default = false; description = "Whether the bridge interface should enable rstp."; };
          };
        });
        default = { };
        example = { br0.interfaces = [ "eth0" "eth1" ]; };
        description = "Ethernet bridge devices that connect physical networks together, by the name of the bridge's network interface.";
      };
      nat = {
        enable = mkOption { type = types.bool; default = false; description = "Whether to enable Network Address Translation (NAT). A properly configured firewall or a trusted L2 on all network interfaces is required to prevent unauthorized access to the internal network."; };
        enableIPv6 = mkOption { type = types.bool; default = false; description = "Whether to enable IPv6 NAT."; };
        internalInterfaces = mkOption { type = types.listOf types.str; default = [ ]; example = [ "eth0" ]; description = "The interfaces for which to perform NAT. Packets coming from these interface and destined for the external interface will be rewritten."; };
        internalIPs = mkOption { type = types.listOf types.str; default = [ ]; example = [ "192.168.1.0/24" ]; description = "The IP address ranges for which to perform NAT. Packets coming from these addresses (on any interface) and destined for the external interface will be rewritten."; };
        internalIPv6s = mkOption { type = types.listOf types.str; default = [ ]; example = [ "fc00::/64" ]; description = "The IPv6 address ranges for which to perform NAT. Packets coming from these addresses (on any interface) and destined for the external interface will be rewritten."; };
        externalInterface = mkOption { type = types.nullOr types.str; default = null; example = "eth1"; description = "The name of the external network interface."; };
        externalIP = mkOption { type = types.nullOr types.str; default = null; example = "203.0.113.123"; description = "The public IP address to which packets from the local network are to be rewritten. If this is left empty, the IP address associated with the external interface will be used."; };
        dmzHost = mkOption { type = types.nullOr types.str; default = null; example = "10.0.0.1"; description = "The local IP address to which all traffic that does not match any forwarding rule is forwarded."; };
        extraCommands = mkOption { type = types.lines; default = ""; example = "iptables -A INPUT -p icmp -j ACCEPT"; description = "Additional shell commands executed as part of the NAT initialisation script. ncc reads them only for address translation written by hand (`MASQUERADE`, `SNAT`)."; };
        forwardPorts = mkOption { type = types.listOf (types.submodule natForwardPort); default = [ ]; example = [ { sourcePort = 8080; destination = "10.0.0.1:80"; proto = "tcp"; } ]; description = "List of forwarded ports from the external interface to internal destinations by using DNAT. Destination can be IPv6 if IPv6 NAT is enabled."; };
      };
      firewall = {
        enable = mkOption { type = types.bool; default = true; description = "Whether to enable the firewall. This is a simple stateful firewall that blocks connection attempts to unauthorised TCP or UDP ports on this machine."; };
        allowedTCPPorts = mkOption { type = types.listOf types.port; default = [ ]; example = [ 22 80 ]; description = "List of TCP ports on which incoming connections are accepted."; };
        allowedUDPPorts = mkOption { type = types.listOf types.port; default = [ ]; example = [ 53 ]; description = "List of open UDP ports."; };
        extraCommands = mkOption { type = types.lines; default = ""; example = "iptables -A INPUT -p icmp -j ACCEPT"; description = "Additional shell commands executed as part of the firewall initialisation script. ncc reads them only for address translation written by hand (`MASQUERADE`, `SNAT`)."; };
        trustedInterfaces = mkOption { type = types.listOf types.str; default = [ ]; example = [ "enp0s2" ]; description = "Traffic coming in from these interfaces will be accepted unconditionally. Traffic from the loopback (lo) interface will always be accepted."; };
      };
    };

    # NixOS declares a user's and a group's options (users-groups.nix); ncc models none of
    # them, but declares the sets so that a module declaring them again to add its own
    # (`options.users.users = mkOption { type = attrsOf (submodule { config.uid = ...; }); }`)
    # extends NixOS's submodule, as nixpkgs merges the two declarations, rather than
    # standing alone.
    users.users = mkOption {
      type = types.attrsOf (types.submodule openWorldModule);
      default = { };
      description = "Additional user accounts to be created automatically by the system. ncc checks none of a user's options.";
    };
    users.groups = mkOption {
      type = types.attrsOf (types.submodule openWorldModule);
      default = { };
      description = "Additional groups to be created automatically by the system. ncc checks none of a group's options.";
    };
    # As NixOS's users-groups.nix (`mkAliasOptionModule`, written out here to spare every
    # host its module): `users.extraUsers` and `users.extraGroups` are older names of the
    # two, whose definitions merge with theirs and whose values are theirs.
    users.extraUsers = alias "users.users" config.users.users;
    users.extraGroups = alias "users.groups" config.users.groups;

    # The same for nginx's virtual hosts (nixos/modules/services/web-servers/nginx), which
    # modules extend the same way (`options.services.nginx.virtualHosts = mkOption { type =
    # attrsOf (submodule { options.selfSigned = ...; config.sslCertificate = ...; }); }`).
    services.nginx.virtualHosts = mkOption {
      type = types.attrsOf (types.submodule openWorldModule);
      default = { };
      description = "Declarative vhost config. ncc checks none of a virtual host's options.";
    };

    # The same for borgbackup's jobs and repositories (nixos/modules/services/backup),
    # whose submodules hosts extend (`options.services.borgbackup.jobs = mkOption { type =
    # attrsOf (submodule { options.sshKey = ...; }); }`, declared without a default): as
    # NixOS, a host that defines none has `{ }`, not an unknown value.
    services.borgbackup.jobs = mkOption {
      type = types.attrsOf (types.submodule openWorldModule);
      default = { };
      description = "Deduplicating backups using BorgBackup. ncc checks none of a job's options.";
    };
    services.borgbackup.repos = mkOption {
      type = types.attrsOf (types.submodule openWorldModule);
      default = { };
      description = "Serve BorgBackup repositories to given public SSH keys, restricting their access to the repository only. ncc checks none of a repository's options.";
    };

    # n8n's environment (nixos/modules/services/misc/n8n.nix, recent releases): a submodule of
    # variables of which NixOS declares some with defaults; ncc declares the data folder,
    # which hosts read (a container bind-mounting it) whether or not n8n is enabled.
    services.n8n.environment = mkOption {
      type = types.submodule [ n8nEnvironmentModule openWorldModule ];
      default = { };
      description = "Environment variables passed to the n8n service. ncc checks none of them but `N8N_USER_FOLDER`.";
    };

    # NixOS's ACME certificates (nixos/modules/security/acme): of a certificate's options
    # ncc declares `directory`, read-only where NixOS keeps it, which modules read to serve
    # or bind-mount the certificate; the others are the open world's. NixOS's own modules
    # add certificates too (a web server's `enableACME`): one no module ncc evaluates
    # defines is unknown where it is read, not missing.
    security.acme.certs = mkOption {
      type = types.attrsOf (types.submodule [ acmeCertModule openWorldModule ]);
      default = { };
      description = "Attribute set of certificates to get signed and renewed. ncc checks none of a certificate's options but `directory`.";
    };

    systemd.services = mkOption {
      type = types.attrsOf (types.submodule [ serviceModule openWorldModule ]);
      default = { };
      description = "Definition of systemd service units. A declared container's unit is `container@<name>`: what is defined for it merges with what NixOS's containers module defines.";
    };
  };

  config.users = {
    users = lib.modules.mkAliasAndWrapDefsWithPriority lib.id options.users.extraUsers;
    groups = lib.modules.mkAliasAndWrapDefsWithPriority lib.id options.users.extraGroups;
  };
}
