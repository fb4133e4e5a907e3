# The options ncc checks inside a container's own `config` (DESIGN.md §4.5): a declared
# subset of NixOS. Definitions of any other option are accepted and listed as unchecked.
# Written for ncc; types and defaults follow the NixOS options of the same names.
{ lib, config, name, ... }:
let
  inherit (lib) mkOption types;
  # A user's options as NixOS declares them (nixos/modules/config/users-groups.nix), with
  # their defaults and what NixOS's own `config` of a user does with them, so that reading
  # one a module does not define is known (`user.isSystemUser || ...` in an assertion).
  # `home` and `shell` stay in the open world, beside the options NixOS adds elsewhere
  # (`openssh.authorizedKeys`): NixOS's own users change their defaults (root's `/root`), and
  # a shell's default is a package.
  userModule = users: { name, config, ... }: {
    options = {
      enable = mkOption { type = types.bool; default = true; description = "If set to false, the user account will not be created."; };
      name = mkOption { type = types.passwdEntry types.str; description = "The name of the user account. If undefined, the name of the attribute set will be used."; };
      description = mkOption { type = types.passwdEntry types.str; default = ""; example = "Alice Q. User"; description = "A short description of the user account, typically the user's full name."; };
      uid = mkOption { type = types.nullOr types.int; default = null; description = "The account UID. If the UID is null, a free UID is picked on activation."; };
      isSystemUser = mkOption { type = types.bool; default = false; description = "Indicates if the user is a system user or not. Exactly one of `isNormalUser` and `isSystemUser` must be true."; };
      isNormalUser = mkOption { type = types.bool; default = false; description = "Indicates whether this is an account for a real user. Exactly one of `isNormalUser` and `isSystemUser` must be true."; };
      group = mkOption { type = types.str; default = ""; description = "The user's primary group."; };
      extraGroups = mkOption { type = types.listOf types.str; default = [ ]; description = "The user's auxiliary groups."; };
      homeMode = mkOption { type = types.strMatching "[0-7]{1,5}"; default = "700"; description = "The user's home directory mode in numeric format."; };
      createHome = mkOption { type = types.bool; default = false; description = "Whether to create the home directory and ensure ownership as well as permissions to match the user."; };
      useDefaultShell = mkOption { type = types.bool; default = false; description = "If true, the user's shell will be set to `users.defaultUserShell`."; };
      ignoreShellProgramCheck = mkOption { type = types.bool; default = false; description = "Whether to skip the check that the user's shell is enabled in `programs`."; };
      cryptHomeLuks = mkOption { type = types.nullOr types.str; default = null; description = "Path to encrypted luks device that contains the user's home directory."; };
      pamMount = mkOption { type = types.attrsOf types.str; default = { }; description = "Attributes for user's entry in pam_mount.conf.xml."; };
      subUidRanges = mkOption { type = types.listOf (types.submodule subordinateRange.uid); default = [ ]; description = "Subordinate user ids that user is allowed to use."; };
      subGidRanges = mkOption { type = types.listOf (types.submodule subordinateRange.gid); default = [ ]; description = "Subordinate group ids that user is allowed to use."; };
      autoSubUidGidRange = mkOption { type = types.bool; default = false; description = "Automatically allocate subordinate user and group ids for this user."; };
      hashedPassword = mkOption { type = types.nullOr (types.passwdEntry types.str); default = null; description = "Specifies the hashed password for the user."; };
      password = mkOption { type = types.nullOr types.str; default = null; description = "Specifies the (clear text) password for the user."; };
      hashedPasswordFile = mkOption { type = types.nullOr types.str; default = config.passwordFile; description = "The full path to a file that contains the hash of the user's password."; };
      passwordFile = mkOption { type = types.nullOr types.str; default = null; visible = false; description = "Deprecated alias of hashedPasswordFile"; };
      initialHashedPassword = mkOption { type = types.nullOr (types.passwdEntry types.str); default = null; description = "Specifies the initial hashed password for the user."; };
      initialPassword = mkOption { type = types.nullOr types.str; default = null; description = "Specifies the initial password for the user."; };
      packages = mkOption { type = types.listOf types.package; default = [ ]; description = "The set of packages that should be made available to the user."; };
      expires = mkOption { type = types.nullOr (types.strMatching "[[:digit:]]{4}-[[:digit:]]{2}-[[:digit:]]{2}"); default = null; description = "Set the date on which the user's account will no longer be accessible, as YYYY-MM-DD."; };
      linger = mkOption { type = types.nullOr types.bool; default = null; description = "Whether to enable or disable lingering for this user."; };
    };
    config = lib.mkMerge [
      { name = lib.mkDefault name; }
      (lib.mkIf config.isNormalUser {
        group = lib.mkDefault "users";
        createHome = lib.mkDefault true;
        home = lib.mkDefault "${users.defaultUserHome}/${config.name}";
        homeMode = lib.mkDefault "700";
        useDefaultShell = lib.mkDefault true;
        isSystemUser = lib.mkDefault false;
      })
      (lib.mkIf (config.initialPassword != null && !users.mutableUsers) { password = lib.mkDefault config.initialPassword; })
      (lib.mkIf (config.initialHashedPassword != null && !users.mutableUsers) { hashedPassword = lib.mkDefault config.initialHashedPassword; })
      (lib.mkIf (config.isNormalUser && config.subUidRanges == [ ] && config.subGidRanges == [ ]) { autoSubUidGidRange = lib.mkDefault true; })
    ];
  };
  subordinateRange = {
    uid.options = {
      startUid = mkOption { type = types.int; description = "Start of the range of subordinate user ids that user is allowed to use."; };
      count = mkOption { type = types.int; default = 1; description = "Count of subordinate user ids"; };
    };
    gid.options = {
      startGid = mkOption { type = types.int; description = "Start of the range of subordinate group ids that user is allowed to use."; };
      count = mkOption { type = types.int; default = 1; description = "Count of subordinate group ids"; };
    };
  };
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
      # NixOS declares more user options (`home`, `shell`): the open world's.
      type = types.attrsOf (types.submodule [
        { freeformType = lib.mkOptionType { name = "ncc-open-world"; }; }
        (userModule config.users)
        { options.openssh.authorizedKeys.keys = mkOption { type = types.listOf types.singleLineStr; default = [ ]; description = "A list of verbatim OpenSSH public keys that should be added to the user's authorized keys."; }; }
      ]);
      default = { };
      description = "Additional user accounts to be created automatically by the system.";
    };
    users.mutableUsers = mkOption { type = types.bool; default = true; description = "If set to `true`, you are free to add new users and groups to the system with the ordinary `useradd` and `groupadd` commands."; };
    users.defaultUserHome = mkOption { type = types.str; default = "/home"; description = "The default home directory for normal users."; };
    users.extraUsers = mkOption {
      type = types.attrsOf types.raw;
      default = { };
      visible = false;
      description = "Alias of users.users.";
    };
  };

  config = {
    # What NixOS adds to every declarative container's configuration.
    boot.isNspawnContainer = true;
    boot.isContainer = lib.mkOptionDefault config.boot.isNspawnContainer;
    networking.hostName = lib.mkDefault name;
    networking.useDHCP = false;
    # users.extraUsers is an alias of users.users.
    users.users = lib.mkIf (config.users.extraUsers != { }) config.users.extraUsers;
  };
}
