// Prints the library spec (orchard-fake's LIBRARY-SPEC.md) of the archive scenarios: an album with favourites,
// non-favourites, edits and recent items; other albums; assets spread over years with some on either side of
// the age limit; an old hidden asset, an asset already in Recently Deleted, and old assets in the Shared Library
// (which no tool may archive). Capture dates are relative to now (the peers judge age by the real clock), and
// no asset is within days of the age limit, so time zones and rounding cannot decide a case.
// Every file name is unique and says what the asset is, so the checks print readable names.
// Usage: node archive-library.js AGE_DAYS ALBUM_NAME
'use strict';
const [ageDays, album] = [Number(process.argv[2]), process.argv[3]];
const DAY = 86400000;
const ago = days => new Date(Date.now() - days * DAY).toISOString();
const old = ageDays + 500;

const assets = [
  // The album: what an album archive moves is its non-favourites, old or recent.
  { filename: 'album-old.JPG', date: ago(old), albums: ['album'] },
  { filename: 'album-old-favourite.JPG', date: ago(old + 1), favorite: true, albums: ['album', 'best'] },
  { kind: 'live', filename: 'album-old-live.HEIC', date: ago(old + 2), albums: ['album'] },
  { filename: 'album-old-favourite-edited.JPG', date: ago(old + 3), favorite: true, edited: true, albums: ['album'] },
  { filename: 'album-old-edited.JPG', date: ago(old + 4), edited: true, albums: ['album', 'best'] },
  { kind: 'raw', filename: 'album-recent-raw.JPG', date: ago(30), albums: ['album'] },
  { kind: 'video', filename: 'album-recent-favourite.MOV', date: ago(20), favorite: true, albums: ['album'] },
  { filename: 'album-recent.JPG', date: ago(5), albums: ['album'] },
  // Elsewhere in the library, over the years.
  { filename: 'other-2y.JPG', date: ago(730), albums: ['best'] },
  { filename: 'other-5y-favourite.JPG', date: ago(1825), favorite: true },
  { kind: 'video', filename: 'other-8y.MOV', date: ago(2920) },
  { kind: 'live', filename: 'other-old-live.HEIC', date: ago(ageDays + 40) },
  { filename: 'other-just-over.JPG', date: ago(ageDays + 6) },
  { filename: 'other-just-under.JPG', date: ago(ageDays - 6) },
  { filename: 'other-200d-edited.JPG', date: ago(200), edited: true },
  { filename: 'other-yesterday.JPG', date: ago(1) },
  { filename: 'other-old-hidden.JPG', date: ago(old), hidden: true },
  { filename: 'other-old-already-deleted.JPG', date: ago(old), deleted: true },
  // The Shared Library: other people's photos, never archived.
  { filename: 'shared-old.JPG', date: ago(old), sharedLibrary: true },
  { kind: 'live', filename: 'shared-older-live.HEIC', date: ago(old + 900), sharedLibrary: true },
  { filename: 'shared-recent.JPG', date: ago(10), sharedLibrary: true },
];
for (const a of assets) a.added = a.date;

console.log(JSON.stringify({
  seed: 10,
  sharedLibrary: true,
  photoBytes: '16k',
  videoBytes: '32k',
  albums: [{ key: 'album', name: album }, { key: 'best', name: 'Best of' }],
  assets,
}, null, 1));
