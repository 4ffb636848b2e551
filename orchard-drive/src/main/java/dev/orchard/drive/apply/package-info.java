/**
 * Carrying out a plan without losing data: renames, folders and deletions ({@code Structure}), transfers in the
 * safe order ({@code Transfers}), conflicts that keep the loser, recovery of updates a crash interrupted, and the
 * local trash with its retention. {@code Appliers} builds the steps once per view of a pass, each with only what it
 * uses: {@code LocalFiles}, {@code Remote} (client, transfers, folders), {@code BaseWrites}, {@code ConflictPaths},
 * the pass's {@code Outcome} and hooks.
 */
package dev.orchard.drive.apply;
