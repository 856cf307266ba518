/**
 * A small seeded generator of uniform numbers in [0, 1) (mulberry32): the same seed, the same sequence. The bench's
 * posts and pictures and the training's initial weights and batch order come from it, so every run is the same.
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Camera grain drawn from mulberry32(`seed`), added to raw 8-bit pixels in place: 65,536 gaussian draws (Box-Muller,
 * sigma `sigma`, halved: the bench's first grain was an average with a mid-grey noise layer), then one picked per byte
 * (a draw per byte of a 12 MP picture costs seconds). The same call gives the same bytes on every run; the bench's
 * photos and the image fixtures both take their grain from here.
 */
export function addGrain(data: Uint8Array, sigma: number, seed = 1): void {
  const next = mulberry32(seed);
  const table = new Int16Array(1 << 16);
  for (let i = 0; i < table.length; i++) table[i] = Math.round(sigma * Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next())) >> 1;
  for (let i = 0; i < data.length; i++) data[i] = Math.max(0, Math.min(255, data[i] + table[(next() * 65536) | 0]));
}
