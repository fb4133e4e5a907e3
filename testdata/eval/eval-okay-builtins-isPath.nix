[ (builtins.isPath ./.) (builtins.isPath "./.") (builtins.isPath (toString ./.)) ]
