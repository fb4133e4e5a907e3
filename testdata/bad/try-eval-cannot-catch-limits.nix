# tryEval catches throw, not the evaluator's own limits.
let loop = n: loop (n + 1);
in {
  containers.web.config = { };
  containers.web.autoStart = (builtins.tryEval (loop 0)).success;
}
