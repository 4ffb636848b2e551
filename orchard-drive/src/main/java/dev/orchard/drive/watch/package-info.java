/**
 * {@code orchard drive sync --watch}: inotify on every folder, a quiet period before a pass, and the loop that
 * also runs a pass at least every interval for changes made in iCloud. {@link dev.orchard.drive.watch.DriveWatch} sets
 * it up for a {@link dev.orchard.drive.sync.DriveFolder} and reports to a {@link dev.orchard.drive.watch.WatchListener}.
 * {@link dev.orchard.drive.watch.LocalChanges} is the daemon's Drive job's watch: settled changes ask it for a pass.
 */
package dev.orchard.drive.watch;
