# A pattern that backtracking engines take exponential time on.
let text = builtins.concatStringsSep "" (builtins.genList (i: "a") 100000);
in {
  containers.web.config = { };
  containers.web.autoStart = builtins.match "(a*)*b" text;
}
