/**
 * What a Drive pass tells its caller: {@code Outcome} (counts, deferred items, failures), {@code SyncListener}
 * (progress) and {@code SyncHooks} (test hooks between steps). Imports nothing of the engine.
 */
package dev.orchard.drive.report;
