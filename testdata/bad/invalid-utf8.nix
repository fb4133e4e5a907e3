# Two stray bytes (a UTF-16 byte-order mark) between attributes, outside any string:
{
  containers.web.config = { };
  ÿþ
}
