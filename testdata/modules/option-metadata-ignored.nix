# description, example, defaultText, internal, visible do not change config
{ lib, ... }:
{
  options.a = lib.mkOption {
    type = lib.types.int;
    default = 1;
    defaultText = lib.literalExpression "1";
    example = 2;
    description = "An option.";
    internal = true;
    visible = false;
  };
}
