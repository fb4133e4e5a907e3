{lib, isTest, ...}:
lib.mkIf (!isTest) {
  services.restic.backups.daily.paths = ["/var/lib"];
}
