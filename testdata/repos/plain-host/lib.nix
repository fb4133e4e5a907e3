# Helpers shared by the machine's modules.
{
  mkAddress = n: "10.10.0.${toString n}";
}
