[ (builtins.floor 1.0e20) (builtins.ceil 1.0e20) (builtins.floor (-1.0e20)) (builtins.ceil 9.3e18) (builtins.floor 9.2e18) (builtins.ceil (-9.2e18)) ]
