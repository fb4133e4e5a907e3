builtins.mul [ ] 2
