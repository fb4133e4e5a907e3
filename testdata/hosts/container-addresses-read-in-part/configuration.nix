# A host whose containers take some addresses from options of a module ncc does not
# evaluate (the host's `homelab` module, imported from elsewhere): ncc cannot read
# those containers whole, and shows each rule what that cannot mislead. `monitoring`'s
# name is too long for its interface on an old kernel (C101), and its IPv4 host
# address is unused beside a bridge (C208), whatever its IPv6 addresses are. Whether
# `edge` has a private network is unknown, so the rule that would call its addresses
# ignored without one (C207) is not shown it; its start timeout, which systemd cannot
# parse ("mins"), is wrong whatever its network is (C213). `backup` takes its data
# directory from the module too, which decides nothing about its network: that it has
# `proxy`'s local address (C205) is found all the same, and that it forwards the port
# `proxy` forwards, which matters only if someone starts it beside `proxy` (C206, a
# warning).
{ config, ... }: {
  imports = [ <homelab/modules/net.nix> ];
  system.stateVersion = "25.11";
  networking.bridges.br0.interfaces = [ "eno1" ];

  containers.monitoring-stack = {
    privateNetwork = true;
    hostBridge = "br0";
    hostAddress = "10.70.0.1";
    localAddress = "10.70.0.2/24";
    hostAddress6 = config.homelab.net.v6.host;
    localAddress6 = config.homelab.net.v6.containers.monitoring;
    config = { system.stateVersion = "25.11"; };
  };

  containers.edge = {
    privateNetwork = config.homelab.isolate.edge;
    timeoutStartSec = "5 mins";
    hostAddress = "10.71.0.1";
    localAddress = "10.71.0.2";
    config = { system.stateVersion = "25.11"; };
  };

  containers.proxy = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.72.0.1";
    localAddress = "10.72.0.2";
    forwardPorts = [ { hostPort = 8443; containerPort = 443; } ];
    config = {
      system.stateVersion = "25.11";
      networking.firewall.allowedTCPPorts = [ 443 ];
    };
  };

  containers.backup = {
    autoStart = false;
    privateNetwork = true;
    hostAddress = "10.73.0.1";
    localAddress = "10.72.0.2";
    forwardPorts = [ { hostPort = 8443; containerPort = 8080; } ];
    bindMounts."/srv/backup" = {
      hostPath = config.homelab.storage.backupPath;
      isReadOnly = false;
    };
    config = {
      system.stateVersion = "25.11";
      networking.firewall.allowedTCPPorts = [ 8080 ];
    };
  };
}
