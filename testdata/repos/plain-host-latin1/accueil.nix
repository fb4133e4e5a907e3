# Nix reads bytes: a Latin-1 letter in a string is part of the string.
{
  environment.etc."motd".text = "Bienvenue au café !";
  # A binary file read as text: Nix gives its bytes.
  environment.etc."logo".text = builtins.readFile ./logo.bin;
  # Outside a string the byte is the invalid token Nix stops at, but not here: a comment « ok ».
}
