// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const PUBLIC = new URL('../../public/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('manifest.json', PUBLIC), 'utf8'));

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): [number, number] {
  const bytes = readFileSync(new URL(path.replace(/^\//, ''), PUBLIC));
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('the web app manifest', () => {
  it('names the app and opens it standalone at the root, within the root scope', () => {
    expect(manifest).toMatchObject({ id: '/', name: 'Habit Tracker', short_name: 'Habits', start_url: '/', scope: '/', display: 'standalone' });
    expect(manifest.short_name.length).toBeLessThanOrEqual(12); // what fits under a launcher icon
  });

  it('has the colours of the app’s light theme (index.html’s theme-color, the page background)', () => {
    const index = readFileSync(new URL('../../index.html', import.meta.url), 'utf8');
    const styles = readFileSync(new URL('../styles.css', import.meta.url), 'utf8');
    expect(index).toContain(`<meta name="theme-color" content="${manifest.theme_color}" media="(prefers-color-scheme: light)" />`);
    expect(styles).toMatch(new RegExp(`--bg: ${manifest.background_color};`));
    expect(index).toContain('<link rel="manifest" href="/manifest.json" />');
  });

  it('has PNG icons of 192 and 512 pixels and a maskable one, each file the size it says', () => {
    const icons: { src: string; sizes: string; type: string; purpose: string }[] = manifest.icons;
    const pngs = icons.filter((icon) => icon.type === 'image/png');
    for (const icon of pngs) {
      const [width, height] = pngSize(icon.src);
      expect(`${width}x${height}`).toBe(icon.sizes);
    }
    expect(pngs.some((i) => i.sizes === '192x192' && i.purpose.includes('any'))).toBe(true);
    expect(pngs.some((i) => i.sizes === '512x512' && i.purpose.includes('any'))).toBe(true);
    expect(pngs.some((i) => i.sizes === '512x512' && i.purpose.includes('maskable'))).toBe(true);
  });
});
