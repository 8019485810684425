#!/usr/bin/env python3
"""Builds TrueType copies of Noto Sans CJK SC (Regular, Bold) for the PDF renderer.

Chromium's PDF writer (Skia) embeds TrueType fonts as named CID fonts (NotoSansCJKsc-Regular,
"CID TrueType", subset), but turns OpenType/CFF fonts — which is what fonts-noto-cjk installs —
into anonymous Type 3 fonts: embedded, yet nameless in pdffonts and Acrobat and unfit for press.
This script converts the installed SC faces' CFF outlines to TrueType quadratic outlines
(fontTools cu2qu, error at most 1 unit of 1000), keeps every glyph, table and the PostScript
name, and renames the family so it never clashes with the installed OpenType one. Two files a
face: the whole font ("Noto Sans CJK SC TT Full", 65,535 glyphs) and the GB 2312 characters with
ASCII, punctuation and symbols ("Noto Sans CJK SC TT", about 14,000 glyphs with their layout
variants). Chromium spends most of a small PDF's time on each embedded font in proportion to
its size (about 0.9 s for the whole font, 0.25 s for the common one), so pages name the common
face first and fall back to the whole one only for a rarer character. It writes a fontconfig
file beside the fonts that adds them to the system fonts; src/renderers/pdf.ts starts Chromium
with FONTCONFIG_FILE pointing at it.

    python3 scripts/build-pdf-fonts.py [--out DIR] [--force]

DIR: $YUSUAN_FONT_DIR, else $XDG_CACHE_HOME/yusuan/fonts, else ~/.cache/yusuan/fonts.
Needs python3-fonttools (Debian) and fonts-noto-cjk. Safe to run again: faces already built from
the same source are skipped. About 80 s a face; the two faces are built in parallel.
"""
import argparse
import multiprocessing
import os
import subprocess
import sys
import time

FAMILY = 'Noto Sans CJK SC'
TT_FAMILY = 'Noto Sans CJK SC TT'
FULL_FAMILY = 'Noto Sans CJK SC TT Full'
FACES = [('Regular', 'NotoSansCJKsc-Regular'), ('Bold', 'NotoSansCJKsc-Bold')]
# Bumped when the conversion changes, so old builds are redone.
BUILD_VERSION = '2'


def common_characters():
    """GB 2312 (6,763 hanzi and its symbols), ASCII, Latin-1, general punctuation, CJK symbols,
    fullwidth forms, enclosed numbers (①), arrows, maths operators (≥ ≤), box drawing."""
    chars = set()
    for b1 in range(0xA1, 0xF8):
        for b2 in range(0xA1, 0xFF):
            try:
                chars.add(ord(bytes([b1, b2]).decode('gb2312')))
            except UnicodeDecodeError:
                pass
    for lo, hi in ((0x20, 0x7E), (0xA0, 0xFF), (0x2000, 0x206F), (0x2100, 0x22FF), (0x2460, 0x24FF),
                   (0x2500, 0x257F), (0x25A0, 0x25FF), (0x3000, 0x303F), (0xFF00, 0xFFEF)):
        chars.update(range(lo, hi + 1))
    return chars


def rename(font, old, new):
    for record in font['name'].names:
        if record.nameID in (1, 4, 16, 18):
            text = record.toUnicode()
            if old in text:
                record.string = text.replace(old, new)


def default_dir():
    if os.environ.get('YUSUAN_FONT_DIR'):
        return os.environ['YUSUAN_FONT_DIR']
    cache = os.environ.get('XDG_CACHE_HOME') or os.path.join(os.path.expanduser('~'), '.cache')
    return os.path.join(cache, 'yusuan', 'fonts')


def source_file(style):
    """The installed collection that holds Noto Sans CJK SC in this style (via fontconfig)."""
    out = subprocess.run(['fc-list', '--format', '%{file}\t%{family}\t%{style}\n', f':family={FAMILY}'],
                         check=True, capture_output=True, text=True).stdout
    for line in out.splitlines():
        path, families, styles = (line.split('\t') + ['', ''])[:3]
        if FAMILY in families.split(',') and style in styles.split(','):
            return path
    return None


def stamp_of(src):
    st = os.stat(src)
    return f'{BUILD_VERSION};{os.path.realpath(src)};{st.st_size};{int(st.st_mtime)}'


def convert(job):
    src, style, stem, out = job
    full_target = os.path.join(out, stem + '.ttf')
    common_target = os.path.join(out, stem + '.common.ttf')
    from fontTools import subset
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    from fontTools.ttLib import TTCollection, TTFont, newTable

    started = time.time()
    if src.lower().endswith(('.ttc', '.otc')):
        fonts = TTCollection(src).fonts
    else:
        fonts = [TTFont(src)]
    font = next((f for f in fonts if f['name'].getDebugName(1) == FAMILY and f['name'].getDebugName(2) == style), None)
    if font is None:
        raise SystemExit(f'{src}: no face "{FAMILY} {style}"')
    if 'CFF ' not in font:
        raise SystemExit(f'{src}: "{FAMILY} {style}" has no CFF outlines to convert')
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    font['loca'] = newTable('loca')
    glyf = font['glyf'] = newTable('glyf')
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyf[name] = pen.glyph()
    del font['CFF ']
    for tag in ('VORG',):
        if tag in font:
            del font[tag]
    maxp = font['maxp'] = newTable('maxp')
    maxp.tableVersion = 0x00010000
    for field in ('maxZones', 'maxTwilightPoints', 'maxStorage', 'maxFunctionDefs', 'maxInstructionDefs',
                  'maxStackElements', 'maxSizeOfInstructions', 'maxComponentElements'):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    font['post'].formatType = 3.0  # no glyph names (65,535 CIDs)
    font['head'].glyphDataFormat = 0
    font.sfntVersion = '\x00\x01\x00\x00'
    rename(font, FAMILY, FULL_FAMILY)
    font.save(full_target + '.part')
    # The common face: the same font cut to the common characters (layout variants kept).
    options = subset.Options()
    options.layout_features = ['*']
    options.name_IDs = ['*']
    options.name_languages = ['*']
    options.notdef_outline = True
    options.glyph_names = False
    options.hinting = False
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=common_characters())
    subsetter.subset(font)
    rename(font, FULL_FAMILY, TT_FAMILY)
    font.save(common_target + '.part')
    os.replace(full_target + '.part', full_target)
    os.replace(common_target + '.part', common_target)
    with open(os.path.join(out, stem + '.stamp'), 'w', encoding='utf-8') as f:
        f.write(stamp_of(src))
    return f'{stem} ({time.time() - started:.0f} s)'


FONTS_CONF = '''<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<!-- Written by scripts/build-pdf-fonts.py: the system fonts plus the TrueType CJK faces here. -->
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>{dir}</dir>
  <cachedir>{dir}/fontconfig-cache</cachedir>
</fontconfig>
'''


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--out', default=default_dir())
    parser.add_argument('--force', action='store_true')
    args = parser.parse_args()
    out = os.path.abspath(args.out)
    try:
        import fontTools  # noqa: F401
    except ImportError:
        print('缺少 fontTools，请安装：sudo apt-get install python3-fonttools / python3-fonttools is missing', file=sys.stderr)
        return 1
    jobs = []
    for style, stem in FACES:
        src = source_file(style)
        if not src:
            print(f'缺少中文字体 {FAMILY} {style}，请安装 fonts-noto-cjk：sudo apt-get install fonts-noto-cjk', file=sys.stderr)
            return 1
        try:
            with open(os.path.join(out, stem + '.stamp'), encoding='utf-8') as f:
                fresh = f.read() == stamp_of(src) and all(
                    os.path.exists(os.path.join(out, stem + ext)) for ext in ('.ttf', '.common.ttf'))
        except OSError:
            fresh = False
        if fresh and not args.force:
            continue
        jobs.append((src, style, stem, out))
    os.makedirs(out, exist_ok=True)
    if jobs:
        print(f'生成 PDF 用 TrueType 中文字体 / building TrueType CJK fonts for PDFs in {out} …', flush=True)
        with multiprocessing.Pool(min(len(jobs), os.cpu_count() or 1)) as pool:
            for done in pool.imap_unordered(convert, jobs):
                print(f'  {done}', flush=True)
    conf = os.path.join(out, 'fonts.conf')
    text = FONTS_CONF.format(dir=out)
    if not os.path.exists(conf) or open(conf, encoding='utf-8').read() != text:
        with open(conf + '.part', 'w', encoding='utf-8') as f:
            f.write(text)
        os.replace(conf + '.part', conf)
    return 0


if __name__ == '__main__':
    sys.exit(main())
