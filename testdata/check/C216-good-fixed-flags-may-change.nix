# ncc passes --link-journal=try-guest with no option to change it: extraFlags may.
{
  containers.web = {
    privateUsers = "pick";
    extraFlags = [ "--link-journal=no" "--volatile=state" "--setenv=APP_ENV=production" ];
    config = { };
  };
}
