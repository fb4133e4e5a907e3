# lib.licenses: the licenses configurations name most, as nixpkgs lib 25.11 describes them.
# A record is built from its short name, SPDX identifier (null for none) and full name;
# `free` defaults to true and `redistributable` to `free`.
lib:
let
  license = shortName: spdxId: fullName: extra:
    let record = {
      inherit shortName fullName;
      free = true;
      deprecated = false;
    } // (if spdxId == null then { } else { inherit spdxId; url = "https://spdx.org/licenses/${spdxId}.html"; }) // extra;
    in record // { redistributable = extra.redistributable or record.free; };
  spdx = shortName: spdxId: fullName: license shortName spdxId fullName { };
  table = map (entry: { name = builtins.head entry; value = builtins.elemAt entry 1; }) [
    [ "mit" (spdx "mit" "MIT" "MIT License") ]
    [ "asl20" (spdx "asl20" "Apache-2.0" "Apache License 2.0") ]
    [ "gpl2Only" (spdx "gpl2Only" "GPL-2.0-only" "GNU General Public License v2.0 only") ]
    [ "gpl2Plus" (spdx "gpl2Plus" "GPL-2.0-or-later" "GNU General Public License v2.0 or later") ]
    [ "gpl3Only" (spdx "gpl3Only" "GPL-3.0-only" "GNU General Public License v3.0 only") ]
    [ "gpl3Plus" (spdx "gpl3Plus" "GPL-3.0-or-later" "GNU General Public License v3.0 or later") ]
    [ "gpl2" (license "gpl2" "GPL-2.0" "GNU General Public License v2.0" { deprecated = true; }) ]
    [ "gpl3" (license "gpl3" "GPL-3.0" "GNU General Public License v3.0" { deprecated = true; }) ]
    [ "lgpl2Plus" (spdx "lgpl2Plus" "LGPL-2.0-or-later" "GNU Library General Public License v2 or later") ]
    [ "lgpl21Only" (spdx "lgpl21Only" "LGPL-2.1-only" "GNU Lesser General Public License v2.1 only") ]
    [ "lgpl21Plus" (spdx "lgpl21Plus" "LGPL-2.1-or-later" "GNU Lesser General Public License v2.1 or later") ]
    [ "lgpl3Only" (spdx "lgpl3Only" "LGPL-3.0-only" "GNU Lesser General Public License v3.0 only") ]
    [ "lgpl3Plus" (spdx "lgpl3Plus" "LGPL-3.0-or-later" "GNU Lesser General Public License v3.0 or later") ]
    [ "agpl3Only" (spdx "agpl3Only" "AGPL-3.0-only" "GNU Affero General Public License v3.0 only") ]
    [ "agpl3Plus" (spdx "agpl3Plus" "AGPL-3.0-or-later" "GNU Affero General Public License v3.0 or later") ]
    [ "bsd2" (spdx "bsd2" "BSD-2-Clause" "BSD 2-clause \"Simplified\" License") ]
    [ "bsd3" (spdx "bsd3" "BSD-3-Clause" "BSD 3-clause \"New\" or \"Revised\" License") ]
    [ "isc" (spdx "isc" "ISC" "ISC License") ]
    [ "mpl20" (spdx "mpl20" "MPL-2.0" "Mozilla Public License 2.0") ]
    [ "cc0" (spdx "cc0" "CC0-1.0" "Creative Commons Zero v1.0 Universal") ]
    [ "cc-by-40" (spdx "cc-by-40" "CC-BY-4.0" "Creative Commons Attribution 4.0") ]
    [ "cc-by-sa-40" (spdx "cc-by-sa-40" "CC-BY-SA-4.0" "Creative Commons Attribution Share Alike 4.0") ]
    [ "zlib" (spdx "zlib" "Zlib" "zlib License") ]
    [ "unlicense" (spdx "unlicense" "Unlicense" "The Unlicense") ]
    [ "epl20" (spdx "epl20" "EPL-2.0" "Eclipse Public License 2.0") ]
    [ "artistic2" (spdx "artistic2" "Artistic-2.0" "Artistic License 2.0") ]
    [ "ofl" (spdx "ofl" "OFL-1.1" "SIL Open Font License 1.1") ]
    [ "postgresql" (spdx "postgresql" "PostgreSQL" "PostgreSQL License") ]
    [ "psfl" (spdx "psfl" "Python-2.0" "Python Software Foundation License version 2") ]
    [ "openssl" (spdx "openssl" "OpenSSL" "OpenSSL License") ]
    [ "ncsa" (spdx "ncsa" "NCSA" "University of Illinois/NCSA Open Source License") ]
    [ "wtfpl" (spdx "wtfpl" "WTFPL" "Do What The F*ck You Want To Public License") ]
    [ "curl" (spdx "curl" "curl" "curl License") ]
    [ "boost" (spdx "boost" "BSL-1.0" "Boost Software License 1.0") ]
    [ "bsl11" (license "bsl11" "BUSL-1.1" "Business Source License 1.1" { free = false; redistributable = true; }) ]
    [ "sspl" (license "sspl" null "Server Side Public License" { free = false; redistributable = true; url = "https://www.mongodb.com/licensing/server-side-public-license"; }) ]
    [ "free" (license "free" null "Unspecified free software license" { }) ]
    [ "publicDomain" (license "publicDomain" null "Public Domain" { }) ]
    [ "unfree" (license "unfree" null "Unfree" { free = false; }) ]
    [ "unfreeRedistributable" (license "unfreeRedistributable" null "Unfree redistributable" { free = false; redistributable = true; }) ]
  ];
in
builtins.listToAttrs table
