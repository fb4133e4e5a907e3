# A host running a small company's services in eleven containers: a reverse proxy in
# front of web servers, a database, a cache, DNS on the office LAN, a WireGuard endpoint,
# mail, a flake-built CI builder, a legacy system pinned to a store path, a network lab,
# and monitoring. Together they use every option of `containers.<name>` that NixOS reads
# (and the host options ncc reads).
{ config, lib, pkgs, ... }:
let
  # Containers on the internal network share the host-side address; each has its own.
  internal = n: {
    privateNetwork = true;
    hostAddress = "10.250.0.1";
    localAddress = "10.250.0.${toString n}";
  };
in
{
  system.stateVersion = "24.11";
  boot.enableContainers = true;
  boot.isContainer = false;

  containers.proxy = internal 2 // {
    hostAddress6 = "fd00:250::1";
    localAddress6 = "fd00:250::2";
    localMacAddress = "02:00:0a:fa:00:02";
    forwardPorts = [
      { hostPort = 80; }
      { protocol = "tcp"; hostPort = 443; containerPort = 443; }
    ];
    autoStart = true;
    restartIfChanged = true;
    config = {
      services.nginx.enable = true;
      networking.firewall.allowedTCPPorts = [ 80 443 ];
    };
  };

  containers.web = internal 3 // {
    autoStart = true;
    bindMounts."/var/www" = { hostPath = "/srv/www"; };
    config = { services.nginx.enable = true; };
  };

  containers.db = internal 4 // {
    autoStart = true;
    restartIfChanged = false;
    timeoutStartSec = "5min";
    bindMounts."/var/lib/postgresql" = { hostPath = "/srv/postgresql"; isReadOnly = false; };
    config = { services.postgresql.enable = true; };
  };

  containers.cache = internal 5 // {
    ephemeral = true;
    tmpfs = [ "/var/lib/redis:mode=0750" ];
    config = { services.redis.servers."".enable = true; };
  };

  containers.dns = {
    privateNetwork = true;
    hostBridge = "br-lan";
    localAddress = "192.168.40.53/24";
    localAddress6 = "fd00:40::53/64";
    autoStart = true;
    config = {
      networking.defaultGateway = "192.168.40.1";
      networking.nameservers = [ "9.9.9.9" ];
      services.unbound.enable = true;
    };
  };

  containers.vpn = internal 6 // {
    enableTun = true;
    additionalCapabilities = [ "CAP_NET_RAW" ];
    forwardPorts = [ { protocol = "udp"; hostPort = 51820; } ];
    autoStart = true;
    config = {
      networking.firewall.allowedUDPPorts = [ 51820 ];
      networking.wireguard.interfaces.wg0.listenPort = 51820;
    };
  };

  containers.mail = internal 7 // {
    forwardPorts = [
      { hostPort = 25; }
      { hostPort = 587; }
      { hostPort = 2222; containerPort = 22; }
    ];
    autoStart = true;
    config = {
      services.postfix.enable = true;
      services.openssh.enable = true;
      networking.firewall.allowedTCPPorts = [ 25 587 ];
      users.users.postmaster = { isNormalUser = true; extraGroups = [ "wheel" ]; };
    };
  };

  containers.builder = {
    flake = "git+https://git.example.org/infra#builder";
    privateUsers = "pick";
    allowedDevices = [ { node = "/dev/fuse"; modifier = "rwm"; } ];
    timeoutStartSec = "15min";
    extraFlags = [ "--private-users-ownership=auto" ];
  };

  containers.legacy = {
    path = "/nix/store/5b3mld4d6wj0hcb4s1xpvvfq7j4x0s1r-nixos-system-legacy-24.05";
    networkNamespace = "/run/netns/legacy";
    copyResolvConf = false;
    autoStart = true;
  };

  containers.lab = {
    interfaces = [ "enp3s0" ];
    macvlans = [ "enp4s0" ];
    privateUsers = 65536;
    extraVeths.lab-mgmt = {
      hostAddress = "10.251.0.1";
      localAddress = "10.251.0.2";
      hostAddress6 = "fd00:251::1";
      localAddress6 = "fd00:251::2";
    };
    extraVeths.lab-br = {
      hostBridge = "br-lab";
      localAddress = "10.252.0.10/24";
    };
    config = { };
  };

  containers.monitor = {
    nixpkgs = "/nix/var/nix/profiles/per-user/root/channels/nixos-24.11";
    specialArgs = { site = "fra1"; };
    privateUsers = "identity";
    bindMounts.metrics = { mountPoint = "/var/lib/prometheus2"; hostPath = "/srv/metrics"; isReadOnly = false; };
    extraFlags = [ "--drop-capability=CAP_SYS_CHROOT" ];
    config = { site, ... }: {
      networking.hostName = "monitor-${site}";
      time.timeZone = "Europe/Berlin";
      services.prometheus.enable = true;
    };
  };
}
