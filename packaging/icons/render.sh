#!/usr/bin/env bash
# Renders the icons' PNG sizes from their SVG sources (needs rsvg-convert, package librsvg2-bin).
# The PNGs are committed, so a build needs no SVG renderer; run this after changing an SVG.
set -euo pipefail
cd "$(dirname "$0")"
for size in 16 22 24 32 48 64 128 256 512; do
    rsvg-convert -w "$size" -h "$size" cxmap.svg -o "cxmap-$size.png"
done
for size in 16 22 24 32 48 64 128 256; do
    rsvg-convert -w "$size" -h "$size" application-x-cxmap.svg -o "application-x-cxmap-$size.png"
done
