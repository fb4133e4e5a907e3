# What the site's containers share: ids and ports. The operators' keys live in the
# host's own site file, not here.
{
  uid.editor = 1200;
  gid.editors = 1200;
  ports.cms = 3000;
}
