/**
 * What the daemon shows, as plain data: the status the web page and {@code /api/status} read
 * ({@link dev.orchard.app.status.DaemonStatus}, one {@link dev.orchard.app.status.AccountStatus} per Apple ID) and the
 * names of the meters behind {@code /metrics}. The daemon fills it in and the web server reads it, so neither
 * reaches into the other.
 */
package dev.orchard.app.status;
