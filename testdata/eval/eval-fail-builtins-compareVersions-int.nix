builtins.compareVersions 1 2
