/**
 * What a signed-in Apple ID keeps on disk between runs: the session and trust tokens and the cookies
 * ({@code SessionStore}, 0600 in a 0700 directory), the per-account lock, the sign-in backoff.
 */
package dev.orchard.icloud.session;
