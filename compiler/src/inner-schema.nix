# The options ncc checks inside a container's own `config` (DESIGN.md §4.5): a declared
# subset of NixOS. Definitions of any other option are accepted and listed as unchecked.
# Written for ncc; types and defaults follow the NixOS options of the same names.
{ lib, config, options, name, ... }:
let
  inherit (lib) mkOption types;
in
{
  # NixOS declares `assertions` and `warnings` in every system (misc/assertions.nix), and
  # modules ask for them (`options ? warnings` in lib's `mkRenamedOptionModule`). ncc reads
  # neither inside a container: declared from a file of their own, they are merged only
  # when something reads them, as the options of the host's own modules are.
  imports = [
    {
      _file = "<nixpkgs/nixos/modules/misc/assertions.nix>";
      options.assertions = mkOption { type = types.listOf types.unspecified; internal = true; default = [ ]; description = "Conditions that must hold, each with the message to show when it does not."; };
      options.warnings = mkOption { type = types.listOf types.str; internal = true; default = [ ]; description = "Messages to show as warnings."; };
    }
    # Where services keep their state, which hosts read back to bind-mount it
    # (`config.containers.monitoring.config.services.grafana.dataDir`, read_by_host.rs):
    # NixOS's types and defaults, each keyed by its module's file as on the host.
    { key = "nixos:services/monitoring/grafana.nix"; options.services.grafana.dataDir = mkOption { type = types.path; default = "/var/lib/grafana"; description = "Data directory."; }; }
    { key = "nixos:services/monitoring/prometheus/default.nix"; options.services.prometheus.stateDir = mkOption { type = types.str; default = "prometheus2"; description = "Directory below `/var/lib` to store Prometheus metrics data. This directory will be created automatically using systemd's StateDirectory mechanism."; }; }
  ];

  options = {
    # NixOS declares `default = config.boot.isNspawnContainer`; it is defined below as the
    # same `mkOptionDefault`, so that these declarations read nothing of one container and
    # are declared once for all of them.
    boot.isContainer = mkOption { type = types.bool; description = "Whether this NixOS machine is a lightweight container running in another NixOS system."; };
    boot.isNspawnContainer = mkOption { type = types.bool; default = false; description = "Whether the machine is running in a systemd-nspawn container."; };
    system.stateVersion = mkOption { type = types.str; default = "25.11"; description = "The NixOS release with whose defaults the container's stateful data was first created."; };
    # NixOS's misc/version.nix takes the release from nixpkgs lib, which ncc's lib is
    # (DESIGN.md §8.4): hosts gate settings on it (`versionAtLeast config.system.nixos.release`).
    system.nixos.release = mkOption { readOnly = true; type = types.str; default = lib.trivial.release; description = "The NixOS release of the nixpkgs the system is built from, as `25.11`."; };
    system.nixos.codeName = mkOption { readOnly = true; type = types.str; default = lib.trivial.codeName; description = "The code name of that release, as `Xantusia`."; };
    time.timeZone = mkOption { type = types.nullOr (types.strMatching "[^ ]+"); default = null; description = "The time zone used when displaying times and dates."; };
    environment.systemPackages = mkOption { type = types.listOf types.package; default = [ ]; description = "The set of packages that appear in /run/current-system/sw."; };

    networking = {
      hostName = mkOption { type = types.strMatching "^$|^[[:alnum:]]([[:alnum:]_-]{0,61}[[:alnum:]])?$"; default = "nixos"; description = "The name of the machine."; };
      useDHCP = mkOption { type = types.bool; default = true; description = "Whether to use DHCP to obtain an IP address and other configuration for all network interfaces that do not have any manually configured IPv4 addresses."; };
      nameservers = mkOption { type = types.listOf types.str; default = [ ]; description = "The list of nameservers."; };
      # NixOS's network-interfaces.nix; its container profile gives it `mkDefault true`
      # (below), and resolved's module asserts against it (container_assertions.rs).
      useHostResolvConf = mkOption { type = types.bool; default = false; description = "In containers, whether to use the resolv.conf supplied by the host."; };
      defaultGateway = mkOption {
        type = types.nullOr (types.coercedTo types.str (address: { inherit address; }) (types.submodule {
          options = {
            address = mkOption { type = types.str; description = "The default gateway address."; };
            interface = mkOption { type = types.nullOr types.str; default = null; description = "The default gateway interface."; };
            metric = mkOption { type = types.nullOr types.int; default = null; description = "The default gateway metric/preference."; };
            source = mkOption { type = types.nullOr types.str; default = null; description = "The default source address."; };
          };
        }));
        default = null;
        description = "The default gateway.";
      };
      firewall = {
        enable = mkOption { type = types.bool; default = true; description = "Whether to enable the firewall."; };
        allowedTCPPorts = mkOption { type = types.listOf types.port; default = [ ]; description = "List of TCP ports on which incoming connections are accepted."; };
        allowedUDPPorts = mkOption { type = types.listOf types.port; default = [ ]; description = "List of open UDP ports."; };
      };
    };

    services.openssh = {
      enable = mkOption { type = types.bool; default = false; description = "Whether to enable the OpenSSH secure shell daemon."; };
      ports = mkOption { type = types.listOf types.port; default = [ 22 ]; description = "Specifies on which ports the SSH daemon listens."; };
      openFirewall = mkOption { type = types.bool; default = true; description = "Whether to automatically open the specified ports in the firewall."; };
      settings = mkOption {
        type = types.submodule {
          freeformType = types.attrsOf types.anything;
          options = {
            PermitRootLogin = mkOption { type = types.enum [ "yes" "without-password" "prohibit-password" "forced-commands-only" "no" ]; default = "prohibit-password"; description = "Whether the root user can login using ssh."; };
            PasswordAuthentication = mkOption { type = types.bool; default = true; description = "Specifies whether password authentication is allowed."; };
            KbdInteractiveAuthentication = mkOption { type = types.bool; default = true; description = "Specifies whether keyboard-interactive authentication is allowed."; };
          };
        };
        default = { };
        description = "Configuration for sshd_config(5).";
      };
    };

    users.users = mkOption {
      # NixOS declares more user options (`home`, `hashedPasswordFile`): the open world's.
      type = types.attrsOf (types.submodule [
        { freeformType = lib.mkOptionType { name = "ncc-open-world"; }; } ({ name, ... }: {
        options = {
          name = mkOption { type = types.str; default = name; description = "The name of the user account."; };
          isNormalUser = mkOption { type = types.bool; default = false; description = "Indicates whether this is an account for a real user."; };
          isSystemUser = mkOption { type = types.bool; default = false; description = "Indicates if the user is a system user or not."; };
          uid = mkOption { type = types.nullOr types.int; default = null; description = "The account UID."; };
          group = mkOption { type = types.str; default = ""; description = "The user's primary group."; };
          extraGroups = mkOption { type = types.listOf types.str; default = [ ]; description = "The user's auxiliary groups."; };
          openssh.authorizedKeys.keys = mkOption { type = types.listOf types.singleLineStr; default = [ ]; description = "A list of verbatim OpenSSH public keys that should be added to the user's authorized keys."; };
        };
      }) ]);
      default = { };
      description = "Additional user accounts to be created automatically by the system.";
    };
    # As NixOS's users-groups.nix (`mkAliasOptionModule`, written out here to spare every
    # container its module): `users.extraUsers` is an older name of `users.users`, whose
    # definitions merge with the users' own (`config` below). Its value is theirs in
    # NixOS; here it is unknown, since a declaration that read `config` could not be
    # shared between containers (hoist.rs), and no container reads it.
    users.extraUsers = mkOption {
      visible = false;
      description = "Alias of `users.users`.";
      apply = _: lib._nccCore.unknown "`users.extraUsers' inside a container (ncc reads `users.users' there)";
    };
  };

  config = {
    # What NixOS adds to every declarative container's configuration.
    boot.isNspawnContainer = true;
    boot.isContainer = lib.mkOptionDefault config.boot.isNspawnContainer;
    networking.hostName = lib.mkDefault name;
    networking.useDHCP = false;
    # And what NixOS's container profile (virtualisation/container-config.nix) gives it.
    networking.useHostResolvConf = lib.mkIf config.boot.isContainer (lib.mkDefault true);
    # `mkAliasAndWrapDefsWithPriority lib.id options.users.extraUsers`, written out so that
    # no binding holds the option's view: one would keep it, and through it this
    # evaluation's definitions, after the container's evaluation is released (a cycle
    # reference counting never frees, 9 KB a container).
    users.users = lib.mkIf options.users.extraUsers.isDefined (lib.mkMerge
      (map (lib.mkOverride options.users.extraUsers.highestPrio) options.users.extraUsers.definitions));
  };
}
