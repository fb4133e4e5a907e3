# The build machines, deployed with morph; each imports the shared module and its own.
{
  network = {
    pkgs = import <nixpkgs> { };
    description = "build machines";
  };

  "queue" = {
    deployment.targetHost = "queue.build.example.net";
    imports = [ ./common.nix ./machines/queue.nix ];
  };
  "evaluator-0" = {
    deployment.targetHost = "evaluator-0.build.example.net";
    imports = [ ./common.nix ./machines/evaluator.nix ];
  };
}
