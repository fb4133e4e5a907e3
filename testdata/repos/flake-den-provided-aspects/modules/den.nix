{ inputs, ... }:
{
  imports = [ inputs.den.flakeModule ];
}
