# Secrets defined as hosts define them, read back by their paths: what
# scripts/compare-stand-ins.sh evaluates with sops-nix's and agenix's own modules and with
# ncc's stand-ins (compiler/src/stand-ins/), which must give the same paths.
{
  sops.secrets."paperless/env" = { owner = "paperless"; restartUnits = [ "paperless.service" ]; };
  sops.secrets.db-password.neededForUsers = true;
  sops.secrets.renamed = { name = "api-token"; mode = "0440"; };
  sops.secrets.moved.path = "/var/lib/app/key";
  sops.secrets.both = { name = "both-name"; neededForUsers = true; };
  sops.templates."app.env".content = "TOKEN=x";
  sops.templates.renamed.name = "other.env";

  age.secretsDir = "/run/age-secrets";
  age.secrets.runner-token.file = ./runner-token.age;
  age.secrets.gandi = { file = ./gandi.age; name = "gandi.env"; owner = "acme"; };
  age.secrets.moved = { file = ./moved.age; path = "/etc/moved"; };
}
