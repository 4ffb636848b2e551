// Helpers of the photos checks: Apple's fileChecksum of a file, and the files of a downloaded library.
'use strict';
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const SALT = Buffer.from('com.apple.XattrObjectSalt\0com.apple.DataObjectSalt\0', 'latin1');

// Apple's fileChecksum (photos.md 7.1), streamed so large files stay out of memory.
function fileChecksum(file) {
  const h = crypto.createHash('sha1');
  h.update(SALT);
  const fd = fs.openSync(file, 'r');
  const buf = Buffer.alloc(1 << 20);
  let n;
  while ((n = fs.readSync(fd, buf, 0, buf.length, null)) > 0) h.update(buf.subarray(0, n));
  fs.closeSync(fd);
  return Buffer.concat([Buffer.from([1]), h.digest()]).toString('base64');
}

// Regular files below dir (links are not followed); Orchard's own state, trash and quarantine are skipped.
function walk(dir, out) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.name.startsWith('.orchard')) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (e.isFile()) out.push(p);
  }
  return out;
}

module.exports = { fileChecksum, walk };
