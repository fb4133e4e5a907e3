# A stray Latin-1 byte in a comment: ÿþ
{
  containers.web.config = { };
}
