# A home server as people write them: hundreds of options ncc does not model, around the
# few containers it checks.
{ config, lib, pkgs, modulesPath, ... }:

let
  domain = "home.example.org";
  lanInterface = "enp3s0";
  mkVhost = root: {
    forceSSL = true;
    enableACME = true;
    inherit root;
    extraConfig = ''
      add_header X-Frame-Options DENY;
      add_header X-Content-Type-Options nosniff;
    '';
  };
in
{
  imports = [
    (modulesPath + "/profiles/minimal.nix")
    (modulesPath + "/profiles/hardened.nix")
  ];

  boot = {
    loader.grub = {
      enable = true;
      device = "/dev/sda";
      configurationLimit = 10;
    };
    kernelPackages = pkgs.linuxPackages_6_6;
    kernelParams = [ "quiet" "nohibernate" ];
    kernel.sysctl = {
      "net.ipv4.ip_forward" = 1;
      "net.ipv6.conf.all.forwarding" = 1;
      "vm.swappiness" = 10;
      "fs.inotify.max_user_watches" = 524288;
    };
    tmp.cleanOnBoot = true;
    supportedFilesystems = [ "zfs" ];
    zfs.forceImportRoot = false;
  };

  fileSystems."/srv" = {
    device = "tank/srv";
    fsType = "zfs";
  };
  fileSystems."/var/lib/postgresql" = {
    device = "tank/postgres";
    fsType = "zfs";
    options = [ "noatime" ];
  };

  networking = {
    hostName = "hearth";
    hostId = "8425e349";
    domain = domain;
    useDHCP = false;
    interfaces.${lanInterface}.useDHCP = true;
    nameservers = [ "1.1.1.1" "9.9.9.9" ];
    firewall = {
      enable = true;
      allowedTCPPorts = [ 22 80 443 ];
      allowedUDPPorts = [ 51820 ];
      trustedInterfaces = [ "ve-+" "wg0" ];
      logRefusedConnections = false;
    };
    nat = {
      enable = true;
      internalInterfaces = [ "ve-+" ];
      externalInterface = lanInterface;
      forwardPorts = [
        { sourcePort = 8080; destination = "10.233.1.2:80"; proto = "tcp"; }
      ];
    };
    wireguard.interfaces.wg0 = {
      ips = [ "10.100.0.1/24" ];
      listenPort = 51820;
      privateKeyFile = "/var/lib/wireguard/private";
      peers = [
        { publicKey = "xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dg="; allowedIPs = [ "10.100.0.2/32" ]; }
        { publicKey = "TrMvSoP4jYQlY6RIzBgbssQqY3vxI2Pi+y71lOWWXX0="; allowedIPs = [ "10.100.0.3/32" ]; }
      ];
    };
    extraHosts = ''
      10.233.1.2 wiki.${domain}
      10.233.2.2 db.${domain}
    '';
  };

  time.timeZone = "UTC";
  i18n.defaultLocale = "en_GB.UTF-8";
  i18n.extraLocaleSettings = {
    LC_TIME = "en_GB.UTF-8";
    LC_MONETARY = "nl_NL.UTF-8";
  };
  console = {
    font = "Lat2-Terminus16";
    keyMap = "us";
  };

  users = {
    mutableUsers = false;
    groups.media = { gid = 980; };
    users = {
      root.hashedPassword = "!";
      admin = {
        isNormalUser = true;
        uid = 1000;
        extraGroups = [ "wheel" "media" "docker" ];
        shell = pkgs.zsh;
        openssh.authorizedKeys.keys = [
          "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGq5nC3oZzH0Zc1m9CkQyvZ9Jm0qxmHk6tN1yUe6vUo1 admin@laptop"
        ];
        hashedPasswordFile = "/var/lib/secrets/admin-password";
      };
      backup = {
        isSystemUser = true;
        group = "backup";
        home = "/var/lib/backup";
        createHome = true;
      };
    };
    groups.backup = { };
  };

  security = {
    sudo.wheelNeedsPassword = false;
    acme = {
      acceptTerms = true;
      defaults.email = "admin@${domain}";
    };
    pam.loginLimits = [
      { domain = "*"; type = "soft"; item = "nofile"; value = "65536"; }
    ];
    auditd.enable = true;
  };

  nix = {
    settings = {
      experimental-features = [ "nix-command" "flakes" ];
      auto-optimise-store = true;
      trusted-users = [ "root" "@wheel" ];
      substituters = [ "https://cache.nixos.org" ];
    };
    gc = {
      automatic = true;
      dates = "weekly";
      options = "--delete-older-than 14d";
    };
  };

  nixpkgs.config.allowUnfree = true;

  environment = {
    systemPackages = with pkgs; [
      git
      htop
      iotop
      tmux
      ripgrep
      fd
      jq
      curl
      wget
      zfs
      restic
      (python3.withPackages (ps: with ps; [ requests pyyaml ]))
    ];
    variables = {
      EDITOR = "vim";
      PAGER = "less -R";
    };
    etc."restic/excludes".text = ''
      /srv/cache
      /srv/tmp
    '';
    shellAliases = {
      ll = "ls -alh";
      gs = "git status";
    };
  };

  programs = {
    zsh.enable = true;
    mtr.enable = true;
    git = {
      enable = true;
      config.init.defaultBranch = "main";
    };
    tmux.clock24 = true;
  };

  services = {
    openssh = {
      enable = true;
      settings = {
        PasswordAuthentication = false;
        PermitRootLogin = "no";
        KbdInteractiveAuthentication = false;
      };
      ports = [ 22 ];
    };
    fail2ban = {
      enable = true;
      maxretry = 5;
      ignoreIP = [ "10.0.0.0/8" "192.168.0.0/16" ];
    };
    nginx = {
      enable = true;
      recommendedGzipSettings = true;
      recommendedOptimisation = true;
      recommendedProxySettings = true;
      recommendedTlsSettings = true;
      virtualHosts = {
        "${domain}" = mkVhost "/srv/www";
        "wiki.${domain}" = {
          forceSSL = true;
          enableACME = true;
          locations."/".proxyPass = "http://${config.containers.wiki.localAddress}:80";
        };
        "files.${domain}" = lib.recursiveUpdate (mkVhost "/srv/files") {
          locations."/".extraConfig = "autoindex on;";
        };
      };
    };
    zfs = {
      autoScrub.enable = true;
      autoSnapshot = {
        enable = true;
        frequent = 4;
        hourly = 24;
        daily = 7;
      };
    };
    smartd = {
      enable = true;
      notifications.mail.enable = false;
    };
    journald.extraConfig = ''
      SystemMaxUse=1G
    '';
    prometheus.exporters.node = {
      enable = true;
      enabledCollectors = [ "systemd" "zfs" ];
      port = 9100;
    };
    restic.backups.srv = {
      paths = [ "/srv" ];
      repository = "sftp:backup@offsite.example.org:/restic";
      passwordFile = "/var/lib/secrets/restic";
      timerConfig = {
        OnCalendar = "daily";
        Persistent = true;
      };
      pruneOpts = [ "--keep-daily 7" "--keep-weekly 5" "--keep-monthly 12" ];
    };
    avahi = {
      enable = true;
      nssmdns4 = true;
      publish = {
        enable = true;
        addresses = true;
      };
    };
    timesyncd.enable = true;
  };

  systemd = {
    services.zfs-report = {
      description = "Mail a ZFS status report";
      serviceConfig = {
        Type = "oneshot";
        ExecStart = "${pkgs.zfs}/bin/zpool status -x";
      };
    };
    timers.zfs-report = {
      wantedBy = [ "timers.target" ];
      timerConfig.OnCalendar = "Mon *-*-* 08:00:00";
    };
    tmpfiles.rules = [
      "d /srv/wiki 0750 root root -"
      "d /srv/pg 0700 root root -"
    ];
  };

  virtualisation.docker = {
    enable = true;
    autoPrune.enable = true;
  };

  fonts.packages = with pkgs; [ dejavu_fonts ];

  documentation.man.enable = true;
  documentation.nixos.enable = false;

  powerManagement.cpuFreqGovernor = lib.mkDefault "ondemand";

  hardware.enableRedistributableFirmware = true;

  containers.wiki = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.233.1.1";
    localAddress = "10.233.1.2";
    bindMounts."/var/lib/mediawiki" = {
      hostPath = "/srv/wiki";
      isReadOnly = false;
    };
    config = { pkgs, ... }: {
      services.mediawiki = {
        enable = true;
        name = "Hearth wiki";
        passwordFile = "/var/lib/mediawiki/admin-password";
        httpd.virtualHost.hostName = "wiki.${domain}";
      };
      networking.firewall.allowedTCPPorts = [ 80 ];
      system.stateVersion = "24.05";
    };
  };

  containers.db = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.233.2.1";
    localAddress = "10.233.2.2";
    bindMounts."/var/lib/postgresql" = {
      hostPath = "/srv/pg";
      isReadOnly = false;
    };
    config = {
      services.postgresql = {
        enable = true;
        package = pkgs.postgresql_16;
        ensureDatabases = [ "wiki" ];
        authentication = ''
          host all all 10.233.0.0/16 scram-sha-256
        '';
      };
      networking.firewall.allowedTCPPorts = [ 5432 ];
      system.stateVersion = "24.05";
    };
  };

  system.autoUpgrade = {
    enable = true;
    allowReboot = false;
  };

  system.stateVersion = "24.05";
}
