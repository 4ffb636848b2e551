/**
 * Signing in (docs/protocol/sign-in.md): {@link dev.orchard.icloud.auth.SignIn} climbs from the stored cookies to the
 * password (SRP), 2FA and the Advanced Data Protection approval, and returns the
 * {@link dev.orchard.icloud.auth.ICloudSession} every service uses, which signs in again once when Apple drops it.
 */
package dev.orchard.icloud.auth;
