// check with a TBX termbase instead of TSV.
#include "catch.hpp"
#include "cli/run_binary.h"

using samklang::testing::run_samklang;
using samklang::testing::TempDir;

TEST_CASE("cli: check reads a TBX termbase", "[cli]") {
  TempDir dir;
  dir.write("sv.md", "Vi försvarar medborgerliga och politiska rättigheter.\n");
  dir.write("en.md", "We defend civic and political rights.\n");
  dir.write("terms.tbx", R"(<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
  <text><body>
    <conceptEntry id="ccpr">
      <langSec xml:lang="sv">
        <termSec><term>medborgerliga och politiska rättigheter</term>
          <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
      </langSec>
      <langSec xml:lang="en">
        <termSec><term>civil and political rights</term>
          <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
        <termSec><term>civic and political rights</term>
          <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termSec>
      </langSec>
    </conceptEntry>
  </body></text>
</tbx>
)");
  auto run = run_samklang({"check", "sv=sv.md", "en=en.md", "--terms", "terms.tbx"}, dir.path());
  INFO(run.out << run.err);
  CHECK(run.exit_code == 1);
  CHECK(run.out.find("en.md:1:11: error: 'civic and political rights' is forbidden; use 'civil "
                     "and political rights' [term-forbidden]") != std::string::npos);
  dir.write("en.md", "We defend civil and political rights.\n");
  CHECK(run_samklang({"check", "sv=sv.md", "en=en.md", "--terms", "terms.tbx"}, dir.path())
            .exit_code == 0);
}
