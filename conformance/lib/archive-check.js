// Judges an archive by the fake's own records (GET /_fake/photos/assets before and after the tool ran).
// Usage:
//   node archive-check.js moved BEFORE AFTER                 the assets the run moved to Recently Deleted
//   node archive-check.js album BEFORE SUMMARY ALBUM_NAME    what an album archive must move: the album's non-favourites
//   node archive-check.js age BEFORE DAYS [keep-favourites]  what an age archive must move (icloudpd's rule, photos.md 9.3)
//   node archive-check.js non-favourites BEFORE NAMES_FILE   the names in NAMES_FILE that were not favourites
// Each prints one file name per line, sorted; the shell compares the lists.
'use strict';
const fs = require('fs');

const read = file => JSON.parse(fs.readFileSync(file, 'utf8'));
const assets = file => read(file).assets;
const names = list => list.map(a => a.filename).sort();
const DAY = 86400000;
// Assets a tool lists: the user's own library, neither hidden nor already in Recently Deleted.
const visiblePrimary = a => a.zone === 'PrimarySync' && !a.hidden && !a.deleted;

const [mode, ...args] = process.argv.slice(2);
let out;
switch (mode) {
  case 'moved': {
    const before = new Map(assets(args[0]).map(a => [a.id, a]));
    out = names(assets(args[1]).filter(a => a.deleted && before.has(a.id) && !before.get(a.id).deleted));
    break;
  }
  case 'album': {
    const album = read(args[1]).albums.find(al => al.name === args[2] && !al.folder);
    if (!album) throw new Error(`no album named ${args[2]} in the fake`);
    out = names(assets(args[0]).filter(a => visiblePrimary(a) && a.albums.includes(album.id) && !a.favorite));
    break;
  }
  case 'age': {
    const days = Number(args[1]);
    const keepFavourites = args[2] === 'keep-favourites';
    const now = Date.now();
    out = names(assets(args[0]).filter(a => visiblePrimary(a)
      && Math.floor((now - Date.parse(a.assetDate)) / DAY) >= days && !(keepFavourites && a.favorite)));
    break;
  }
  case 'non-favourites': {
    const favourite = new Set(assets(args[0]).filter(a => a.favorite).map(a => a.filename));
    out = fs.readFileSync(args[1], 'utf8').split('\n').filter(n => n && !favourite.has(n)).sort();
    break;
  }
  default:
    throw new Error(`unknown mode ${mode} (expected moved, album, age or non-favourites)`);
}
out.forEach(n => console.log(n));
