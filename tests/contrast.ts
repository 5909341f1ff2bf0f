import { executeServerCommand } from '@web/test-runner-commands';
import { expect } from '@open-wc/testing';
import 'axe-core/axe.min.js';
import type { AxeResults, RunOptions } from 'axe-core';

export type Rgb = [number, number, number];

const scratch = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;

/** Any CSS colour (as `getComputedStyle` gives it: rgb(), color(srgb …), oklch()…) as sRGB bytes. */
export function rgb(color: string): Rgb {
  scratch.canvas.width = scratch.canvas.height = 1;
  scratch.clearRect(0, 0, 1, 1);
  scratch.fillStyle = color;
  scratch.fillRect(0, 0, 1, 1);
  const [r, g, b] = scratch.getImageData(0, 0, 1, 1).data;
  return [r!, g!, b!];
}

/** WCAG 2 relative luminance of an sRGB colour. */
export function luminance([r, g, b]: Rgb): number {
  const lin = (c: number) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG 2 contrast ratio of two colours, 1 to 21. */
export function contrast(a: Rgb, b: Rgb): number {
  const [la, lb] = [luminance(a), luminance(b)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** The pixels the browser actually drew in a box of the viewport (as `getBoundingClientRect` gives it). */
export async function screenshot(box: DOMRect): Promise<ImageData> {
  const [width, height] = [Math.round(box.width), Math.round(box.height)];
  // The screenshot takes document coordinates.
  const clip = { x: Math.round(box.x + scrollX), y: Math.round(box.y + scrollY), width, height };
  const png = await executeServerCommand<string, typeof clip>('screenshot', clip);
  const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${png}`)).blob());
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d')!;
  // At a device pixel ratio above 1 the PNG is larger than the box: scale it back to CSS pixels.
  context.drawImage(bitmap, 0, 0, width, height);
  return context.getImageData(0, 0, width, height);
}

declare global {
  interface Window {
    axe: { run(context: Element, options: RunOptions): Promise<AxeResults> };
  }
}

/**
 * Runs axe's colour-contrast rule alone over an element (shadow roots included) and asserts that it found no
 * violation and really compared some text: a rule that checks nothing would pass anything.
 */
export async function expectContrastClean(el: Element, minimumChecked = 1): Promise<void> {
  const { violations, passes } = await window.axe.run(el, { runOnly: ['color-contrast'], resultTypes: ['violations', 'passes'] });
  const failures = violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary}`));
  expect(failures, failures.join('\n')).to.deep.equal([]);
  expect(passes.flatMap((p) => p.nodes).length).to.be.at.least(minimumChecked);
}
