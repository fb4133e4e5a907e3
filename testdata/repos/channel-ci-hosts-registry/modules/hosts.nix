{
  fleet.hosts.gateway = { owner = "ops"; ci = true; };
  fleet.hosts.archive = { owner = "ops"; };
}
