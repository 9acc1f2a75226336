/**
 * The page's accent colour (data-accent) as the widget's colour variables. White text sits on the accent
 * and the accent is text on white and on a light tint of itself, so a colour too light for that is darkened
 * until white on it reaches 5:1 (WCAG AA asks 4.5:1; the margin keeps the tint's contrast above it too).
 */

type Rgb = [number, number, number];

/** Contrast with white the accent must reach. */
const MIN_CONTRAST_WITH_WHITE = 5;

/** Any CSS colour the browser understands, as RGB (alpha ignored); undefined if it is not a colour. */
function parseColour(value: string): Rgb | undefined {
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx || !CSS.supports('color', value)) return undefined;
  ctx.fillStyle = '#000';
  ctx.fillStyle = value;
  const normalized = String(ctx.fillStyle); // "#rrggbb", or "rgba(r, g, b, a)" when translucent
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(normalized);
  if (hex) return [1, 2, 3].map((i) => parseInt(hex[i], 16)) as Rgb;
  const rgb = /^rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(normalized);
  return rgb ? ([1, 2, 3].map((i) => Number(rgb[i])) as Rgb) : undefined;
}

/** WCAG relative luminance. */
function luminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export const contrastWithWhite = (rgb: Rgb): number => 1.05 / (luminance(rgb) + 0.05);

const mix = (rgb: Rgb, towards: number, share: number): Rgb => rgb.map((c) => Math.round(c + (towards - c) * share)) as Rgb;
const css = (rgb: Rgb) => `rgb(${rgb.join(', ')})`;

/** The colour variables for `accent`, or undefined (the default theme) when it is not a colour. */
export function accentVariables(accent: string): Record<string, string> | undefined {
  let rgb = parseColour(accent);
  if (!rgb) return undefined;
  while (contrastWithWhite(rgb) < MIN_CONTRAST_WITH_WHITE) rgb = mix(rgb, 0, 0.1);
  return {
    '--sv-accent': css(rgb),
    '--sv-accent-dark': css(mix(rgb, 0, 0.2)),
    '--sv-accent-tint': css(mix(rgb, 255, 0.92)),
  };
}
