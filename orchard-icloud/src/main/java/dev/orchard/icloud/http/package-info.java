/**
 * Every request goes through {@link dev.orchard.icloud.http.HttpTransport}: HTTP/1.1, the cookie jar, retries with an
 * injectable sleeper, the pacer, capped answers, Apple's hosts and the endpoint override ({@code Endpoints}), proxies
 * and extra CA certificates.
 */
package dev.orchard.icloud.http;
