# Strings written in a file carry no context.
let s = "plain ${"text"}"; in
{
  has = builtins.hasContext s;
  get = builtins.getContext s;
  discarded = builtins.unsafeDiscardStringContext s;
  appended = builtins.appendContext s { };
  output = builtins.unsafeDiscardOutputDependency s;
}
