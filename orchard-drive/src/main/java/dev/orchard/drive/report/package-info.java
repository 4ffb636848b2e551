/** What a Drive pass did, for the app and the daemon: counts, deferred items and failures. Imports nothing of the engine. */
package dev.orchard.drive.report;
