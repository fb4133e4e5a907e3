# An overlay that takes the flake's inputs first: a function, whose result is a
# function too, imported by mistake as a module.
inputs: final: prev: { hello = prev.hello; }
