/**
 * The iCloud side of a pass: the whole Drive listed into a snapshot keyed by path, hostile names refused,
 * folders whose listing failed marked unknown (never treated as deleted).
 */
package dev.orchard.drive.remote;
