# A Python application built from a package set the caller passes: `with` opens it.
{ pkgs }:
with pkgs.python3Packages;
buildPythonApplication {
  pname = "backup-tool";
  version = "0.3";
  pyproject = true;
  src = ./backup-tool;
  build-system = [ setuptools ];
  dependencies = [ requests ];
}
