// Draws the add-in's ribbon and store icons (a white tick on a green tile) as PNGs, with no
// network and no image library: the PNG is assembled by hand and compressed with node:zlib.
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
};

/** Distance from point p to segment ab. */
const segDist = (px, py, ax, ay, bx, by) => {
  const dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
};

function icon(size) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  const r = size * 0.18; // corner radius
  const stroke = Math.max(1.2, size * 0.09);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      const cx = x + 0.5, cy = y + 0.5;
      // Rounded tile: coverage by distance to the inner rectangle.
      const qx = Math.max(r - cx, 0, cx - (size - r));
      const qy = Math.max(r - cy, 0, cy - (size - r));
      const tile = Math.max(0, Math.min(1, r - Math.hypot(qx, qy) + 0.5));
      const s = size;
      const d = Math.min(
        segDist(cx, cy, s * 0.24, s * 0.52, s * 0.42, s * 0.7),
        segDist(cx, cy, s * 0.42, s * 0.7, s * 0.77, s * 0.3),
      );
      const tick = Math.max(0, Math.min(1, stroke / 2 - d + 0.5));
      const o = y * (size * 4 + 1) + 1 + x * 4;
      // #217346 (Excel green) blended to white where the tick is.
      raw[o] = Math.round(0x21 + (255 - 0x21) * tick);
      raw[o + 1] = Math.round(0x73 + (255 - 0x73) * tick);
      raw[o + 2] = Math.round(0x46 + (255 - 0x46) * tick);
      raw[o + 3] = Math.round(255 * tile);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync('assets', { recursive: true });
for (const size of [16, 32, 64, 80, 128]) writeFileSync(`assets/icon-${size}.png`, icon(size));
console.log('assets/icon-{16,32,64,80,128}.png written');
