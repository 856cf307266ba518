#!/usr/bin/env node
// V8 compiles a regex to bytecode on its first run and again to machine code on its second. For the detectors' long
// word-list patterns the bytecode step is the dearer one (half a second for the largest): compile to machine code at
// once. The flag changes how a regex runs, never what it matches; it must be set before any regex has run.
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-regexp-tier-up');
await import('../dist/cli/main.js');
