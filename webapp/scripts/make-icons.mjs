// Renders the app's icons (public/icons/*.png) from the same drawing as public/favicon.svg, in Debian's
// Chromium: `node scripts/make-icons.mjs`. The PNGs are committed; run this again only when the drawing changes.
// "any" icons keep the favicon's rounded square on a transparent ground; the maskable one fills the square
// and keeps the tick inside the central 80 % circle that launchers may cut out.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launch } from '../e2e/browser.mjs';

const PUBLIC = fileURLToPath(new URL('../public/', import.meta.url));
const favicon = readFileSync(`${PUBLIC}favicon.svg`, 'utf8');
const TICK = '<path d="M9 16.5l4.5 4.5L23 11" fill="none" stroke="#fff" stroke-width="3.2" stroke-linecap="round" stroke-linejoin="round"/>';
// The tick scaled to 60 % around the centre, on a full square.
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="#00796b"/><g transform="translate(6.4 6.4) scale(0.6)">${TICK}</g></svg>`;

const ICONS = [
  { file: 'icon-192.png', size: 192, svg: favicon },
  { file: 'icon-512.png', size: 512, svg: favicon },
  { file: 'icon-maskable-512.png', size: 512, svg: maskable },
];

const browser = await launch();
try {
  for (const { file, size, svg } of ICONS) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const sized = svg.replace('<svg ', `<svg width="${size}" height="${size}" `);
    await page.setContent(`<html><body style="margin:0;background:transparent">${sized}</body></html>`);
    await page.screenshot({ path: `${PUBLIC}icons/${file}`, omitBackground: true });
    await page.close();
    console.log(`public/icons/${file}`);
  }
} finally {
  await browser.close();
}
