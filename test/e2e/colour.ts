// The colour a person sees on a block, as a hue, for the tests that check "online is purple".
import type { Locator } from 'playwright-core';

/**
 * The colour painted behind an element (its own, or the first opaque one above it), as
 * [r, g, b] as the eye sees it: the browser paints it on a canvas, so any CSS colour syntax
 * (rgb, oklch…) works. `fallback` when nothing above it is painted.
 */
export async function paintedBackground(
  target: Locator,
  fallback = 'rgba(0, 0, 0, 0)',
): Promise<[number, number, number]> {
  return (await target.evaluate((element, fallback) => {
    let current: Element | null = element;
    let colour = fallback;
    while (current) {
      const candidate = getComputedStyle(current).backgroundColor;
      if (candidate !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(candidate)) {
        colour = candidate;
        break;
      }
      current = current.parentElement;
    }
    const canvas = document.createElement('canvas');
    canvas.width = 1;
    canvas.height = 1;
    const context = canvas.getContext('2d')!;
    context.fillStyle = colour;
    context.fillRect(0, 0, 1, 1);
    return [...context.getImageData(0, 0, 1, 1).data.slice(0, 3)];
  }, fallback)) as [number, number, number];
}

/** Hue (0–360) of the first non-transparent background at or above the block. */
export async function backgroundHue(block: Locator): Promise<number> {
  const [red, green, blue] = await paintedBackground(block);
  return hueOf(red, green, blue);
}

function hueOf(red: number, green: number, blue: number): number {
  const [r, g, b] = [red / 255, green / 255, blue / 255];
  const max = Math.max(r, g, b);
  const delta = max - Math.min(r, g, b);
  if (delta === 0) return Number.NaN; // grey has no hue
  const hue =
    max === r ? ((g - b) / delta) % 6 : max === g ? (b - r) / delta + 2 : (r - g) / delta + 4;
  return (hue * 60 + 360) % 360;
}
