/**
 * Orchard's client for Apple's iCloud web services (docs/protocol/). This package holds only
 * {@link dev.orchard.icloud.ICloudException}, the base of every error the client reports (one line, no secrets), so
 * every other package can use it; the signed-in session is {@link dev.orchard.icloud.auth.ICloudSession}.
 */
package dev.orchard.icloud;
