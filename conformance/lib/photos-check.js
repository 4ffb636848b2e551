// Compares what a peer downloaded with the fake's own files (GET /_fake/photos/originals).
// Usage: node photos-check.js ORIGINALS_JSON PEER DIR...   (PEER: icloudpd | icloud-photos-sync | orchard)
// Prints one line per problem and a summary; exits 1 when a downloaded file is not byte-identical to one of the
// fake's files, or when a file the peer should have fetched is missing.
'use strict';
const fs = require('fs');
const path = require('path');

const { fileChecksum, walk } = require('./photos-files');

// What each peer is documented to fetch (peer-clients.md, photos.md 6.4) from a visible (not hidden, not
// recently deleted) asset.
const WANTED = {
  icloudpd: f => f.zone === 'PrimarySync'
    && (['original', 'alternative', 'live-video'].includes(f.role) || (f.role === 'edited' && f.itemType === 'public.jpeg')),
  'icloud-photos-sync': f => f.filename !== null && ['original', 'edited'].includes(f.role),
  // Orchard keeps every version of every visible asset of both libraries (README: the photo library).
  orchard: f => ['original', 'alternative', 'live-video', 'edited'].includes(f.role),
};

const [originalsFile, peer, ...dirs] = process.argv.slice(2);
const files = JSON.parse(fs.readFileSync(originalsFile, 'utf8')).files;
const known = new Map(files.map(f => [f.fileChecksum, f]));
// No Linux file system takes a name over 255 bytes; the generator's 300-character name cannot be written by
// a peer that keeps names (icloudpd logs an IOError and skips it), so it is reported, not required.
const unwritable = f => peer === 'icloudpd' && f.filename !== null && Buffer.byteLength(f.filename) > 240;
const visible = files.filter(f => !f.hidden && !f.deleted && WANTED[peer](f));
for (const f of visible.filter(unwritable)) console.log(`not required (name too long for a file system): ${f.role} of asset ${f.asset}`);
const wanted = new Map(visible.filter(f => !unwritable(f)).map(f => [f.fileChecksum, f]));

const got = new Map();
let foreign = 0;
for (const dir of dirs) {
  for (const file of walk(dir, [])) {
    if (file.endsWith('.part')) continue;
    const c = fileChecksum(file);
    if (!known.has(c)) {
      foreign++;
      console.log(`not one of the fake's files: ${path.relative(dir, file)} (checksum ${c})`);
    } else if (known.get(c).size !== fs.statSync(file).size) {
      foreign++;
      console.log(`size differs from the fake's: ${path.relative(dir, file)}`);
    }
    got.set(c, file);
  }
}
let missing = 0;
for (const [c, f] of wanted) {
  if (!got.has(c)) {
    missing++;
    console.log(`missing: ${f.role} of asset ${f.asset} (${JSON.stringify(f.filename)}, ${f.itemType}, ${f.zone})`);
  }
}
const matched = [...got.keys()].filter(c => known.has(c)).length;
console.log(`${peer}: ${got.size} distinct files downloaded, ${matched} byte-identical to the fake's, `
  + `${wanted.size} wanted, ${missing} missing, ${foreign} foreign`);
process.exit(foreign === 0 && missing === 0 && wanted.size > 0 ? 0 : 1);
