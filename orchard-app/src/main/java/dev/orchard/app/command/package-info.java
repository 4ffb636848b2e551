/**
 * What every command shares, below the commands ({@code cli}, {@code drive}, {@code photos}), the daemon and the
 * web server: the process context ({@link dev.orchard.app.command.AppContext}), the root command as command groups
 * see it, the options several commands take (iCloud, 2FA), durations and time formats, and what a failure means
 * (its one-line text and exit code, {@link dev.orchard.app.command.ErrorReporter}; how the daemon treats it,
 * {@link dev.orchard.app.command.FailureKind}). It uses none of those packages.
 */
package dev.orchard.app.command;
