/** `heic-decode` ships no types: the part clearpost uses (libheif compiled to WASM). */
declare module 'heic-decode' {
  interface HeicPixels {
    width: number;
    height: number;
    /** RGBA, 8 bit. */
    data: Uint8ClampedArray;
  }
  interface HeicImage {
    width: number;
    height: number;
    decode(): Promise<HeicPixels>;
  }
  function decode(input: { buffer: Buffer | Uint8Array }): Promise<HeicPixels>;
  namespace decode {
    /** Every image in the file, sizes known before decoding; call dispose() when done. */
    function all(input: { buffer: Buffer | Uint8Array }): Promise<HeicImage[] & { dispose(): void }>;
  }
  export default decode;
}
