# Every module of this directory, found by a function of the other repository.
{ ... }:
with import <mylib/util>;
{
  imports = recImport ./.;
}
