// Checks that every file a peer downloaded is byte-identical to a file Orchard keeps for the same library.
// Usage: node photos-same.js ORCHARD_LIBRARY PEER_NAME PEER_DIR...
// Prints one line per file Orchard has no identical copy of and a summary; exits 1 on any, or on nothing compared.
'use strict';
const path = require('path');
const { fileChecksum, walk } = require('./photos-files');

const [orchardDir, peer, ...peerDirs] = process.argv.slice(2);
const orchard = new Set(walk(orchardDir, []).filter(f => !f.endsWith('.part')).map(fileChecksum));
let compared = 0;
let different = 0;
for (const dir of peerDirs) {
  for (const file of walk(dir, [])) {
    if (file.endsWith('.part')) continue;
    compared++;
    if (!orchard.has(fileChecksum(file))) {
      different++;
      console.log(`Orchard has no byte-identical copy of ${peer}'s ${path.relative(dir, file)}`);
    }
  }
}
console.log(`${peer}: ${compared} files compared with Orchard's ${orchard.size}, ${compared - different} byte-identical, ${different} not`);
process.exit(different === 0 && compared > 0 ? 0 : 1);
