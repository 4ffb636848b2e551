// Checks of the adopt scenarios (issue 15 §3).
// node adopt-check.js checksums DIR...              prints Apple's fileChecksum of every file below the DIRs (one a line)
// node adopt-check.js downloads SUMS LOG MARK PEER ORIGINALS_JSON  counts the photo downloads (GET /B/...) the fake
//   logged after line MARK of LOG: library files (in the fake's list of originals, edits and Live Photo videos) and
//   the rest (thumbnails and previews), and those of a file listed in SUMS (the peer's tree before adopting);
//   exits 1 when there is one of those.
'use strict';
const fs = require('fs');
const { fileChecksum, walk } = require('./photos-files');

const [mode, ...args] = process.argv.slice(2);
if (mode === 'checksums') {
  for (const dir of args) {
    for (const file of walk(dir, [])) if (!file.endsWith('.part')) console.log(fileChecksum(file));
  }
} else if (mode === 'downloads') {
  const [sumsFile, log, mark, peer, originalsFile] = args;
  const library = new Set(JSON.parse(fs.readFileSync(originalsFile, 'utf8')).files.map(f => f.fileChecksum));
  const held = new Set(fs.readFileSync(sumsFile, 'utf8').split('\n').filter(Boolean));
  const lines = fs.readFileSync(log, 'utf8').split('\n').slice(Number(mark)).filter(Boolean);
  let downloads = 0;
  let files = 0;
  let again = 0;
  for (const line of lines) {
    const r = JSON.parse(line);
    if (r.method !== 'GET' || !r.path.startsWith('/B/') || ![200, 206].includes(r.status)) continue;
    downloads++;
    // The first 28 characters after /B/ are the file's checksum in base64url (photos.md §7).
    const checksum = r.path.substring(3, 31).replace(/-/g, '+').replace(/_/g, '/');
    if (library.has(checksum)) files++;
    if (held.has(checksum)) {
      again++;
      console.log(`downloaded again although ${peer}'s tree held it: ${r.path.substring(0, 40)}...`);
    }
  }
  console.log(`after adopting ${peer}'s tree (${held.size} files), orchard photos sync downloaded ${files} library files and `
    + `${downloads - files} thumbnails/previews; ${again} of them a file the tree held`);
  process.exit(again === 0 ? 0 : 1);
} else {
  console.error('usage: adopt-check.js checksums DIR... | downloads SUMS LOG MARK PEER');
  process.exit(2);
}
