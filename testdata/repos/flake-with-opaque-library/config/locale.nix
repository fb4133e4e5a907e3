{ i18n.defaultLocale = "en_GB.UTF-8"; }
