/**
 * Carrying out a plan without losing data: renames, folders and deletions ({@code Structure}), transfers in the
 * safe order ({@code Transfers}), conflicts that keep the loser, recovery of updates a crash interrupted, and the
 * local trash with its retention.
 */
package dev.orchard.drive.apply;
