# JSON nested far deeper than any parser should follow.
let text = builtins.concatStringsSep "" (builtins.genList (i: "[") 100000);
in {
  containers.web.config = { };
  containers.web.extraFlags = builtins.fromJSON text;
}
