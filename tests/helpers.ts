import { executeServerCommand } from '@web/test-runner-commands';

/** Emulates CSS media features (`forced-colors`, `prefers-color-scheme`…); `{}` resets them all. */
export function emulateMedia(features: Record<string, string>): Promise<unknown> {
  return executeServerCommand(
    'emulate-media-features',
    Object.entries(features).map(([name, value]) => ({ name, value })),
  );
}

/** Waits for the next two animation frames: long enough for a ResizeObserver round and its re-render. */
export function nextFrames(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

/** A node's text as a reader sees it: white space collapsed, without the invisible isolates (FSI…PDI) that
 * keep data in its own direction. */
export const seen = (node: Node | null | undefined): string =>
  (node?.textContent ?? '')
    .replace(/[\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
