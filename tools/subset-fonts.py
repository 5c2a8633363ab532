#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Makes the shipped fonts (fonts/DejaVuSans.ttf, fonts/DejaVuSans-Bold.ttf) from DejaVu Sans 2.37 as
Debian ships it (fonts-dejavu-core): a subset of the scripts and symbols documents use, without
hinting, OpenType layout tables or glyph names, none of which a PDF needs.

Why: libharu 2.3.0 parses the whole TrueType file for every document, embeds its cmap, hmtx, loca
and post tables whole (only glyf is cut to the glyphs used) and maps every BMP code point through the
cmap. With the full 0.7 MB files that font work was almost all of the time a one-page letter took
(docs/pdf-library.md).

Run once after changing the ranges (needs Debian's fonttools package):
    /usr/bin/python3 tools/subset-fonts.py [SOURCE_DIR]   (default /usr/share/fonts/truetype/dejavu)
The DejaVu licence (fonts/LICENSE-DejaVu.txt) allows modified copies whose names contain neither
"Bitstream" nor "Vera"; the family stays "DejaVu Sans"."""
import os
import sys

from fontTools import subset
from fontTools.ttLib import TTFont

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# Latin with its extensions (every Indonesian letter, names from anywhere in Europe), the combining
# marks, Greek, Cyrillic, the punctuation word processors put in pasted text (quotes, dashes,
# bullets, ellipsis), currency (Rp is letters, but €, ¥ ...), letterlike symbols (№, ™), arrows,
# mathematical operators (≥, ±, ×), geometric shapes, the ballot boxes and check marks (☐, ✓, ✗),
# and U+FFFD, which the PDF layer prints for what it cannot. Few ranges on purpose: libharu looks up
# every one of the 65,536 BMP code points in the cmap, segment by segment, for each document, so the
# number of cmap segments (28 here, 193 in the full font) is time spent on every PDF.
RANGES = [
    (0x0020, 0x024F), (0x0300, 0x036F), (0x0370, 0x03FF), (0x0400, 0x04FF), (0x2000, 0x206F),
    (0x20A0, 0x20CF), (0x2100, 0x214F), (0x2190, 0x21FF), (0x2200, 0x22FF), (0x25A0, 0x25FF),
    (0x2610, 0x2612), (0x2713, 0x2718), (0xFFFD, 0xFFFD),
]


def main():
    source = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/fonts/truetype/dejavu"
    options = subset.Options()
    options.hinting = False
    options.layout_features = []
    options.drop_tables += ["GSUB", "GPOS", "GDEF", "kern", "FFTM"]
    options.glyph_names = False
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    unicodes = [code for first, last in RANGES for code in range(first, last + 1)]
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        font = TTFont(os.path.join(source, name), recalcTimestamp=False)
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=unicodes)
        subsetter.subset(font)
        # Fixed timestamps: the same input gives the same bytes.
        font["head"].modified = font["head"].created
        target = os.path.join(ROOT, "fonts", name)
        font.save(target, reorderTables=True)
        print(f"{target}: {os.path.getsize(target)} bytes, {len(font.getGlyphOrder())} glyphs")


if __name__ == "__main__":
    main()
