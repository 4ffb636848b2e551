/**
 * iCloud Drive two-way sync (docs/protocol/drive-sync.md). The entry point is
 * {@link dev.orchard.drive.sync.DriveFolder} (lock, base, passes). A pass ({@link dev.orchard.drive.sync.DriveSync}) works in
 * these packages:
 *
 * <ul>
 *   <li>{@code local}: the scan of the sync folder (size, mtime in ns, inode), names, filters;</li>
 *   <li>{@code remote}: the listing of iCloud Drive into a snapshot, refusing hostile names;</li>
 *   <li>{@code state}: the base in SQLite, keyed by case-folded NFC path, and the journal of updates in flight;</li>
 *   <li>{@code plan}: rename detection and the three-way reconcile that turns the three views into actions;</li>
 *   <li>{@code apply}: doing them without losing data (temp files, re-checks, the safe remote update order,
 *       conflicts, recovery after a crash), writing the base per item only after it succeeded;</li>
 *   <li>{@code watch}: the inotify watcher and the loop of {@code orchard drive sync --watch};</li>
 *   <li>{@code options} and {@code report}: what a pass is told and what it tells back (options, filters, listener,
 *       hooks, outcome), with no engine imports, so this package is only the orchestrator.</li>
 * </ul>
 */
package dev.orchard.drive.sync;
