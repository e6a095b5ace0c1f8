// Draws resources/icons/icon.png (512x512), the placeholder app icon electron-builder turns
// into .ico/.icns: a blue rounded square with a white ring (customers coming back) and a dot.
// Run: npx node resources/icons/draw-icon.ts
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const size = 512;
const samples = 4;

function coverage(x: number, y: number): { background: boolean; mark: boolean } {
  const radius = 104;
  const margin = 16;
  const cx = Math.min(Math.max(x, margin + radius), size - margin - radius);
  const cy = Math.min(Math.max(y, margin + radius), size - margin - radius);
  const background = (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2 && x >= margin && y >= margin && x <= size - margin && y <= size - margin;
  const d = Math.hypot(x - 256, y - 256);
  const angle = Math.atan2(y - 256, x - 256);
  const ring = d >= 118 && d <= 168 && !(angle > -1.25 && angle < -0.45);
  const dot = Math.hypot(x - 256 - 143 * Math.cos(-0.85), y - 256 - 143 * Math.sin(-0.85)) <= 40;
  const centre = d <= 46;
  return { background, mark: background && (ring || dot || centre) };
}

const blue = [25, 113, 194];
const rows: Buffer[] = [];
for (let y = 0; y < size; y++) {
  const row = Buffer.alloc(1 + size * 4);
  for (let x = 0; x < size; x++) {
    let bg = 0;
    let mark = 0;
    for (let sy = 0; sy < samples; sy++) {
      for (let sx = 0; sx < samples; sx++) {
        const c = coverage(x + (sx + 0.5) / samples, y + (sy + 0.5) / samples);
        bg += Number(c.background);
        mark += Number(c.mark);
      }
    }
    const n = samples * samples;
    const white = bg === 0 ? 0 : mark / bg;
    const offset = 1 + x * 4;
    for (let i = 0; i < 3; i++) row[offset + i] = Math.round(blue[i]! * (1 - white) + 255 * white);
    row[offset + 3] = Math.round((255 * bg) / n);
  }
  rows.push(row);
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const header = Buffer.alloc(13);
header.writeUInt32BE(size, 0);
header.writeUInt32BE(size, 4);
header.set([8, 6, 0, 0, 0], 8);
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(new URL('./icon.png', import.meta.url), png);
