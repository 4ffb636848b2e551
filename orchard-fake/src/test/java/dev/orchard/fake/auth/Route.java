package dev.orchard.fake.auth;

/** How a test client reaches the fake: its own origin, or Apple's host names through the CONNECT tunnel. */
enum Route {
    DIRECT, TUNNEL
}
