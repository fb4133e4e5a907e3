{ name, suffix ? "-default" }:
name + suffix
