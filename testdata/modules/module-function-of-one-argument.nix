# A module written as a function of one argument, `args: { ... }`, is called with the
# module arguments nixpkgs gives every module (`lib`, `config`, `options`, the special
# arguments), as `{ ... }` sees them: `args.lib` and `args.config` work.
{
  imports = [
    (args: {
      options.greeting = args.lib.mkOption { type = args.lib.types.str; default = "hello"; };
      options.seen = args.lib.mkOption { default = builtins.sort builtins.lessThan (builtins.filter (n: n == "lib" || n == "config" || n == "options" || n == "specialValue") (builtins.attrNames args)); };
    })
    (args: { config.greeting = args.lib.mkForce "${args.specialValue}, ${toString (args.options ? greeting)}"; })
  ];
}
