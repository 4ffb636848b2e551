/**
 * The base: what both sides held for each path after it last synced, in SQLite keyed by case-folded NFC path, with
 * the journal of remote updates in flight. Each item's row is written only after that item succeeded.
 */
package dev.orchard.drive.state;
